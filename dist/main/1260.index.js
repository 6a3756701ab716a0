export const id = 1260;
export const ids = [1260];
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

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ driftData)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_drift_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3356);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6076);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8067);






function driftData(ctx) {
    const s3 = (0,_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyClient */ .qW)(ctx, 'S3', (config) => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3Client */ .YxF(config));
    const stream = async (bucket, key) => {
        try {
            const object = await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
            return object.Body;
        }
        catch (err) {
            const name = err.name;
            const uri = `s3://${bucket}/${key}`;
            if (name === 'NoSuchKey' || name === 'NotFound')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} does not exist (NoSuchKey)`);
            if (name === 'NoSuchBucket')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} does not exist (NoSuchBucket)`);
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AccessDeniedError */ .Uk)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} cannot be read: ${err.message}`);
            throw err;
        }
    };
    return {
        stream,
        async getText(bucket, key) {
            const body = await stream(bucket, key);
            const chunks = [];
            for await (const chunk of body)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        },
        async putText(bucket, key, body) {
            await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
        },
        async listObjects(bucket, prefix, delimiter, max) {
            const keys = [];
            const prefixes = [];
            let ContinuationToken;
            do {
                const page = await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: bucket,
                    Prefix: prefix,
                    Delimiter: delimiter,
                    ...(max ? { MaxKeys: Math.min(1000, max - keys.length) } : {}),
                    ContinuationToken,
                }));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        keys.push(o.Key);
                for (const p of page.CommonPrefixes ?? [])
                    if (p.Prefix)
                        prefixes.push(p.Prefix);
                ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (ContinuationToken && !(max && keys.length >= max));
            return { keys, prefixes };
        },
        async *lines(bucket, key) {
            const body = await stream(bucket, key);
            yield* (0,_core_drift_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .lineBatches */ .b)(body);
        },
        isTransient: _transient_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransient */ .d,
    };
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

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3584);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(983);





/** Where drift's files live: an S3 object or a workspace file (drift-baseline and drift-check). */
function workspacePath(workspace, p) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, p);
}
/** A whole (small) document: a baseline or a statistics.json. */
async function readText(s3, workspace, l) {
    if (l.kind === 's3')
        return s3.getText(l.bucket, l.key);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(workspacePath(workspace, l.path), 'utf8');
    }
    catch (err) {
        throw fileError(l.path, err);
    }
}
async function readBaseline(s3, workspace, l) {
    return (0,_core_drift_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBaseline */ .nk)(await readText(s3, workspace, l), (0,_core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .locationText */ .fN)(l));
}
function fileError(path, err) {
    const code = err.code;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`}`);
}


/***/ }),

/***/ 3584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ BASELINE_VERSION),
/* harmony export */   jU: () => (/* binding */ binOf),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   q4: () => (/* binding */ BASELINE_FORMAT)
/* harmony export */ });
/* unused harmony export fromModelMonitor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * The drift baseline (docs/drift.md "Baseline format"): what the training data looked like, per
 * feature, in a small versioned JSON document that `drift baseline` writes and `drift check` reads.
 */
const BASELINE_FORMAT = 'sagemaker-cicd/drift-baseline';
const BASELINE_VERSION = 1;
/** Reads a baseline document: this toolkit's format, or a Model Monitor statistics.json. */
function parseBaseline(text, where) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where} is not JSON: ${err.message}`);
    }
    const d = doc;
    if (d && d.format === BASELINE_FORMAT) {
        if (d.version !== BASELINE_VERSION) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where} has version ${String(d.version)}; this toolkit reads version ${BASELINE_VERSION}`);
        }
        const b = d;
        if (!Array.isArray(b.features) || !b.features.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where} has no features`);
        }
        return b;
    }
    if (d &&
        Array.isArray(d.features) &&
        d.features.some((f) => f.inferred_type)) {
        return fromModelMonitor(d.features, where);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where} is neither a drift baseline ("format": "${BASELINE_FORMAT}") nor a Model Monitor statistics.json`);
}
const missingOf = (c) => {
    const present = c?.num_present ?? 0;
    const missing = c?.num_missing ?? 0;
    return { rows: present + missing, missingRate: present + missing ? missing / (present + missing) : 0 };
};
/**
 * A Model Monitor baseline (statistics.json) as a drift baseline: a numeric feature's KLL buckets
 * become its bins (their upper bounds the edges), a string feature's categorical buckets its
 * categories. Model Monitor keeps every category it saw, so `other` is 0.
 */
function fromModelMonitor(features, where) {
    let rows = 0;
    const out = [];
    for (const f of features) {
        if (f.inferred_type === 'Fractional' || f.inferred_type === 'Integral') {
            const n = f.numerical_statistics;
            const { rows: r, missingRate } = missingOf(n?.common);
            rows = Math.max(rows, r);
            const buckets = n?.distribution?.kll?.buckets ?? [];
            const total = buckets.reduce((s, b) => s + b.count, 0);
            if (!buckets.length || !total) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where}: feature '${f.name}' has no KLL buckets to bin on`);
            }
            out.push({
                name: f.name,
                type: 'numeric',
                missingRate,
                edges: buckets.slice(0, -1).map((b) => b.upper_bound),
                proportions: buckets.map((b) => b.count / total),
                min: n?.min ?? buckets[0].lower_bound,
                max: n?.max ?? buckets[buckets.length - 1].upper_bound,
            });
        }
        else if (f.inferred_type === 'String') {
            const s = f.string_statistics;
            const { rows: r, missingRate } = missingOf(s?.common);
            rows = Math.max(rows, r);
            const buckets = s?.distribution?.categorical?.buckets ?? [];
            const total = buckets.reduce((sum, b) => sum + b.count, 0);
            const categories = {};
            for (const b of buckets)
                categories[b.value] = total ? b.count / total : 0;
            out.push({ name: f.name, type: 'categorical', missingRate, categories, other: 0 });
        }
        // 'Unknown' features carry no distribution to compare with; they are left out.
    }
    if (!out.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`baseline ${where}: no Fractional, Integral or String features`);
    return {
        format: BASELINE_FORMAT,
        version: BASELINE_VERSION,
        source: `Model Monitor statistics ${where}`,
        rows,
        maxCategories: Math.max(0, ...out.map((f) => (f.type === 'categorical' ? Object.keys(f.categories).length : 0))),
        features: out,
    };
}
/** Index of the bin a value falls in (binary search over the interior edges). */
function binOf(edges, value) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (value <= edges[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}


/***/ }),

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ lineBatches)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8574);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The lines of a stream, a chunk's worth at a time (a capture file is never held whole; handing
 * out a batch rather than one line per await keeps each line's objects short-lived). Iterating the
 * body itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
