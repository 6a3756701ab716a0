export const id = 733;
export const ids = [733];
export const modules = {

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/aws/errors.ts

/** API operations whose IAM action has another name; null: no permission needed. */
const IAM_NAME = {
    's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
    's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
    's3:HeadObject': 's3:GetObject',
    's3:ListObjectsV2': 's3:ListBucket',
    's3:HeadBucket': 's3:ListBucket',
    'sts:GetCallerIdentity': null,
    'sts:AssumeRoleWithWebIdentity': null,
};
/** The IAM action that authorises an API operation (null when none is needed). */
function iamPermission(prefix, operation) {
    const api = `${prefix}:${operation}`;
    return api in IAM_NAME ? IAM_NAME[api] : api;
}
/** The step's role lacks a permission (or an explicit deny blocks it). */
class AccessDeniedError extends errors/* UserError */.yo {
    permission;
    name = 'AccessDeniedError';
    constructor(message, permission) {
        super(message, 1);
        this.permission = permission;
    }
}
/** No region or no credentials: AWS cannot be called at all (offline work can go on without it). */
class AwsNotConfiguredError extends errors/* UserError */.yo {
    name = 'AwsNotConfiguredError';
}
/** The credentials' session ran out (a wait outlived configure-aws-credentials' role session). */
class ExpiredSessionError extends errors/* UserError */.yo {
    name = 'ExpiredSessionError';
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'AuthorizationErrorException',
]);
function isExpiredSession(err) {
    const e = err;
    return Boolean(e?.name && EXPIRED.has(e.name));
}
function isAccessDenied(err) {
    const e = err;
    if (!e?.name)
        return false;
    // S3 answers a denied HEAD with a bare 403 (no body to name the error).
    return DENIED.has(e.name) || (e.name === 'Forbidden' && e.$metadata?.httpStatusCode === 403);
}
/** The error the user sees for `err` from `operation`, in a step of `action`. */
function applyErrorPolicy(err, operation, action) {
    if (err instanceof errors/* UserError */.yo || !err || typeof err !== 'object')
        return err;
    const e = err;
    const text = e.message ?? '';
    if (isExpiredSession(err)) {
        return new ExpiredSessionError(`the AWS session expired (${e.name} on ${operation.name}): lengthen it with 'role-duration-seconds' ` +
            "(of aws-actions/configure-aws-credentials, or of this step with 'role-to-assume'), or set " +
            "'role-to-assume' so the step refreshes its own credentials");
    }
    if (isAccessDenied(err)) {
        if (operation.prefix === 'sts' && operation.name === 'AssumeRoleWithWebIdentity') {
            return new AccessDeniedError(`'role-to-assume' cannot be assumed by this job (${e.name}: ${text}); its trust policy must trust ` +
                "GitHub's OIDC provider for this repository ('sagemaker-cicd init' writes one)", 'sts:AssumeRoleWithWebIdentity');
        }
        const named = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)/i.exec(text)?.[1];
        const permission = named ?? iamPermission(operation.prefix, operation.name) ?? operation.name;
        const who = /^User: (\S+)/.exec(text)?.[1];
        const deny = /explicit deny/i.test(text)
            ? ' (an explicit deny blocks it: a service control policy, permissions boundary or resource policy)'
            : '';
        return new AccessDeniedError(`access denied: ${who ?? "the step's AWS role"} may not call ${permission}${deny}; ` +
            `grant the policy that 'sagemaker-cicd iam-policy ${action}' prints`, permission);
    }
    if (e.name === 'CredentialsProviderError') {
        return new AwsNotConfiguredError('no AWS credentials: run aws-actions/configure-aws-credentials before this step, ' +
            "or set 'role-to-assume' (in CodeBuild, the project's service role provides them)");
    }
    if (e.name === 'InvalidClientTokenId' || e.name === 'UnrecognizedClientException') {
        return new errors/* UserError */.yo(`AWS did not accept the credentials (${e.name} on ${operation.name}: ${text}); ` +
            "check the role set by aws-actions/configure-aws-credentials or 'role-to-assume'");
    }
    return err;
}

;// CONCATENATED MODULE: ./src/aws/clients.ts



/** Each service's IAM prefix, for naming the permission an AccessDenied lacks. */
const IAM_PREFIX = {
    SAGEMAKER: 'sagemaker',
    CODEBUILD: 'codebuild',
    CODEPIPELINE: 'codepipeline',
    CLOUDWATCH: 'cloudwatch',
    CLOUDWATCH_LOGS: 'logs',
    EVENTBRIDGE: 'events',
    S3: 's3',
    SFN: 'states',
    STS: 'sts',
};
function resolveRegion(env, explicit) {
    const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new AwsNotConfiguredError("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
    }
    return region;
}
/** AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS. */
function resolveEndpoint(env, service) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined;
}
/**
 * The configuration every client shares: adaptive retries (client-side rate limiting when
 * throttled), timeouts so a dropped connection is retried instead of hanging, a user agent that
 * names the toolkit, and the default credential chain unless the context brings its own.
 */
function clientConfig(ctx, service) {
    const endpoint = resolveEndpoint(ctx.env, service);
    return {
        region: async () => resolveRegion(ctx.env, ctx.region),
        ...(endpoint ? { endpoint } : {}),
        // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
        ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: [['sagemaker-cicd', VERSION]],
        requestHandler: new dist_cjs.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
        ...(ctx.credentials ? { credentials: ctx.credentials } : {}),
    };
}
/**
 * A client made on its first use (a step that fails on its inputs, or a dry run that needs no
 * AWS, never builds one), with the toolkit's error policy around every call it sends.
 */
function lazyClient(ctx, service, make) {
    let client;
    return () => {
        if (client)
            return client;
        client = make(clientConfig(ctx, service));
        withErrorPolicy(client, service, ctx.action);
        return client;
    };
}
/**
 * Wraps every call (after the SDK's own retries) so an expired session, a denied permission or
 * missing credentials become one line the user can act on; other errors pass through unchanged.
 */
function withErrorPolicy(client, service, action) {
    client.middlewareStack.add((next, context) => async (args) => {
        const operation = {
            prefix: IAM_PREFIX[service],
            name: String(context.commandName ?? '').replace(/Command$/, ''),
        };
        try {
            return await next(args);
        }
        catch (err) {
            throw applyErrorPolicy(err, operation, action);
        }
    }, { step: 'initialize', name: 'sagemakerCicdErrorPolicy', priority: 'high' });
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts


/**
 * Credentials for `role-to-assume`: the job's OIDC token exchanged for a role session with
 * AssumeRoleWithWebIdentity. The SDK asks again when a session is within five minutes of
 * expiring, and GitHub gives a fresh OIDC token at any time in the job, so a six-hour wait
 * outlives any one role session.
 */
function oidcRoleCredentials(options) {
    const { env, log } = options;
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new errors/* UserError */.yo("input 'role-to-assume' needs the job's OIDC token: add `permissions: id-token: write` to the job", 2);
    }
    let sessions = 0;
    return async () => {
        // Loaded on first use: steps without role-to-assume never pay for the STS client.
        const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        // AssumeRoleWithWebIdentity is unsigned: the STS client needs no credentials of its own.
        const sts = new STSClient({
            ...clientConfig({ env, action: options.action, region: options.region }, 'STS'),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
        withErrorPolicy(sts, 'STS', options.action);
        const token = await fetchIdToken(url, bearer, 'sts.amazonaws.com');
        options.mask(token);
        const result = await sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds,
        }));
        const c = result.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
            throw new errors/* UserError */.yo(`AssumeRoleWithWebIdentity for ${options.roleArn} returned no credentials`);
        }
        options.mask(c.SecretAccessKey);
        options.mask(c.SessionToken);
        sessions += 1;
        log.info(`${sessions === 1 ? 'Assumed' : 'Refreshed'} role ${options.roleArn}` +
            (c.Expiration ? ` (session until ${c.Expiration.toISOString()})` : ''));
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        };
    };
}
async function fetchIdToken(requestUrl, bearer, audience) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const response = await fetch(url, {
        headers: { authorization: `bearer ${bearer}`, accept: 'application/json' },
    });
    if (!response.ok) {
        throw new errors/* UserError */.yo(`could not get the job's OIDC token (HTTP ${response.status}); is 'id-token: write' granted?`);
    }
    const body = (await response.json());
    if (!body.value)
        throw new errors/* UserError */.yo("could not get the job's OIDC token: the response had no value");
    return body.value;
}

