export const id = 6135;
export const ids = [6135,3266];
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


/***/ }),

/***/ 6135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var dist_cjs = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/stepfunctions.ts


/** Events per GetExecutionHistory page: the last page is read again on each poll, so keep it small. */
const HISTORY_PAGE = 100;
/** An Express execution runs at most 5 minutes; StartSyncExecution answers when it ends. */
const SYNC_REQUEST_TIMEOUT_MS = 5 * 60_000 + 30_000;
/**
 * The client's configuration. StartSyncExecution goes to its own host (`sync-states.<region>...`,
 * the model's `sync-` host prefix); a configured endpoint (a VPC endpoint, a local stand-in) is
 * used exactly as given for every operation, as no `sync-` host exists in front of it.
 */
function sfnConfig(config) {
    return { ...config, disableHostPrefix: Boolean(config.endpoint) };
}
function stepFunctionsGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'SFN', (config) => new dist_cjs/* SFNClient */.ZIB(sfnConfig(config)));
    const request = (r) => ({
        stateMachineArn: r.stateMachineArn,
        name: r.name,
        input: r.input,
        ...(r.traceHeader ? { traceHeader: r.traceHeader } : {}),
    });
    const opts = (signal) => (signal ? { abortSignal: signal } : {});
    return {
        region: () => client().config.region(),
        async stateMachine(arn) {
            const r = await client().send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn: arn }));
            return { type: r.type ?? 'STANDARD', ...(r.definition ? { definition: r.definition } : {}) };
        },
        async start(r) {
            const res = await client().send(new dist_cjs/* StartExecutionCommand */.MX_(request(r)));
            return { executionArn: res.executionArn ?? '', startDate: res.startDate?.getTime() };
        },
        async startSync(r, signal) {
            const res = await client().send(new dist_cjs/* StartSyncExecutionCommand */.tNt(request(r)), {
                abortSignal: signal,
                requestTimeout: SYNC_REQUEST_TIMEOUT_MS,
            });
            return view(res);
        },
        async describe(executionArn, signal) {
            return view(await client().send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn }), opts(signal)));
        },
        async history(executionArn, nextToken, signal) {
            const res = await client().send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({
                executionArn,
                maxResults: HISTORY_PAGE,
                reverseOrder: false,
                includeExecutionData: false,
                ...(nextToken ? { nextToken } : {}),
            }), opts(signal));
            return {
                events: (res.events ?? []).map(toEvent),
                ...(res.nextToken ? { nextToken: res.nextToken } : {}),
            };
        },
        async stop(executionArn, error, cause) {
            await client().send(new dist_cjs/* StopExecutionCommand */.WP$({ executionArn, error, cause }));
        },
        async previousExecution(stateMachineArn, executionArn) {
            // Newest first; a handful is enough to skip this execution itself.
            const r = await client().send(new dist_cjs/* ListExecutionsCommand */.xzi({ stateMachineArn, statusFilter: 'SUCCEEDED', maxResults: 5 }));
            const e = (r.executions ?? []).find((x) => x.executionArn !== executionArn && x.startDate && x.stopDate);
            return e ? { startTime: e.startDate.getTime(), endTime: e.stopDate.getTime() } : undefined;
        },
        async definitionFor(executionArn) {
            const r = await client().send(new dist_cjs/* DescribeStateMachineForExecutionCommand */.sYO({ executionArn }));
            return r.definition;
        },
    };
}
function view(r) {
    return {
        executionArn: r.executionArn ?? '',
        status: r.status ?? 'UNKNOWN',
        ...(r.input !== undefined ? { input: r.input } : {}),
        ...(r.output !== undefined ? { output: r.output } : {}),
        ...(r.error !== undefined ? { error: r.error } : {}),
        ...(r.cause !== undefined ? { cause: r.cause } : {}),
        ...(r.startDate ? { startDate: r.startDate.getTime() } : {}),
        ...(r.stopDate ? { stopDate: r.stopDate.getTime() } : {}),
    };
}
/** The event's own `<type>EventDetails` carries its state name, or its error and cause. */
function toEvent(e) {
    const details = Object.entries(e).find(([k, v]) => k.endsWith('EventDetails') && v)?.[1];
    const stateName = e.stateEnteredEventDetails?.name ?? e.stateExitedEventDetails?.name;
    return {
        id: e.id ?? 0,
        ...(e.previousEventId ? { previousEventId: e.previousEventId } : {}),
        type: String(e.type ?? ''),
        timestamp: e.timestamp?.getTime() ?? 0,
        ...(stateName ? { stateName } : {}),
        ...(details?.error !== undefined ? { error: details.error } : {}),
        ...(details?.cause !== undefined ? { cause: details.cause } : {}),
    };
}

// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/stepfunctions/history.ts

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);
const EXECUTION_END = {
    ExecutionSucceeded: 'SUCCEEDED',
    ExecutionFailed: 'FAILED',
    ExecutionTimedOut: 'TIMED_OUT',
    ExecutionAborted: 'ABORTED',
    ExecutionRedriven: 'RUNNING',
};
/**
 * Failures of the work inside a state (TaskFailed, LambdaFunctionTimedOut, MapStateFailed...); one
 * failed Map iteration is not the Map's failure (it may tolerate some).
 */
