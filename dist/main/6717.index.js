export const id = 6717;
export const ids = [6717,4388];
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

/***/ 6717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/codepipeline.ts


function codePipelineGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CODEPIPELINE', (config) => new dist_cjs/* CodePipelineClient */.pEs(config));
    return {
        region: () => client().config.region(),
        async start(pipeline, variables, token) {
            const r = await client().send(new dist_cjs/* StartPipelineExecutionCommand */.QqH({
                name: pipeline,
                ...(variables.length ? { variables } : {}),
                clientRequestToken: token,
            }));
            return r.pipelineExecutionId ?? '';
        },
        async execution(pipeline, id) {
            const r = await client().send(new dist_cjs/* GetPipelineExecutionCommand */.qZw({ pipelineName: pipeline, pipelineExecutionId: id }));
            return {
                status: r.pipelineExecution?.status ?? 'Unknown',
                summary: r.pipelineExecution?.statusSummary,
            };
        },
        async stages(pipeline, id) {
            const r = await client().send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: pipeline }));
            return (r.stageStates ?? []).map((s) => {
                // GetPipelineState shows each stage's latest execution, which may be another one.
                const ours = s.latestExecution?.pipelineExecutionId === id;
                return {
                    name: s.stageName ?? '',
                    status: ours ? (s.latestExecution?.status ?? 'Unknown') : 'NotReached',
                    actions: (s.actionStates ?? []).map((a) => {
                        const e = ours ? a.latestExecution : undefined;
                        return {
                            name: a.actionName ?? '',
                            status: e?.status ?? 'NotReached',
                            ...(e?.summary ? { summary: e.summary } : {}),
                            ...(e?.errorDetails?.message ? { error: e.errorDetails.message } : {}),
                            ...(e?.token ? { token: e.token } : {}),
                            ...(e?.externalExecutionUrl ? { url: e.externalExecutionUrl } : {}),
                        };
                    }),
                };
            });
        },
        async previousExecution(pipeline, id) {
            // Newest first; the previous success is almost always among the latest few.
            const r = await client().send(new dist_cjs/* ListPipelineExecutionsCommand */.bni({ pipelineName: pipeline, maxResults: 20 }));
            const e = (r.pipelineExecutionSummaries ?? []).find((x) => x.pipelineExecutionId !== id && x.status === 'Succeeded' && x.startTime && x.lastUpdateTime);
            return e ? { startTime: e.startTime.getTime(), endTime: e.lastUpdateTime.getTime() } : undefined;
        },
        async stop(pipeline, id, abandon, reason) {
            await client().send(new dist_cjs/* StopPipelineExecutionCommand */.krr({
                pipelineName: pipeline,
                pipelineExecutionId: id,
                abandon,
                reason,
            }));
        },
    };
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
;// CONCATENATED MODULE: ./src/core/codepipeline/follow.ts



const TERMINAL = new Set([
    'Cancelled',
    'Stopped',
    'Succeeded',
    'Superseded',
    'Failed',
]);
const EXECUTION_CHECK_MS = 5 * 60_000;
/**
 * Follows an execution stage by stage until it ends: logs each stage and action as its status
 * changes, says when a manual approval waits (stage and action). Polls on the adaptive schedule
 * from the pipeline's previous successful execution. When the status turns terminal the stages are
 * read once more, so a failure names the stage and action that failed. Throttling, 5xx and
 * dropped connections never end the wait. Cancelling stops the execution (StopPipelineExecution).
 */