;// CONCATENATED MODULE: ./src/aws/context.ts

function awsContext(host, action, inputs) {
    const { region, roleToAssume } = inputs;
    if (!roleToAssume)
        return { env: host.env, action, ...(region ? { region } : {}) };
    // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
    const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    return {
        env: host.env,
        action,
        ...(region ? { region } : {}),
        credentials: oidcRoleCredentials({
            roleArn: roleToAssume,
            durationSeconds: inputs.roleDurationSeconds ?? 3600,
            sessionName,
            region,
            action,
            env: host.env,
            log: host,
            mask: (v) => host.mask(v),
        }),
    };
}

;// CONCATENATED MODULE: ./src/commands/aws-options.ts

/**
 * What the gateways build their clients from: the host's environment and the (parsed) AWS inputs;
 * `action` names the policy an AccessDenied points to (`sagemaker-cicd iam-policy <action>`).
 */
function awsFor(host, aws, action) {
    return awsContext(host, action, {
        region: aws['aws-region'],
        roleToAssume: aws['role-to-assume'],
        roleDurationSeconds: Math.round(aws['role-duration-seconds'] / 1000),
    });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/core/pipelines/gateway.ts
var pipelines_gateway = __webpack_require__(8021);
;// CONCATENATED MODULE: ./src/aws/transient.ts

/**
 * Errors that say "try again later" rather than "this is wrong": throttling, server faults,
 * dropped connections and timeouts. Long waits swallow these (after the SDK's own retries) and
 * poll again; they never fail a wait.
 */
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'RequestThrottled',
    'SlowDown',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'EC2ThrottledException',
]);
const SERVER = new Set([
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'InternalServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
]);
const NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
]);
function isTransient(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.name && (THROTTLING.has(e.name) || SERVER.has(e.name)))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return true;
    if (e.code && NETWORK.has(e.code))
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (e.$retryable)
        return true;
    return false;
}
/**
 * Sends an SDK call for a pipeline wait: a transient error (after the SDK's own retries) becomes
 * the domain's TransientError, keeping AWS's name and words, so a step that gives up shows them.
 */
async function sendForWait(fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (!isTransient(err))
            throw err;
        const transient = new pipelines_gateway/* TransientError */.N_(err.message);
        transient.name = err.name;
        throw transient;
    }
}

;// CONCATENATED MODULE: ./src/aws/job-logs.ts



/** DescribeLogStreams' largest page. */
const STREAMS_PAGE = 50;
function jobLogReader(ctx) {
    const logs = lazyClient(ctx, 'CLOUDWATCH_LOGS', (config) => new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(config));
    return {
        async logStreams(group, prefix, options, limit = STREAMS_PAGE) {
            try {
                const page = await sendForWait(() => logs().send(new client_cloudwatch_logs_dist_cjs/* DescribeLogStreamsCommand */.w$R({ logGroupName: group, logStreamNamePrefix: prefix, limit }), abortable(options)));
                return (page.logStreams ?? [])
                    .filter((s) => s.logStreamName)
                    .map((s) => ({ name: s.logStreamName, lastEventTime: s.lastEventTimestamp }));
            }
            catch (err) {
                // The group exists only once the account's first job has logged.
                if (err.name === 'ResourceNotFoundException')
                    return [];
                throw err;
            }
        },
        async lastLogEvents(group, stream, limit, options) {
            const page = await sendForWait(() => logs().send(
            // Not from the head: the newest `limit` events, returned oldest first.
            new client_cloudwatch_logs_dist_cjs/* GetLogEventsCommand */.h7S({
                logGroupName: group,
                logStreamName: stream,
                startFromHead: false,
                limit,
            }), abortable(options)));
            return (page.events ?? []).map((e) => e.message ?? '');
        },
    };
}
function abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}

;// CONCATENATED MODULE: ./src/aws/sagemaker-jobs.ts




/** The jobs pipeline steps run, and their logs, over the SageMaker and CloudWatch Logs APIs. */
function sagemakerJobs(ctx) {
    const sagemaker = lazyClient(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describeTrainingJob(name, options) {
            const j = await sendForWait(() => sagemaker().send(new client_sagemaker_dist_cjs/* DescribeTrainingJobCommand */.Sjt({ TrainingJobName: name }), abortable(options)));
            return {
                name: j.TrainingJobName ?? name,
                status: j.TrainingJobStatus ?? 'InProgress',
                ...(j.SecondaryStatus ? { secondaryStatus: j.SecondaryStatus } : {}),
                ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
                transitions: (j.SecondaryStatusTransitions ?? []).map((t) => ({
                    status: t.Status ?? '',
                    startTime: ms(t.StartTime),
                    endTime: ms(t.EndTime),
                    ...(t.StatusMessage ? { message: t.StatusMessage } : {}),
                })),
                metrics: (j.FinalMetricDataList ?? [])
                    .filter((m) => m.MetricName && typeof m.Value === 'number')
                    .map((m) => ({ name: m.MetricName, value: m.Value, timestamp: ms(m.Timestamp) })),
            };
        },
        async describeProcessingJob(name, options) {
            const j = await sendForWait(() => sagemaker().send(new client_sagemaker_dist_cjs/* DescribeProcessingJobCommand */.RLH({ ProcessingJobName: name }), abortable(options)));
            return {
                name: j.ProcessingJobName ?? name,
                status: j.ProcessingJobStatus ?? 'InProgress',
                ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
            };
        },
        ...jobLogReader(ctx),
    };
}

;// CONCATENATED MODULE: ./src/aws/sagemaker-pipelines.ts