const STATE_FAILURE = /^(?!Execution|MapIteration)\w+(?:Failed|TimedOut)$/;
/** A task scheduled again after it failed: a Retry. */
const RETRY = /^(?:Task|LambdaFunction|Activity)Scheduled$/;
/**
 * Folds the history into one record per state, logging each transition as it is read: a state
 * entered, a state done (with its time), a failure with its error and cause, a retry. Events come
 * in order, a batch at a time; the owner of a task event is found through `previousEventId`.
 */
class ExecutionTrack {
    log;
    states = new Map();
    status = 'RUNNING';
    error;
    cause;
    lastEventId = 0;
    startedAt;
    endedAt;
    owner = new Map();
    constructor(log) {
        this.log = log;
    }
    /** Applies new events (ids above the last seen); true when any was new. */
    apply(events) {
        let changed = false;
        for (const e of events) {
            if (e.id <= this.lastEventId)
                continue;
            this.lastEventId = e.id;
            changed = true;
            this.one(e);
        }
        return changed;
    }
    one(e) {
        const owner = e.stateName ?? (e.previousEventId ? this.owner.get(e.previousEventId) : undefined);
        if (owner)
            this.owner.set(e.id, owner);
        if (e.type === 'ExecutionStarted')
            this.startedAt = e.timestamp;
        const end = EXECUTION_END[e.type];
        if (end)
            return this.executionEvent(e, end, owner);
        const entered = /^(\w+)StateEntered$/.exec(e.type);
        if (entered && e.stateName)
            return this.entered(e.stateName, entered[1], e);
        if (/StateExited$/.test(e.type) && e.stateName)
            return this.exited(e.stateName, e);
        const s = owner ? this.states.get(owner) : undefined;
        if (!s)
            return;
        if (STATE_FAILURE.test(e.type)) {
            s.outcome = 'failed';
            s.error = e.error ?? e.type;
            s.cause = e.cause;
            this.log.info(`✗ ${s.name}: ${e.type}${failure(e.error, e.cause)}`);
        }
        else if (RETRY.test(e.type) && s.outcome === 'failed') {
            s.outcome = 'running';
            this.log.info(`↻ ${s.name}: retrying after ${s.error}`);
        }
    }
    entered(name, type, e) {
        const s = this.states.get(name);
        if (!s) {
            this.states.set(name, {
                name,
                type,
                // A Fail state fails its execution (or branch) as it is entered.
                outcome: type === 'Fail' ? 'failed' : 'running',
                entries: 1,
                active: 1,
                firstEntered: e.timestamp,
            });
            this.log.info(`→ ${name} (${type})`);
            return;
        }
        s.entries++;
        s.active++;
        if (s.outcome !== 'failed')
            s.outcome = type === 'Fail' ? 'failed' : 'running';
    }
    exited(name, e) {
        const s = this.states.get(name);
        if (!s)
            return;
        s.lastExited = e.timestamp;
        s.active = Math.max(0, s.active - 1);
        // Exiting after a failure: a Catch handled it.
        if (s.outcome === 'failed' && s.type !== 'Fail') {
            s.outcome = 'caught';
            this.log.info(`↪ ${name}: ${s.error ?? 'error'} caught`);
            return;
        }
        if (s.outcome === 'running' && !s.active)
            s.outcome = 'succeeded';
        if (s.active)
            return;
        const times = s.entries > 1 ? ` (×${s.entries})` : '';
        this.log.info(`✓ ${name} done in ${(0,inputs/* formatDuration */.a3)(e.timestamp - s.firstEntered)}${times}`);
    }
    executionEvent(e, status, owner) {
        this.status = status;
        if (status === 'RUNNING') {
            this.endedAt = undefined;
            this.log.info('Execution redriven: running again from its failed states');
            return;
        }
        this.endedAt = e.timestamp;
        if (e.error !== undefined)
            this.error = e.error;
        if (e.cause !== undefined)
            this.cause = e.cause;
        const failedIn = owner ? this.states.get(owner) : undefined;
        if (status === 'FAILED' && failedIn) {
            failedIn.outcome = 'failed';
            failedIn.error ??= e.error;
            failedIn.cause ??= e.cause;
        }
        for (const s of this.states.values()) {
            if (s.outcome !== 'running')
                continue;
            s.outcome = status === 'SUCCEEDED' ? 'succeeded' : 'stopped';
        }
    }
    /** This toolkit stopped the execution (StopExecution) before its history said so. */
    markStopped(at) {
        this.status = 'ABORTED';
        this.endedAt = at;
        for (const s of this.states.values())
            if (s.outcome === 'running')
                s.outcome = 'stopped';
    }
    /** The state whose failure explains the execution's (the last one that failed and was not caught). */
    failedState() {
        return [...this.states.values()].filter((s) => s.outcome === 'failed').at(-1);
    }
}
function failure(error, cause) {
    if (!error && !cause)
        return '';
    return `: ${error ?? ''}${cause ? `${error ? ' — ' : ''}${cause}` : ''}`;
}