async function followExecution(gw, pipeline, id, opts) {
    const policy = opts.policy ?? { kind: 'adaptive' };
    const startedAt = opts.clock.now();
    const history = policy.kind === 'adaptive'
        ? await (0,engine/* timingHint */.Iy)(opts.log, 'previous execution', () => previous(gw, pipeline, id))
        : undefined;
    const seen = new Map();
    let approvalKey = '';
    let status;
    let checkedAt = 0;
    const logStages = (stages) => {
        let changed = false;
        for (const stage of stages) {
            changed = note(seen, `stage ${stage.name}`, stage.status, opts.log, '') || changed;
            for (const a of stage.actions) {
                const detail = a.error ? `: ${a.error}` : a.summary ? `: ${a.summary}` : '';
                changed = note(seen, `  ${stage.name} / ${a.name}`, a.status, opts.log, detail) || changed;
            }
        }
        return changed;
    };
    const waited = await (0,engine/* runWait */.pT)({
        what: `execution ${id} of CodePipeline ${pipeline}`,
        clock: opts.clock,
        log: opts.log,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs,
        isTransient: opts.isTransient,
        poll: async () => {
            const stages = await gw.stages(pipeline, id);
            // While one of this execution's stages runs, GetPipelineState alone shows progress; the
            // execution's own status is read when none runs (it may have ended, been superseded or
            // stopped), and every few minutes regardless.
            const running = stages.some((s) => s.status === 'InProgress');
            if (!running || status === undefined || opts.clock.now() - checkedAt >= EXECUTION_CHECK_MS) {
                status = (await gw.execution(pipeline, id)).status;
                checkedAt = opts.clock.now();
            }
            const changed = logStages(stages);
            const approval = pendingApproval(stages);
            const key = approval ? `${approval.stage}/${approval.action}` : '';
            if (key !== approvalKey) {
                approvalKey = key;
                if (approval) {
                    opts.log.warning(`Waiting for a manual approval: stage '${approval.stage}', action '${approval.action}' of pipeline ${pipeline}`);
                }
                opts.onApproval?.(approval);
            }
            const ended = TERMINAL.has(status);
            return { done: ended || Boolean(approval && !opts.waitForApproval), changed, status, stages, approval };
        },
        // The stages above were read before the status that says the execution ended: read them again.
        settle: async (o) => {
            if (!TERMINAL.has(o.status))
                return o;
            const stages = await gw.stages(pipeline, id);
            logStages(stages);
            return { ...o, stages };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)(policy, now, { startTime: startedAt, steps: [] }, history),
        progress: (o) => {
            const running = o?.stages.filter((s) => s.status === 'InProgress').map((s) => s.name) ?? [];
            return running.length ? `stage ${running.join(', ')} in progress` : `${o?.status ?? 'status unknown'}`;
        },
    });
    if (waited.ended === 'cancelled')
        return cancel(gw, pipeline, id, opts);
    if (waited.ended === 'timeout') {
        throw new errors/* TimeoutError */.MU(`execution ${id} of CodePipeline ${pipeline} did not finish within the timeout (still ${status ?? 'unknown'}); it keeps running`);
    }
    const { status: final, stages, approval } = waited.last;
    return {
        status: final,
        stages,
        ...(approval && !TERMINAL.has(final) ? { approval } : {}),
        polls: waited.polls,
    };
}
/** The previous successful execution's length, as a template for this one's. */
async function previous(gw, pipeline, id) {
    const p = await gw.previousExecution(pipeline, id);
    return p ? (0,schedule/* historyFrom */.z)(p.startTime, p.endTime, []) : undefined;
}
function note(seen, what, status, log, detail) {
    if (seen.get(what) === status)
        return false;
    seen.set(what, status);
    if (status !== 'NotReached')
        log.info(`${what}: ${status}${detail}`);
    return true;
}
/** An approval waits when an in-progress action of this execution carries a token. */
function pendingApproval(stages) {
    for (const s of stages) {
        for (const a of s.actions) {
            if (a.status === 'InProgress' && a.token)
                return { stage: s.name, action: a.name };
        }
    }
    return undefined;
}
async function cancel(gw, pipeline, id, opts) {
    const how = opts.abandonOnCancel ? 'abandoning in-progress actions' : 'letting in-progress actions finish';
    opts.log.info(`Cancelled: stopping execution ${id} of ${pipeline} (${how})`);
    try {
        await gw.stop(pipeline, id, opts.abandonOnCancel, 'Cancelled by the workflow run (sagemaker-cicd)');
    }
    catch (err) {
        // Already over (PipelineExecutionNotStoppableException) is not a failure to stop.
        if (err.name !== 'PipelineExecutionNotStoppableException')
            throw err;
    }
    throw new errors/* CancelledError */.cc(`cancelled; execution ${id} of ${pipeline} was asked to stop`);
}
/** The error for an execution that ended badly, naming the failed action and its error. */
function outcomeError(pipeline, id, status, stages) {
    const failed = stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed').map((a) => ({ s, a })));
    const where = failed.map(({ s, a }) => `${s.name} / ${a.name}${a.error ? `: ${a.error}` : ''}`).join('; ');
    return new errors/* OutcomeError */.Rz(`execution ${id} of CodePipeline ${pipeline} ${status}${where ? ` at ${where}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/codepipeline/summary.ts
const ICON = {
    Succeeded: '✅',
    Failed: '❌',
    InProgress: '🔄',
    Stopped: '⏹️',
    Stopping: '⏹️',
    Cancelled: '⏹️',
    Abandoned: '⏹️',
    Skipped: '⏭️',
    NotReached: '·',
};
/** The job summary: one row per stage and action of this execution. */
function executionSummary(pipeline, id, status, stages, consoleUrl, approval) {
    const lines = [
        `### CodePipeline \`${pipeline}\`: ${ICON[status] ?? ''} ${status}`,
        '',
        `Execution [\`${id}\`](${consoleUrl})`,
        '',
    ];
    if (approval) {
        lines.push(`> [!NOTE]\n> Waiting for a manual approval: stage **${approval.stage}**, action **${approval.action}**.`, '');
    }
    lines.push('| Stage | Action | Status | Detail |', '| --- | --- | --- | --- |');
    for (const s of stages) {
        if (!s.actions.length)
            lines.push(`| ${s.name} | | ${ICON[s.status] ?? ''} ${s.status} | |`);
        for (const a of s.actions) {
            const detail = (a.error ?? a.summary ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
            lines.push(`| ${s.name} | ${a.name} | ${ICON[a.status] ?? ''} ${a.status} | ${detail} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function executionConsoleUrl(region, pipeline, id) {
    return `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipeline)}/executions/${id}/timeline?region=${region}`;
}

// EXTERNAL MODULE: ./src/commands/run-codepipeline/spec.ts + 1 modules
var spec = __webpack_require__(4388);
;// CONCATENATED MODULE: ./src/commands/run-codepipeline/run.ts






async function run({ host, inputs, checked, aws }) {
    const pipeline = inputs['pipeline-name'];
    const { variables: vars, token } = checked;
    const wait = inputs.wait;
    const waitForApproval = inputs['wait-for-approval'];
    const timeoutMs = inputs.timeout;
    const cancelMode = inputs['cancel-mode'];
    const gw = codePipelineGateway((0,aws_options/* awsFor */.B)(host, aws, spec.spec.action));
    const id = await gw.start(pipeline, vars, token);
    host.setOutput('execution-id', id);
    const url = executionConsoleUrl(await gw.region(), pipeline, id);
    host.info(`Started execution ${id} of CodePipeline ${pipeline}: ${url}`);
    if (!wait) {
        host.setOutput('status', 'InProgress');
        await host.appendSummary(executionSummary(pipeline, id, 'InProgress', [], url));
        return;
    }
    const result = await followExecution(gw, pipeline, id, {
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs,
        waitForApproval,
        abandonOnCancel: cancelMode === 'abandon',
        isTransient: aws_transient/* isTransient */.d,
        onApproval: (a) => {
            host.setOutput('approval-stage', a?.stage ?? '');
            host.setOutput('approval-action', a?.action ?? '');
        },
    });
    const stages = result.stages.map(publicStage);
    host.setOutput('status', result.status);
    host.setOutput('stages', stages);
    await host.appendSummary(executionSummary(pipeline, id, result.status, stages, url, result.approval));
    if (result.status !== 'Succeeded' && !result.approval)
        throw outcomeError(pipeline, id, result.status, stages);
}
/** Stages as outputs show them: without approval tokens. */
function publicStage(s) {
    return { ...s, actions: s.actions.map(({ token: _token, ...a }) => a) };
}


/***/ }),

/***/ 4388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/core/codepipeline/inputs.ts



/** CodePipeline names: 1-100 of `[A-Za-z0-9.@\-_]`. */
function codePipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new errors/* InputError */.dz(input, 'is required: the name of a CodePipeline pipeline');
    if (!/^[A-Za-z0-9.@\-_]{1,100}$/.test(value))
        throw new errors/* InputError */.dz(input, 'must be a CodePipeline name: 1-100 letters, digits, . @ - _', raw);
    return value;
}
/** Pipeline variables: names 1-128 of `[A-Za-z0-9@\-_]`, values 1-1000 characters; at most 50. */
function variables(input, map) {
    const entries = Object.entries(map);
    if (entries.length > 50)
        throw new errors/* InputError */.dz(input, 'may have at most 50 variables');
    return entries.map(([name, value]) => {
        if (!/^[A-Za-z0-9@\-_]{1,128}$/.test(name))
            throw new errors/* InputError */.dz(input, `has a bad variable name '${name}': 1-128 letters, digits, @ - _`);
        if (value.length < 1 || value.length > 1000)
            throw new errors/* InputError */.dz(input, `has a value for '${name}' that is not 1-1000 characters`);
        return { name, value };
    });
}
/**
 * clientRequestToken (1-128 of `[a-zA-Z0-9-]`): a hash of the run, its attempt, the job, the step,
 * the pipeline and the variables, so a step retried within one attempt gets the execution it
 * already started, and "Re-run jobs" (a new attempt) starts a new one. Outside CI: random.
 */
function clientRequestToken(run, pipeline, vars, explicit) {
    if (explicit) {
        if (!/^[a-zA-Z0-9-]{1,128}$/.test(explicit))
            throw new errors/* InputError */.dz('client-request-token', 'must be 1-128 letters, digits and hyphens', explicit);
        return explicit;
    }
    const variables = [...vars].sort((a, b) => a.name.localeCompare(b.name)).map((v) => `${v.name}=${v.value}`);
    return (0,run_info/* runScopedHash */.m)(run, 'run-codepipeline', [pipeline, ...variables]) ?? (0,external_node_crypto_.randomUUID)();
}

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/run-codepipeline/spec.ts




const spec = (0,types/* defineSpec */.j)({
    action: 'run-codepipeline',
    cli: ['codepipeline', 'run'],
    title: 'SageMaker CI/CD: run CodePipeline',
    description: 'Start an AWS CodePipeline execution with variables, follow it stage by stage, say when a manual approval waits, and stop it when the workflow is cancelled.',
    icon: 'git-merge',
    inputs: {
        'pipeline-name': {
            kind: 'string',
            parse: codePipelineName,
            description: 'Name of the CodePipeline pipeline.',
            required: true,
        },
        variables: {
            kind: 'map',
            description: 'Pipeline variables as a YAML or JSON map, e.g. {ModelPackageArn: arn:...} (V2 pipelines).',
        },
        'client-request-token': {
            kind: 'string',
            pattern: /^[a-zA-Z0-9-]{1,128}$/,
            allowed: '1-128 letters, digits and hyphens',
            description: 'Idempotency token; by default derived from the run, attempt, job and step, so a retried step does not start a second execution.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end (true) or only start it (false).',
            default: 'true',
        },
        'wait-for-approval': {
            kind: 'boolean',
            description: 'At a manual approval, keep waiting (true) or return with the approval waiting (false), e.g. for approve-promotion to decide.',
            default: 'true',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 72 * 3_600_000,
            description: 'How long to wait; the execution keeps running after a timeout.',
            default: '6h',
        },
        'cancel-mode': {
            kind: 'enum',
            choices: ['stop-and-wait', 'abandon'],
            description: 'When the workflow is cancelled: stop-and-wait (in-progress actions finish) or abandon (they are abandoned).',
            default: 'stop-and-wait',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check(i, run) {
        const vars = variables('variables', i.variables);
        return {
            variables: vars,
            token: clientRequestToken(run, i['pipeline-name'], vars, i['client-request-token'] ?? ''),
        };
    },
    outputs: {
        'execution-id': { description: 'ID of the pipeline execution (set as soon as it starts).' },
        status: {
            description: 'Execution status: Succeeded, Failed, Stopped, Cancelled, Superseded, or InProgress when not waiting.',
        },
        stages: { description: 'JSON list of stages: name, status, actions (name, status, summary, error).' },
        'approval-stage': { description: 'Stage of the manual approval that waits (empty when none).' },
        'approval-action': { description: 'Action of the manual approval that waits (empty when none).' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'codepipeline:StartPipelineExecution',
        'codepipeline:GetPipelineExecution',
        'codepipeline:GetPipelineState',
        'codepipeline:ListPipelineExecutions',
        'codepipeline:StopPipelineExecution',
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
