export const id = 580;
export const ids = [580];
export const modules = {

/***/ 2580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

;// CONCATENATED MODULE: ./src/aws/cloudwatch.ts


/** CloudWatch metrics and alarms, as the drift check publishes them. */
function cloudWatchMetrics(ctx) {
    const client = lazyClient(ctx, 'CLOUDWATCH', (config) => new dist_cjs/* CloudWatchClient */.WBn(config));
    return {
        async putMetricData(namespace, datums) {
            await client().send(new dist_cjs/* PutMetricDataCommand */.zmv({ Namespace: namespace, MetricData: datums }));
        },
        async describeAlarm(name) {
            const r = await client().send(new dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }));
            return r.MetricAlarms?.[0];
        },
        async putMetricAlarm(alarm) {
            await client().send(new dist_cjs/* PutMetricAlarmCommand */.AZU(alarm));
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
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
    const s3 = lazyClient(ctx, 'S3', (config) => new client_s3_dist_cjs/* S3Client */.YxF(config));
    const stream = async (bucket, key) => {
        try {
            const object = await s3().send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
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
            await s3().send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
        },
        async listObjects(bucket, prefix, delimiter, max) {
            const keys = [];
            const prefixes = [];
            let ContinuationToken;
            do {
                const page = await s3().send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({
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

;// CONCATENATED MODULE: ./src/core/drift/cloudwatch.ts
/** CloudWatch's limits for one PutMetricData request (REFERENCE.md): 1000 metrics, 1 MB. */
const MAX_DATUMS_PER_REQUEST = 1000;
const MAX_REQUEST_BYTES = 1_000_000;
/** The metric the alarm watches: how many features the check found drifted (0 when none). */
const DRIFTED_FEATURES_METRIC = 'DriftedFeatures';
/**
 * The metrics of one check: per feature (dimensions EndpointName, FeatureName) its PSI and
 * missing-rate change; per endpoint the largest PSI, the drifted features' count and the records read.
 */
function driftDatums(endpoint, features, totals, at) {
    const endpointDim = { Name: 'EndpointName', Value: endpoint };
    const datum = (MetricName, Value, Unit, feature) => ({
        MetricName,
        Dimensions: feature ? [endpointDim, { Name: 'FeatureName', Value: feature }] : [endpointDim],
        Timestamp: at,
        Value,
        Unit,
    });
    const out = [];
    for (const f of features) {
        if (f.psi !== null)
            out.push(datum('PSI', f.psi, 'None', f.name));
        out.push(datum('MissingRateChange', f.missingChange, 'None', f.name));
    }
    if (totals.maxPsi !== null)
        out.push(datum('MaxPSI', totals.maxPsi, 'None'));
    out.push(datum(DRIFTED_FEATURES_METRIC, totals.drifted, 'Count'));
    out.push(datum('RecordsRead', totals.records, 'Count'));
    return out;
}
/** Splits datums into requests within both limits (the size counted as the JSON the SDK sends, with room). */
function batchDatums(namespace, datums) {
    const batches = [];
    const overhead = JSON.stringify({ Namespace: namespace, MetricData: [] }).length;
    let batch = [];
    let bytes = overhead;
    for (const d of datums) {
        const size = Buffer.byteLength(JSON.stringify(d)) + 1;
        if (batch.length && (batch.length >= MAX_DATUMS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES * 0.9)) {
            batches.push(batch);
            batch = [];
            bytes = overhead;
        }
        batch.push(d);
        bytes += size;
    }
    if (batch.length)
        batches.push(batch);
    return batches;
}
/**
 * In ALARM when a check finds any drifted feature; back to OK when a check finds none. Checks run
 * hours apart, so a period without a datapoint keeps the state (`ignore`) rather than clearing it.
 */
function driftAlarm(name, namespace, endpoint) {
    return {
        AlarmName: name,
        AlarmDescription: `Data drift on SageMaker endpoint ${endpoint}: a drift check found drifted features (sagemaker-cicd)`,
        ActionsEnabled: true,
        Namespace: namespace,
        MetricName: DRIFTED_FEATURES_METRIC,
        Dimensions: [{ Name: 'EndpointName', Value: endpoint }],
        Statistic: 'Maximum',
        Period: 300,
        EvaluationPeriods: 1,
        DatapointsToAlarm: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'ignore',
    };
}
/** Whether an existing alarm (as DescribeAlarms returns it) already is `wanted`. */
function alarmMatches(existing, wanted) {
    return Object.keys(wanted).every((k) => JSON.stringify(existing[k] ?? null) === JSON.stringify(wanted[k]));
}

;// CONCATENATED MODULE: ./src/core/drift/baseline.ts

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

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./src/core/drift/capture.ts

class MalformedCapture extends Error {
}
function captureRecords(line) {
    let doc;
    try {
        doc = JSON.parse(line);
    }
    catch {
        throw new MalformedCapture('not JSON');
    }
    const input = doc?.captureData?.endpointInput;
    if (!input || typeof input.data !== 'string')
        throw new MalformedCapture('no captureData.endpointInput.data');
    const type = (input.observedContentType ?? '').toLowerCase();
    switch (input.encoding) {
        case 'CSV':
            return csvRecords(input.data);
        case 'JSON':
            return jsonRecords(input.data, type);
        case 'BASE64': {
            const text = Buffer.from(input.data, 'base64').toString('utf8');
            if (type.includes('csv'))
                return csvRecords(text);
            if (type.includes('json'))
                return jsonRecords(text, type);
            throw new MalformedCapture(`content type '${input.observedContentType}' is neither CSV nor JSON`);
        }
        default:
            throw new MalformedCapture(`encoding '${String(input.encoding)}' is not CSV, JSON or BASE64`);
    }
}
/** CSV rows without a header. Text without quotes splits exactly on commas and newlines (the hot path). */
function csvRecords(text) {
    if (!text.includes('"')) {
        return text
            .split('\n')
            .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
            .filter((l) => l !== '')
            .map((l) => l.split(','));
    }
    try {
        return (0,sync/* parse */.qg)(text, { relax_column_count: true, skip_empty_lines: true });
    }
    catch (err) {
        throw new MalformedCapture(`CSV: ${err.message}`);
    }
}
/**
 * JSON inputs as endpoints take them: one object (by feature name) or array (positional), an
 * array of those, `{"instances": [...]}`, or `{"features": [...]}`; JSON Lines hold one per line.
 */
function jsonRecords(text, contentType) {
    const docs = contentType.includes('jsonlines') ? text.split('\n').filter((l) => l.trim()) : [text];
    const out = [];
    for (const d of docs) {
        let value;
        try {
            value = JSON.parse(d);
        }
        catch {
            throw new MalformedCapture('endpointInput.data is not JSON');
        }
        out.push(...instances(value));
    }
    return out;
}
function instances(value) {
    if (Array.isArray(value)) {
        if (value.every((v) => Array.isArray(v) || isObject(v)))
            return value.flatMap(instance);
        return [value];
    }
    if (isObject(value)) {
        if (Array.isArray(value.instances))
            return value.instances.flatMap(instance);
        return instance(value);
    }
    throw new MalformedCapture('endpointInput.data is neither a JSON object nor an array');
}
function instance(v) {
    if (Array.isArray(v))
        return [v];
    if (isObject(v))
        return Array.isArray(v.features) ? [v.features] : [v];
    throw new MalformedCapture('an instance is neither a JSON object nor an array');
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

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

;// CONCATENATED MODULE: ./src/core/drift/summary.ts



const EXAMPLES = 10;
function emptySummary(baseline) {
    return {
        records: 0,
        malformed: 0,
        malformedExamples: [],
        features: baseline.features.map((f) => ({
            present: 0,
            missing: 0,
            bins: new Array(f.type === 'numeric' ? f.edges.length + 1 : Object.keys(f.categories).length + 1).fill(0),
            unseen: 0,
            unseenExamples: [],
        })),
    };
}
/** Counts capture lines into a partial summary against a baseline. */
class SummaryBuilder {
    baseline;
    summary;
    names;
    categoryIndex;
    constructor(baseline) {
        this.baseline = baseline;
        this.summary = emptySummary(baseline);
        this.names = baseline.features.map((f) => f.name);
        this.categoryIndex = baseline.features.map((f) => f.type === 'categorical' ? new Map(Object.keys(f.categories).map((c, i) => [c, i])) : undefined);
    }
    /** One capture line; a line that cannot be read is counted and remembered, never thrown. */
    addLine(key, line, text) {
        if (!text.trim())
            return;
        try {
            const records = captureRecords(text);
            for (const r of records)
                this.checkShape(r);
            for (const r of records)
                this.addRecord(r);
        }
        catch (err) {
            if (!(err instanceof MalformedCapture))
                throw err;
            this.summary.malformed++;
            addExample(this.summary.malformedExamples, { key, line, reason: err.message }, compareLines);
        }
    }
    checkShape(r) {
        if (Array.isArray(r) && r.length !== this.names.length) {
            throw new MalformedCapture(`${r.length} values, the baseline has ${this.names.length} features`);
        }
    }
    addRecord(r) {
        const s = this.summary;
        s.records++;
        const positional = Array.isArray(r);
        for (let i = 0; i < this.names.length; i++) {
            const raw = positional ? r[i] : r[this.names[i]];
            const counts = s.features[i];
            const v = readValue(raw);
            const f = this.baseline.features[i];
            if (v === undefined || (f.type === 'numeric' && typeof v !== 'number')) {
                counts.missing++;
                continue;
            }
            counts.present++;
            if (f.type === 'numeric') {
                counts.bins[binOf(f.edges, v)]++;
                continue;
            }
            const category = categoryOf(v);
            const index = this.categoryIndex[i].get(category);
            if (index !== undefined) {
                counts.bins[index]++;
            }
            else {
                counts.bins[counts.bins.length - 1]++;
                counts.unseen++;
                addExample(counts.unseenExamples, category, compareText);
            }
        }
    }
}
/** Adds partial summaries (of the same baseline): associative and commutative. */
function mergeSummaries(a, b) {
    let examples = a.malformedExamples.slice();
    for (const e of b.malformedExamples)
        examples = withExample(examples, e, compareLines);
    return {
        records: a.records + b.records,
        malformed: a.malformed + b.malformed,
        malformedExamples: examples,
        features: a.features.map((fa, i) => {
            const fb = b.features[i];
            let unseenExamples = fa.unseenExamples.slice();
            for (const e of fb.unseenExamples)
                unseenExamples = withExample(unseenExamples, e, compareText);
            return {
                present: fa.present + fb.present,
                missing: fa.missing + fb.missing,
                bins: fa.bins.map((n, j) => n + fb.bins[j]),
                unseen: fa.unseen + fb.unseen,
                unseenExamples,
            };
        }),
    };
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareLines = (a, b) => compareText(a.key, b.key) || a.line - b.line;
/** Keeps the EXAMPLES smallest distinct items, sorted: the same set whatever the order they came in. */
function addExample(list, item, compare) {
    const next = withExample(list, item, compare);
    list.splice(0, list.length, ...next);
}
function withExample(list, item, compare) {
    if (list.length >= EXAMPLES && compare(item, list[list.length - 1]) >= 0)
        return list;
    if (list.some((x) => compare(x, item) === 0))
        return list;
    return [...list, item].sort(compare).slice(0, EXAMPLES);
}

;// CONCATENATED MODULE: ./src/core/drift/window.ts
/**
 * The capture files of a time window. SageMaker writes them under
 * `<DestinationS3Uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/` by the hour of the invocation (UTC), so
 * a window is read hour by hour: every hour that overlaps [end − window, end).
 */
function windowHours(endMs, windowMs) {
    const HOUR = 3_600_000;
    const first = Math.floor((endMs - windowMs) / HOUR) * HOUR;
    const hours = [];
    for (let t = first; t < endMs; t += HOUR) {
        const d = new Date(t);
        const two = (n) => String(n).padStart(2, '0');
        hours.push(`${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCHours())}/`);
    }
    return hours;
}
/** `s3://bucket/prefix` → bucket and prefix (no trailing slash). */
function splitS3Uri(uri) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!m)
        throw new Error(`not an S3 URI: ${uri}`);
    return { bucket: m[1], prefix: m[2].replace(/\/+$/, '') };
}
/** The key prefix of one endpoint variant's hour. */
function hourPrefix(prefix, endpoint, variant, hour) {
    return `${prefix ? `${prefix}/` : ''}${endpoint}/${variant}/${hour}`;
}

;// CONCATENATED MODULE: ./src/core/drift/check.ts



async function captureFiles(store, w) {
    let variants = w.variant ? [w.variant] : [];
    if (!w.variant) {
        const base = `${w.prefix ? `${w.prefix}/` : ''}${w.endpoint}/`;
        const { prefixes } = await store.listObjects(w.bucket, base, '/');
        variants = prefixes.map((p) => p.slice(base.length).replace(/\/$/, ''));
    }
    const keys = [];
    for (const variant of variants) {
        for (const hour of windowHours(w.endMs, w.windowMs)) {
            const { keys: found } = await store.listObjects(w.bucket, hourPrefix(w.prefix, w.endpoint, variant, hour));
            keys.push(...found.filter((k) => k.endsWith('.jsonl')));
        }
    }
    return keys;
}
const ATTEMPTS = 3;
const CONCURRENCY = 4;
/**
 * One partial summary per file, merged: files are read CONCURRENCY at a time, and a file whose
 * stream breaks is read again from the start (its partial summary thrown away), so no record is
 * lost or counted twice.
 */
async function summarizeFiles(store, bucket, keys, baseline, log) {
    let total = emptySummary(baseline);
    let next = 0;
    const worker = async () => {
        while (next < keys.length) {
            const key = keys[next++];
            const part = await summarizeFile(store, bucket, key, baseline, log);
            total = mergeSummaries(total, part);
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
    return total;
}
async function summarizeFile(store, bucket, key, baseline, log) {
    for (let attempt = 1;; attempt++) {
        const builder = new SummaryBuilder(baseline);
        try {
            let line = 0;
            for await (const batch of store.lines(bucket, key))
                for (const text of batch)
                    builder.addLine(key, ++line, text);
            return builder.summary;
        }
        catch (err) {
            if (attempt >= ATTEMPTS || !store.isTransient(err))
                throw err;
            log.info(`Reading s3://${bucket}/${key} again (attempt ${attempt + 1} of ${ATTEMPTS}): ${String(err)}`);
        }
    }
}
/** Publishes the datums in batches within CloudWatch's limits; returns the number of requests. */
async function publishDatums(gw, namespace, datums) {
    const batches = batchDatums(namespace, datums);
    for (const b of batches)
        await gw.putMetricData(namespace, b);
    return batches.length;
}
/** Creates or updates the alarm only when it differs: a second run with the same inputs changes nothing. */
async function ensureAlarm(gw, alarm) {
    const existing = await gw.describeAlarm(alarm.AlarmName);
    if (existing && alarmMatches(existing, alarm))
        return 'unchanged';
    await gw.putMetricAlarm(alarm);
    return existing ? 'updated' : 'created';
}

;// CONCATENATED MODULE: ./src/core/drift/psi.ts
/** Shares below this count as this in PSI, so an empty bin adds a large but finite term. */
const PSI_FLOOR = 1e-4;
/**
 * Population stability index of `actual` against `expected` shares over the same bins:
 * Σ (a − e) · ln(a / e), each share floored at PSI_FLOOR.
 */
function psi(expected, actual) {
    let sum = 0;
    for (let i = 0; i < expected.length; i++) {
        const e = Math.max(expected[i], PSI_FLOOR);
        const a = Math.max(actual[i], PSI_FLOOR);
        sum += (a - e) * Math.log(a / e);
    }
    return sum;
}
function featureDrift(baseline, summary) {
    return baseline.features.map((f, i) => {
        const c = summary.features[i];
        const expected = f.type === 'numeric' ? f.proportions.slice() : [...Object.values(f.categories), f.other];
        const actual = c.bins.map((n) => (c.present ? n / c.present : 0));
        const rows = c.present + c.missing;
        const missingRate = rows ? c.missing / rows : 0;
        return {
            name: f.name,
            type: f.type,
            psi: c.present ? round(psi(expected, actual)) : null,
            baselineMissingRate: f.missingRate,
            missingRate: round(missingRate),
            missingChange: round(Math.abs(missingRate - f.missingRate)),
            unseenRate: c.present ? round(c.unseen / c.present) : 0,
            unseenExamples: c.unseenExamples,
            expected,
            actual,
        };
    });
}
/**
 * The values thresholds name: `psi(f)`, `missing(f)` (missing-rate change), `unseen(f)` for each
 * feature, and `max_psi`, `records`, `malformed`.
 */
function driftMetrics(features, summary) {
    const metrics = {};
    for (const f of features) {
        metrics[`psi(${f.name})`] = f.psi;
        metrics[`missing(${f.name})`] = f.missingChange;
        metrics[`unseen(${f.name})`] = f.unseenRate;
    }
    metrics.max_psi = maxPsi(features);
    metrics.records = summary.records;
    metrics.malformed = summary.malformed;
    return metrics;
}
function maxPsi(features) {
    const values = features.map((f) => f.psi).filter((p) => p !== null);
    return values.length ? Math.max(...values) : null;
}
/** Rounded for reports and metrics (12 significant digits: floating noise off, nothing real lost). */
function round(n) {
    return Number(n.toPrecision(12));
}

// EXTERNAL MODULE: ./src/core/metrics/thresholds.ts
var thresholds = __webpack_require__(3173);
;// CONCATENATED MODULE: ./src/core/drift/render.ts

const fmt = (n) => (n === null ? '–' : Number(n.toPrecision(3)).toString());
const pct = (n) => `${Number((n * 100).toPrecision(3))}%`;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function headline(r) {
    const n = r.summary.records;
    if (r.outcome === 'insufficient-data') {
        return `⚠️ Drift check of ${r.endpoint}: too few records (${n} read, at least ${r.minRecords} needed)`;
    }
    if (r.outcome === 'drift') {
        const n = r.drifted.length;
        if (!n)
            return `❌ Drift check of ${r.endpoint} failed: ${r.outcomes
                .filter((o) => o.result === 'fail')
                .map((o) => o.threshold.text)
                .join('; ')}`;
        return `❌ Drift on ${r.endpoint}: ${n} feature${n === 1 ? '' : 's'} drifted (${r.drifted.join(', ')})`;
    }
    return `✅ No drift on ${r.endpoint} (${n} records)`;
}
/** The job summary: headline, what was read, thresholds, the per-feature table and a PSI chart. */
function renderDriftReport(r) {
    const s = r.summary;
    const parts = [
        `### ${headline(r)}`,
        '',
        `Window: ${r.window} · ${r.files} capture file${r.files === 1 ? '' : 's'} · ${s.records} records read · ` +
            `${s.malformed} malformed line${s.malformed === 1 ? '' : 's'} · baseline ${r.baseline}`,
        '',
    ];
    if (s.malformed)
        parts.push(malformedList(s.malformedExamples, s.malformed), '');
    if (r.outcome === 'insufficient-data')
        return parts.join('\n');
    if (r.outcomes.length) {
        parts.push('| Threshold | Result |', '| --- | --- |');
        for (const o of r.outcomes) {
            const result = o.result === 'pass' ? '✅ pass' : o.result === 'fail' ? `❌ ${o.reason ?? 'fail'}` : `⏭️ ${o.reason}`;
            parts.push(`| \`${cell(o.threshold.metric)} ${o.threshold.comparison} ${(0,thresholds/* boundText */.O6)(o.threshold.bound)}\` | ${cell(result)} |`);
        }
        parts.push('');
    }
    parts.push('| Feature | Type | PSI | Missing (baseline → now) | Unseen categories | |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of r.features) {
        const unseen = f.type === 'categorical' && f.unseenRate
            ? `${pct(f.unseenRate)} (${f.unseenExamples
                .slice(0, 3)
                .map((e) => `\`${cell(e)}\``)
                .join(', ')})`
            : '–';
        parts.push(`| ${cell(f.name)} | ${f.type} | ${fmt(f.psi)} | ${pct(f.baselineMissingRate)} → ${pct(f.missingRate)} | ${unseen} | ${r.drifted.includes(f.name) ? '❌ drifted' : ''} |`);
    }
    parts.push('', psiChart(r.features));
    return parts.join('\n');
}
function malformedList(examples, total) {
    const lines = examples.map((e) => `- \`${cell(e.key)}\` line ${e.line}: ${cell(e.reason)}`);
    const more = total > examples.length ? [`- … and ${total - examples.length} more`] : [];
    return [`Malformed capture lines (skipped, counted):`, ...lines, ...more].join('\n');
}
/** PSI per feature as a bar chart (the 20 largest, so the chart stays readable). */
function psiChart(features, maxBars = 20) {
    const shown = features
        .filter((f) => f.psi !== null)
        .sort((a, b) => b.psi - a.psi)
        .slice(0, maxBars);
    if (!shown.length)
        return '';
    const top = Math.max(0.3, ...shown.map((f) => f.psi)) * 1.1;
    return [
        '```mermaid',
        'xychart-beta',
        '  title "PSI per feature (0.1: watch, 0.2: drift)"',
        `  x-axis [${shown.map((f) => `"${f.name.replace(/["\n]/g, '')}"`).join(', ')}]`,
        `  y-axis 0 --> ${fmt(top)}`,
        `  bar [${shown.map((f) => fmt(f.psi)).join(', ')}]`,
        '```',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/drift/verdict.ts
var drift_verdict = __webpack_require__(4982);
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
    return parseBaseline(await readText(s3, workspace, l), (0,sources/* locationText */.fN)(l));
}
function fileError(path, err) {
    const code = err.code;
    return new errors/* UserError */.yo(`${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`}`);
}

// EXTERNAL MODULE: ./src/commands/drift-check/spec.ts + 1 modules
var spec = __webpack_require__(2185);
;// CONCATENATED MODULE: ./src/commands/drift-check/run.ts













async function run({ host, inputs, aws: awsInputs }) {
    const endpoint = inputs['endpoint-name'];
    const thresholds = inputs.thresholds ?? (0,drift_verdict/* parseDriftThresholds */.Ts)('thresholds', '');
    const minRecords = inputs['min-records'];
    const namespace = inputs.namespace;
    const alarmName = inputs['alarm-name'] ?? `${endpoint}-drift`;
    const aws = awsFor(host, awsInputs, spec/* spec */.I.action);
    const s3 = driftData(aws);
    const baseline = await readBaseline(s3, host.run.workspace, inputs.baseline);
    (0,drift_verdict/* checkThresholdFeatures */.PX)(thresholds, baseline);
    const { bucket, prefix } = splitS3Uri(inputs['capture-s3-uri']);
    const endMs = host.clock.now();
    const windowMs = inputs.window;
    const keys = await captureFiles(s3, { bucket, prefix, endpoint, variant: inputs.variant, endMs, windowMs });
    host.info(`Reading ${keys.length} capture file${keys.length === 1 ? '' : 's'} of ${endpoint} (${windowText(endMs, windowMs)}).`);
    const started = performance.now();
    const summary = await summarizeFiles(s3, bucket, keys, baseline, host);
    const seconds = (performance.now() - started) / 1000;
    host.info(`Read ${summary.records} records (${summary.malformed} malformed lines) in ${seconds.toFixed(1)} s: ` +
        `${Math.round(summary.records / Math.max(seconds, 1e-3))} records/s.`);
    host.setOutput('records-read', summary.records);
    host.setOutput('malformed-lines', summary.malformed);
    host.setOutput('files-read', keys.length);
    const features = featureDrift(baseline, summary);
    const metrics = driftMetrics(features, summary);
    const verdict = (0,drift_verdict/* driftVerdict */.Zk)(thresholds, metrics, features);
    const outcome = summary.records < minRecords
        ? 'insufficient-data'
        : verdict.drifted.length || verdict.outcomes.some((o) => o.result === 'fail')
            ? 'drift'
            : 'pass';
    const max = maxPsi(features);
    host.setOutput('outcome', outcome);
    host.setOutput('metrics', metrics);
    if (outcome !== 'insufficient-data') {
        host.setOutput('drifted-features', verdict.drifted);
        host.setOutput('max-psi', max === null ? '' : max);
    }
    const report = {
        endpoint,
        window: windowText(endMs, windowMs),
        baseline: (0,sources/* locationText */.fN)(inputs.baseline),
        files: keys.length,
        summary,
        minRecords,
        outcome,
        features,
        outcomes: verdict.outcomes,
        drifted: verdict.drifted,
    };
    await host.appendSummary(renderDriftReport(report));
    if (summary.malformed) {
        host.warning(`${summary.malformed} capture line${summary.malformed === 1 ? '' : 's'} could not be read and ${summary.malformed === 1 ? 'was' : 'were'} skipped (see the job summary).`);
    }
    const cloudwatch = cloudWatchMetrics(aws);
    if (inputs.alarm) {
        // Before the data: the first drifted datapoint is then already watched.
        const change = await ensureAlarm(cloudwatch, driftAlarm(alarmName, namespace, endpoint));
        host.setOutput('alarm-name', alarmName);
        host.info(`Alarm ${alarmName}: ${change}.`);
    }
    if (inputs['publish-metrics']) {
        // Too few records: only the count; a drift figure from a handful of records would move the alarm.
        const datums = driftDatums(endpoint, outcome === 'insufficient-data' ? [] : features, {
            maxPsi: outcome === 'insufficient-data' ? null : max,
            drifted: verdict.drifted.length,
            records: summary.records,
        }, new Date(endMs));
        const published = outcome === 'insufficient-data' ? datums.filter((d) => d.MetricName === 'RecordsRead') : datums;
        const requests = await publishDatums(cloudwatch, namespace, published);
        host.info(`Published ${published.length} metrics to ${namespace} in ${requests} request${requests === 1 ? '' : 's'}.`);
    }
    const line = headline(report);
    if (outcome === 'insufficient-data') {
        if (inputs['on-insufficient-data'] === 'fail')
            throw new errors/* UserError */.yo(line.replace(/^\S+ /, ''), 1);
        host.warning(line.replace(/^\S+ /, ''));
        return;
    }
    if (outcome === 'drift' && inputs['fail-on-drift'])
        throw new errors/* OutcomeError */.Rz(line.replace(/^\S+ /, ''));
    host.info(line.replace(/^\S+ /, ''));
}
function windowText(endMs, windowMs) {
    const iso = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    return `${iso(endMs - windowMs)} – ${iso(endMs)} UTC`;
}


/***/ })

};
