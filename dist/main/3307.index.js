export const id = 3307;
export const ids = [3307,3079];
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

/***/ 3307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js
var dist_cjs = __webpack_require__(4774);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/core/builds/logs.ts
/** GetLogEvents' largest page (the gateway asks for it)... */
const FULL_PAGE = 10_000;
/** ...or as many events as fit in 1 MB, each counted as its UTF-8 message plus 26 bytes. */
const FULL_PAGE_BYTES = 1_048_576;
const EVENT_OVERHEAD_BYTES = 26;
/**
 * The largest event CloudWatch Logs takes (256 KiB): a page this close to 1 MB may have stopped
 * short of the next event, so it counts as full and the next page is read at once.
 */
const LARGEST_EVENT_BYTES = 262_144;
/** Whether CloudWatch may have cut this page short: then more is waiting. */
function mayBeFull(events) {
    if (events.length >= FULL_PAGE)
        return true;
    let bytes = 0;
    for (const e of events)
        bytes += Buffer.byteLength(e.message, 'utf8') + EVENT_OVERHEAD_BYTES;
    return bytes > FULL_PAGE_BYTES - LARGEST_EVENT_BYTES;
}
/**
 * Follows one log stream forward from its head. Position is the forward token alone: a line is
 * printed once because the token that produced it is never sent again, and a failed request is
 * retried with the same token (so faults neither lose nor repeat lines). Text is never compared:
 * a build may print the same line twice, and then it is shown twice.
 */