// EXTERNAL MODULE: ./src/core/stepfunctions/inputs.ts
var stepfunctions_inputs = __webpack_require__(4170);
;// CONCATENATED MODULE: ./src/core/stepfunctions/follow.ts





/**
 * Starts the execution, or attaches to the one this step already started: StartExecution returns
 * the running execution for the same name and input, and refuses with ExecutionAlreadyExists once
 * it has ended; then the execution is described, and attached to when its input is the same.
 */
async function startOrAttach(gw, request, log) {
    try {
        const { executionArn } = await gw.start(request);
        return { executionArn, attached: false };
    }
    catch (err) {
        if (err.name !== 'ExecutionAlreadyExists')
            throw err;
    }
    const executionArn = (0,stepfunctions_inputs/* executionArnFor */.d5)(request.stateMachineArn, request.name);
    const existing = await gw.describe(executionArn);
    if (existing.input !== undefined && !sameJson(existing.input, request.input)) {
        throw new errors/* UserError */.yo(`execution '${request.name}' of ${request.stateMachineArn} already exists with another input (a name is taken for 90 days): give another 'name', or the input it ran with`);
    }
    log.info(`Execution ${request.name} was started by an earlier try of this step (${existing.status}): following it`);
    return { executionArn, attached: true };
}
function sameJson(a, b) {
    try {
        return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
    }
    catch {
        return a === b;
    }
}
/** Error name and cause StopExecution records (error ≤ 256, cause ≤ 32768 characters). */
const STOP_ERROR = 'sagemaker-cicd.Cancelled';
/**
 * Follows a Standard execution until it ends: reads its history forward from the last event seen
 * (GetExecutionHistory, page after page, keeping the token of the page it reached) and logs each
 * state as it is entered, done, failed, retried or caught. The history says when the execution
 * ends; one DescribeExecution then gives the output, error and cause (or a pending redrive, and the
 * wait goes on). Cancel or timeout stops it
 * (StopExecution) at once. Transient errors never end the wait.
 */
