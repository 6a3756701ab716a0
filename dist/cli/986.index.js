export const id = 986;
export const ids = [986];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   yO: () => (/* binding */ clientConfig)
/* harmony export */ });
/* unused harmony export resolveEndpoint */
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);



function resolveRegion(env, explicit) {
    const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
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
 * names the toolkit, and the default credential chain unless told otherwise.
 */
function clientConfig(env, service, options = {}) {
    const endpoint = resolveEndpoint(env, service);
    return {
        region: resolveRegion(env, options.region),
        ...(endpoint ? { endpoint } : {}),
        // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
        ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: [['sagemaker-cicd', _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x]],
        requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
        ...(options.credentials ? { credentials: options.credentials } : {}),
    };
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ isExpiredCredentials),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   j3: () => (/* binding */ EXPIRED_CREDENTIALS_HINT)
/* harmony export */ });
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
]);
const NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNABORTED',
]);
function isTransient(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.name && THROTTLING.has(e.name))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'RequestTimeout' || e.name === 'AbortError')
        return true;
    if (e.code && NETWORK.has(e.code))
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && status >= 500)
        return true;
    if (e.$retryable)
        return true;
    return false;
}
/** Credentials that ran out mid-wait: the role session ended. */
function isExpiredCredentials(err) {
    const name = err?.name ?? '';
    return ['ExpiredTokenException', 'ExpiredToken', 'RequestExpired', 'InvalidClientTokenId'].includes(name);
}
const EXPIRED_CREDENTIALS_HINT = "the AWS role session ended during the wait; lengthen it with 'role-duration-seconds' in " +
    "aws-actions/configure-aws-credentials, or give this step 'role-to-assume' so it refreshes its own credentials";


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ awsOptions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
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
            ...(0,clients/* clientConfig */.yO)(env, 'STS', { region: options.region }),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
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

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/commands/aws-options.ts



const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** Region and credentials from the AWS inputs. */
function awsOptions(host) {
    const region = host.input('aws-region') || undefined;
    const roleArn = host.input('role-to-assume');
    if (!roleArn)
        return { region };
    if (!ROLE_ARN.test(roleArn)) {
        throw new errors/* InputError */.dz('role-to-assume', 'must be an IAM role ARN (arn:aws:iam::123456789012:role/name)', roleArn);
    }
    const durationSeconds = (0,inputs/* integer */.nd)('role-duration-seconds', host.input('role-duration-seconds'), 3600, {
        min: 900,
        max: 43200,
        unit: 'seconds',
    });
    // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
    const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    return {
        region,
        credentials: oidcRoleCredentials({
            roleArn,
            durationSeconds,
            sessionName,
            region,
            env: host.env,
            log: host,
            mask: (v) => host.mask(v),
        }),
    };
}


/***/ }),

/***/ 9986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js
var client_codebuild_dist_cjs = __webpack_require__(4774);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
;// CONCATENATED MODULE: ./src/core/builds/logs.ts
/** GetLogEvents' largest page (the gateway asks for it). */
const FULL_PAGE = 10_000;
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
            // full means the same, without a second call to be told so. Only an empty page with a new
            // token (a gap in time) or a full page is followed at once.
            if (same || (res.events.length > 0 && res.events.length < FULL_PAGE))
                break;
        }
        this.lines += printed;
        return printed;
    }
}

;// CONCATENATED MODULE: ./src/aws/codebuild.ts