class LogTail {
    gateway;
    group;
    stream;
    onLine;
    maxPages;
    token;
    /** Whether the stream has been seen to exist. */
    started = false;
    lines = 0;
    calls = 0;
    constructor(gateway, group, stream, onLine, 
    /** Pages read in one poll at most, so one busy stream cannot starve the status polls. */
    maxPages = 10) {
        this.gateway = gateway;
        this.group = group;
        this.stream = stream;
        this.onLine = onLine;
        this.maxPages = maxPages;
    }
    /** Reads what is new; returns how many lines were printed. Throws what the gateway throws. */
    async poll(signal) {
        let printed = 0;
        for (let page = 0; page < this.maxPages; page++) {
            if (signal?.aborted)
                break;
            this.calls++;
            const res = await this.gateway.getEvents(this.group, this.stream, this.token, signal);
            if (!res)
                break; // the stream does not exist yet
            this.started = true;
            for (const event of res.events) {
                // CodeBuild ends each event with a newline; one event may hold several lines.
                for (const line of event.message.replace(/\r?\n$/, '').split(/\r?\n/)) {
                    this.onLine(line);
                    printed++;
                }
            }
            const same = res.nextForwardToken === undefined || res.nextForwardToken === this.token;
            if (res.nextForwardToken !== undefined)
                this.token = res.nextForwardToken;
            // The same token back means the end of the stream for now; a page with events that is not
            // full (by count or by bytes) means the same, without a second call to be told so. Only an
            // empty page with a new token (a gap in time) or a full page is followed at once, so a
            // burst faster than a page a poll is drained instead of falling further behind.
            if (same || (res.events.length > 0 && !mayBeFull(res.events)))
                break;
        }
        this.lines += printed;
        return printed;
    }
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/codebuild.ts




function toBuild(b) {
    return {
        id: b.id ?? '',
        arn: b.arn ?? '',
        status: b.buildStatus ?? 'IN_PROGRESS',
        complete: Boolean(b.buildComplete),
        currentPhase: b.currentPhase,
        number: b.buildNumber,
        ...(b.projectName ? { project: b.projectName } : {}),
        ...(b.startTime ? { startTime: b.startTime.getTime() } : {}),
        ...(b.endTime ? { endTime: b.endTime.getTime() } : {}),
        phases: (b.phases ?? []).map((p) => ({
            type: p.phaseType ?? '',
            status: p.phaseStatus,
            durationSeconds: p.durationInSeconds,
            ...(p.startTime ? { startTime: p.startTime.getTime() } : {}),
            ...(p.endTime ? { endTime: p.endTime.getTime() } : {}),
            contexts: (p.contexts ?? []).map((c) => ({ statusCode: c.statusCode, message: c.message })),
        })),
        logs: b.logs?.groupName && b.logs.streamName
            ? { group: b.logs.groupName, stream: b.logs.streamName, deepLink: b.logs.deepLink }
            : undefined,
        exportedVariables: (b.exportedEnvironmentVariables ?? []).map((v) => ({
            name: v.name ?? '',
            value: v.value ?? '',
        })),
    };
}
function codeBuildGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CODEBUILD', (config) => new dist_cjs/* CodeBuildClient */.bex(config));
    return {
        async start(request) {
            const res = await client().send(new dist_cjs/* StartBuildCommand */.uZH(request));
            if (!res.build)
                throw new Error('StartBuild returned no build');
            return toBuild(res.build);
        },
        async batchGet(ids, signal) {
            const builds = [];
            // BatchGetBuilds takes 100 ids a call.
            for (let i = 0; i < ids.length; i += 100) {
                const res = await client().send(new dist_cjs/* BatchGetBuildsCommand */.zZb({ ids: ids.slice(i, i + 100) }), {
                    abortSignal: signal,
                });
                builds.push(...(res.builds ?? []).map(toBuild));
            }
            return builds;
        },
        async listBuildIds(project, signal) {
            const res = await client().send(new dist_cjs/* ListBuildsForProjectCommand */.nXI({ projectName: project, sortOrder: 'DESCENDING' }), { abortSignal: signal });
            return res.ids ?? [];
        },
        async stop(id) {
            const res = await client().send(new dist_cjs/* StopBuildCommand */.aWR({ id }));
            return res.build ? toBuild(res.build) : undefined;
        },
    };
}
function cloudWatchLogGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CLOUDWATCH_LOGS', (config) => new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(config));
    return {
        async getEvents(group, stream, nextToken, signal) {
            try {
                const res = await client().send(new client_cloudwatch_logs_dist_cjs/* GetLogEventsCommand */.h7S({
                    logGroupName: group,
                    logStreamName: stream,
                    startFromHead: true,
                    limit: FULL_PAGE,
                    ...(nextToken ? { nextToken } : {}),
                }), { abortSignal: signal });
                return {
                    events: (res.events ?? []).map((e) => ({ timestamp: e.timestamp ?? 0, message: e.message ?? '' })),
                    nextForwardToken: res.nextForwardToken,
                };
            }
            catch (err) {
                // The stream is named before CodeBuild creates it: not there yet is not an error.
                if (err.name === 'ResourceNotFoundException')
                    return undefined;
                throw err;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
;// CONCATENATED MODULE: ./src/core/builds/summary.ts
const ICON = {
    SUCCEEDED: '✅',
    FAILED: '❌',
    FAULT: '💥',
    TIMED_OUT: '⏱️',
    STOPPED: '⏹️',
    IN_PROGRESS: '🔄',
};
/** The CodeBuild console page of a build (`arn:aws:codebuild:<region>:<account>:build/<project>:<uuid>`). */
function buildConsoleUrl(arn) {
    const m = /^arn:(aws[a-z-]*):codebuild:([a-z0-9-]+):(\d{12}):build\/([^:]+):(.+)$/.exec(arn);
    if (!m)
        return '';
    const [, partition, region, account, project, uuid] = m;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    const id = encodeURIComponent(`${project}:${uuid}`);
    return `https://${region}.${host}/codesuite/codebuild/${account}/projects/${project}/build/${id}/?region=${region}`;
}
function duration(seconds) {
    if (seconds === undefined)
        return '';
    const m = Math.floor(seconds / 60);
    return m ? `${m}m ${seconds % 60}s` : `${seconds}s`;
}
/** The phases CodeBuild reports, minus the bookkeeping COMPLETED entry. */
function shownPhases(build) {
    return build.phases.filter((p) => p.type !== 'COMPLETED');
}
function phaseTable(build) {
    const url = buildConsoleUrl(build.arn);
    const title = url ? `[\`${build.id}\`](${url})` : `\`${build.id}\``;
    const rows = shownPhases(build).map((p) => `| ${p.type} | ${p.status ? `${ICON[p.status] ?? ''} ${p.status}` : ''} | ${duration(p.durationSeconds)} |`);
    const exported = build.exportedVariables.length
        ? [
            '',
            '| Exported variable | Value |',
            '| --- | --- |',
            ...build.exportedVariables.map((v) => `| \`${v.name}\` | \`${v.value}\` |`),
        ]
        : [];
    return [
        `### CodeBuild ${ICON[build.status] ?? ''} ${build.status}: ${title}`,
        '',
        '| Phase | Status | Duration |',
        '| --- | --- | --- |',
        ...rows,
        ...exported,
        '',
    ].join('\n');
}
/** The first phase that did not succeed, with its context messages: what a person needs to fix. */
function failedPhase(build) {
    const phase = shownPhases(build).find((p) => p.status && !['SUCCEEDED', 'IN_PROGRESS'].includes(p.status));
    if (!phase)
        return undefined;
    const contexts = phase.contexts
        .filter((c) => c.message || c.statusCode)
        .map((c) => [c.statusCode, c.message].filter(Boolean).join(': '));
    const message = `${phase.type} phase ${phase.status}${contexts.length ? `: ${contexts.join('; ')}` : ''}`;
    return { phase, message };
}

// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
;// CONCATENATED MODULE: ./src/core/builds/watch.ts



const DEFAULT_WATCH = {
    policy: { kind: 'adaptive' },
    logIntervalMs: 5_000,
    maxLogIntervalMs: 15_000,
    tailQuietMs: 10_000,
    tailMaxMs: 60_000,
};
/**
 * Waits until every build is complete, streaming their logs meanwhile: one BatchGetBuilds per
 * status poll whatever the number of builds, on the adaptive schedule from the project's previous
 * successful build (its phases as the template); GetLogEvents per stream when it is due. After the
 * end, the tail CloudWatch receives late is read until the log has been quiet for a while.
 * Returns early (cancelled) when `signal` aborts; stopping the builds is the caller's choice.
 */
async function watchBuilds(ids, deps, options = DEFAULT_WATCH) {
    const { clock, signal } = deps;
    const latest = new Map();
    const tails = new Map();
    const completedAt = new Map();
    const started = clock.now();
    let lastLineAt = started;
    let statusCalls = 0;
    let nextStatusAt = started;
    let nextLogAt = started;
    let logInterval = options.logIntervalMs;
    let history;
    let historyRead = options.policy.kind !== 'adaptive';
    const pending = () => ids.filter((id) => !latest.get(id)?.complete);
    const tailDone = (id) => {
        const done = completedAt.get(id);
        if (done === undefined)
            return false;
        if (!deps.logs)
            return true;
        const now = clock.now();
        return now - Math.max(done, lastLineAt) >= options.tailQuietMs || now - done >= options.tailMaxMs;
    };
    const statusInterval = (now) => {
        const b = latest.get(pending()[0] ?? '');
        const run = {
            startTime: b?.startTime ?? started,
            steps: (b?.phases ?? []).map((p) => ({ name: p.type, startTime: p.startTime, endTime: p.endTime })),
        };
        return (0,schedule/* pollInterval */.dq)(options.policy, now, run, history);
    };
    async function readStatus() {
        statusCalls++;
        let changed = false;
        for (const build of await deps.builds.batchGet(pending(), signal)) {
            const before = latest.get(build.id);
            latest.set(build.id, build);
            if (build.currentPhase !== before?.currentPhase)
                changed = true;
            if (build.currentPhase && build.currentPhase !== before?.currentPhase && !build.complete) {
                deps.log.debug(`${build.id}: ${build.currentPhase}`);
            }
            if (build.complete && !completedAt.has(build.id))
                completedAt.set(build.id, clock.now());
            if (deps.logs && build.logs && !tails.has(build.id)) {
                const prefix = ids.length > 1 ? `[${build.id}] ` : '';
                tails.set(build.id, new LogTail(deps.logs, build.logs.group, build.logs.stream, (line) => deps.onLine ? deps.onLine(build.id, line) : deps.log.info(`${prefix}${line}`)));
                deps.onLogStream?.(build);
            }
        }
        if (!historyRead) {
            history = await (0,engine/* timingHint */.Iy)(deps.log, 'previous build', () => previousBuild(deps.builds, ids, latest.get(ids[0]), signal));
            historyRead = true;
        }
        return changed;
    }
    async function readLogs() {
        let printed = 0;
        // A failed read leaves its tail where it was: the same token is sent again next time.
        for (const tail of tails.values())
            printed += await tail.poll(signal);
        if (printed)
            lastLineAt = clock.now();
        // Lines flowing (or a tail being drained): read again soon; quiet: back off.
        logInterval =
            printed || completedAt.size > 0
                ? options.logIntervalMs
                : Math.min(logInterval * 2, options.maxLogIntervalMs);
        return printed;
    }
    const waited = await (0,engine/* runWait */.pT)({
        what: ids.length === 1 ? `build ${ids[0]}` : `${ids.length} builds`,
        clock,
        log: deps.log,
        signal,
        timeoutMs: deps.timeoutMs ?? Infinity,
        isTransient: deps.isTransient,
        poll: async () => {
            let changed = false;
            const now = clock.now();
            if (now >= nextStatusAt && pending().length) {
                // Due times move first: a failed read is retried on schedule, not at once.
                nextStatusAt = Infinity;
                try {
                    changed = await readStatus();
                }
                finally {
                    nextStatusAt = clock.now() + statusInterval(clock.now());
                }
            }
            if (deps.logs && clock.now() >= nextLogAt) {
                nextLogAt = Infinity;
                try {
                    changed = (await readLogs()) > 0 || changed;
                }
                finally {
                    nextLogAt = clock.now() + logInterval;
                }
            }
            return { done: ids.every((id) => latest.get(id)?.complete && tailDone(id)), changed };
        },
        nextPollMs: (now) => {
            const wakeAt = Math.min(pending().length ? nextStatusAt : Infinity, deps.logs ? nextLogAt : Infinity);
            return Number.isFinite(wakeAt) ? Math.max(0, wakeAt - now) : options.logIntervalMs;
        },
        progress: () => {
            const running = pending().map((id) => latest.get(id)?.currentPhase ?? 'not started');
            return running.length ? `phase ${[...new Set(running)].join(', ')}` : 'reading the end of the log';
        },
    });
    const logCalls = [...tails.values()].reduce((n, t) => n + t.calls, 0);
    const lines = [...tails.values()].reduce((n, t) => n + t.lines, 0);
    return {
        builds: ids.map((id) => latest.get(id)).filter((b) => Boolean(b)),
        cancelled: waited.ended === 'cancelled',
        statusCalls,
        logCalls,
        lines,
    };
}
/** How many of the project's latest builds are looked at for a previous success. */
const HISTORY_BUILDS = 10;
/** The project's latest successful build other than these, as a timing template (its phases). */
async function previousBuild(gateway, ours, first, signal) {
    const project = first?.project ?? ours[0].split(':')[0];
    const ids = (await gateway.listBuildIds(project, signal)).filter((id) => !ours.includes(id));
    if (!ids.length)
        return undefined;
    const builds = await gateway.batchGet(ids.slice(0, HISTORY_BUILDS), signal);
    // BatchGetBuilds keeps the order asked for: newest first.
    const b = builds.find((x) => x.complete && x.status === 'SUCCEEDED' && x.startTime && x.endTime);
    if (!b)
        return undefined;
    const phases = b.phases.map((p) => ({ name: p.type, startTime: p.startTime, endTime: p.endTime }));
    return (0,schedule/* historyFrom */.z)(b.startTime, b.endTime, phases);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
// EXTERNAL MODULE: ./src/commands/build-container/spec.ts + 3 modules
var spec = __webpack_require__(3079);
;// CONCATENATED MODULE: ./src/commands/build-container/run.ts









/**
 * The same step of the same run attempt sends the same token, so a retried StartBuild within
 * CodeBuild's 5-minute window returns the build it already started instead of a second one.
 */
function idempotencyToken(host, request) {
    const h = (0,run_info/* runScopedHash */.m)(host.run, 'build-container', [JSON.stringify(request)]);
    if (!h)
        return (0,external_node_crypto_.randomUUID)();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
async function run({ host, inputs, checked, aws: awsInputs }) {
    const env = inputs.env ?? [];
    for (const v of env)
        if (v.type !== 'PLAINTEXT')
            host.mask(v.value);
    const image = inputs.image;
    const computeType = inputs['compute-type'];
    const request = {
        projectName: inputs['project-name'],
        ...(checked.sourceVersion ? { sourceVersion: checked.sourceVersion } : {}),
        ...(checked.buildspecOverride !== undefined ? { buildspecOverride: checked.buildspecOverride } : {}),
        ...(env.length ? { environmentVariablesOverride: env } : {}),
        ...(image ? { imageOverride: image } : {}),
        ...(computeType ? { computeTypeOverride: computeType } : {}),
        ...(checked.timeoutInMinutes !== undefined ? { timeoutInMinutesOverride: checked.timeoutInMinutes } : {}),
    };
    const hideLogs = inputs['hide-logs'];
    const stopOnCancel = inputs['stop-on-cancel'];
    const aws = (0,aws_options/* awsFor */.B)(host, awsInputs, spec.spec.action);
    const builds = codeBuildGateway(aws);
    const logs = hideLogs ? undefined : cloudWatchLogGateway(aws);
    const started = await builds.start({ ...request, idempotencyToken: idempotencyToken(host, request) });
    host.setOutput('build-id', started.id);
    host.setOutput('build-arn', started.arn);
    const url = buildConsoleUrl(started.arn);
    host.info(`Started build ${started.id}${url ? `: ${url}` : ''}`);
    // A build's log line that looks like a workflow command must be shown, not obeyed.
    const onLine = (_id, line) => host.remoteLine(line);
    const result = await watchBuilds([started.id], {
        builds,
        logs,
        clock: host.clock,
        log: host,
        signal: host.signal,
        onLine,
        isTransient: aws_transient/* isTransient */.d,
    });
    if (result.cancelled) {
        if (stopOnCancel) {
            const stopped = await builds.stop(started.id);
            throw new errors/* CancelledError */.cc(`cancelled: stopped build ${started.id}${stopped ? ` (${stopped.status})` : ''}`);
        }
        throw new errors/* CancelledError */.cc(`cancelled; build ${started.id} goes on (stop-on-cancel is false)`);
    }
    const build = result.builds[0];
    host.setOutput('build-status', build.status);
    const exported = Object.fromEntries(build.exportedVariables.map((v) => [v.name, v.value]));
    host.setOutput('exported-variables', exported);
    for (const [name, value] of Object.entries(exported))
        host.setOutput(name, value);
    host.setOutput('image-uri', exported.IMAGE_URI ?? '');
    await host.appendSummary(phaseTable(build));
    if (build.status !== 'SUCCEEDED') {
        const failed = failedPhase(build);
        if (failed)
            host.error(failed.message, { title: `CodeBuild ${failed.phase.type} phase ${failed.phase.status}` });
        throw new errors/* OutcomeError */.Rz(`build ${build.id} ended ${build.status}${failed ? ` in ${failed.phase.type}` : ''}`);
    }
    host.info(`Build ${build.id} SUCCEEDED`);
}


/***/ }),

/***/ 3079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/builds/env.ts


const TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ALLOWED = 'must be a YAML map of NAME: value, or NAME: {type: PLAINTEXT | PARAMETER_STORE | SECRETS_MANAGER, value: ...}';
/**
 * The `env` input: build environment variables for StartBuild's environmentVariablesOverride.
 * `NAME: value` is PLAINTEXT; `NAME: {type: SECRETS_MANAGER, value: secret-id:json-key}` and
 * PARAMETER_STORE (a parameter name) are resolved by CodeBuild inside the build, so the secret
 * itself never passes through the workflow.
 */
function parseEnv(input, raw) {
    const doc = (0,inputs/* yamlValue */.t$)(input, raw);
    if (doc === undefined || doc === null)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* InputError */.dz(input, ALLOWED);
    return Object.entries(doc).map(([name, v]) => {
        if (!NAME.test(name))
            throw new errors/* InputError */.dz(input, 'names must be letters, digits and underscores', name);
        if (name.toUpperCase().startsWith('CODEBUILD_')) {
            throw new errors/* InputError */.dz(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
        }
        if (v === null || v === undefined)
            throw new errors/* InputError */.dz(input, `has no value for '${name}'`);
        if (typeof v !== 'object')
            return { name, value: String(v), type: 'PLAINTEXT' };
        const entry = v;
        const extra = Object.keys(entry).filter((k) => k !== 'type' && k !== 'value');
        if (Array.isArray(v) || extra.length)
            throw new errors/* InputError */.dz(input, `${ALLOWED}; '${name}' is neither`);
        const type = TYPES.find((t) => t ===
            String(entry.type ?? 'PLAINTEXT')
                .toUpperCase()
                .replace(/-/g, '_'));
        if (!type)
            throw new errors/* InputError */.dz(input, `type of '${name}' must be one of ${TYPES.join(', ')}`, String(entry.type));
        if (entry.value === null ||
            entry.value === undefined ||
            typeof entry.value === 'object' ||
            entry.value === '') {
            throw new errors/* InputError */.dz(input, `has no value for '${name}'`);
        }
        return { name, value: String(entry.value), type };
    });
}

;// CONCATENATED MODULE: ./src/core/builds/types.ts
/** CodeBuild's ComputeType enum. */
const COMPUTE_TYPES = [
    'BUILD_GENERAL1_SMALL',
    'BUILD_GENERAL1_MEDIUM',
    'BUILD_GENERAL1_LARGE',
    'BUILD_GENERAL1_XLARGE',
    'BUILD_GENERAL1_2XLARGE',
    'BUILD_LAMBDA_1GB',
    'BUILD_LAMBDA_2GB',
    'BUILD_LAMBDA_4GB',
    'BUILD_LAMBDA_8GB',
    'BUILD_LAMBDA_10GB',
    'ATTRIBUTE_BASED_COMPUTE',
    'CUSTOM_INSTANCE_TYPE',
];

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/build-container/check.ts



/** What build-container's inputs resolve to before anything starts. */
function checkBuild(i, run) {
    const timeout = i['timeout-minutes'];
    if (timeout !== undefined && timeout % 60_000)
        throw new errors/* InputError */.dz('timeout-minutes', 'must be whole minutes (CodeBuild counts minutes)', `${timeout / 1000}s`);
    const sourceVersion = i['source-version'] ?? run.sha;
    const buildspecOverride = i.buildspec ? buildspecText(i.buildspec, run.workspace) : undefined;
    return {
        ...(buildspecOverride !== undefined ? { buildspecOverride } : {}),
        ...(sourceVersion ? { sourceVersion } : {}),
        ...(timeout !== undefined ? { timeoutInMinutes: timeout / 60_000 } : {}),
    };
}
/** A workspace file is sent as its text; an S3 ARN as is. */
function buildspecText(value, workspace) {
    if (value.startsWith('arn:'))
        return value;
    const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.join)(workspace, value);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec file in the workspace or an S3 ARN; no such file', value);
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    if (!/^version:\s*0\.2\s*$/m.test(text))
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec of version 0.2', value);
    return text;
}

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/build-container/spec.ts






const spec = (0,types/* defineSpec */.j)({
    action: 'build-container',
    cli: ['build', 'run'],
    title: 'SageMaker CI/CD: build container',
    description: "Run a CodeBuild build (e.g. buildspecs/container.yml: build, test and push the model's container), streaming its logs live, and output its exported variables.",
    icon: 'box',
    inputs: {
        'project-name': {
            kind: 'string',
            pattern: /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/,
            allowed: 'a CodeBuild project name (2-255 letters, digits, - and _)',
            description: 'Name of the CodeBuild project.',
            required: true,
        },
        buildspec: {
            kind: 'string',
            description: "A buildspec file in the workspace (e.g. buildspecs/container.yml) sent as the build's buildspec, or an S3 ARN; empty: the project's own.",
        },
        'source-version': {
            kind: 'string',
            maxLength: 255,
            description: 'Commit, branch or tag to build; defaults to the commit being built.',
        },
        env: {
            kind: 'string',
            multiline: true,
            parse: parseEnv,
            description: 'Build environment variables as a YAML map: NAME: value, or NAME: {type: PARAMETER_STORE | SECRETS_MANAGER, value: name-or-arn}.',
        },
        image: {
            kind: 'string',
            maxLength: 2048,
            description: "Build image overriding the project's (e.g. aws/codebuild/standard:7.0).",
        },
        'compute-type': {
            kind: 'enum',
            choices: COMPUTE_TYPES,
            description: "Compute type overriding the project's, e.g. BUILD_GENERAL1_MEDIUM.",
        },
        'timeout-minutes': {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 5 * 60_000,
            maxMs: 2160 * 60_000,
            description: "Build timeout, overriding the project's (CodeBuild counts whole minutes).",
        },
        'hide-logs': {
            kind: 'boolean',
            description: "Do not stream the build's log into the workflow log.",
            default: 'false',
        },
        'stop-on-cancel': {
            kind: 'boolean',
            description: 'Stop the build when the workflow is cancelled.',
            default: 'true',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkBuild,
    outputs: {
        'build-id': { description: 'ID of the build, set as soon as it starts.' },
        'build-arn': { description: 'ARN of the build.' },
        'build-status': { description: 'SUCCEEDED, FAILED, FAULT, TIMED_OUT or STOPPED.' },
        'image-uri': { description: "The build's exported IMAGE_URI (empty when it exports none)." },
        'exported-variables': {
            description: 'JSON map of every exported variable; each is also an output under its own name (e.g. IMAGE_URI).',
        },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'codebuild:StartBuild',
        'codebuild:BatchGetBuilds',
        'codebuild:StopBuild',
        'codebuild:ListBuildsForProject',
        'logs:GetLogEvents',
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
