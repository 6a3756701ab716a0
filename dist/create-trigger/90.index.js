export const id = 90;
export const ids = [90];
export const modules = {

/***/ 90:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(6612);
;// CONCATENATED MODULE: ./src/aws/eventbridge.ts



const notFound = (err) => err.name === 'ResourceNotFoundException';
/** EventBridge through the SDK (the default event bus). */
function eventBridgeGateway(ctx) {
    const client = lazyClient(ctx, 'EVENTBRIDGE', (config) => new client_eventbridge_dist_cjs/* EventBridgeClient */.Ldt(config));
    return {
        async describeRule(name) {
            try {
                const r = await client().send(new client_eventbridge_dist_cjs/* DescribeRuleCommand */.NDC({ Name: name }));
                return {
                    Arn: r.Arn ?? '',
                    Name: r.Name,
                    Description: r.Description,
                    State: r.State,
                    EventPattern: r.EventPattern,
                    ScheduleExpression: r.ScheduleExpression,
                };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async putRule(rule) {
            const r = await client().send(new client_eventbridge_dist_cjs/* PutRuleCommand */.JOx(rule));
            return r.RuleArn ?? '';
        },
        async listTargets(rule) {
            const targets = [];
            let NextToken;
            do {
                const page = await client().send(new client_eventbridge_dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: rule, NextToken }));
                targets.push(...(page.Targets ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return targets;
        },
        async putTargets(rule, targets) {
            const r = await client().send(new client_eventbridge_dist_cjs/* PutTargetsCommand */.Ve7({ Rule: rule, Targets: targets }));
            const failed = r.FailedEntries ?? [];
            if (r.FailedEntryCount || failed.length) {
                const why = failed.map((f) => `${f.TargetId}: ${f.ErrorCode} ${f.ErrorMessage}`).join('; ');
                throw new errors/* OutcomeError */.Rz(`EventBridge refused the target of rule ${rule}: ${why}`);
            }
        },
        async removeTargets(rule, ids) {
            await client().send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: rule, Ids: ids }));
        },
        async describeConnection(name) {
            try {
                const r = await client().send(new client_eventbridge_dist_cjs/* DescribeConnectionCommand */.lyC({ Name: name }));
                return { arn: r.ConnectionArn ?? '', state: r.ConnectionState ?? '' };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async createConnection(request) {
            const r = await client().send(new client_eventbridge_dist_cjs/* CreateConnectionCommand */.urd(request));
            return r.ConnectionArn ?? '';
        },
        async updateConnection(request) {
            await client().send(new client_eventbridge_dist_cjs/* UpdateConnectionCommand */.v79(request));
        },
        async describeApiDestination(name) {
            try {
                const r = await client().send(new client_eventbridge_dist_cjs/* DescribeApiDestinationCommand */.F_m({ Name: name }));
                return {
                    arn: r.ApiDestinationArn ?? '',
                    Name: r.Name ?? name,
                    Description: r.Description ?? '',
                    ConnectionArn: r.ConnectionArn ?? '',
                    InvocationEndpoint: r.InvocationEndpoint ?? '',
                    HttpMethod: r.HttpMethod,
                    InvocationRateLimitPerSecond: r.InvocationRateLimitPerSecond ?? 0,
                };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async createApiDestination(request) {
            const r = await client().send(new client_eventbridge_dist_cjs/* CreateApiDestinationCommand */.USx(request));
            return r.ApiDestinationArn ?? '';
        },
        async updateApiDestination(request) {
            const r = await client().send(new client_eventbridge_dist_cjs/* UpdateApiDestinationCommand */.jX7(request));
            return r.ApiDestinationArn ?? '';
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/aws/s3-notifications.ts


function bucketNotifications(ctx) {
    const client = lazyClient(ctx, 'S3', (config) => new client_s3_dist_cjs/* S3Client */.YxF(config));
    return {
        async sendsToEventBridge(bucket) {
            const r = await client().send(new client_s3_dist_cjs/* GetBucketNotificationConfigurationCommand */.zP$({ Bucket: bucket }));
            return r.EventBridgeConfiguration !== undefined;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
;// CONCATENATED MODULE: ./src/core/pipelines/gateway.ts
/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
const EXECUTION_STATUSES = (/* unused pure expression or super */ null && (['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded']));
/** The statuses after which an execution never changes again. */
const TERMINAL = (/* unused pure expression or super */ null && (['Stopped', 'Failed', 'Succeeded']));
function isTerminal(status) {
    return TERMINAL.includes(status);
}
/** `arn:...:pipeline/<name>/execution/<id>` → `<name>` (lower-cased by SageMaker in ARNs). */
function pipelineOfExecution(arn) {
    const m = /:pipeline\/([^/]+)\/execution\//.exec(arn);
    return m ? m[1] : '';
}
/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
class TransientError extends Error {
    name = 'TransientError';
}

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
        const transient = new TransientError(err.message);
        transient.name = err.name;
        throw transient;
    }
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
            const e = await send(() => client().send(new client_sagemaker_dist_cjs/* DescribePipelineExecutionCommand */.lMO({ PipelineExecutionArn: arn }), abortable(options)));
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
            }), abortable(options)));
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
                }), abortable(options)));
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
function abortable(options) {
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

// EXTERNAL MODULE: ./src/core/triggers/definition.ts + 1 modules
var definition = __webpack_require__(4618);
;// CONCATENATED MODULE: ./src/core/triggers/plan.ts
/** A JSON value with object keys sorted and empty values dropped: two equal requests compare equal. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v === undefined || v === null)
                continue;
            if (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length)
                continue;
            out[key] = canonical(v);
        }
        return out;
    }
    return value;
}
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
function parsePattern(pattern) {
    if (!pattern)
        return undefined;
    try {
        return JSON.parse(pattern);
    }
    catch {
        return pattern;
    }
}
/** The rule fields that differ between what exists and what is wanted (EventPattern compared as JSON). */
function ruleDifferences(current, wanted) {
    const diffs = [];
    if (!same(parsePattern(current.EventPattern), parsePattern(wanted.EventPattern)))
        diffs.push('EventPattern');
    if ((current.ScheduleExpression ?? '') !== (wanted.ScheduleExpression ?? ''))
        diffs.push('ScheduleExpression');
    if ((current.State ?? 'ENABLED') !== wanted.State)
        diffs.push('State');
    if ((current.Description ?? '') !== wanted.Description)
        diffs.push('Description');
    return diffs;
}
/** The top-level target fields that differ (compared as JSON, key order ignored). */
function targetDifferences(current, wanted) {
    const keys = new Set([...Object.keys(current), ...Object.keys(wanted)]);
    return [...keys].filter((k) => !same(current[k], wanted[k])).sort();
}

;// CONCATENATED MODULE: ./src/core/triggers/apply.ts



/**
 * Creates or updates the trigger, changing only what differs: DescribeRule and ListTargetsByRule
 * are compared with the wanted rule and target first, so a second apply sends no write at all.
 * Targets this toolkit manages (by id) but no longer wants are removed; other targets are kept.
 */
async function applyTrigger(def, gw, opts) {
    const changes = [];
    let apiDestinationArn;
    if (def.target.kind === 'github-workflow') {
        apiDestinationArn = await applyDispatch(def, gw, opts, changes);
    }
    const wantedRule = (0,definition/* ruleRequest */.oz)(def);
    const current = await gw.describeRule(def.name);
    let ruleArn = current?.Arn ?? '';
    if (!current) {
        ruleArn = await gw.putRule(wantedRule);
        changes.push(`created rule ${def.name}`);
    }
    else {
        const diffs = ruleDifferences(current, wantedRule);
        if (diffs.length) {
            ruleArn = (await gw.putRule(wantedRule)) || ruleArn;
            changes.push(`updated rule ${def.name}: ${diffs.join(', ')}`);
        }
    }
    const wanted = (0,definition/* targetRequest */.dm)(def, apiDestinationArn);
    const existing = current ? await gw.listTargets(def.name) : [];
    const mine = existing.find((t) => t.Id === wanted.Id);
    if (!mine) {
        await gw.putTargets(def.name, [wanted]);
        changes.push(`added target ${wanted.Id} → ${wanted.Arn}`);
    }
    else {
        const diffs = targetDifferences(mine, wanted);
        if (diffs.length) {
            await gw.putTargets(def.name, [wanted]);
            changes.push(`updated target ${wanted.Id}: ${diffs.join(', ')}`);
        }
    }
    const managed = new Set(Object.values(definition/* TARGET_IDS */.vr));
    const stale = existing.map((t) => String(t.Id)).filter((id) => managed.has(id) && id !== wanted.Id);
    if (stale.length) {
        await gw.removeTargets(def.name, stale);
        changes.push(`removed target ${stale.join(', ')}`);
    }
    const foreign = existing.map((t) => String(t.Id)).filter((id) => !managed.has(id));
    if (foreign.length)
        opts.log.info(`Kept other targets of rule ${def.name}: ${foreign.join(', ')}`);
    return { ruleArn, changes, apiDestinationArn };
}
async function applyDispatch(def, gw, opts, changes) {
    const connName = (0,definition/* connectionName */.u7)(def.name);
    const connection = await gw.describeConnection(connName);
    let connectionArn;
    if (!connection) {
        if (!opts.githubToken) {
            throw new errors/* UserError */.yo(`connection ${connName} does not exist yet: give 'github-token' (a token that may run workflows: fine-grained with Actions: write) to create it`, 2);
        }
        connectionArn = await gw.createConnection((0,definition/* connectionRequest */._H)(def, opts.githubToken));
        changes.push(`created connection ${connName}`);
    }
    else {
        connectionArn = connection.arn;
        if (opts.rotateToken) {
            if (!opts.githubToken)
                throw new errors/* UserError */.yo("'rotate-token' needs 'github-token'", 2);
            await gw.updateConnection((0,definition/* connectionRequest */._H)(def, opts.githubToken));
            changes.push(`replaced the token of connection ${connName}`);
        }
        else if (connection.state === 'DEAUTHORIZED') {
            opts.log.warning(`connection ${connName} is DEAUTHORIZED (GitHub refused its token): run again with 'rotate-token: true' and a new 'github-token'`);
        }
    }
    const wanted = (0,definition/* apiDestinationRequest */.eN)(def, connectionArn);
    const current = await gw.describeApiDestination((0,definition/* apiDestinationName */.oA)(def.name));
    if (!current) {
        const arn = await gw.createApiDestination(wanted);
        changes.push(`created API destination ${wanted.Name} → ${wanted.InvocationEndpoint}`);
        return arn;
    }
    const fields = [
        'ConnectionArn',
        'InvocationEndpoint',
        'HttpMethod',
        'InvocationRateLimitPerSecond',
        'Description',
    ];
    const diffs = fields.filter((f) => current[f] !== wanted[f]);
    if (diffs.length) {
        await gw.updateApiDestination(wanted);
        changes.push(`updated API destination ${wanted.Name}: ${diffs.join(', ')}`);
    }
    return current.arn;
}

;// CONCATENATED MODULE: ./src/core/triggers/cloudformation.ts

/**
 * The same trigger as a CloudFormation template (JSON), for teams that keep infrastructure in
 * stacks. A GitHub target's token is a NoEcho parameter, never a literal.
 */
function cloudFormation(def) {
    const rule = (0,definition/* ruleRequest */.oz)(def);
    const id = logicalId(def.name);
    const resources = {};
    const parameters = {};
    let targetArn = '';
    if (def.target.kind === 'github-workflow') {
        parameters.GitHubToken = {
            Type: 'String',
            NoEcho: true,
            Description: 'A GitHub token that may dispatch workflows (fine-grained, Actions: write).',
        };
        const conn = (0,definition/* connectionRequest */._H)(def, 'TOKEN');
        resources[`${id}Connection`] = {
            Type: 'AWS::Events::Connection',
            Properties: {
                ...conn,
                AuthParameters: {
                    ...conn.AuthParameters,
                    ApiKeyAuthParameters: {
                        ApiKeyName: 'Authorization',
                        ApiKeyValue: { 'Fn::Sub': 'Bearer ${GitHubToken}' },
                    },
                },
            },
        };
        const dest = (0,definition/* apiDestinationRequest */.eN)(def, '');
        resources[`${id}ApiDestination`] = {
            Type: 'AWS::Events::ApiDestination',
            Properties: { ...dest, ConnectionArn: { 'Fn::GetAtt': [`${id}Connection`, 'Arn'] } },
        };
        targetArn = { 'Fn::GetAtt': [`${id}ApiDestination`, 'Arn'] };
    }
    const target = (0,definition/* targetRequest */.dm)(def);
    const pattern = (0,definition/* eventPattern */.Rl)(def.source);
    resources[`${id}Rule`] = {
        Type: 'AWS::Events::Rule',
        Properties: {
            Name: rule.Name,
            Description: rule.Description,
            State: rule.State,
            ...(pattern ? { EventPattern: pattern } : {}),
            ...(rule.ScheduleExpression ? { ScheduleExpression: rule.ScheduleExpression } : {}),
            Targets: [{ ...target, ...(targetArn ? { Arn: targetArn } : {}) }],
        },
    };
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `sagemaker-cicd trigger ${def.name}`,
        ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
        Resources: resources,
    };
}
/** CloudFormation logical ids are alphanumeric. */
function logicalId(name) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Trigger';
}

;// CONCATENATED MODULE: ./src/core/triggers/s3.ts
/** The warning, with the fix, when an S3 trigger's bucket does not send events to EventBridge. */
function eventBridgeOffMessage(bucket) {
    return (`bucket ${bucket} does not send events to EventBridge, so this rule will never fire. Turn it on ` +
        `(S3 console → ${bucket} → Properties → Event notifications → Amazon EventBridge: On), or ` +
        `add "EventBridgeConfiguration": {} to the bucket's notification configuration: aws s3api ` +
        `get-bucket-notification-configuration --bucket ${bucket}, add the key, then ` +
        `put-bucket-notification-configuration (it replaces the whole configuration, so keep the rest)`);
}

;// CONCATENATED MODULE: ./src/core/triggers/summary.ts
/** The job summary: what the rule listens to, what it starts, and what this run changed. */
function triggerSummary(def, rule, targets, changes, opts) {
    const lines = [`### Trigger \`${def.name}\`${opts.dryRun ? ' (dry run)' : ''}`, ''];
    lines.push(`- **When**: ${rule.ScheduleExpression ? `\`${rule.ScheduleExpression}\` (UTC)` : `\`${rule.EventPattern}\``}`);
    for (const t of targets)
        lines.push(`- **Starts**: \`${t.Arn}\` (target \`${t.Id}\`, role \`${t.RoleArn}\`)`);
    lines.push(`- **State**: ${rule.State}`);
    lines.push('');
    if (!changes.length)
        lines.push('No changes: the rule and its target already match.');
    else {
        lines.push(opts.dryRun ? 'Would change:' : 'Changed:');
        for (const c of changes)
            lines.push(`- ${c}`);
    }
    for (const w of opts.warnings)
        lines.push('', `> [!WARNING]\n> ${w}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/commands/create-trigger/dry-run.ts

/**
 * A dry run's reads: from AWS when it can be called, so the plan shows only what would change.
 * With no region or no credentials (planning on a laptop), the plan is made as if nothing existed
 * yet, and says so once; a real run needs AWS and fails as usual.
 */
class DryRunReads {
    dryRun;
    log;
    /** Why AWS was not read, once it could not be. */
    offline;
    constructor(dryRun, log) {
        this.dryRun = dryRun;
        this.log = log;
    }
    async read(read, absent) {
        if (this.offline !== undefined)
            return absent;
        try {
            return await read();
        }
        catch (err) {
            if (!this.dryRun || !(err instanceof AwsNotConfiguredError))
                throw err;
            this.offline = err.message;
            this.log.warning(`Dry run without AWS (${err.message}): nothing was compared with what exists; everything shows as it would be created`);
            return absent;
        }
    }
}
/** For a dry run: reads go to EventBridge (if it can be called), writes are only recorded. */
function readOnly(gw, reads) {
    const placeholder = async () => '(created on apply)';
    const nothing = async () => { };
    return {
        describeRule: (name) => reads.read(() => gw.describeRule(name), undefined),
        listTargets: (rule) => reads.read(() => gw.listTargets(rule), []),
        describeConnection: (name) => reads.read(() => gw.describeConnection(name), undefined),
        describeApiDestination: (name) => reads.read(() => gw.describeApiDestination(name), undefined),
        putRule: async () => '',
        putTargets: nothing,
        removeTargets: nothing,
        createConnection: placeholder,
        updateConnection: nothing,
        createApiDestination: placeholder,
        updateApiDestination: placeholder,
    };
}

// EXTERNAL MODULE: ./src/commands/create-trigger/spec.ts + 6 modules
var spec = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/commands/create-trigger/run.ts












async function run({ host, inputs, checked: parsed, aws: awsInputs, }) {
    const dryRun = inputs['dry-run'];
    const rotateToken = inputs['rotate-token'];
    const githubToken = inputs['github-token'] ?? '';
    const aws = awsFor(host, awsInputs, spec/* spec */.I.action);
    const reads = new DryRunReads(dryRun, host);
    let def;
    if (parsed.target.kind === 'sagemaker-pipeline') {
        const { pipeline, parameters } = parsed.target;
        let pipelineArn = pipeline;
        if (!pipeline.startsWith('arn:')) {
            // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
            const p = await reads.read(() => sagemakerPipelines(aws).describePipeline(pipeline), null);
            if (p === undefined)
                throw new errors/* UserError */.yo(`pipeline '${pipeline}' does not exist (DescribePipeline: ResourceNotFound)`);
            // Offline, the plan shows where the account and region go.
            pipelineArn = p?.arn ?? `arn:aws:sagemaker:<region>:<account-id>:pipeline/${pipeline}`;
        }
        def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
    }
    else {
        def = { ...parsed, target: parsed.target };
    }
    const warnings = [];
    const source = def.source;
    if (source.kind === 's3') {
        const s3 = bucketNotifications(aws);
        if (!(await reads.read(() => s3.sendsToEventBridge(source.bucket), true))) {
            const message = eventBridgeOffMessage(source.bucket);
            warnings.push(message);
            host.warning(message);
        }
    }
    const events = eventBridgeGateway(aws);
    const gateway = dryRun ? readOnly(events, reads) : events;
    // A dry run needs no token: nothing is created.
    const token = dryRun ? githubToken || 'dry-run' : githubToken;
    const result = await applyTrigger(def, gateway, { githubToken: token, rotateToken, log: host });
    const rule = (0,definition/* ruleRequest */.oz)(def);
    const targets = [(0,definition/* targetRequest */.dm)(def, result.apiDestinationArn)];
    const template = cloudFormation(def);
    host.setOutput('rule-arn', result.ruleArn);
    host.setOutput('changed', !dryRun && result.changes.length > 0);
    host.setOutput('changes', result.changes);
    host.setOutput('rule', rule);
    host.setOutput('targets', targets);
    host.setOutput('cloudformation', template);
    if (dryRun) {
        host.info(`Dry run: nothing was changed. PutRule:\n${JSON.stringify(rule, null, 2)}`);
        host.info(`PutTargets Targets:\n${JSON.stringify(targets, null, 2)}`);
        host.info(`CloudFormation:\n${JSON.stringify(template, null, 2)}`);
    }
    for (const c of result.changes)
        host.info(dryRun ? `would have ${c}` : c);
    if (!result.changes.length)
        host.info(`No changes: rule ${def.name} and its target already match.`);
    await host.appendSummary(triggerSummary(def, rule, targets, result.changes, { dryRun, warnings }));
}


/***/ })

};
