export const id = 4847;
export const ids = [4847];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ clientConfig),
  qW: () => (/* binding */ lazyClient),
  pj: () => (/* binding */ withErrorPolicy)
});

// UNUSED EXPORTS: IAM_PREFIX, resolveEndpoint, resolveRegion

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
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
        throw new errors/* AwsNotConfiguredError */.B1("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
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
            throw (0,errors/* applyErrorPolicy */.Fi)(err, operation, action);
        }
    }, { step: 'initialize', name: 'sagemakerCicdErrorPolicy', priority: 'high' });
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ AwsNotConfiguredError),
/* harmony export */   Fi: () => (/* binding */ applyErrorPolicy),
/* harmony export */   Uk: () => (/* binding */ AccessDeniedError)
/* harmony export */ });
/* unused harmony exports IAM_NAME, iamPermission, ExpiredSessionError, isExpiredSession, isAccessDenied */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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
class AccessDeniedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    permission;
    name = 'AccessDeniedError';
    constructor(message, permission) {
        super(message, 1);
        this.permission = permission;
    }
}
/** No region or no credentials: AWS cannot be called at all (offline work can go on without it). */
class AwsNotConfiguredError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'AwsNotConfiguredError';
}
/** The credentials' session ran out (a wait outlived configure-aws-credentials' role session). */
class ExpiredSessionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || !err || typeof err !== 'object')
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`AWS did not accept the credentials (${e.name} on ${operation.name}: ${text}); ` +
            "check the role set by aws-actions/configure-aws-credentials or 'role-to-assume'");
    }
    return err;
}


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sagemakerPipelines)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4459);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);




/** The pipeline gateway over the SageMaker API. Errors are classified for the domain's waits. */
function sagemakerPipelines(ctx) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyClient */ .qW)(ctx, 'SAGEMAKER', (config) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .SageMakerClient */ .kHU(config));
    const send = _transient_js__WEBPACK_IMPORTED_MODULE_1__/* .sendForWait */ .F;
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describePipeline(name, versionId) {
            try {
                const p = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineCommand */ .XMb({
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
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .CreatePipelineCommand */ .CQC({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ClientRequestToken: req.token,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineArn ?? '';
        },
        async updatePipeline(req) {
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .UpdatePipelineCommand */ .vMT({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineVersionId;
        },
        async latestVersion(pipelineName) {
            const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineVersionsCommand */ .jIi({
                PipelineName: pipelineName,
                SortOrder: 'Descending',
                MaxResults: 1,
            })));
            return page.PipelineVersionSummaries?.[0]?.PipelineVersionId;
        },
        async retryExecution(arn, token, maxParallelSteps) {
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .RetryPipelineExecutionCommand */ .isZ({
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
                const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineParametersForExecutionCommand */ .n9L({
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
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .StartPipelineExecutionCommand */ .QqH({
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
            const e = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineExecutionCommand */ .lMO({ PipelineExecutionArn: arn }), abortable(options)));
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
            const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineExecutionsCommand */ .bni({
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
                const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineExecutionStepsCommand */ .BTz({
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
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineDefinitionForExecutionCommand */ .tW0({ PipelineExecutionArn: arn })));
            return out.PipelineDefinition ?? '{}';
        },
        async stopExecution(arn, token) {
            await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .StopPipelineExecutionCommand */ .krr({ PipelineExecutionArn: arn, ClientRequestToken: token })));
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


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sendForWait),
/* harmony export */   d: () => (/* binding */ isTransient)
/* harmony export */ });
/* harmony import */ var _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8021);

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
        const transient = new _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(err.message);
        transient.name = err.name;
        throw transient;
    }
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ awsFor)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
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
        const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 1695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        // AssumeRoleWithWebIdentity is unsigned: the STS client needs no credentials of its own.
        const sts = new STSClient({
            ...(0,clients/* clientConfig */.yO)({ env, action: options.action, region: options.region }, 'STS'),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
        (0,clients/* withErrorPolicy */.pj)(sts, 'STS', options.action);
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


/***/ })

};