async function* lineBatches(body) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of body) {
        const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
        rest = lines.pop();
        yield lines.map(withoutCr);
    }
    rest += decoder.end();
    if (rest)
        yield [withoutCr(rest)];
}
const withoutCr = (l) => (l.endsWith('\r') ? l.slice(0, -1) : l);


/***/ }),

/***/ 6037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ categoryOf),
/* harmony export */   w: () => (/* binding */ readValue)
/* harmony export */ });
/** Empty text, null and absent values are missing; finite numbers (or numeric text) are numbers. */
function readValue(raw) {
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw === 'boolean')
        return String(raw);
    const text = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
    if (text === '')
        return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
}
/** The text a categorical feature compares (a number as JSON writes it). */
function categoryOf(v) {
    return typeof v === 'number' ? String(v) : v;
}


/***/ }),

/***/ 4695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ReportError),
/* harmony export */   z: () => (/* binding */ parseMetricsReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** SageMaker's model-quality sections (Model Monitor and pipeline evaluation steps write these). */
const QUALITY_SECTIONS = [
    'binary_classification_metrics',
    'multiclass_classification_metrics',
    'regression_metrics',
];
/** A report that cannot be read: names the file (a path or an S3 URI) and what is wrong. */
class ReportError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    source;
    name = 'ReportError';
    constructor(source, problem) {
        super(`metrics report ${source} ${problem}`, 1);
        this.source = source;
    }
}
/**
 * Parses a model-quality report: SageMaker's `{"<section>": {"accuracy": {"value": 0.93,
 * "standard_deviation": 0.01}}}` or a flat `{"accuracy": 0.93}` map. Curves and matrices
 * (confusion_matrix, receiver_operating_characteristic_curve...) are not single numbers and are
 * skipped. Python's json.dump writes NaN and Infinity as bare words: they are read as missing.
 */