function toBuild(b) {
    return {
        id: b.id ?? '',
        arn: b.arn ?? '',
        status: b.buildStatus ?? 'IN_PROGRESS',
        complete: Boolean(b.buildComplete),
        currentPhase: b.currentPhase,
        number: b.buildNumber,
        phases: (b.phases ?? []).map((p) => ({
            type: p.phaseType ?? '',
            status: p.phaseStatus,
            durationSeconds: p.durationInSeconds,
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
function codeBuildGateway(client) {
    return {
        async start(request) {
            const res = await client.send(new client_codebuild_dist_cjs/* StartBuildCommand */.uZH(request));
            if (!res.build)
                throw new Error('StartBuild returned no build');
            return toBuild(res.build);
        },
        async batchGet(ids, signal) {
            const builds = [];
            // BatchGetBuilds takes 100 ids a call.
            for (let i = 0; i < ids.length; i += 100) {
                const res = await client.send(new client_codebuild_dist_cjs/* BatchGetBuildsCommand */.zZb({ ids: ids.slice(i, i + 100) }), {
                    abortSignal: signal,
                });
                builds.push(...(res.builds ?? []).map(toBuild));
            }
            return builds;
        },
        async stop(id) {
            const res = await client.send(new client_codebuild_dist_cjs/* StopBuildCommand */.aWR({ id }));
            return res.build ? toBuild(res.build) : undefined;
        },
    };
}
function cloudWatchLogGateway(client) {
    return {
        async getEvents(group, stream, nextToken, signal) {
            try {
                const res = await client.send(new dist_cjs/* GetLogEventsCommand */.h7S({
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

;// CONCATENATED MODULE: ./src/core/builds/watch.ts

const DEFAULT_WATCH = {
    statusIntervalMs: 10_000,
    logIntervalMs: 5_000,
    maxLogIntervalMs: 15_000,
    tailQuietMs: 10_000,
    tailMaxMs: 60_000,
};
/**
 * Waits until every build is complete, streaming their logs meanwhile: one BatchGetBuilds per
 * status poll whatever the number of builds, GetLogEvents per stream when it is due. After the
 * end, the tail CloudWatch receives late is read until the log has been quiet for a while.
 * Returns early (cancelled) when `signal` aborts; stopping the builds is the caller's choice.
 */
async function watchBuilds(ids, deps, options = DEFAULT_WATCH) {
    const { clock, signal } = deps;
    const latest = new Map();
    const tails = new Map();
    const completedAt = new Map();
    let lastLineAt = clock.now();
    let statusCalls = 0;
    let nextStatusAt = clock.now();
    let nextLogAt = clock.now();
    let logInterval = options.logIntervalMs;
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
    while (!signal.aborted) {
        const now = clock.now();
        if (now >= nextStatusAt && pending().length) {
            nextStatusAt = now + options.statusIntervalMs;
            try {
                statusCalls++;
                for (const build of await deps.builds.batchGet(pending(), signal)) {
                    const before = latest.get(build.id);
                    latest.set(build.id, build);
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
            }
            catch (err) {
                if (signal.aborted)
                    break;
                if (!deps.isTransient(err))
                    throw err;
                deps.log.debug(`BatchGetBuilds: ${err.name}: ${err.message}; retrying`);
            }
        }
        if (deps.logs && clock.now() >= nextLogAt) {
            let printed = 0;
            for (const tail of tails.values()) {
                try {
                    printed += await tail.poll(signal);
                }
                catch (err) {
                    if (signal.aborted)
                        break;
                    if (!deps.isTransient(err))
                        throw err;
                    deps.log.debug(`GetLogEvents: ${err.name}; retrying from the same position`);
                }
            }
            if (printed)
                lastLineAt = clock.now();
            const anyComplete = completedAt.size > 0;
            // Lines flowing (or a tail being drained): read again soon; quiet: back off.
            logInterval =
                printed || anyComplete ? options.logIntervalMs : Math.min(logInterval * 2, options.maxLogIntervalMs);
            nextLogAt = clock.now() + logInterval;
        }
        if (ids.every((id) => latest.get(id)?.complete && tailDone(id)))
            break;
        const wakeAt = Math.min(pending().length ? nextStatusAt : Infinity, deps.logs ? nextLogAt : Infinity);
        const wait = Number.isFinite(wakeAt) ? wakeAt - clock.now() : options.logIntervalMs;
        if (wait > 0)
            await clock.sleep(wait, signal);
    }
    const logCalls = [...tails.values()].reduce((n, t) => n + t.calls, 0);
    const lines = [...tails.values()].reduce((n, t) => n + t.lines, 0);
    return {
        builds: ids.map((id) => latest.get(id)).filter((b) => Boolean(b)),
        cancelled: signal.aborted,
        statusCalls,
        logCalls,
        lines,
    };
}

// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/commands/build-container/run.ts
















const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/;
/** The buildspec input: a workspace file is sent as its text; an S3 ARN as is; empty: the project's. */
function buildspecOverride(host) {
    const value = host.input('buildspec');
    if (!value)
        return undefined;
    if (value.startsWith('arn:'))
        return value;
    const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.join)(host.run.workspace, value);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec file in the workspace or an S3 ARN; no such file', value);
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    if (!/^version:\s*0\.2\s*$/m.test(text))
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec of version 0.2', value);
    return text;
}
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
async function run(host) {
    const projectName = host.input('project-name');
    if (!projectName)
        throw new errors/* InputError */.dz('project-name', 'is required: the name of a CodeBuild project');
    if (!PROJECT_NAME.test(projectName)) {
        throw new errors/* InputError */.dz('project-name', 'must be a CodeBuild project name (2-255 letters, digits, - and _)', projectName);
    }
    const env = parseEnv('env', host.input('env'));
    for (const v of env)
        if (v.type !== 'PLAINTEXT')
            host.mask(v.value);
    const computeType = host.input('compute-type')
        ? (0,inputs/* choice */.Yq)('compute-type', host.input('compute-type'), COMPUTE_TYPES)
        : undefined;
    const timeout = (0,inputs/* integer */.nd)('timeout-minutes', host.input('timeout-minutes'), undefined, {
        min: 5,
        max: 2160,
        unit: 'minutes',
    });
    const hideLogs = (0,inputs/* boolean */.zM)('hide-logs', host.input('hide-logs'), false);
    const stopOnCancel = (0,inputs/* boolean */.zM)('stop-on-cancel', host.input('stop-on-cancel'), true);
    const sourceVersion = host.input('source-version') || host.run.sha;
    const request = {
        projectName,
        ...(sourceVersion ? { sourceVersion } : {}),
        ...buildspecOverrideOrNothing(host),
        ...(env.length ? { environmentVariablesOverride: env } : {}),
        ...(host.input('image') ? { imageOverride: host.input('image') } : {}),
        ...(computeType ? { computeTypeOverride: computeType } : {}),
        ...(timeout !== undefined ? { timeoutInMinutesOverride: timeout } : {}),
    };
    const aws = (0,aws_options/* awsOptions */.G)(host);
    const builds = codeBuildGateway(new client_codebuild_dist_cjs/* CodeBuildClient */.bex((0,clients/* clientConfig */.yO)(host.env, 'CODEBUILD', aws)));
    const logs = hideLogs
        ? undefined
        : cloudWatchLogGateway(new dist_cjs/* CloudWatchLogsClient */.TFr((0,clients/* clientConfig */.yO)(host.env, 'CLOUDWATCH_LOGS', aws)));
    const started = await builds.start({ ...request, idempotencyToken: idempotencyToken(host, request) });
    host.setOutput('build-id', started.id);
    host.setOutput('build-arn', started.arn);
    const url = buildConsoleUrl(started.arn);
    host.info(`Started build ${started.id}${url ? `: ${url}` : ''}`);
    // A build's log line that looks like a workflow command must be shown, not obeyed.
    const stopToken = (0,external_node_crypto_.randomUUID)();
    const onLine = (_id, line) => {
        if (host.kind === 'github-actions' && /^\s*::/.test(line)) {
            host.info(`::stop-commands::${stopToken}`);
            host.info(line);
            host.info(`::${stopToken}::`);
        }
        else {
            host.info(line);
        }
    };
    const result = await watchBuilds([started.id], {
        builds,
        logs,
        clock: host.clock,
        log: host,
        signal: host.signal,
        onLine,
        isTransient: aws_transient/* isTransient */.dg,
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
function buildspecOverrideOrNothing(host) {
    const text = buildspecOverride(host);
    return text === undefined ? {} : { buildspecOverride: text };
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ stringMap),
/* harmony export */   S9: () => (/* binding */ choices),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   t$: () => (/* binding */ yamlValue),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export required */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Typed parsing of action inputs and CLI flags. Every function takes the input's name and its raw
 * string (empty when unset), and throws an InputError that names the input and what is allowed.
 */
function required(name, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(name, 'is required');
    return value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Booleans as GitHub writes them (the YAML 1.2 core schema, as @actions/core accepts). */
function boolean(name, raw, fallback) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be true or false', raw);
}
function integer(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const what = opts.unit ? `a whole number of ${opts.unit}` : 'a whole number';
    const allowed = `must be ${what} from ${opts.min} to ${opts.max}`;
    if (!/^-?\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    const n = Number(value);
    if (n < opts.min || n > opts.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return n;
}
/** One of a fixed set of words, compared case-insensitively; returns the canonical spelling. */
function choice(name, raw, allowed, fallback) {
    const value = raw.trim();
    if (!value) {
        if (fallback !== undefined)
            return fallback;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is required: one of ${allowed.join(', ')}`);
    }
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be one of ${allowed.join(', ')}`, raw);
    return found;
}
/** A list: one item per line or comma-separated; blank lines and surrounding spaces dropped. */
function list(_name, raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A list with each item one of `allowed`. */
function choices(name, raw, allowed, fallback) {
    const items = list(name, raw);
    if (!items.length)
        return fallback;
    return items.map((item) => {
        const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
        if (!found)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `items must be among ${allowed.join(', ')}`, item);
        return found;
    });
}
/**
 * A map of strings written as YAML or JSON (`{a: 1}`, or `a: 1` on lines). Scalar values are
 * turned into strings; nested objects are refused because every consumer wants strings.
 */
function stringMap(name, raw) {
    const value = raw.trim();
    if (!value)
        return {};
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be a YAML or JSON map of names to values (${first})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be a YAML or JSON map of names to values', raw.slice(0, 80));
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (v === null || v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has no value for '${key}'`);
        }
        if (typeof v === 'object') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must map each name to a single value; '${key}' has a nested value`);
        }
        out[key] = String(v);
    }
    return out;
}
/** Any YAML or JSON value (for inputs that carry structures, such as an `env` map with types). */
function yamlValue(name, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be valid YAML or JSON (${first})`);
    }
}
const UNITS = {
    ms: 1,
    s: 1000,
    sec: 1000,
    second: 1000,
    seconds: 1000,
    m: 60_000,
    min: 60_000,
    minute: 60_000,
    minutes: 60_000,
    h: 3_600_000,
    hour: 3_600_000,
    hours: 3_600_000,
};
/** A duration such as `30s`, `5m`, `1h30m`, `1500ms`, or a bare number in the default unit. Returns ms. */
function duration(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const allowed = `must be a duration from ${formatDuration(opts.minMs)} to ${formatDuration(opts.maxMs)} (e.g. 30s, 5m, 1h)`;
    let ms = 0;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * UNITS[opts.defaultUnit];
    }
    else {
        const re = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
        let consumed = 0;
        for (let m = re.exec(value); m; m = re.exec(value)) {
            const unit = UNITS[m[2]];
            if (unit === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
            ms += Number(m[1]) * unit;
            consumed = re.lastIndex;
        }
        if (consumed !== value.length || consumed === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    }
    ms = Math.round(ms);
    if (ms < opts.minMs || ms > opts.maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return ms;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
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


/***/ })

};