/** The pipeline gateway over the SageMaker API. Errors are classified for the domain's waits. */
function sagemakerPipelines(ctx) {
    const client = lazyClient(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    const send = sendForWait;
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describePipeline(name, versionId) {
            try {
                const p = await send(() => client().send(new client_sagemaker_dist_cjs/* DescribePipelineCommand */.XMb({
                    PipelineName: name,
                    ...(versionId !== undefined ? { PipelineVersionId: versionId } : {}),
                })));
                return {
                    arn: p.PipelineArn ?? '',
                    name: p.PipelineName ?? name,
                    definition: p.PipelineDefinition ?? '{}',
                };
            }
            catch (err) {
                if (err.name === 'ResourceNotFound')
                    return undefined;
                throw err;
            }
        },
        async createPipeline(req) {
            const out = await send(() => client().send(new client_sagemaker_dist_cjs/* CreatePipelineCommand */.CQC({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ClientRequestToken: req.token,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineArn ?? '';
        },
        async updatePipeline(req) {
            const out = await send(() => client().send(new client_sagemaker_dist_cjs/* UpdatePipelineCommand */.vMT({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineVersionId;
        },
        async latestVersion(pipelineName) {
            const page = await send(() => client().send(new client_sagemaker_dist_cjs/* ListPipelineVersionsCommand */.jIi({
                PipelineName: pipelineName,
                SortOrder: 'Descending',
                MaxResults: 1,
            })));
            return page.PipelineVersionSummaries?.[0]?.PipelineVersionId;
        },
        async retryExecution(arn, token, maxParallelSteps) {
            const out = await send(() => client().send(new client_sagemaker_dist_cjs/* RetryPipelineExecutionCommand */.isZ({
                PipelineExecutionArn: arn,
                ClientRequestToken: token,
                ...(maxParallelSteps
                    ? { ParallelismConfiguration: { MaxParallelExecutionSteps: maxParallelSteps } }
                    : {}),
            })));
            return out.PipelineExecutionArn ?? arn;
        },
        async executionParameters(arn) {
            const parameters = [];
            let token;
            do {
                const page = await send(() => client().send(new client_sagemaker_dist_cjs/* ListPipelineParametersForExecutionCommand */.n9L({
                    PipelineExecutionArn: arn,
                    MaxResults: 100,
                    ...(token ? { NextToken: token } : {}),
                })));
                for (const p of page.PipelineParameters ?? [])
                    parameters.push({ Name: p.Name ?? '', Value: p.Value ?? '' });
                token = page.NextToken;
            } while (token);
            return parameters;
        },
        async startExecution(req) {
            const out = await send(() => client().send(new client_sagemaker_dist_cjs/* StartPipelineExecutionCommand */.QqH({
                PipelineName: req.pipelineName,
                ClientRequestToken: req.clientRequestToken,
                ...(req.parameters.length ? { PipelineParameters: req.parameters } : {}),
                ...(req.displayName ? { PipelineExecutionDisplayName: req.displayName } : {}),
                ...(req.description ? { PipelineExecutionDescription: req.description } : {}),
                ...(req.maxParallelSteps
                    ? { ParallelismConfiguration: { MaxParallelExecutionSteps: req.maxParallelSteps } }
                    : {}),
                ...(req.selective
                    ? {
                        SelectiveExecutionConfig: {
                            SelectedSteps: req.selective.steps.map((StepName) => ({ StepName })),
                            ...(req.selective.sourceArn
                                ? { SourcePipelineExecutionArn: req.selective.sourceArn }
                                : {}),
                        },
                    }
                    : {}),
                ...(req.pipelineVersionId !== undefined ? { PipelineVersionId: req.pipelineVersionId } : {}),
            })));
            if (!out.PipelineExecutionArn)
                throw new Error('StartPipelineExecution returned no PipelineExecutionArn');
            return out.PipelineExecutionArn;
        },
        async describeExecution(arn, options) {
            const e = await send(() => client().send(new client_sagemaker_dist_cjs/* DescribePipelineExecutionCommand */.lMO({ PipelineExecutionArn: arn }), sagemaker_pipelines_abortable(options)));
            return {
                arn: e.PipelineExecutionArn ?? arn,
                status: e.PipelineExecutionStatus ?? 'Executing',
                displayName: e.PipelineExecutionDisplayName,
                failureReason: e.FailureReason,
                startTime: ms(e.CreationTime),
                lastModifiedTime: ms(e.LastModifiedTime),
            };
        },
        async listExecutions(pipelineName, nextToken, options) {
            const page = await send(() => client().send(new client_sagemaker_dist_cjs/* ListPipelineExecutionsCommand */.bni({
                PipelineName: pipelineName,
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: options?.maxResults ?? 100,
                ...(nextToken ? { NextToken: nextToken } : {}),
            }), sagemaker_pipelines_abortable(options)));
            return {
                executions: (page.PipelineExecutionSummaries ?? []).map((e) => ({
                    arn: e.PipelineExecutionArn ?? '',
                    status: e.PipelineExecutionStatus ?? 'Executing',
                    displayName: e.PipelineExecutionDisplayName,
                    failureReason: e.PipelineExecutionFailureReason,
                    startTime: ms(e.StartTime),
                    ...(e.PipelineExecutionDescription ? { description: e.PipelineExecutionDescription } : {}),
                })),
                ...(page.NextToken ? { nextToken: page.NextToken } : {}),
            };
        },
        async listSteps(arn, options) {
            const steps = [];
            let token;
            do {
                const page = await send(() => client().send(new client_sagemaker_dist_cjs/* ListPipelineExecutionStepsCommand */.BTz({
                    PipelineExecutionArn: arn,
                    SortOrder: 'Descending',
                    MaxResults: 100,
                    ...(token ? { NextToken: token } : {}),
                }), sagemaker_pipelines_abortable(options)));
                steps.push(...(page.PipelineExecutionSteps ?? []).map(toStep));
                token = page.NextToken;
            } while (token && !options?.firstPageOnly);
            return { steps, complete: !token };
        },
        async definitionForExecution(arn) {
            const out = await send(() => client().send(new client_sagemaker_dist_cjs/* DescribePipelineDefinitionForExecutionCommand */.tW0({ PipelineExecutionArn: arn })));
            return out.PipelineDefinition ?? '{}';
        },
        async stopExecution(arn, token) {
            await send(() => client().send(new client_sagemaker_dist_cjs/* StopPipelineExecutionCommand */.krr({ PipelineExecutionArn: arn, ClientRequestToken: token })));
        },
    };
}
/** Reads are abandoned when the wait is cancelled; StopPipelineExecution never is. */
function sagemaker_pipelines_abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}
function toStep(s) {
    return {
        name: s.StepName ?? '',
        displayName: s.StepDisplayName,
        status: s.StepStatus ?? 'Starting',
        startTime: s.StartTime?.getTime(),
        endTime: s.EndTime?.getTime(),
        failureReason: s.FailureReason,
        attemptCount: s.AttemptCount,
        metadata: s.Metadata,
        ...(s.SelectiveExecutionResult?.SourcePipelineExecutionArn
            ? { reusedFrom: s.SelectiveExecutionResult.SourcePipelineExecutionArn }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/core/pipelines/definition.ts
var pipelines_definition = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/core/pipelines/executions.ts
var pipelines_executions = __webpack_require__(9016);
;// CONCATENATED MODULE: ./src/core/pipelines/parameters.ts

const NAME = /^[A-Za-z0-9\-_]*$/;
const MAX_VALUE = 1024;
/**
 * Checks the given values against the definition's Parameters before anything starts: unknown names
 * (listing the known ones) and values that are not of the parameter's type are refused. Booleans
 * are sent as `true` / `false`, the form SageMaker's definition uses.
 */
function checkParameters(input, given, defined) {
    const known = new Map(defined.map((p) => [p.name, p]));
    const out = [];
    for (const [name, raw] of Object.entries(given)) {
        if (!name || name.length > 256 || !NAME.test(name)) {
            throw new errors/* InputError */.dz(input, 'has a parameter name that is not letters, digits, - and _ (1-256)', name);
        }
        const def = known.get(name);
        if (!def) {
            const list = defined.length
                ? `known parameters: ${defined.map((p) => p.name).join(', ')}`
                : 'the pipeline defines no parameters';
            throw new errors/* InputError */.dz(input, `names an unknown parameter '${name}' (${list})`);
        }
        const value = typedValue(input, def, raw);
        if (value.length > MAX_VALUE) {
            throw new errors/* InputError */.dz(input, `has a value for '${name}' longer than ${MAX_VALUE} characters`);
        }
        out.push({ Name: name, Value: value });
    }
    return out;
}
function typedValue(input, def, raw) {
    const value = raw.trim();
    const bad = (what) => new errors/* InputError */.dz(input, `parameter '${def.name}' is ${def.type}: must be ${what}`, raw);
    switch (def.type) {
        case 'Integer':
            if (!/^[-+]?\d+$/.test(value))
                throw bad('a whole number');
            return value.replace(/^\+/, '');
        case 'Float':
            if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value))
                throw bad('a number');
            return value.replace(/^\+/, '');
        case 'Boolean':
            if (!/^(true|false)$/i.test(value))
                throw bad('true or false');
            return value.toLowerCase();
        default:
            return raw;
    }
}

// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/core/pipelines/job-progress.ts
var job_progress = __webpack_require__(6474);
// EXTERNAL MODULE: ./src/core/pipelines/steps.ts
var pipelines_steps = __webpack_require__(7992);
;// CONCATENATED MODULE: ./src/core/pipelines/summary.ts



/**
 * The job summary of an execution: the pipeline as a mermaid flowchart (edges from DependsOn, data
 * dependencies and condition branches; each step coloured by its status, the branch not taken
 * shown as skipped), then a table of the steps with their durations.
 */
function executionSummary(e, graph, consoleUrl) {
    const title = `### ${pipelines_executions/* STATUS_ICON */.tW[e.status] ?? ''} Pipeline execution [${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}](${consoleUrl}): ${e.status}`;
    const parts = [title, ''];
    if (e.failureReason)
        parts.push(`> ${e.failureReason.replace(/\n/g, ' ')}`, '');
    if (graph?.steps.length)
        parts.push('```mermaid', flowchart(graph, e.steps), '```', '');
    parts.push(stepsTable(e.steps), '');
    const metrics = trainingMetricsTable(e);
    if (metrics)
        parts.push(metrics, '');
    return parts.join('\n');
}
/** Each training step's final metrics (DescribeTrainingJob's FinalMetricDataList), one row a metric. */
function trainingMetricsTable(e) {
    const rows = Object.entries(e.jobs ?? {}).flatMap(([step, report]) => (report.training?.metrics ?? []).map((m) => `| ${step} | ${m.name} | ${(0,job_progress/* formatValue */.Fl)(m.value)} |`));
    if (!rows.length)
        return undefined;
    return ['**Training metrics**', '', '| Step | Metric | Final value |', '| --- | --- | --- |', ...rows].join('\n');
}
const CLASSES = {
    succeeded: 'fill:#d4edda,stroke:#28a745,color:#155724',
    failed: 'fill:#f8d7da,stroke:#dc3545,color:#721c24',
    executing: 'fill:#cce5ff,stroke:#007bff,color:#004085',
    stopped: 'fill:#e2e3e5,stroke:#6c757d,color:#383d41',
    skipped: 'fill:#ffffff,stroke:#adb5bd,color:#adb5bd,stroke-dasharray:4 4',
    reused: 'fill:#fff3cd,stroke:#b08800,color:#5c4700,stroke-dasharray:2 2',
    pending: 'fill:#ffffff,stroke:#6c757d,color:#383d41',
};
function flowchart(graph, steps) {
    const ids = new Map(graph.steps.map((s, i) => [s.name, `s${i}`]));
    const byName = new Map(steps.map((s) => [s.name, s]));
    const skipped = skippedSteps(graph, byName);
    const lines = ['flowchart TD'];
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const status = run?.reusedFrom
            ? 'Reused'
            : (run?.status ?? (skipped.has(node.name) ? 'Skipped' : 'Not started'));
        const label = `${node.name}<br/><small>${node.type} · ${status}</small>`;
        const shape = node.type === 'Condition' ? [`{{"`, `"}}`] : [`["`, `"]`];
        lines.push(`  ${ids.get(node.name)}${shape[0]}${summary_escape(label)}${shape[1]}`);
    }
    for (const node of graph.steps) {
        for (const from of node.after)
            if (ids.has(from))
                lines.push(`  ${ids.get(from)} --> ${ids.get(node.name)}`);
        for (const [branch, label] of [
            [node.ifSteps, 'true'],
            [node.elseSteps, 'false'],
        ]) {
            for (const to of branch ?? [])
                if (ids.has(to))
                    lines.push(`  ${ids.get(node.name)} -->|${label}| ${ids.get(to)}`);
        }
    }
    for (const [cls, style] of Object.entries(CLASSES))
        lines.push(`  classDef ${cls} ${style}`);
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const cls = run?.reusedFrom ? 'reused' : statusClass(run?.status, skipped.has(node.name));
        lines.push(`  class ${ids.get(node.name)} ${cls}`);
    }
    return lines.join('\n');
}
/** Steps of the branch a finished condition step did not take (and everything only they lead to). */
function skippedSteps(graph, byName) {
    const skipped = new Set();
    for (const node of graph.steps) {
        const outcome = byName.get(node.name)?.metadata?.Condition?.Outcome;
        if (outcome !== 'True' && outcome !== 'False')
            continue;
        for (const s of (outcome === 'True' ? node.elseSteps : node.ifSteps) ?? [])
            if (!byName.has(s))
                skipped.add(s);
    }
    // Steps that depend on a skipped step never run either.
    for (let changed = true; changed;) {
        changed = false;
        for (const node of graph.steps) {
            if (!skipped.has(node.name) && !byName.has(node.name) && node.after.some((a) => skipped.has(a))) {
                skipped.add(node.name);
                changed = true;
            }
        }
    }
    return skipped;
}
function statusClass(status, skipped) {
    if (skipped)
        return 'skipped';
    switch (status) {
        case 'Succeeded':
            return 'succeeded';
        case 'Failed':
            return 'failed';
        case 'Starting':
        case 'Executing':
        case 'Stopping':
            return 'executing';
        case 'Stopped':
            return 'stopped';
        default:
            return 'pending';
    }
}
function summary_escape(text) {
    return text.replace(/"/g, '#quot;');
}
function stepsTable(steps) {
    if (!steps.length)
        return '_No steps ran._';
    const rows = [...steps]
        .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))
        .map((s) => {
        const took = s.startTime && s.endTime ? (0,pipelines_steps/* formatSpan */.QA)(s.endTime - s.startTime) : s.startTime ? 'running' : '';
        const reason = (s.failureReason ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
        const status = s.reusedFrom
            ? `♻️ Reused from ${(0,pipelines_executions/* executionId */.uY)(s.reusedFrom)}`
            : `${pipelines_executions/* STATUS_ICON */.tW[s.status] ?? ''} ${s.status}`;
        return `| ${s.name} | ${status} | ${s.reusedFrom ? '' : took} | ${reason} |`;
    });
    return ['| Step | Status | Duration | Failure reason |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/core/pipelines/verdict.ts
var verdict = __webpack_require__(5018);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/wait/engine.ts


/** A long wait is never silent: a line about every 5 minutes while nothing changes. */
const HEARTBEAT_MS = 5 * 60_000;
/** How soon a terminal status is read again when its settling read failed transiently. */
const SETTLE_RETRY_MS = 2_000;
/**
 * The one wait loop: polls on the spec's schedule until the work is done, the time is up or the
 * signal aborts (a sleep or a read in flight ends at once, so the caller's stop request follows
 * within moments). Transient errors are logged in debug and polled through; a terminal status is
 * settled by a final read; a heartbeat says what still runs while nothing changes. Stopping the
 * remote work on cancel or timeout is the caller's business: it knows what to stop and how.
 */
async function runWait(spec) {
    const { clock, log, signal } = spec;
    const heartbeatMs = spec.heartbeatMs ?? HEARTBEAT_MS;
    const start = clock.now();
    const deadline = start + spec.timeoutMs;
    let last;
    let news = start;
    let polls = 0;
    let transientErrors = 0;
    const outcome = (ended) => {
        if (transientErrors)
            log.debug(`${transientErrors} transient errors were polled through`);
        return { ended, ...(last ? { last } : {}), polls, transientErrors };
    };
    for (;;) {
        if (signal?.aborted)
            return outcome('cancelled');
        let failed = false;
        let settling = false;
        try {
            polls++;
            let seen = await spec.poll();
            if (seen.changed)
                news = clock.now();
            if (seen.done && spec.settle) {
                settling = true;
                seen = await spec.settle(seen);
            }
            last = seen;
            if (seen.done)
                return outcome('done');
        }
        catch (err) {
            // A read abandoned by a cancel is no error: the caller stops the work.
            if (signal?.aborted)
                return outcome('cancelled');
            if (!spec.isTransient(err))
                throw err;
            failed = true;
            transientErrors++;
            log.debug(`${spec.what}: ${(0,errors/* errorMessage */.gJ)(err)} (transient, polling again)`);
        }
        const now = clock.now();
        if (now >= deadline)
            return outcome('timeout');
        if (now - news >= heartbeatMs) {
            news = now;
            const doing = spec.progress?.(last);
            log.info(`Still waiting for ${spec.what}${doing ? `: ${doing}` : ''} (${(0,inputs/* formatDuration */.a3)(now - start)} so far)`);
        }
        const interval = failed && settling ? SETTLE_RETRY_MS : spec.nextPollMs(now, last);
        await clock.sleep(Math.max(0, Math.min(interval, deadline - now)), signal);
    }
}
/**
 * Reads a timing hint (the previous run of the same thing). A hint never fails a wait, whatever
 * the error (a permission the role lacks included): the wait then polls without a prediction.
 */
async function timingHint(log, what, read) {
    try {
        return await read();
    }
    catch (err) {
        log.debug(`no ${what} to predict from (${errorMessage(err)}); polling without it`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/pipelines/retry.ts




/**
 * Which step failures are worth retrying: the ones AWS documents as transient (the retry policy's
 * exception types SageMaker.CAPACITY_ERROR, SageMaker.RESOURCE_LIMIT, SageMaker.JOB_INTERNAL_ERROR,
 * Step.SERVICE_FAULT, Step.THROTTLING), recognised in a step's FailureReason by those names or by
 * the errors behind them. A failure in the user's code (AlgorithmError, ClientError...) never is.
 */
const TRANSIENT = [
    { kind: 'insufficient capacity', pattern: /CapacityError|InsufficientCapacity|CAPACITY_ERROR/i },
    { kind: 'resource limit', pattern: /ResourceLimitExceeded|RESOURCE_LIMIT/i },
    {
        kind: 'internal error',
        pattern: /InternalServerError|InternalFailure|JOB_INTERNAL_ERROR|SERVICE_FAULT|ServiceUnavailable/i,
    },
    { kind: 'throttling', pattern: /Throttling|ThrottlingException|Rate exceeded|THROTTLING/i },
];
/**
 * The user's own code failed: retrying runs the same failure again, whatever else the reason says.
 * (A ClientError is not here: "ClientError: Failed to invoke sagemaker:CreateTrainingJob ...
 * ResourceLimitExceeded" is a limit, and other ClientErrors match no transient pattern.)
 */
const USER_FAILURE = /AlgorithmError|ModelError/;
/** The transient kind of one failure reason, or undefined when it is not transient. */
function transientKind(reason) {
    if (!reason || USER_FAILURE.test(reason))
        return undefined;
    return TRANSIENT.find((t) => t.pattern.test(reason))?.kind;
}
/** Retry only when every failed step failed for a transient reason. */
function retryDecision(steps) {
    const failed = steps.filter((s) => s.status === 'Failed');
    if (!failed.length)
        return { retry: false, why: 'no step failed (the execution itself failed)' };
    const kinds = failed.map((s) => ({ s, kind: transientKind(s.failureReason) }));
    const lasting = kinds.find((k) => !k.kind);
    if (lasting)
        return {
            retry: false,
            why: `step ${lasting.s.name} failed in its own code or configuration, which a retry would repeat: ${lasting.s.failureReason ?? 'no reason given'}`,
        };
    return { retry: true, why: kinds.map((k) => `${k.s.name}: ${k.kind}`).join(', ') };
}
/**
 * The ClientRequestToken of RetryPipelineExecution (32-128): the same for the same retry of the
 * same execution in one run attempt (a lost response retried is one retry), new for the next.
 */
function retryToken(run, executionArn, which) {
    return (0,run_info/* runScopedHash */.m)(run, 'retry-pipeline', [executionArn, which]) ?? (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
}
/** How long a retried execution may still read Failed before its retry shows. */
const RETRY_SHOWS_MS = 120_000;
/**
 * After RetryPipelineExecution, until the execution no longer reads Failed (usually the first
 * read): a wait that began on a status read before the retry took would see the old failure and
 * end at once. Gives up quietly after two minutes (the wait then reports what it sees).
 */
async function untilRetryShows(o) {
    await runWait({
        what: `the retry of ${o.arn}`,
        clock: o.clock,
        log: o.log,
        ...(o.signal ? { signal: o.signal } : {}),
        timeoutMs: RETRY_SHOWS_MS,
        isTransient: (err) => err instanceof pipelines_gateway/* TransientError */.N_,
        poll: async () => ({
            done: (await o.gateway.describeExecution(o.arn, { signal: o.signal })).status !== 'Failed',
        }),
        nextPollMs: () => 2_000,
    });
}

;// CONCATENATED MODULE: ./src/core/wait/schedule.ts
const ADAPTIVE = {
    minMs: 2_000,
    /** Longest gap with a previous run to predict from, and without one. */
    maxMs: 60_000,
    maxWithoutHistoryMs: 30_000,
    ratio: 0.5,
    /**
     * Runs of the same thing vary: a predicted end is uncertain by this share of the time still to
     * go when it was predicted (from the start, or the latest part seen to start or end)...
     */
    endUncertainty: 0.05,
    /** ...and within that band around it, polls come at least this often. */
    bandMaxMs: 6_000,
};
/** The previous run as a template; only its total duration when it has no parts with times. */
function historyFrom(runStart, runEnd, segments) {
    const map = new Map();
    let last = 0;
    for (const s of segments) {
        if (s.startTime === undefined || s.endTime === undefined)
            continue;
        map.set(s.name, { start: s.startTime - runStart, end: s.endTime - runStart });
        last = Math.max(last, s.endTime - runStart);
    }
    const total = runEnd && runEnd > runStart ? Math.max(last, runEnd - runStart) : last;
    if (!total)
        return undefined;
    return { steps: map, totalMs: total };
}
/** How late a run is against the previous one, from the latest thing seen of it, and when that was. */
function driftOf(e, history) {
    let drift = 0;
    let latest = e.startTime;
    for (const s of e.steps) {
        const h = history.steps.get(s.name);
        if (!h)
            continue;
        if (s.startTime !== undefined && s.startTime > latest) {
            latest = s.startTime;
            drift = s.startTime - e.startTime - h.start;
        }
        if (s.endTime !== undefined && s.endTime > latest) {
            latest = s.endTime;
            drift = s.endTime - e.startTime - h.end;
        }
    }
    return { drift, latest };
}
/** The moments worth polling near, for runs still going. */
function predictedEvents(running, history) {
    const events = [];
    for (const e of running) {
        events.push(e.startTime);
        if (!history)
            continue;
        const { drift } = driftOf(e, history);
        const seen = new Set(e.steps.map((s) => s.name));
        for (const s of e.steps) {
            const h = history.steps.get(s.name);
            if (h && s.startTime !== undefined && s.endTime === undefined)
                events.push(s.startTime + (h.end - h.start));
        }
        for (const [name, h] of history.steps)
            if (!seen.has(name))
                events.push(e.startTime + h.end + drift);
        events.push(e.startTime + history.totalMs + drift);
    }
    return events;
}
/** The band around a run's predicted end where it may well end. */
function endBand(run, history) {
    const { drift, latest } = driftOf(run, history);
    const end = run.startTime + history.totalMs + drift;
    const margin = Math.max(0, end - latest) * ADAPTIVE.endUncertainty;
    return { from: end - margin, to: end + margin };
}
function nextInterval(now, events, withHistory) {
    const max = withHistory ? ADAPTIVE.maxMs : ADAPTIVE.maxWithoutHistoryMs;
    let distance = Infinity;
    for (const e of events)
        distance = Math.min(distance, Math.abs(now - e));
    if (!Number.isFinite(distance))
        return max;
    return Math.round(Math.min(max, Math.max(ADAPTIVE.minMs, distance * ADAPTIVE.ratio)));
}
/** The next interval for one run under a policy: fixed, or adaptive from its history. */
function pollInterval(policy, now, run, history) {
    if (policy.kind === 'fixed')
        return policy.intervalMs;
    const interval = nextInterval(now, predictedEvents([run], history), Boolean(history));
    if (!history)
        return interval;
    // Inside the band, the end is as likely now as later: poll steadily rather than ever sparser.
    const band = endBand(run, history);
    if (now >= band.from && now <= band.to)
        return Math.min(interval, ADAPTIVE.bandMaxMs);
    // Just before the band: wake at its start.
    if (now < band.from)
        return Math.max(ADAPTIVE.minMs, Math.min(interval, band.from - now));
    return interval;
}

;// CONCATENATED MODULE: ./src/core/pipelines/wait.ts







/**
 * Once one of several executions waited together has ended, the others end around it (they run
 * the same pipeline): poll their statuses this often until the last ends, without reading the
 * steps of the running ones (one listing serves them all, so the tail costs one call a poll).
 */
const TAIL_INTERVAL_MS = 6_000;
/**
 * Waits until every execution is terminal (Succeeded, Failed or Stopped), the time is up, or the
 * signal aborts. Executions of one pipeline are polled together (one ListPipelineExecutions call
 * for many). On each poll the newest steps of running executions are read (one call each, first
 * page) so transitions are logged as they happen; an ended execution's steps are read whole once.
 * Transient errors never end the wait; a cancel abandons the read in flight.
 */
async function waitForExecutions(o) {
    const { clock, log, gateway } = o;
    const tracked = o.executions.map((arn) => ({
        arn,
        status: 'Executing',
        steps: [],
        stepsFinal: false,
        pending: [],
    }));
    const read = { signal: o.signal };
    let history;
    let historyLoaded = o.policy.kind !== 'adaptive';
    /** Lines logged about changes: the heartbeat stays quiet while they grow. */
    let news = 0;
    const waited = await runWait({
        what: tracked.length === 1 ? `execution ${(0,pipelines_executions/* executionId */.uY)(tracked[0].arn)}` : `${tracked.length} executions`,
        clock,
        log,
        ...(o.signal ? { signal: o.signal } : {}),
        timeoutMs: o.timeoutMs,
        isTransient: (err) => err instanceof pipelines_gateway/* TransientError */.N_,
        poll: async () => {
            const before = news;
            await pollStatuses();
            if (!historyLoaded) {
                history = await loadHistory(gateway, tracked, o.signal);
                historyLoaded = true;
            }
            await readSteps();
            if (o.jobs)
                news += await o.jobs.poll(tracked.map((t) => ({ label: label(t), steps: t.steps })), o.signal);
            logStatusLines(false);
            return { done: tracked.every((t) => (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && t.stepsFinal), changed: news > before };
        },
        nextPollMs: (now) => {
            if (o.policy.kind === 'fixed')
                return o.policy.intervalMs;
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            // Ended executions whose steps are still to be read: soon.
            if (!running.length)
                return ADAPTIVE.minMs;
            const interval = nextInterval(now, predictedEvents(wait_focus(running, now), history), Boolean(history));
            return inTail() ? Math.min(interval, TAIL_INTERVAL_MS) : interval;
        },
        progress: () => {
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            const steps = (t) => t.steps.filter((s) => s.status === 'Executing').map((s) => s.name);
            return running
                .slice(0, 3)
                .map((t) => `${label(t)} ${t.status}${steps(t).length ? ` (${steps(t).join(', ')})` : ''}`)
                .concat(running.length > 3 ? [`${running.length - 3} more`] : [])
                .join('; ');
        },
    });
    return finish(waited.ended);
    async function pollStatuses() {
        const groups = new Map();
        const waitedOn = new Map();
        for (const t of tracked) {
            const name = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(t.arn);
            waitedOn.set(name, (waitedOn.get(name) ?? 0) + 1);
            if (!(0,pipelines_gateway/* isTerminal */.Hd)(t.status))
                groups.set(name, [...(groups.get(name) ?? []), t]);
        }
        for (const [pipeline, members] of groups) {
            if (o.signal?.aborted)
                return;
            // One execution of a pipeline: DescribePipelineExecution; several: one listing serves them all.
            if (waitedOn.get(pipeline) === 1) {
                update(members[0], await gateway.describeExecution(members[0].arn, read));
                continue;
            }
            // Newest first: the executions waited on are usually on the first page.
            const missing = new Set(members.map((m) => m.arn));
            let token;
            for (let page = 0; page < 20 && missing.size; page++) {
                const result = await gateway.listExecutions(pipeline, token, read);
                for (const state of result.executions) {
                    const m = members.find((x) => x.arn === state.arn);
                    if (m) {
                        update(m, state);
                        missing.delete(m.arn);
                    }
                }
                token = result.nextToken;
                if (!token)
                    break;
            }
            for (const arn of missing) {
                update(members.find((m) => m.arn === arn), await gateway.describeExecution(arn, read));
            }
        }
    }
    function update(t, state) {
        const was = t.status;
        t.status = state.status;
        t.displayName = state.displayName ?? t.displayName;
        t.failureReason = state.failureReason ?? t.failureReason;
        t.startTime = state.startTime ?? t.startTime;
        if (!(0,pipelines_gateway/* isTerminal */.Hd)(was) && (0,pipelines_gateway/* isTerminal */.Hd)(state.status)) {
            t.detectedAt = clock.now();
            o.onTerminal?.(t.arn, state.status, t.detectedAt);
            t.pending.push(`${label(t)}: ${state.status}${state.failureReason ? ` (${state.failureReason})` : ''}`);
        }
        else if (was !== state.status && t.detectedAt === undefined) {
            t.pending.push(`${label(t)}: ${state.status}`);
        }
    }
    /** An execution's status lines, after its step transitions (an ended one's, once its steps are read whole). */
    function logStatusLines(all) {
        for (const t of tracked) {
            if (!all && (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                continue;
            for (const line of t.pending.splice(0)) {
                log.info(line);
                news++;
            }
        }
    }
    async function readSteps() {
        // Ended executions: every step, read once after the status that says it ended.
        for (const t of tracked)
            if ((0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                await readStepsOf(t, false);
        // The execution the schedule follows: its newest steps (one call), so its transitions are
        // logged as they happen and its end is predicted; the others' steps are read when they end.
        const followed = tracked.find((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
        if (followed && !inTail())
            await readStepsOf(followed, true);
    }
    function inTail() {
        return tracked.length > 1 && tracked.some((t) => (0,pipelines_gateway/* isTerminal */.Hd)(t.status));
    }
    async function readStepsOf(t, firstPageOnly) {
        if (o.signal?.aborted)
            return;
        const result = await gateway.listSteps(t.arn, { firstPageOnly, signal: o.signal });
        const steps = result.complete ? result.steps : (0,pipelines_steps/* mergeSteps */.yf)(t.steps, result.steps);
        for (const { step, line } of (0,pipelines_steps/* stepTransitions */.Vc)(t.steps, steps)) {
            log.info(`${label(t)}: ${line}`);
            news++;
            if (step.status === 'Failed')
                for (const l of (0,pipelines_steps/* failureDetails */.JK)(step))
                    log.info(`${label(t)}: ${l}`);
        }
        t.steps = steps;
        if (!firstPageOnly)
            t.stepsFinal = true;
    }
    async function finish(ended) {
        logStatusLines(true);
        const stopped = [];
        if (ended !== 'done' && o.stopOnCancel) {
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            const results = await Promise.allSettled(running.map((t) => gateway.stopExecution(t.arn, (0,start/* stopToken */.WH)(t.arn)).then(() => stopped.push(t.arn))));
            results.forEach((r, i) => {
                if (r.status === 'rejected')
                    log.warning(`could not stop ${running[i].arn}: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
            });
        }
        return {
            ended,
            stopped,
            executions: tracked.map(({ stepsFinal: _s, pending: _p, ...r }) => r),
        };
    }
}
/**
 * The execution the schedule follows: the first still running. Following all of K executions whose
 * ends spread over minutes would poll densely through the whole spread; one poll serves them all.
 */
function wait_focus(running, now) {
    const t = running[0];
    return [{ startTime: t.startTime ?? now, steps: t.steps }];
}
function label(t) {
    return t.displayName ?? (0,pipelines_executions/* executionId */.uY)(t.arn);
}
/** The previous successful execution of the (first) pipeline waited on, as a timing template. */
async function loadHistory(gateway, tracked, signal) {
    const pipeline = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(tracked[0].arn);
    const ours = new Set(tracked.map((t) => t.arn));
    const { executions } = await gateway.listExecutions(pipeline, undefined, { signal });
    const previous = executions.find((e) => e.status === 'Succeeded' && !ours.has(e.arn));
    if (!previous?.startTime)
        return undefined;
    const { steps } = await gateway.listSteps(previous.arn, { signal });
    return historyFrom(previous.startTime, previous.lastModifiedTime, steps);
}

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/retries.ts



/**
 * The wait, then `retry-on-failure`: an execution that failed only for transient reasons
 * (insufficient capacity, resource limits, internal errors, throttling) is retried in place
 * (RetryPipelineExecution, same ARN) and waited on again, up to N times each, saying why each
 * time; a failure in the user's code is never retried. The retried execution's result replaces
 * its failed one; the others' stay as they were.
 */
async function waitWithRetries(host, gateway, arns, s, 
/** What each step is doing (training progress, failed jobs' logs), when the caller shows it. */
jobs) {
    const started = host.clock.now();
    const wait = (executions, timeoutMs) => waitForExecutions({
        executions,
        gateway,
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs,
        policy: s.policy,
        stopOnCancel: s.stopOnCancel,
        ...(jobs ? { jobs } : {}),
    });
    let result = await wait(arns, s.timeoutMs);
    const retried = new Map();
    /** Failed executions already decided on (not retried): said once. */
    const settled = new Set();
    while (result.ended === 'done' && s.retryOnFailure > 0) {
        const again = [];
        for (const e of result.executions) {
            if (e.status !== 'Failed')
                continue;
            if (settled.has(e.arn))
                continue;
            const attempt = (retried.get(e.arn) ?? 0) + 1;
            const name = e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn);
            const decision = retryDecision(e.steps);
            if (!decision.retry) {
                host.info(`Not retrying ${name}: ${decision.why}`);
                settled.add(e.arn);
                continue;
            }
            if (attempt > s.retryOnFailure) {
                host.warning(`${name} failed again (${decision.why}); ${s.retryOnFailure} retries used, giving up`);
                settled.add(e.arn);
                continue;
            }
            host.info(`Retrying ${name} (${attempt} of ${s.retryOnFailure}): transient failure, ${decision.why}`);
            await gateway.retryExecution(e.arn, retryToken(host.run, e.arn, `automatic retry ${attempt}`), s.maxParallelSteps);
            await untilRetryShows({ gateway, arn: e.arn, clock: host.clock, log: host, signal: host.signal });
            retried.set(e.arn, attempt);
            again.push(e.arn);
        }
        if (!again.length)
            break;
        const left = s.timeoutMs - (host.clock.now() - started);
        const next = await wait(again, Math.max(left, 1));
        result = {
            ended: next.ended,
            stopped: [...result.stopped, ...next.stopped],
            executions: result.executions.map((e) => next.executions.find((n) => n.arn === e.arn) ?? e),
        };
    }
    if (retried.size)
        host.setOutput('retries', Object.fromEntries(retried));
    return result;
}

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/report.ts








/** The wait inputs (already parsed from the spec) as the wait engine takes them. */
function waitSettings(inputs) {
    const poll = inputs['poll-interval'];
    return {
        timeoutMs: inputs['timeout-minutes'],
        policy: poll === 'adaptive' ? { kind: 'adaptive' } : { kind: 'fixed', intervalMs: poll },
        failOn: inputs['fail-on'],
        stopOnCancel: inputs['stop-on-cancel'],
        retryOnFailure: inputs['retry-on-failure'],
    };
}
/** Most diagrams a summary draws; further executions get a row in a table. */
const MAX_DIAGRAMS = 3;
/**
 * Waits, sets the outputs, writes the summary, and throws when the `fail-on` policy says so. With
 * `jobs`, the wait also says what each step is doing (training progress, final metrics, failed
 * jobs' log tails).
 */
async function waitAndReport(host, gateway, arns, s, jobs, 
/** Markdown the summary opens with (what a selective start reused, what a retry kept). */
preface = '') {
    const progress = jobs ? new job_progress/* JobProgress */.fq(jobs, host, host.clock) : undefined;
    host.info(`Waiting on ${arns.length === 1 ? arns[0] : `${arns.length} executions`} (${s.policy.kind === 'adaptive' ? 'adaptive polling' : `every ${s.policy.intervalMs / 1000}s`})`);
    const result = await waitWithRetries(host, gateway, arns, s, progress);
    // Shown in the summary (the executions drawn) and the failure annotation.
    if (result.ended === 'done')
        await progress?.complete(result.executions.slice(0, MAX_DIAGRAMS), host.signal);
    if (result.ended === 'cancelled')
        host.warning(`cancelled: ${result.stopped.length ? `stopped ${result.stopped.join(', ')}` : 'nothing left to stop'}`);
    const first = result.executions[0];
    const outcome = (0,pipelines_steps/* outcomeOf */.sG)(first.steps);
    host.setOutput('status', (0,verdict/* overallStatus */.gX)(result.executions));
    host.setOutput('conditions', outcome.conditions);
    host.setOutput('condition-outcome', (0,pipelines_steps/* singleConditionOutcome */.ub)(outcome.conditions));
    host.setOutput('model-package-arn', outcome.modelPackageArn);
    host.setOutput('steps', (0,pipelines_steps/* stepsOutput */.By)(first.steps));
    host.setOutput('executions', result.executions.map((e) => ({ arn: e.arn, status: e.status, ...(0,pipelines_steps/* outcomeOf */.sG)(e.steps) })));
    for (const e of result.executions) {
        await host.group(`Steps of ${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}: ${e.status}`, async () => logSteps(host, e));
    }
    await host.appendSummary(preface + (await summary(host, gateway, result.executions)));
    const error = (0,verdict/* verdict */.WJ)(result, s.failOn, s.timeoutMs);
    if (error)
        throw error;
}
function logSteps(host, e) {
    for (const step of (0,pipelines_steps/* stepsOutput */.By)(e.steps)) {
        host.info(`${step.status.padEnd(10)} ${step.name}${step.type ? ` (${step.type})` : ''}${step.failureReason ? `: ${step.failureReason}` : ''}`);
    }
}
async function summary(host, gateway, executions) {
    const parts = [];
    for (const e of executions.slice(0, MAX_DIAGRAMS)) {
        let graph;
        try {
            graph = (0,pipelines_definition/* parseDefinition */.J)(await gateway.definitionForExecution(e.arn));
        }
        catch (err) {
            host.debug(`no diagram for ${e.arn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        parts.push(executionSummary(e, graph, (0,pipelines_executions/* executionConsoleUrl */.bm)(e.arn)));
    }
    if (executions.length > MAX_DIAGRAMS) {
        const rest = executions
            .slice(MAX_DIAGRAMS)
            .map((e) => ({ arn: e.arn, displayName: e.displayName, status: e.status }));
        parts.push((0,pipelines_executions/* executionsTable */.wI)('(more executions)', rest, pipelines_executions/* executionConsoleUrl */.bm));
    }
    return parts.join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/pipelines/selective.ts
var selective = __webpack_require__(4753);
;// CONCATENATED MODULE: ./src/core/pipelines/change-map.ts



/**
 * The map file: YAML or JSON, step name → a path or a list of paths. A path ending in `/` is a
 * folder (everything under it); `*` matches within one path segment, `**` across segments; any
 * other path is a file, or a folder when a file lies under it.
 */
function parseStepMap(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${file}: not valid YAML: ${err.message.split('\n')[0]}`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* UserError */.yo(`${file}: must map each step name to its paths, e.g. "Evaluate: [src/evaluate/]"`);
    const map = new Map();
    for (const [step, paths] of Object.entries(doc)) {
        const list = typeof paths === 'string' ? [paths] : paths;
        if (!Array.isArray(list) || !list.length || !list.every((p) => typeof p === 'string' && p.trim()))
            throw new errors/* UserError */.yo(`${file}: step '${step}' must list one or more paths (a path or a list of paths)`);
        map.set(step, list.map((p) => p.trim().replace(/^\.\//, '')));
    }
    return map;
}
const GLOB = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };
function pathMatches(pattern, path) {
    if (pattern.endsWith('/'))
        return path.startsWith(pattern);
    if (!/[*?]/.test(pattern))
        return path === pattern || path.startsWith(`${pattern}/`);
    const regex = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => GLOB[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    return new RegExp(`^${regex}$`).test(path);
}
/** The steps a change selects, or why everything must run. */
function autoSelection(graph, map, mapFile, files, filesWhy) {
    if (!map)
        return { all: true, why: `no step map (${mapFile}) in the repository` };
    const known = graph.steps.map((s) => s.name);
    const strangers = [...map.keys()].filter((s) => !known.includes(s));
    if (strangers.length)
        throw new errors/* UserError */.yo(`${mapFile} names ${strangers.map((s) => `'${s}'`).join(', ')}, not a step of the pipeline (steps: ${known.join(', ')})`);
    if (!files)
        return { all: true, why: filesWhy };
    if (!files.length)
        return { all: true, why: `the change lists no files (${filesWhy})` };
    const touched = new Map();
    for (const file of files) {
        const steps = [...map].filter(([, paths]) => paths.some((p) => pathMatches(p, file))).map(([s]) => s);
        if (!steps.length)
            return { all: true, why: `${file} is changed and ${mapFile} maps it to no step` };
        for (const s of steps)
            touched.set(s, [...(touched.get(s) ?? []), file]);
    }
    const steps = (0,selective/* downstreamClosure */._7)(graph, [...touched.keys()]);
    if (steps.length === known.length)
        return {
            all: true,
            why: `the change touches ${[...touched.keys()].join(', ')}, and every step is ${steps.length > touched.size ? 'it or downstream of it' : 'touched'}`,
        };
    return { all: false, steps, touched };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/changes.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The files a change touches, from the checkout: `git diff --name-only base...head` over the pull
 * request's base and head, or the push's before and after. Undefined, with the reason, when they
 * cannot be known (no range in the event, or history too shallow: check out with fetch-depth: 0).
 */
async function changedFiles(info) {
    const change = info.change;
    if (!change)
        return {
            why: "the run names no change to compare (neither a pull request nor a push with a commit before it); give 'changed-files'",
        };
    const range = `${change.base}...${change.head}`;
    try {
        const { stdout } = await run('git', ['diff', '--name-only', '-z', range], {
            cwd: info.workspace,
            maxBuffer: 64 * 1024 * 1024,
        });
        const files = stdout.split('\0').filter(Boolean);
        return { files, why: `git diff ${changes_short(change.base)}...${changes_short(change.head)}` };
    }
    catch (err) {
        const stderr = (err.stderr ?? err.message).trim().split('\n')[0];
        return {
            why: `could not list the change's files with git diff ${changes_short(change.base)}...${changes_short(change.head)} (${stderr}); check out with fetch-depth: 0`,
        };
    }
}
const changes_short = (sha) => sha.slice(0, 7);

;// CONCATENATED MODULE: ./src/commands/start-pipeline/selection.ts








/**
 * `selected-steps` with `source-execution`, or `selected-steps: auto`. Every refusal is made here,
 * before any start. `auto` never refuses what it cannot decide: it runs everything and says why.
 */
async function chooseSteps(host, gateway, pipeline, graph, parameters, i) {
    const selected = i['selected-steps'];
    if (!selected.length)
        return { preface: '' };
    if (selected.length > 1 || selected[0] !== 'auto') {
        const choice = i['source-execution'] ?? 'latest-succeeded';
        const source = await (0,selective/* resolveSource */.ev)(gateway, pipeline, choice);
        return withPreface(await (0,selective/* planSelective */.Cc)(gateway, pipeline, selected, choice, source));
    }
    const everything = (why) => {
        host.info(`selected-steps: auto: running every step: ${why}`);
        return { preface: `> **Every step ran** (\`selected-steps: auto\`): ${why}.\n\n` };
    };
    const mapFile = i['steps-map-file'];
    const map = await readMap(host.run.workspace, mapFile);
    const given = i['changed-files'];
    const change = given.length
        ? { files: given, why: "the files given in 'changed-files'" }
        : await changedFiles(host.run);
    const auto = autoSelection(graph, map, mapFile, change.files, change.why);
    if (auto.all)
        return everything(auto.why);
    const because = [...auto.touched].map(([step, files]) => `${step} (${files.join(', ')})`).join('; ');
    host.info(`selected-steps: auto: the change touches ${because}`);
    const baseRef = host.run.change?.baseRef;
    const choice = i['source-execution'];
    const source = choice
        ? await (0,selective/* resolveSource */.ev)(gateway, pipeline, choice)
        : await (0,selective/* resolveSource */.ev)(gateway, pipeline, 'latest-succeeded', (e) => startedFor(e, baseRef));
    if (!source)
        return everything(`found no Succeeded execution${baseRef ? ` started for ${baseRef}` : ''} to reuse outputs from`);
    const differs = await differentParameters(gateway, source, graph, parameters);
    if (differs)
        return everything(`${selection_label(source)} ran with ${differs}: its outputs do not fit this run`);
    try {
        const plan = await (0,selective/* planSelective */.Cc)(gateway, pipeline, auto.steps, choice ?? 'latest-succeeded', source);
        return withPreface(plan, `the change touches ${because}`);
    }
    catch (err) {
        // A source named explicitly is the user's choice: what is wrong with it is refused.
        if (err instanceof errors/* InputError */.dz && !choice)
            return everything(err.message);
        throw err;
    }
}
function withPreface(plan, why) {
    const reused = plan.reused.length
        ? `Reused ${plan.reused.join(', ')} from [${selection_label(plan.source)}](${(0,pipelines_executions/* executionConsoleUrl */.bm)(plan.source.arn)}) (${plan.source.status}): **${(0,pipelines_steps/* formatSpan */.QA)(plan.savedMs)} of step time saved**.`
        : `Outputs read from [${selection_label(plan.source)}](${(0,pipelines_executions/* executionConsoleUrl */.bm)(plan.source.arn)}).`;
    const lines = [
        `### ♻️ Selective run: ${plan.steps.join(', ')}`,
        '',
        reused,
        ...(why ? ['', `Why: ${why}.`] : []),
        '',
    ];
    return { plan, preface: lines.join('\n') + '\n' };
}
/** The toolkit's default description names the ref an execution was started for. */
function startedFor(e, baseRef) {
    if (!baseRef)
        return true;
    return Boolean(e.description && new RegExp(`, ref ${selection_escape(baseRef)}(,|$)`).test(e.description));
}
/** `Epochs=10 (this run: 20)` when the source ran with other parameter values than this start. */
async function differentParameters(gateway, source, graph, parameters) {
    const theirs = new Map((await gateway.executionParameters(source.arn)).map((p) => [p.Name, p.Value]));
    const ours = new Map(parameters.map((p) => [p.Name, p.Value]));
    const diffs = [];
    for (const p of graph.parameters) {
        const a = theirs.get(p.name) ?? p.defaultValue;
        const b = ours.get(p.name) ?? p.defaultValue;
        if (a !== b)
            diffs.push(`${p.name}=${a ?? '(unset)'} (this run: ${b ?? '(unset)'})`);
    }
    return diffs.length ? diffs.join(', ') : undefined;
}
async function readMap(workspace, file) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workspace, file), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz('steps-map-file', `must be a readable file (${err.code})`, file);
    }
    return parseStepMap(text, file);
}
const selection_label = (e) => e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn);
const selection_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// EXTERNAL MODULE: ./src/commands/start-pipeline/spec.ts + 4 modules
var spec = __webpack_require__(3300);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/run.ts











async function run_run({ host, inputs, checked, aws }) {
    const name = inputs['pipeline-name'];
    const { definition, displayName: display, description: desc } = checked;
    const roleArn = inputs['role-arn'] ?? '';
    const version = inputs['pipeline-version-id'];
    const settings = inputs.wait
        ? { ...waitSettings(inputs), maxParallelSteps: inputs['max-parallel-steps'] }
        : undefined;
    const context = awsFor(host, aws, spec/* spec */.I.action);
    const gateway = sagemakerPipelines(context);
    let pipeline = await gateway.describePipeline(name);
    if (definition)
        pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
    else
        host.setOutput('pipeline-changed', '');
    // A named version's own definition: its parameters are what the start is checked against.
    if (pipeline && version !== undefined)
        pipeline = await describeVersion(gateway, pipeline.name, version);
    if (!pipeline)
        throw new errors/* UserError */.yo(`pipeline '${name}' does not exist; create it, or give 'definition-file' and 'role-arn'`);
    let graph;
    try {
        graph = (0,pipelines_definition/* parseDefinition */.J)(pipeline.definition);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`pipeline '${name}': ${err.message}`);
    }
    const parameters = checkParameters('parameters', inputs.parameters, graph.parameters);
    const { plan, preface } = await chooseSteps(host, gateway, pipeline.name, graph, parameters, inputs);
    host.setOutput('selected-steps', plan ? plan.steps : '');
    host.setOutput('source-execution-arn', plan?.source.arn ?? '');
    const arn = await gateway.startExecution({
        pipelineName: name,
        parameters,
        displayName: display,
        description: desc,
        clientRequestToken: (0,start/* clientRequestToken */.KA)(host.run, pipeline.name, parameters),
        maxParallelSteps: inputs['max-parallel-steps'],
        ...(plan ? { selective: { steps: plan.steps, sourceArn: plan.source.arn } } : {}),
        ...(version !== undefined ? { pipelineVersionId: version } : {}),
    });
    host.setOutput('execution-arn', arn);
    host.setOutput('execution-url', (0,pipelines_executions/* executionConsoleUrl */.bm)(arn));
    host.info(`Started ${display}: ${arn}`);
    host.info((0,pipelines_executions/* executionConsoleUrl */.bm)(arn));
    if (!settings) {
        await host.appendSummary(`### ▶️ Started pipeline \`${pipeline.name}\`\n\n[${display}](${(0,pipelines_executions/* executionConsoleUrl */.bm)(arn)})\n\n${preface}`);
        return;
    }
    await waitAndReport(host, gateway, [arn], settings, sagemakerJobs(context), preface);
}
/** Creates the pipeline, or updates it when its definition differs; says which in `pipeline-changed`. */
async function applyDefinition(host, gateway, name, existing, definition, roleArn) {
    if (!existing) {
        const arn = await gateway.createPipeline({
            name,
            definition,
            roleArn,
            token: (0,start/* createToken */.Ey)(name, definition, host.run),
        });
        host.setOutput('pipeline-changed', 'created');
        const created = await gateway.latestVersion(name);
        host.setOutput('pipeline-version-id', created ?? '');
        host.info(`Created pipeline ${name}${created ? ` (version ${created})` : ''}`);
        return { arn, name, definition };
    }
    if (canonical(existing.definition) === canonical(definition)) {
        host.setOutput('pipeline-changed', 'unchanged');
        host.setOutput('pipeline-version-id', '');
        host.info(`Pipeline ${name}: definition unchanged`);
        return existing;
    }
    const updated = await gateway.updatePipeline({ name: existing.name, definition, roleArn });
    host.setOutput('pipeline-changed', 'updated');
    host.setOutput('pipeline-version-id', updated ?? '');
    host.info(`Updated pipeline ${name}${updated ? ` (version ${updated})` : ''}`);
    return { ...existing, definition };
}
async function describeVersion(gateway, name, version) {
    try {
        const found = await gateway.describePipeline(name, version);
        if (found)
            return found;
    }
    catch (err) {
        if (err.name !== 'ValidationException')
            throw err;
    }
    throw new errors/* InputError */.dz('pipeline-version-id', `must be a version of pipeline '${name}'`, String(version));
}
/** JSON with sorted keys, so formatting and key order do not count as changes. */
function canonical(text) {
    const sort = (v) => Array.isArray(v)
        ? v.map(sort)
        : v && typeof v === 'object'
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sort(v[k])]))
            : v;
    try {
        return JSON.stringify(sort(JSON.parse(text)));
    }
    catch {
        return text;
    }
}


/***/ })

};
