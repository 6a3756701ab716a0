export const id = 656;
export const ids = [656];
export const modules = {

/***/ 2656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/core/drift/lines.ts

/**
 * The lines of a stream, a chunk's worth at a time (a capture file is never held whole; handing
 * out a batch rather than one line per await keeps each line's objects short-lived). Iterating the
 * body itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
async function* lineBatches(body) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
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

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

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
        requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
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

;// CONCATENATED MODULE: ./src/aws/drift-data.ts






function driftData(ctx) {
    const s3 = lazyClient(ctx, 'S3', (config) => new dist_cjs/* S3Client */.YxF(config));
    const stream = async (bucket, key) => {
        try {
            const object = await s3().send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
            return object.Body;
        }
        catch (err) {
            const name = err.name;
            const uri = `s3://${bucket}/${key}`;
            if (name === 'NoSuchKey' || name === 'NotFound')
                throw new errors/* UserError */.yo(`${uri} does not exist (NoSuchKey)`);
            if (name === 'NoSuchBucket')
                throw new errors/* UserError */.yo(`${uri} does not exist (NoSuchBucket)`);
            if (err instanceof AccessDeniedError)
                throw new errors/* UserError */.yo(`${uri} cannot be read: ${err.message}`);
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
            await s3().send(new dist_cjs/* PutObjectCommand */.wKZ({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
        },
        async listObjects(bucket, prefix, delimiter, max) {
            const keys = [];
            const prefixes = [];
            let ContinuationToken;
            do {
                const page = await s3().send(new dist_cjs/* ListObjectsV2Command */.u6x({
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
            yield* lineBatches(body);
        },
        isTransient: isTransient,
    };
}

;// CONCATENATED MODULE: ./src/core/drift/baseline.ts

/**
 * The drift baseline (docs/drift.md "Baseline format"): what the training data looked like, per
 * feature, in a small versioned JSON document that `drift baseline` writes and `drift check` reads.
 */
const BASELINE_FORMAT = 'sagemaker-cicd/drift-baseline';
const BASELINE_VERSION = 1;
/** Reads a baseline document: this toolkit's format, or a Model Monitor statistics.json. */
function baseline_parseBaseline(text, where) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`baseline ${where} is not JSON: ${err.message}`);
    }
    const d = doc;
    if (d && d.format === BASELINE_FORMAT) {
        if (d.version !== BASELINE_VERSION) {
            throw new errors/* UserError */.yo(`baseline ${where} has version ${String(d.version)}; this toolkit reads version ${BASELINE_VERSION}`);
        }
        const b = d;
        if (!Array.isArray(b.features) || !b.features.length) {
            throw new errors/* UserError */.yo(`baseline ${where} has no features`);
        }
        return b;
    }
    if (d &&
        Array.isArray(d.features) &&
        d.features.some((f) => f.inferred_type)) {
        return fromModelMonitor(d.features, where);
    }
    throw new errors/* UserError */.yo(`baseline ${where} is neither a drift baseline ("format": "${BASELINE_FORMAT}") nor a Model Monitor statistics.json`);
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
                throw new errors/* UserError */.yo(`baseline ${where}: feature '${f.name}' has no KLL buckets to bin on`);
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
        throw new errors/* UserError */.yo(`baseline ${where}: no Fractional, Integral or String features`);
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

;// CONCATENATED MODULE: ./src/core/drift/values.ts
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

;// CONCATENATED MODULE: ./src/core/drift/build-baseline.ts



/** Numeric values kept per feature to place the quantile edges (a uniform reservoir sample past it). */
const SAMPLE_SIZE = 100_000;
/** Distinct values counted per feature; values first seen past it count toward "other". */
const DISTINCT_TRACKED = 10_000;
/**
 * Computes a baseline from rows streamed through `add`, in bounded memory: per column a reservoir
 * sample of numbers (exact below SAMPLE_SIZE rows) and the counts of at most DISTINCT_TRACKED values.
 * The reservoir's random choice is seeded, so the same data always gives the same baseline.
 */
class BaselineBuilder {
    options;
    columns = new Map();
    rows = 0;
    seed = 0x9e3779b9;
    constructor(options) {
        this.options = options;
    }
    /** One row: column name → raw value (CSV text or a JSON value). */
    add(row) {
        this.rows++;
        for (const name of Object.keys(row)) {
            if (this.options.exclude.includes(name))
                continue;
            this.column(name);
        }
        for (const c of this.columns.values())
            this.addValue(c, row[c.name]);
    }
    column(name) {
        let c = this.columns.get(name);
        if (!c) {
            // A column first seen at row n was missing in the n-1 rows before it.
            c = {
                name,
                missing: this.rows - 1,
                present: 0,
                numeric: true,
                sample: new Float64Array(0),
                seen: 0,
                min: Infinity,
                max: -Infinity,
                counts: new Map(),
                untracked: 0,
            };
            this.columns.set(name, c);
        }
        return c;
    }
    addValue(c, raw) {
        const v = readValue(raw);
        if (v === undefined) {
            c.missing++;
            return;
        }
        c.present++;
        if (typeof v === 'number') {
            if (c.numeric)
                this.sampleNumber(c, v);
        }
        else if (c.numeric) {
            c.numeric = false;
            c.sample = new Float64Array(0); // no longer needed
        }
        const key = categoryOf(v);
        const n = c.counts.get(key);
        if (n !== undefined)
            c.counts.set(key, n + 1);
        else if (c.counts.size < DISTINCT_TRACKED)
            c.counts.set(key, 1);
        else
            c.untracked++;
    }
    sampleNumber(c, x) {
        c.min = Math.min(c.min, x);
        c.max = Math.max(c.max, x);
        if (c.seen < SAMPLE_SIZE) {
            if (c.seen === c.sample.length) {
                const grown = new Float64Array(Math.min(SAMPLE_SIZE, Math.max(1024, c.sample.length * 2)));
                grown.set(c.sample);
                c.sample = grown;
            }
            c.sample[c.seen] = x;
        }
        else {
            const j = Math.floor(this.random() * (c.seen + 1));
            if (j < SAMPLE_SIZE)
                c.sample[j] = x;
        }
        c.seen++;
    }
    /** xorshift32: a reservoir that is the same on every run. */
    random() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed / 4294967296;
    }
    finish() {
        if (!this.rows)
            throw new errors/* UserError */.yo(`training data ${this.options.source} has no rows`);
        const features = [];
        for (const c of this.columns.values()) {
            const missingRate = c.missing / this.rows;
            if (c.numeric && c.present) {
                const sample = c.sample.slice(0, Math.min(c.seen, SAMPLE_SIZE)).sort();
                const edges = quantileEdges(sample, this.options.bins);
                const counts = new Array(edges.length + 1).fill(0);
                for (const x of sample)
                    counts[binOf(edges, x)]++;
                features.push({
                    name: c.name,
                    type: 'numeric',
                    missingRate,
                    edges,
                    proportions: counts.map((n) => n / sample.length),
                    min: c.min,
                    max: c.max,
                });
            }
            else {
                features.push({
                    name: c.name,
                    type: 'categorical',
                    missingRate,
                    ...topCategories(c, this.options.maxCategories),
                });
            }
        }
        return {
            format: BASELINE_FORMAT,
            version: BASELINE_VERSION,
            source: this.options.source,
            rows: this.rows,
            maxCategories: this.options.maxCategories,
            features,
        };
    }
}
/**
 * The k-1 interior edges at quantiles 1/k … (k-1)/k of sorted values (the lower value at each
 * quantile: the smallest x with at least q·n values ≤ x), duplicates dropped, so a value equal to
 * an edge falls in the bin below it and a feature with few distinct values gets fewer bins.
 */
function quantileEdges(sorted, bins) {
    const edges = [];
    const n = sorted.length;
    for (let i = 1; i < bins; i++) {
        const x = sorted[Math.max(0, Math.ceil((i / bins) * n) - 1)];
        if (x < sorted[n - 1] && edges[edges.length - 1] !== x)
            edges.push(x);
    }
    return edges;
}
function topCategories(c, max) {
    const ranked = [...c.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const categories = {};
    let kept = 0;
    for (const [name, n] of ranked.slice(0, max)) {
        categories[name] = c.present ? n / c.present : 0;
        kept += n;
    }
    return { categories, other: c.present ? (c.present - kept) / c.present : 0 };
}

// EXTERNAL MODULE: ./src/core/metrics/sources.ts + 1 modules
var sources = __webpack_require__(2921);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/drift-locations.ts





/** Where drift's files live: an S3 object or a workspace file (drift-baseline and drift-check). */
function workspacePath(workspace, p) {
    return (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(workspace, p);
}
/** A whole (small) document: a baseline or a statistics.json. */
async function readText(s3, workspace, l) {
    if (l.kind === 's3')
        return s3.getText(l.bucket, l.key);
    try {
        return await (0,promises_.readFile)(workspacePath(workspace, l.path), 'utf8');
    }
    catch (err) {
        throw fileError(l.path, err);
    }
}
async function readBaseline(s3, workspace, l) {
    return parseBaseline(await readText(s3, workspace, l), locationText(l));
}
function fileError(path, err) {
    const code = err.code;
    return new errors/* UserError */.yo(`${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/commands/drift-baseline/files.ts




/** The training data as a stream (never read whole): an S3 object or a workspace file. */
async function openData(s3, workspace, l) {
    if (l.kind === 's3')
        return s3.stream(l.bucket, l.key);
    const stream = (0,external_node_fs_.createReadStream)(workspacePath(workspace, l.path));
    // Opening errors (a missing file) surface here, as one line, rather than mid-parse.
    await new Promise((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (err) => reject(fileError(l.path, err)));
    });
    return stream;
}
async function writeText(s3, workspace, l, text) {
    if (l.kind === 's3')
        return s3.putText(l.bucket, l.key, text);
    const path = workspacePath(workspace, l.path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}

// EXTERNAL MODULE: ./src/commands/drift-baseline/spec.ts + 1 modules
var spec = __webpack_require__(1840);
;// CONCATENATED MODULE: ./src/commands/drift-baseline/run.ts











async function run({ host, inputs, aws }) {
    const s3 = driftData(awsFor(host, aws, spec/* spec */.I.action));
    const workspace = host.run.workspace;
    const source = (0,sources/* locationText */.fN)(inputs.data);
    const format = formatOf(inputs.format, inputs.data);
    let baseline;
    if (format === 'statistics') {
        baseline = baseline_parseBaseline(await readText(s3, workspace, inputs.data), source);
    }
    else {
        const builder = new BaselineBuilder({
            bins: inputs.bins,
            maxCategories: inputs['max-categories'],
            exclude: inputs.exclude,
            source,
        });
        const stream = await openData(s3, workspace, inputs.data);
        if (format === 'csv')
            await readCsv(stream, source, (row) => builder.add(row));
        else
            await readJsonLines(stream, source, (row) => builder.add(row));
        baseline = builder.finish();
    }
    await writeText(s3, workspace, inputs.output, `${JSON.stringify(baseline, null, 2)}\n`);
    host.setOutput('baseline', (0,sources/* locationText */.fN)(inputs.output));
    host.setOutput('rows', baseline.rows);
    host.setOutput('features', baseline.features.map((f) => ({ name: f.name, type: f.type })));
    const numeric = baseline.features.filter((f) => f.type === 'numeric').length;
    host.info(`Baseline of ${baseline.rows} rows, ${baseline.features.length} features (${numeric} numeric, ` +
        `${baseline.features.length - numeric} categorical) written to ${(0,sources/* locationText */.fN)(inputs.output)}.`);
    await host.appendSummary(baselineSummary(baseline, (0,sources/* locationText */.fN)(inputs.output)));
}
function formatOf(format, data) {
    if (format !== 'auto')
        return format;
    const name = (data.kind === 's3' ? data.key : data.path).toLowerCase();
    if (name.endsWith('.csv'))
        return 'csv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    if (name.endsWith('.json'))
        return 'statistics';
    throw new errors/* InputError */.dz('format', "must be given when data's extension is not .csv, .jsonl, .ndjson or .json: one of csv, jsonl, statistics");
}
/** CSV with a header, streamed through csv-parse: one row object at a time. */
async function readCsv(stream, source, add) {
    const parser = stream.pipe((0,lib/* parse */.qg)({ columns: true, skip_empty_lines: true, bom: true, trim: true }));
    stream.once('error', (err) => parser.destroy(err));
    try {
        for await (const row of parser)
            add(row);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo(`${source} is not CSV with a header: ${err.message}`);
    }
}
async function readJsonLines(stream, source, add) {
    let line = 0;
    for await (const batch of lineBatches(stream)) {
        for (const text of batch) {
            line++;
            if (!text.trim())
                continue;
            let row;
            try {
                row = JSON.parse(text);
            }
            catch {
                throw new errors/* UserError */.yo(`${source} line ${line} is not JSON (JSON Lines: one object per line)`);
            }
            if (typeof row !== 'object' || row === null || Array.isArray(row)) {
                throw new errors/* UserError */.yo(`${source} line ${line} is not a JSON object (JSON Lines: one object per line)`);
            }
            add(row);
        }
    }
}
function baselineSummary(b, where) {
    const rows = b.features.map((f) => {
        const shape = f.type === 'numeric'
            ? `${f.proportions.length} bins, ${f.min} … ${f.max}`
            : `${Object.keys(f.categories).length} categories${f.other ? `, other ${(f.other * 100).toFixed(1)}%` : ''}`;
        return `| ${f.name.replace(/\|/g, '\\|')} | ${f.type} | ${(f.missingRate * 100).toFixed(1)}% | ${shape} |`;
    });
    return [
        `### Drift baseline: ${b.rows} rows, ${b.features.length} features`,
        '',
        `Written to ${where} (format ${b.format} v${b.version}).`,
        '',
        '| Feature | Type | Missing | Distribution |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}


/***/ })

};