async function followExecution(gw, executionArn, opts) {
    const track = opts.track ?? new ExecutionTrack(opts.log);
    const startedAt = opts.clock.now();
    // The previous successful run's length: polls come densely where this one is likely to end.
    const previous = await (0,engine/* timingHint */.Iy)(opts.log, 'previous execution', () => gw.previousExecution((0,stepfunctions_inputs/* unqualified */.YT)(opts.stateMachineArn), executionArn));
    const history = previous ? (0,schedule/* historyFrom */.z)(previous.startTime, previous.endTime, []) : undefined;
    // The token of the page holding the last event seen: history grows at its end, so the next
    // read starts there (an expired token, after 24 h, restarts from the first page).
    let pageToken;
    const readNew = async () => {
        let changed = false;
        for (;;) {
            let page;
            try {
                page = await gw.history(executionArn, pageToken, opts.signal);
            }
            catch (err) {
                if (err.name !== 'InvalidToken' || !pageToken)
                    throw err;
                pageToken = undefined;
                continue;
            }
            changed = track.apply(page.events) || changed;
            if (!page.nextToken)
                return changed;
            pageToken = page.nextToken;
        }
    };
    const waited = await (0,engine/* runWait */.pT)({
        what: `execution ${executionArn}`,
        clock: opts.clock,
        log: opts.log,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs,
        isTransient: opts.isTransient,
        poll: async () => {
            const changed = await readNew();
            if (!TERMINAL.has(track.status))
                return { done: false, changed };
            // The history says it ended: DescribeExecution has the output, error and cause, and says
            // when a redrive is already pending (PENDING_REDRIVE): then the wait goes on.
            const execution = await gw.describe(executionArn, opts.signal);
            if (TERMINAL.has(execution.status))
                return { done: true, changed, execution };
            opts.log.info(`Execution ${execution.status}: waiting for it to run again`);
            track.status = execution.status;
            return { done: false, changed: true };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)({ kind: 'adaptive' }, now, { startTime: track.startedAt ?? startedAt, steps: [] }, history),
        progress: () => {
            const running = [...track.states.values()].filter((s) => s.outcome === 'running').map((s) => s.name);
            return running.length ? `state ${running.join(', ')} running` : track.status;
        },
    });
    if (waited.ended === 'cancelled') {
        await stop(gw, executionArn, opts, 'Cancelled by the workflow run (sagemaker-cicd)', 'Cancelled');
        throw new errors/* CancelledError */.cc(`cancelled; execution ${executionArn} was stopped (StopExecution)`);
    }
    if (waited.ended === 'timeout') {
        await stop(gw, executionArn, opts, 'The workflow step timed out waiting for it (sagemaker-cicd)', 'Timed out');
        throw new errors/* TimeoutError */.MU(`execution ${executionArn} did not finish within the timeout (still ${track.status}); it was stopped (StopExecution)`);
    }
    const execution = waited.last.execution;
    return { execution, track, polls: waited.polls };
}
async function stop(gw, executionArn, opts, cause, why) {
    opts.log.info(`${why}: stopping execution ${executionArn} (StopExecution)`);
    try {
        await gw.stop(executionArn, STOP_ERROR, cause);
        opts.onStopped?.();
        opts.log.info(`Execution ${executionArn} stopped: it ends ABORTED`);
    }
    catch (err) {
        opts.log.warning(`Could not stop execution ${executionArn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
/** The error for an execution that did not succeed, naming the failed state, its error and cause. */
function outcomeError(execution, failedState) {
    const where = failedState ? ` in state '${failedState}'` : '';
    const cause = execution.cause && execution.cause.length > 1000 ? `${execution.cause.slice(0, 999)}…` : execution.cause;
    return new errors/* OutcomeError */.Rz(`execution ${execution.executionArn} ${execution.status}${where}${failure(execution.error, cause)}`);
}

;// CONCATENATED MODULE: ./src/core/stepfunctions/diagram.ts
const COLOURS = {
    succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
    failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#7d1a1a',
    caught: 'fill:#fff3bf,stroke:#e67700,color:#5c3c00',
    running: 'fill:#d0ebff,stroke:#1864ab,color:#0b3a6b',
    stopped: 'fill:#e9ecef,stroke:#495057,color:#212529',
};
/**
 * A state machine definition as a mermaid flowchart: Task, Pass, Wait, Succeed, Fail, Choice (a
 * decision with each rule on its edge), Parallel (a sub-graph per branch) and Map (its item
 * processor as a sub-graph); Catch edges dotted. Each state is coloured by what happened to it.
 * Undefined when the definition is not JSON of that shape.
 */
function drawMachine(definition, outcomes) {
    const machine = parseMachine(definition);
    if (!machine)
        return undefined;
    // Ids in the order states are defined (nested ones after their Parallel or Map).
    const ids = new Map(machineStates(machine).map((s, i) => [s.name, `s${i}`]));
    const nodes = [];
    const edges = ['  sm_start(("start"))', '  sm_end(("end"))'];
    const id = (name) => ids.get(name) ?? `s${ids.size}`;
    const draw = (m, indent, top) => {
        for (const [name, s] of Object.entries(m.States)) {
            const me = id(name);
            if (s.Type === 'Parallel' || s.Type === 'Map') {
                nodes.push(`${indent}subgraph ${me} ["${esc(`${s.Type}: ${name}`)}"]`, `${indent}  direction TB`);
                const inner = s.Type === 'Parallel' ? (s.Branches ?? []) : [s.ItemProcessor ?? s.Iterator];
                inner.forEach((b, i) => {
                    if (!b || !isMachine(b))
                        return;
                    if (s.Type === 'Map')
                        return draw(b, `${indent}  `, false);
                    nodes.push(`${indent}  subgraph ${me}_b${i} ["branch ${i + 1}"]`, `${indent}    direction TB`);
                    draw(b, `${indent}    `, false);
                    nodes.push(`${indent}  end`);
                });
                nodes.push(`${indent}end`);
            }
            else {
                nodes.push(`${indent}${me}${shape(name, s)}`);
            }
            edges.push(...transitions(me, s, top, id));
        }
    };
    draw(machine, '  ', true);
    edges.splice(2, 0, `  sm_start --> ${id(machine.StartAt)}`);
    const byOutcome = new Map();
    for (const [name, outcome] of outcomes) {
        const v = ids.get(name);
        if (v)
            byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), v]);
    }
    const styles = [];
    for (const [outcome, list] of byOutcome) {
        list.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
        styles.push(`  classDef ${outcome} ${COLOURS[outcome]}`, `  class ${list.join(',')} ${outcome}`);
    }
    return ['flowchart TD', ...nodes, ...edges, ...styles].join('\n');
}
function parseMachine(definition) {
    try {
        const m = JSON.parse(definition);
        return isMachine(m) ? m : undefined;
    }
    catch {
        return undefined;
    }
}
/** Every state of a definition, nested ones included, in the order they are defined. */
function definedStates(definition) {
    const m = parseMachine(definition);
    return m ? machineStates(m) : [];
}
function machineStates(m) {
    return Object.entries(m.States).flatMap(([name, s]) => [
        { name, type: String(s.Type) },
        ...[...(s.Branches ?? []), s.ItemProcessor ?? s.Iterator]
            .filter((b) => isMachine(b))
            .flatMap(machineStates),
    ]);
}
function isMachine(m) {
    const x = m;
    return typeof x === 'object' && x !== null && typeof x.StartAt === 'string' && typeof x.States === 'object';
}
function shape(name, s) {
    const label = esc(name);
    switch (s.Type) {
        case 'Choice':
            return `{"${label}"}`;
        case 'Wait':
            return `{{"${esc(`${name} (${waitFor(s)})`)}"}}`;
        case 'Pass':
            return `("${label}")`;
        case 'Succeed':
            return `(["${esc(`✓ ${name}`)}"])`;
        case 'Fail':
            return `(["${esc(`✗ ${name}`)}"])`;
        default:
            return `["${label}"]`;
    }
}
function waitFor(s) {
    if (s.Seconds !== undefined)
        return `${s.Seconds}s`;
    if (s.Timestamp)
        return `until ${s.Timestamp}`;
    return s.SecondsPath ?? s.TimestampPath ?? 'wait';
}
function transitions(me, s, top, id) {
    const out = [];
    if (s.Next)
        out.push(`  ${me} --> ${id(s.Next)}`);
    if ((s.End || s.Type === 'Succeed') && top)
        out.push(`  ${me} --> sm_end`);
    for (const c of s.Choices ?? [])
        out.push(`  ${me} -->|"${esc(truncate(rule(c)))}"| ${id(c.Next)}`);
    if (s.Default)
        out.push(`  ${me} -->|"default"| ${id(s.Default)}`);
    for (const c of s.Catch ?? [])
        out.push(`  ${me} -.->|"${esc(`catch ${(c.ErrorEquals ?? []).join(', ')}`)}"| ${id(c.Next)}`);
    return out;
}
const OPS = [
    [/GreaterThanEquals(Path)?$/, '>='],
    [/LessThanEquals(Path)?$/, '<='],
    [/GreaterThan(Path)?$/, '>'],
    [/LessThan(Path)?$/, '<'],
    [/Equals(Path)?$/, '=='],
    [/Matches$/, 'matches'],
];
/** A choice rule in a few words: `$.accuracy >= 0.9`, `not ($.skip == true)`, a JSONata condition. */
function rule(c) {
    if (typeof c.Condition === 'string')
        return c.Condition.replace(/^\{%\s*|\s*%\}$/g, '');
    if (Array.isArray(c.And))
        return c.And.map(rule).join(' and ');
    if (Array.isArray(c.Or))
        return c.Or.map(rule).join(' or ');
    if (c.Not)
        return `not (${rule(c.Not)})`;
    const variable = String(c.Variable ?? '');
    for (const [key, value] of Object.entries(c)) {
        if (key === 'Variable' || key === 'Next')
            continue;
        if (key.startsWith('Is'))
            return `${variable} ${key.replace(/^Is/, 'is ').toLowerCase()}${value === false ? ' false' : ''}`;
        const op = OPS.find(([re]) => re.test(key))?.[1] ?? key;
        return `${variable} ${op} ${typeof value === 'string' && !key.endsWith('Path') ? JSON.stringify(value) : String(value)}`;
    }
    return variable;
}
function truncate(text) {
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
/** mermaid label text: its entity codes for the characters that would end or break the label. */
function esc(text) {
    return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/core/stepfunctions/summary.ts


const ICON = {
    SUCCEEDED: '✅',
    FAILED: '❌',
    TIMED_OUT: '⌛',
    ABORTED: '⏹️',
    RUNNING: '🔄',
    PENDING_REDRIVE: '🔄',
};
const OUTCOME = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    caught: '⚠️ failed, caught',
    running: '🔄 running',
    stopped: '⏹️ stopped',
};
/** The job summary: status, the machine drawn and coloured by what happened, and a table of states. */
function executionSummary(r) {
    const machine = r.stateMachineArn.split(':')[6];
    const name = r.executionArn.split(':').at(-1);
    const lines = [
        `### Step Functions \`${machine}\`: ${ICON[r.status] ?? ''} ${r.status}`,
        '',
        `Execution [\`${name}\`](${r.consoleUrl})`,
        '',
    ];
    if (r.error || r.cause) {
        lines.push(`> [!CAUTION]\n> **${cell(r.error ?? 'Error')}**${r.cause ? `: ${cell(r.cause)}` : ''}`, '');
    }
    const outcomes = new Map(r.states.map((s) => [s.name, s.outcome]));
    const diagram = r.definition ? drawMachine(r.definition, outcomes) : undefined;
    if (diagram)
        lines.push('```mermaid', diagram, '```', '');
    else if (r.noDiagram)
        lines.push(`_${r.noDiagram}_`, '');
    if (r.express) {
        lines.push('_Express executions keep no history: states are not tracked._', '');
        return `${lines.join('\n')}\n`;
    }
    if (!r.states.length)
        return `${lines.join('\n')}\n`;
    lines.push('| State | Type | Status | Duration | Detail |', '| --- | --- | --- | --- | --- |');
    // Every state of the definition, in its order (those that never ran say so), then any other.
    const byName = new Map(r.states.map((s) => [s.name, s]));
    const defined = r.definition ? definedStates(r.definition) : [];
    const rows = [
        ...defined.map((d) => byName.get(d.name) ?? d),
        ...r.states.filter((s) => !defined.some((d) => d.name === s.name)),
    ];
    for (const s of rows) {
        if (!isRecord(s)) {
            lines.push(`| ${cell(s.name)} | ${s.type} | · not run | | |`);
            continue;
        }
        const end = s.lastExited ?? r.endedAt;
        const took = end !== undefined ? (0,inputs/* formatDuration */.a3)(end - s.firstEntered) : '';
        const times = s.entries > 1 ? ` (×${s.entries})` : '';
        const detail = s.error ? `${s.error}${s.cause ? `: ${s.cause}` : ''}` : '';
        lines.push(`| ${cell(s.name)} | ${s.type} | ${OUTCOME[s.outcome]} | ${took}${times} | ${cell(summary_truncate(detail))} |`);
    }
    return `${lines.join('\n')}\n`;
}
function isRecord(s) {
    return 'outcome' in s;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function summary_truncate(text) {
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
function executionConsoleUrl(region, executionArn) {
    return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/start-state-machine/spec.ts + 1 modules
var spec = __webpack_require__(3266);
;// CONCATENATED MODULE: ./src/commands/start-state-machine/run.ts









async function run({ host, inputs, checked, aws }) {
    const arn = inputs['state-machine-arn'];
    const request = {
        stateMachineArn: arn,
        name: checked.name,
        input: checked.input,
        ...(inputs['trace-header'] ? { traceHeader: inputs['trace-header'] } : {}),
    };
    const gw = stepFunctionsGateway((0,aws_options/* awsFor */.B)(host, aws, spec.spec.action));
    // The type is the machine's, whichever version or alias runs; DescribeStateMachine takes a
    // version ARN (its definition), not an alias.
    const alias = isAliasArn(arn);
    const machine = await gw.stateMachine(alias ? (0,stepfunctions_inputs/* unqualified */.YT)(arn) : arn);
    if (machine.type === 'EXPRESS')
        return runExpress(host, gw, request, alias ? undefined : machine.definition);
    const { executionArn, attached } = await startOrAttach(gw, request, host);
    host.setOutput('execution-arn', executionArn);
    const region = await gw.region();
    const url = executionConsoleUrl(region, executionArn);
    if (!attached)
        host.info(`Started execution ${request.name} of ${arn}: ${url}`);
    if (!inputs.wait) {
        host.setOutput('status', 'RUNNING');
        await host.appendSummary(executionSummary({
            stateMachineArn: arn,
            executionArn,
            status: 'RUNNING',
            consoleUrl: url,
            states: [],
        }));
        return;
    }
    const track = new ExecutionTrack(host);
    let stopped = false;
    const summary = async (status, execution) => {
        const definition = await gw.definitionFor(executionArn).catch((err) => {
            host.debug(`no definition to draw: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return undefined;
        });
        const ended = track.endedAt ?? (execution ? undefined : host.clock.now());
        await host.appendSummary(executionSummary({
            stateMachineArn: arn,
            executionArn,
            status,
            consoleUrl: url,
            ...(definition
                ? { definition }
                : { noDiagram: 'The definition this execution ran could not be read.' }),
            states: [...track.states.values()],
            ...(ended !== undefined ? { endedAt: ended } : {}),
            ...(execution?.error ? { error: execution.error } : {}),
            ...(execution?.cause ? { cause: execution.cause } : {}),
        }));
    };
    let execution;
    try {
        ({ execution } = await followExecution(gw, executionArn, {
            stateMachineArn: arn,
            clock: host.clock,
            log: host,
            signal: host.signal,
            timeoutMs: inputs.timeout,
            isTransient: aws_transient/* isTransient */.d,
            track,
            onStopped: () => {
                stopped = true;
                host.setOutput('status', 'ABORTED');
            },
        }));
    }
    catch (err) {
        // Cancelled or timed out: the summary shows how far it got.
        if (err instanceof errors/* CancelledError */.cc || err instanceof errors/* TimeoutError */.MU) {
            if (stopped)
                track.markStopped(host.clock.now());
            await summary(track.status).catch(() => undefined);
        }
        throw err;
    }
    host.setOutput('status', execution.status);
    host.setOutput('output', execution.output ?? '');
    host.setOutput('error', execution.error ?? '');
    host.setOutput('cause', execution.cause ?? '');
    await summary(execution.status, execution);
    if (execution.status !== 'SUCCEEDED')
        throw outcomeError(execution, track.failedState()?.name);
}
/**
 * An Express machine: StartSyncExecution answers when the execution ends (at most 5 minutes),
 * with its status, output, error and cause. Express executions keep no history and cannot be
 * stopped (StopExecution is for Standard ones), nor started idempotently.
 */
async function runExpress(host, gw, request, definition) {
    host.info(`Express state machine: running ${request.name} synchronously (StartSyncExecution)`);
    let execution;
    try {
        execution = await gw.startSync(request, host.signal);
    }
    catch (err) {
        if (!host.signal.aborted)
            throw err;
        throw new errors/* CancelledError */.cc('cancelled; an Express execution cannot be stopped (StopExecution is for Standard state machines): it runs to its end, at most 5 minutes');
    }
    host.setOutput('execution-arn', execution.executionArn);
    host.setOutput('status', execution.status);
    host.setOutput('output', execution.output ?? '');
    host.setOutput('error', execution.error ?? '');
    host.setOutput('cause', execution.cause ?? '');
    const region = await gw.region();
    await host.appendSummary(executionSummary({
        stateMachineArn: request.stateMachineArn,
        executionArn: execution.executionArn,
        status: execution.status,
        consoleUrl: executionConsoleUrl(region, execution.executionArn),
        ...(definition
            ? { definition }
            : { noDiagram: 'An alias may route to either of two versions: not drawn.' }),
        states: [],
        express: true,
        ...(execution.error ? { error: execution.error } : {}),
        ...(execution.cause ? { cause: execution.cause } : {}),
    }));
    if (execution.status !== 'SUCCEEDED')
        throw outcomeError(execution, undefined);
}
/** `...:stateMachine:<name>:<qualifier>` where the qualifier is not a version number. */
function isAliasArn(arn) {
    const qualifier = arn.split(':')[7];
    return qualifier !== undefined && !/^\d+$/.test(qualifier);
}


/***/ }),

/***/ 3266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/core/stepfunctions/inputs.ts
var inputs = __webpack_require__(4170);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/commands/start-state-machine/check.ts




/** The input to send (from `input` or `input-file`, checked and within 256 KB) and the execution's name. */
function checkStart(i, run) {
    if (i.input !== undefined && i['input-file'] !== undefined)
        throw new errors/* InputError */.dz('input-file', "cannot be given with 'input': choose one");
    let input = '{}';
    if (i.input !== undefined)
        input = (0,inputs/* executionInput */.hh)('input', i.input);
    if (i['input-file'] !== undefined) {
        const path = (0,external_node_path_.isAbsolute)(i['input-file']) ? i['input-file'] : (0,external_node_path_.join)(run.workspace, i['input-file']);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* InputError */.dz('input-file', 'must be a JSON file in the workspace; no such file', i['input-file']);
        input = (0,inputs/* executionInput */.hh)('input-file', (0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    return { input, name: (0,inputs/* executionName */._D)(run, i['state-machine-arn'], i.name) };
}

;// CONCATENATED MODULE: ./src/commands/start-state-machine/spec.ts





const spec = (0,types/* defineSpec */.j)({
    action: 'start-state-machine',
    cli: ['stepfunctions', 'start'],
    title: 'SageMaker CI/CD: start state machine',
    description: 'Start an AWS Step Functions execution (a retried step attaches to the one it started), follow it state by state, draw the machine in the job summary, and stop it when the workflow is cancelled. Express machines run synchronously.',
    icon: 'share-2',
    inputs: {
        'state-machine-arn': {
            kind: 'arn',
            resource: 'state-machine',
            description: 'ARN of the state machine, or of one of its versions or aliases.',
            required: true,
        },
        input: {
            kind: 'string',
            multiline: true,
            description: 'The execution input as JSON (at most 256 KB), e.g. {"modelPackageArn": "arn:..."}.',
        },
        'input-file': {
            kind: 'string',
            description: 'A workspace file holding the JSON input, instead of `input` (at most 256 KB).',
        },
        name: {
            kind: 'string',
            parse: inputs/* explicitExecutionName */.qL,
            description: 'Execution name; by default derived from the run, attempt, job and step, so a retried step attaches to the execution it started and a new attempt starts a new one.',
        },
        'trace-header': {
            kind: 'string',
            parse: inputs/* traceHeader */.pv,
            description: 'An AWS X-Ray trace header to pass to the execution.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end (true) or only start it (false). Express machines always run to their end.',
            default: 'true',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 72 * 3_600_000,
            description: 'How long to wait; then the execution is stopped (StopExecution).',
            default: '6h',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkStart,
    outputs: {
        'execution-arn': { description: 'ARN of the execution (set as soon as it starts).' },
        status: {
            description: 'SUCCEEDED, FAILED, TIMED_OUT or ABORTED; RUNNING when not waiting.',
        },
        output: { description: "The execution's JSON output (when it succeeded)." },
        error: { description: 'The error name of a failed, timed out or stopped execution.' },
        cause: { description: 'The cause that came with the error.' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'states:DescribeStateMachine',
        'states:StartExecution',
        'states:StartSyncExecution',
        'states:DescribeExecution',
        'states:GetExecutionHistory',
        'states:StopExecution',
        'states:DescribeStateMachineForExecution',
        'states:ListExecutions',
    ],
});


/***/ }),

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Oc: () => (/* binding */ pipelineOfExecution)
/* harmony export */ });
/* unused harmony exports EXECUTION_STATUSES, TERMINAL */
/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
const EXECUTION_STATUSES = (/* unused pure expression or super */ null && (['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded']));
/** The statuses after which an execution never changes again. */
const TERMINAL = ['Stopped', 'Failed', 'Succeeded'];
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


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ runScopedHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The identity behind an idempotency token: the same for the same step of the same run attempt
 * (and the same `parts`), new for a new attempt ("Re-run jobs"). A sha256 in hex; undefined
 * outside a CI run, where there is no run to be idempotent within.
 */
function runScopedHash(run, scope, parts) {
    if (!run.runId)
        return undefined;
    const key = [
        scope,
        run.repository ?? '',
        run.runId,
        run.runAttempt ?? '',
        run.job ?? '',
        run.step ?? '',
        ...parts,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex');
}


/***/ }),

/***/ 6705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ROLE_TO_ASSUME),
/* harmony export */   u: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/** Every AWS command: `role-to-assume` exchanges the job's OIDC token (refreshed on long waits). */
const ROLE_TO_ASSUME = {
    'id-token': { access: 'write', why: "only with `role-to-assume`: the step asks for the job's OIDC token" },
};
/** A command that reads a file from the workspace, which `actions/checkout` fills. */
const WORKSPACE = {
    contents: { access: 'read', why: 'actions/checkout, for the files the step reads from the workspace' },
};


/***/ }),

/***/ 4170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ unqualified),
/* harmony export */   _D: () => (/* binding */ executionName),
/* harmony export */   d5: () => (/* binding */ executionArnFor),
/* harmony export */   hh: () => (/* binding */ executionInput),
/* harmony export */   pv: () => (/* binding */ traceHeader),
/* harmony export */   qL: () => (/* binding */ explicitExecutionName)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5415);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5091);




/** StartExecution's `input`: at most 262,144 bytes of UTF-8. */
const MAX_INPUT_BYTES = 262_144;
const NAME = new RegExp(`^${_spec_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .STEP_FUNCTIONS_NAME */ .NI}$`);
/**
 * The execution's input as sent: the JSON given, compacted (so the same value is the same string
 * on every retry: StartExecution is idempotent only for the same name *and* input), and within
 * the API's limit. Checked here so a refused input never reaches StartExecution.
 */
function executionInput(input, raw) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be JSON (${err.message.split('\n')[0]})`);
    }
    const text = JSON.stringify(value);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_INPUT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is ${bytes.toLocaleString('en-US')} bytes as JSON; Step Functions accepts at most 262,144 bytes (256 KB): pass a reference (an S3 URI) instead`);
    }
    return text;
}
/** An execution name given explicitly: the API's rules, checked before any call. */
function explicitExecutionName(input, raw) {
    if (!NAME.test(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be 1-80 characters without whitespace, brackets < > { } [ ], ? *, " # % \\ ^ | ~ ` $ & , ; : / or control characters', raw);
    }
    return raw;
}
/**
 * The execution's name: derived from the run, its attempt, the job and the step (and the state
 * machine), so a retried step finds the execution it started, and "Re-run jobs" (a new attempt)
 * starts a new one. Only `[A-Za-z0-9_-]`, as CloudWatch Logs needs for execution logging, and at
 * most 80 characters. Outside CI: a UUID, as Step Functions itself would choose.
 */
function executionName(run, stateMachineArn, explicit) {
    if (explicit)
        return explicit;
    const hash = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .runScopedHash */ .m)(run, 'start-state-machine', [unqualified(stateMachineArn)]);
    if (!hash)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const safe = (s, max) => (s ?? '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, max);
    return `${safe(run.runId, 40)}-${safe(run.runAttempt || '1', 6)}-${hash.slice(0, 24)}`;
}
/** The state machine's own ARN, without a version or alias qualifier. */
function unqualified(stateMachineArn) {
    return stateMachineArn.split(':').slice(0, 7).join(':');
}
/** The ARN an execution of this state machine gets (versions and aliases run as the machine's executions). */
function executionArnFor(stateMachineArn, name) {
    const parts = stateMachineArn.split(':');
    return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}
/** `traceHeader`: 0-256 ASCII characters (the X-Ray trace header). */
function traceHeader(input, raw) {
    // eslint-disable-next-line no-control-regex
    if (raw.length > 256 || !/^[\x00-\x7f]*$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be at most 256 ASCII characters (an X-Ray trace header)', raw);
    return raw;
}


/***/ }),

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ timingHint),
/* harmony export */   pT: () => (/* binding */ runWait)
/* harmony export */ });
/* unused harmony export HEARTBEAT_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


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
            log.debug(`${spec.what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)} (transient, polling again)`);
        }
        const now = clock.now();
        if (now >= deadline)
            return outcome('timeout');
        if (now - news >= heartbeatMs) {
            news = now;
            const doing = spec.progress?.(last);
            log.info(`Still waiting for ${spec.what}${doing ? `: ${doing}` : ''} (${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(now - start)} so far)`);
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
        log.debug(`no ${what} to predict from (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); polling without it`);
        return undefined;
    }
}


/***/ }),

/***/ 4032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ nextInterval),
/* harmony export */   Zn: () => (/* binding */ ADAPTIVE),
/* harmony export */   dq: () => (/* binding */ pollInterval),
/* harmony export */   oI: () => (/* binding */ predictedEvents),
/* harmony export */   z: () => (/* binding */ historyFrom)
/* harmony export */ });
/* unused harmony export endBand */
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


/***/ })

};