function parseMetricsReport(text, source) {
    if (!text.trim())
        throw new ReportError(source, 'is empty');
    let doc;
    try {
        doc = JSON.parse(withoutNonFinite(text));
    }
    catch (err) {
        throw new ReportError(source, `is not valid JSON (${err.message.split('\n')[0]})`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new ReportError(source, `must be a JSON object, got ${Array.isArray(doc) ? 'an array' : JSON.stringify(doc)}`);
    }
    const record = doc;
    const sections = QUALITY_SECTIONS.filter((s) => s in record);
    const metrics = {};
    if (sections.length) {
        for (const section of sections) {
            const body = record[section];
            if (body === null || typeof body !== 'object' || Array.isArray(body)) {
                throw new ReportError(source, `has a '${section}' that is not an object of metrics`);
            }
            for (const [name, entry] of Object.entries(body)) {
                const value = qualityValue(entry);
                if (value !== undefined)
                    metrics[name] = value;
            }
        }
    }
    else {
        for (const [name, entry] of Object.entries(record)) {
            const value = flatValue(entry);
            if (value !== undefined)
                metrics[name] = value;
        }
    }
    if (!Object.keys(metrics).length) {
        throw new ReportError(source, `holds no metrics: expected ${QUALITY_SECTIONS.join(', ')} (each metric {"value": n}) or a flat {"metric": number} map`);
    }
    return metrics;
}
/** `{value, standard_deviation}` → value; a metric without a scalar value (a curve, a matrix) → undefined. */
function qualityValue(entry) {
    if (typeof entry === 'number' || entry === null || entry === NON_FINITE)
        return finite(entry);
    if (typeof entry !== 'object' || Array.isArray(entry))
        return undefined;
    const e = entry;
    if (!('value' in e)) {
        // A metric object without a value: missing, unless it is a curve or matrix (no scalar fields at all).
        return 'standard_deviation' in e ? null : undefined;
    }
    return finite(e.value);
}
function flatValue(entry) {
    if (typeof entry === 'number' || entry === null || entry === NON_FINITE)
        return finite(entry);
    if (entry && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry) {
        return finite(entry.value);
    }
    if (typeof entry === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(entry))
        return Number(entry);
    return undefined;
}
function finite(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    return null;
}
const NON_FINITE = '\u0000non-finite';
/** Replaces bare NaN / Infinity / -Infinity (outside strings) with a marker string JSON can hold. */
function withoutNonFinite(text) {
    return text.replace(/"(?:[^"\\]|\\.)*"|-?\b(?:NaN|Infinity)\b|-Infinity/g, (m) => m.startsWith('"') ? m : JSON.stringify(NON_FINITE));
}


/***/ }),

/***/ 983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ executionPackage),
/* harmony export */   fN: () => (/* binding */ locationText),
/* harmony export */   gD: () => (/* binding */ packageMetrics),
/* harmony export */   hv: () => (/* binding */ groupName),
/* harmony export */   mC: () => (/* binding */ reportLocation),
/* harmony export */   tL: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5091);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4695);



const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;
const GROUP_NAME = /^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$/;
function groupName(input, raw) {
    const name = (0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .isArn */ .EH)('model-package-group', raw) ? raw.slice(raw.indexOf('/') + 1) : raw;
    if (!GROUP_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be a model package group name (1-63 letters, digits and hyphens) or its ARN', raw);
    }
    return name;
}
/** `s3://bucket/key` or a workspace path. */
function reportLocation(input, raw) {
    if (raw.startsWith('s3://')) {
        const m = S3_URI.exec(raw);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
        return { kind: 's3', bucket: m[1], key: m[2], uri: raw };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
    return { kind: 'file', path: raw };
}
function locationText(l) {
    return l.kind === 's3' ? l.uri : l.path;
}
async function readReport(location, aws, readFile) {
    const text = location.kind === 's3'
        ? await aws.getObject(location.bucket, location.key, location.uri)
        : await readFile(location.path);
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetricsReport */ .z)(text, locationText(location));
}
/** The candidate's (or a given baseline's) package and its model-quality report. */
async function packageMetrics(info, aws, readFile) {
    if (!info.statisticsUri)
        return undefined;
    const location = reportLocation('ModelMetrics.ModelQuality.Statistics.S3Uri', info.statisticsUri);
    return readReport(location, aws, readFile);
}
/** The package a pipeline execution registered: its one succeeded RegisterModel step. */
async function executionPackage(arn, aws) {
    const registered = await aws.registeredPackages(arn);
    const succeeded = registered.filter((r) => r.stepStatus === 'Succeeded');
    if (succeeded.length === 1)
        return succeeded[0].arn;
    if (succeeded.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`pipeline execution ${arn} registered ${succeeded.length} model packages (${succeeded
            .map((s) => `${s.stepName}: ${s.arn}`)
            .join(', ')}); give the one to report as 'model-package-arn'`, 2);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`pipeline execution ${arn} has no succeeded RegisterModel step, so no model package to report ` +
        '(the execution may still be running, or a condition step skipped registration)', 1);
}



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


/***/ })

};
