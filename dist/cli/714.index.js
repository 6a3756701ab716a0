export const id = 714;
export const ids = [714];
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

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/metrics/report.ts

/** SageMaker's model-quality sections (Model Monitor and pipeline evaluation steps write these). */
const QUALITY_SECTIONS = [
    'binary_classification_metrics',
    'multiclass_classification_metrics',
    'regression_metrics',
];
/** A report that cannot be read: names the file (a path or an S3 URI) and what is wrong. */
class ReportError extends errors/* UserError */.yo {
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

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/model-registry.ts





/** The model registry and S3, as the metrics report reads them. */
function modelRegistry(env, options) {
    const sagemaker = new client_sagemaker_dist_cjs/* SageMakerClient */.kHU((0,clients/* clientConfig */.yO)(env, 'SAGEMAKER', options));
    const s3 = new dist_cjs/* S3Client */.YxF((0,clients/* clientConfig */.yO)(env, 'S3', options));
    return {
        async describePackage(arn) {
            try {
                const p = await sagemaker.send(new client_sagemaker_dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: arn }));
                return {
                    arn: p.ModelPackageArn ?? arn,
                    group: p.ModelPackageGroupName,
                    version: p.ModelPackageVersion,
                    approvalStatus: p.ModelApprovalStatus,
                    statisticsUri: p.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
                };
            }
            catch (err) {
                if (err.name === 'ValidationException' ||
                    err.name === 'ResourceNotFound') {
                    throw new errors/* UserError */.yo(`model package ${arn} was not found: ${err.message}`, 1);
                }
                throw err;
            }
        },
        async latestApproved(group, except) {
            // Two are enough: the newest may be the candidate itself (approved before this report ran).
            const page = await sagemaker.send(new client_sagemaker_dist_cjs/* ListModelPackagesCommand */.MTG({
                ModelPackageGroupName: group,
                ModelApprovalStatus: 'Approved',
                ModelPackageType: 'Versioned',
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: 2,
            }));
            const found = (page.ModelPackageSummaryList ?? []).find((p) => p.ModelPackageArn && p.ModelPackageArn !== except);
            return found?.ModelPackageArn ? this.describePackage(found.ModelPackageArn) : undefined;
        },
        async registeredPackages(executionArn) {
            const out = [];
            let NextToken;
            do {
                const page = await sagemaker.send(new client_sagemaker_dist_cjs/* ListPipelineExecutionStepsCommand */.BTz({
                    PipelineExecutionArn: executionArn,
                    MaxResults: 100,
                    NextToken,
                }));
                for (const step of page.PipelineExecutionSteps ?? []) {
                    const arn = step.Metadata?.RegisterModel?.Arn;
                    if (arn)
                        out.push({ stepName: step.StepName ?? '', stepStatus: step.StepStatus ?? '', arn });
                }
                NextToken = page.NextToken;
            } while (NextToken);
            return out;
        },
        async getObject(bucket, key, uri) {
            try {
                const object = await s3.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
                return (await object.Body?.transformToString('utf-8')) ?? '';
            }
            catch (err) {
                const name = err.name;
                if (name === 'NoSuchKey' || name === 'NotFound')
                    throw new ReportError(uri, 'does not exist (NoSuchKey)');
                if (name === 'NoSuchBucket')
                    throw new ReportError(uri, 'does not exist (NoSuchBucket)');
                if (name === 'AccessDenied')
                    throw new ReportError(uri, 'cannot be read: access denied (s3:GetObject)');
                throw err;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/metrics/annotations.ts
/**
 * One failure annotation per failed threshold, on the line of `file` where the threshold is
 * written (found by its text; line 1 when the file cannot be read or does not hold it).
 */
function thresholdAnnotations(failed, path, fileText) {
    const lines = fileText?.split('\n') ?? [];
    return failed.map((o) => {
        const index = lines.findIndex((l) => l.includes(o.threshold.text));
        const line = index >= 0 ? index + 1 : 1;
        return {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: `Threshold failed: ${o.threshold.text}`,
            message: o.reason ?? `${o.threshold.text} failed`,
        };
    });
}
/** The workflow file's path in the repository, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
function workflowPath(workflowRef, repository) {
    if (!workflowRef || !repository)
        return undefined;
    const prefix = `${repository}/`;
    if (!workflowRef.startsWith(prefix))
        return undefined;
    const at = workflowRef.lastIndexOf('@');
    return workflowRef.slice(prefix.length, at > 0 ? at : undefined) || undefined;
}

;// CONCATENATED MODULE: ./src/core/metrics/directions.ts
const HIGHER = new Set([
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f0_5',
    'f1',
    'f2',
    'f1_score',
    'auc',
    'roc_auc',
    'pr_auc',
    'average_precision',
    'true_positive_rate',
    'true_negative_rate',
    'specificity',
    'sensitivity',
    'r2',
    'r_squared',
    'explained_variance',
    'map',
    'ndcg',
    'bleu',
    'rouge',
]);
const LOWER = new Set([
    'mae',
    'mse',
    'rmse',
    'mape',
    'smape',
    'msle',
    'rmsle',
    'medae',
    'log_loss',
    'logloss',
    'cross_entropy',
    'loss',
    'error',
    'error_rate',
    'false_positive_rate',
    'false_negative_rate',
    'wer',
    'cer',
    'perplexity',
    'latency',
]);
/**
 * The direction of a metric by its name, as SageMaker's model-quality reports spell them:
 * `weighted_f1`, `macro_recall`, `f1_best_constant_classifier` share their base metric's direction.
 */
function knownDirection(metric) {
    const base = metric
        .toLowerCase()
        .replace(/^(weighted|macro|micro|validation|test|train)_/, '')
        .replace(/_best_constant_classifier$/, '');
    if (HIGHER.has(base))
        return 'higher';
    if (LOWER.has(base))
        return 'lower';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/metrics/thresholds.ts

const COMPARISONS = ['>=', '<=', '>', '<'];
function tokenize(line) {
    const tokens = [];
    const kinds = [
        ['name', /^[A-Za-z_][A-Za-z0-9_.]*/],
        ['number', /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/],
        ['op', /^(?:>=|<=|==|!=|=>|=<|[<>=!+*/-])/],
        ['other', /^[^\s<>=!+*/-]+/],
    ];
    let i = 0;
    while (i < line.length) {
        if (/\s/.test(line[i])) {
            i++;
            continue;
        }
        const rest = line.slice(i);
        for (const [kind, re] of kinds) {
            const m = re.exec(rest);
            if (!m)
                continue;
            tokens.push({ kind, text: m[0], column: i + 1 });
            i += m[0].length;
            break;
        }
    }
    return tokens;
}
/**
 * Parses the `thresholds` input: one `metric comparison bound` per line, where comparison is
 * >=, <=, > or <, and bound is a number, `baseline`, or `baseline` with `+ n`, `- n` or `* n`.
 * Blank lines and `#` comments are ignored. An error names the line and the token.
 */
function parseThresholds(input, raw) {
    const out = [];
    raw.split('\n').forEach((rawLine, i) => {
        const text = rawLine.replace(/#.*$/, '').trim();
        if (!text)
            return;
        out.push(parseLine(input, text, i + 1));
    });
    return out;
}
function parseLine(input, text, line) {
    const tokens = tokenize(text);
    const fail = (token, expected) => {
        const where = token ? `'${token.text}' at column ${token.column}` : 'the end of the line';
        throw new errors/* InputError */.dz(input, `line ${line} ("${text}"): expected ${expected}, got ${where}`);
    };
    let i = 0;
    const next = () => tokens[i++];
    const metric = next();
    if (metric?.kind !== 'name' || metric.text === 'baseline')
        fail(metric, 'a metric name (e.g. accuracy)');
    const cmp = next();
    if (cmp?.kind !== 'op' || !COMPARISONS.includes(cmp.text)) {
        fail(cmp, `a comparison after '${metric.text}': one of ${COMPARISONS.join(', ')}`);
    }
    let first = next();
    let sign = 1;
    if (first?.kind === 'op' && first.text === '-' && tokens[i]?.kind === 'number') {
        sign = -1;
        first = next();
    }
    let bound;
    if (first?.kind === 'number') {
        bound = { kind: 'absolute', value: sign * Number(first.text) };
    }
    else if (first?.kind === 'name' && first.text === 'baseline') {
        const op = next();
        if (!op) {
            bound = { kind: 'baseline' };
        }
        else {
            if (op.kind !== 'op' || !['+', '-', '*'].includes(op.text))
                fail(op, "+, - or * after 'baseline'");
            const operand = next();
            if (operand?.kind !== 'number')
                fail(operand, `a number after '${op.text}'`);
            bound = { kind: 'baseline', op: op.text, operand: Number(operand.text) };
        }
    }
    else {
        fail(first, "a number or 'baseline' (e.g. 0.9, baseline - 0.01, baseline * 1.02)");
    }
    const rest = next();
    if (rest)
        fail(rest, 'the end of the line');
    return { line, text, metric: metric.text, comparison: cmp.text, bound: bound };
}
/** A threshold written `>`/`>=` says higher is better; `<`/`<=` says lower is better. */
function impliedDirection(t) {
    return t.comparison.startsWith('>') ? 'higher' : 'lower';
}
function boundText(b) {
    if (b.kind === 'absolute')
        return String(b.value);
    return b.op ? `baseline ${b.op} ${b.operand}` : 'baseline';
}
function evaluateThreshold(t, candidate, baseline) {
    let limit;
    if (t.bound.kind === 'absolute') {
        limit = t.bound.value;
    }
    else {
        if (!baseline)
            return { threshold: t, result: 'skipped', reason: 'no baseline model yet' };
        const base = baseline[t.metric];
        if (base === undefined || base === null) {
            return { threshold: t, result: 'skipped', reason: `the baseline has no value for ${t.metric}` };
        }
        const { op, operand = 0 } = t.bound;
        limit = round(op === '+' ? base + operand : op === '-' ? base - operand : op === '*' ? base * operand : base);
    }
    const value = candidate[t.metric];
    if (value === undefined)
        return { threshold: t, result: 'fail', limit, reason: `the candidate's report has no ${t.metric}` };
    if (value === null)
        return { threshold: t, result: 'fail', limit, reason: `the candidate's ${t.metric} is missing or NaN` };
    const ok = t.comparison === '>='
        ? value >= limit
        : t.comparison === '<='
            ? value <= limit
            : t.comparison === '>'
                ? value > limit
                : value < limit;
    return ok
        ? { threshold: t, result: 'pass', limit }
        : {
            threshold: t,
            result: 'fail',
            limit,
            reason: `${t.metric} ${value} is not ${t.comparison} ${round(limit)}`,
        };
}
/** Floating noise off a computed limit (0.91 - 0.01 = 0.9000000000000001). */
function round(n) {
    return Number(n.toPrecision(12));
}

;// CONCATENATED MODULE: ./src/core/metrics/compare.ts


function compareMetrics({ candidate, baseline, thresholds, directions = {}, }) {
    const outcomes = thresholds.map((t) => evaluateThreshold(t, candidate, baseline));
    const names = unique([
        ...Object.keys(candidate),
        ...thresholds.map((t) => t.metric),
        ...Object.keys(baseline ?? {}),
    ]);
    const rows = names.map((metric) => {
        const own = outcomes.filter((o) => o.threshold.metric === metric);
        const implied = own[0] ? impliedDirection(own[0].threshold) : undefined;
        const direction = directions[metric] ?? knownDirection(metric) ?? implied;
        const c = candidate[metric];
        const b = baseline?.[metric];
        const row = { metric, candidate: c, baseline: b, direction, verdict: 'none', outcomes: own };
        if (typeof c === 'number' && typeof b === 'number') {
            row.change = c - b;
            if (b !== 0)
                row.relativeChange = row.change / Math.abs(b);
            row.verdict = verdictOf(row.change, b, direction);
        }
        if (own.length)
            row.result = own.some((o) => o.result === 'fail')
                ? 'fail'
                : own.some((o) => o.result === 'pass')
                    ? 'pass'
                    : 'skipped';
        return row;
    });
    const failed = outcomes.filter((o) => o.result === 'fail');
    return {
        rows,
        outcomes,
        failed,
        conclusion: !thresholds.length ? 'neutral' : failed.length ? 'failure' : 'success',
        hasBaseline: baseline !== undefined,
    };
}
/** Changes smaller than a millionth of the baseline are noise from float formatting, not a change. */
function verdictOf(change, base, direction) {
    if (Math.abs(change) <= 1e-6 * Math.max(1, Math.abs(base)))
        return 'unchanged';
    if (!direction)
        return 'changed';
    return change > 0 === (direction === 'higher') ? 'improved' : 'regressed';
}
function unique(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/core/metrics/publish.ts
/** GitHub's most annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The token may not write (a pull request from a fork gets a read-only token): HTTP 403. */
class WriteRefusedError extends Error {
    name = 'WriteRefusedError';
}
/** The hidden marker that finds a report's comment again; one per report name. */
function commentMarker(reportName) {
    const key = reportName
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-');
    return `<!-- sagemaker-cicd:report-metrics:${key} -->`;
}
/**
 * Writes the check run (annotations in batches of 50: the first with the create, the rest as
 * updates) and the pull request comment, updated in place when its marker is found. Stops at the
 * first refused write: a read-only token refuses them all, and one warning is enough.
 */
async function publishReport(gh, req, log) {
    const result = {};
    try {
        if (req.sha) {
            const annotations = req.check.annotations ?? [];
            const batch = (i) => annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
            const created = await gh.createCheckRun({
                name: req.name,
                headSha: req.sha,
                conclusion: req.conclusion,
                output: { title: req.check.title, summary: req.check.summary, annotations: batch(0) },
                detailsUrl: req.detailsUrl,
                externalId: req.marker.replace(/^<!-- | -->$/g, ''),
            });
            result.checkRunId = created.id;
            result.checkRunUrl = created.url;
            for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
                await gh.updateCheckRun(created.id, {
                    title: req.check.title,
                    summary: req.check.summary,
                    annotations: batch(i),
                });
            }
            log.info(`Check run '${req.name}' (${req.conclusion}) on ${req.sha.slice(0, 7)}: ${created.url ?? created.id}`);
        }
        if (req.pullRequest) {
            const existing = await findComment(gh, req.pullRequest, req.marker);
            const comment = existing
                ? await gh.updateComment(existing.id, req.comment)
                : await gh.createComment(req.pullRequest, req.comment);
            result.commentId = comment.id;
            result.commentUrl = comment.url;
            result.commentAction = existing ? 'updated' : 'created';
            log.info(`${existing ? 'Updated' : 'Created'} the report comment on #${req.pullRequest}: ${comment.url ?? comment.id}`);
        }
    }
    catch (err) {
        if (!(err instanceof WriteRefusedError))
            throw err;
        result.refused = true;
    }
    return result;
}
async function findComment(gh, issue, marker) {
    for await (const page of gh.commentPages(issue)) {
        const found = page.find((c) => c.body?.includes(marker));
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/metrics/render.ts

/** GitHub's limit on a check run's output.summary and on an issue comment body. */
const GITHUB_TEXT_LIMIT = 65_535;
function formatValue(v) {
    if (v === undefined)
        return '—';
    if (v === null)
        return 'NaN / missing';
    return String(round(Number(v.toPrecision(4))));
}
function formatChange(row) {
    if (row.change === undefined)
        return '—';
    if (row.verdict === 'unchanged')
        return '= 0';
    const sign = row.change > 0 ? '+' : '−';
    const abs = formatValue(Math.abs(row.change));
    const pct = row.relativeChange === undefined ? '' : ` (${sign}${formatValue(Math.abs(row.relativeChange * 100))}%)`;
    const icon = row.verdict === 'improved' ? '🟢 ' : row.verdict === 'regressed' ? '🔴 ' : '';
    return `${icon}${sign}${abs}${pct}`;
}
function thresholdCell(o) {
    const t = o.threshold;
    const computed = t.bound.kind === 'baseline' && o.limit !== undefined ? ` (${formatValue(o.limit)})` : '';
    return `${t.comparison} ${boundText(t.bound)}${computed}`;
}
function resultCell(o) {
    if (o.result === 'pass')
        return '✅ pass';
    if (o.result === 'fail')
        return `❌ fail${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
    return `⏭️ skipped${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function tableRow(row) {
    const thresholds = row.outcomes.map(thresholdCell).join('<br>') || '';
    const results = row.outcomes.map(resultCell).join('<br>') || '';
    return `| ${escapeCell(row.metric)} | ${formatValue(row.candidate)} | ${formatValue(row.baseline)} | ${formatChange(row)} | ${thresholds} | ${results} |`;
}
function headline(name, c) {
    if (c.conclusion === 'neutral')
        return `${name}: no thresholds set`;
    if (c.conclusion === 'failure')
        return `${name}: ${c.failed.length} of ${c.outcomes.length} thresholds failed`;
    const skipped = c.outcomes.filter((o) => o.result === 'skipped').length;
    return `${name}: all thresholds passed${skipped ? ` (${skipped} skipped)` : ''}`;
}
const ICON = { success: '✅', failure: '❌', neutral: 'ℹ️' };
/**
 * The mermaid chart of candidate (bars) against baseline (line). Scores in [0, 1] share one
 * chart; metrics on other scales (rmse, mae...) get a second one, so neither is flattened.
 */
function mermaidCharts(rows, maxBars = 15) {
    const plotted = rows.filter((r) => typeof r.candidate === 'number');
    const scores = plotted.filter((r) => inUnit(r.candidate) && (r.baseline == null || inUnit(r.baseline)));
    const others = plotted.filter((r) => !scores.includes(r));
    return [
        chart('Scores', scores.slice(0, maxBars), true),
        chart('Other metrics', others.slice(0, maxBars), false),
    ]
        .filter(Boolean)
        .join('\n');
}
function inUnit(v) {
    return typeof v === 'number' && v >= 0 && v <= 1;
}
function chart(title, rows, unit) {
    if (!rows.length)
        return '';
    const values = rows
        .flatMap((r) => [r.candidate, r.baseline])
        .filter((v) => typeof v === 'number');
    const max = unit ? 1 : Math.max(...values) * 1.1 || 1;
    const min = unit ? 0 : Math.min(0, ...values);
    const withBaseline = rows.some((r) => typeof r.baseline === 'number');
    const label = withBaseline ? `${title}: candidate (bars) vs baseline (line)` : `${title}: candidate`;
    const num = (v) => typeof v === 'number' ? String(round(Number(v.toPrecision(6)))) : '0';
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${label}"`,
        `  x-axis [${rows.map((r) => `"${r.metric.replace(/["\n]/g, '')}"`).join(', ')}]`,
        `  y-axis ${num(min)} --> ${num(max)}`,
        `  bar [${rows.map((r) => num(r.candidate)).join(', ')}]`,
        ...(withBaseline ? [`  line [${rows.map((r) => num(r.baseline)).join(', ')}]`] : []),
        '```',
        '',
    ];
    return lines.join('\n');
}
/**
 * The report in markdown: headline, candidate and baseline, the table, the chart. When it would
 * exceed `maxChars`, rows are dropped (those without thresholds first, then from the end) and a
 * line says how many are not shown: the metrics output still holds them all.
 */
function renderReport(ctx, c, opts = {}) {
    const max = opts.maxChars ?? GITHUB_TEXT_LIMIT;
    const priority = [...c.rows].sort((a, b) => rank(a) - rank(b));
    let keep = c.rows.length;
    for (;;) {
        const kept = new Set(priority.slice(0, keep));
        const rows = c.rows.filter((r) => kept.has(r));
        const text = compose(ctx, c, rows, c.rows.length - rows.length, opts);
        if (text.length <= max || keep === 0)
            return text.length <= max ? text : text.slice(0, max);
        // Shrink fast while far over, then one row at a time.
        keep = text.length > max * 1.5 ? Math.floor(keep / 2) : keep - 1;
    }
}
function rank(r) {
    if (r.result === 'fail')
        return 0;
    if (r.outcomes.length)
        return 1;
    return 2;
}
function compose(ctx, c, rows, hidden, opts) {
    const parts = [];
    if (opts.prefix)
        parts.push(opts.prefix);
    parts.push(`### ${ICON[c.conclusion]} ${headline(ctx.name, c)}`, '');
    parts.push(`**Candidate:** \`${ctx.candidate}\`  `);
    parts.push(ctx.baseline
        ? `**Baseline:** \`${ctx.baseline}\`${ctx.baselineNote ? ` (${ctx.baselineNote})` : ''}`
        : `**Baseline:** none${ctx.noBaselineReason ? ` (${ctx.noBaselineReason})` : ''}; thresholds relative to the baseline are skipped`);
    parts.push('', '| Metric | Candidate | Baseline | Change | Threshold | Result |', '| --- | ---: | ---: | ---: | --- | --- |');
    parts.push(...rows.map(tableRow));
    if (hidden)
        parts.push('', `_${hidden} more metric${hidden === 1 ? '' : 's'} not shown (GitHub's size limit); the \`metrics\` output has them all._`);
    parts.push('', mermaidCharts(rows));
    if (opts.footer)
        parts.push(opts.footer);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/core/metrics/sources.ts


const PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}(?:\/\d+)?$/;
const EXECUTION_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:pipeline\/[^/]+\/execution\/[a-z0-9]+$/i;
const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;
const GROUP_NAME = /^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$/;
function packageArn(input, raw) {
    if (!PACKAGE_ARN.test(raw)) {
        throw new errors/* InputError */.dz(input, 'must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)', raw);
    }
    return raw;
}
function executionArn(input, raw) {
    if (!EXECUTION_ARN.test(raw)) {
        throw new errors/* InputError */.dz(input, 'must be a pipeline execution ARN (arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>)', raw);
    }
    return raw;
}
function groupName(input, raw) {
    const name = raw.replace(/^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package-group\//, '');
    if (!GROUP_NAME.test(name)) {
        throw new errors/* InputError */.dz(input, 'must be a model package group name (1-63 letters, digits and hyphens) or its ARN', raw);
    }
    return name;
}
/** `s3://bucket/key` or a workspace path. */
function reportLocation(input, raw) {
    if (raw.startsWith('s3://')) {
        const m = S3_URI.exec(raw);
        if (!m)
            throw new errors/* InputError */.dz(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
        return { kind: 's3', bucket: m[1], key: m[2], uri: raw };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
        throw new errors/* InputError */.dz(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
    return { kind: 'file', path: raw };
}
function locationText(l) {
    return l.kind === 's3' ? l.uri : l.path;
}
async function readReport(location, aws, readFile) {
    const text = location.kind === 's3'
        ? await aws.getObject(location.bucket, location.key, location.uri)
        : await readFile(location.path);
    return parseMetricsReport(text, locationText(location));
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
        throw new errors/* UserError */.yo(`pipeline execution ${arn} registered ${succeeded.length} model packages (${succeeded
            .map((s) => `${s.stepName}: ${s.arn}`)
            .join(', ')}); give the one to report as 'model-package-arn'`, 2);
    }
    throw new errors/* UserError */.yo(`pipeline execution ${arn} has no succeeded RegisterModel step, so no model package to report ` +
        '(the execution may still be running, or a condition step skipped registration)', 1);
}


// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/reports.ts


/** Check runs and pull request comments through Octokit; a 403 becomes WriteRefusedError. */
async function githubReports(token, repository, env, log, now) {
    const octokit = await (0,github_octokit/* createOctokit */.Q)(token, env, log);
    const [owner, repo] = repository.split('/');
    const refused = (err) => {
        const e = err;
        if (e.status === 403)
            throw new WriteRefusedError(e.message ?? 'Resource not accessible by integration');
        throw err;
    };
    const comment = (c) => ({
        id: c.id,
        body: c.body ?? undefined,
        url: c.html_url,
    });
    return {
        async createCheckRun(req) {
            const res = await octokit.rest.checks
                .create({
                owner,
                repo,
                name: req.name,
                head_sha: req.headSha,
                status: 'completed',
                conclusion: req.conclusion,
                completed_at: new Date(now()).toISOString(),
                output: req.output,
                ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
                ...(req.externalId ? { external_id: req.externalId } : {}),
            })
                .catch(refused);
            return { id: res.data.id, url: res.data.html_url ?? undefined };
        },
        async updateCheckRun(id, output) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: id, output }).catch(refused);
        },
        async *commentPages(issue) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100,
            });
            for await (const page of pages)
                yield page.data.map(comment);
        },
        async createComment(issue, body) {
            const res = await octokit.rest.issues
                .createComment({ owner, repo, issue_number: issue, body })
                .catch(refused);
            return comment(res.data);
        },
        async updateComment(id, body) {
            const res = await octokit.rest.issues
                .updateComment({ owner, repo, comment_id: id, body })
                .catch(refused);
            return comment(res.data);
        },
    };
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
;// CONCATENATED MODULE: ./src/commands/report-metrics/run.ts














const SOURCES = ['model-package-arn', 'evaluation-report', 'execution-arn'];
async function run(host) {
    // Every input is checked before the first AWS or GitHub call.
    const given = SOURCES.filter((s) => host.input(s));
    if (given.length !== 1) {
        throw new errors/* InputError */.dz(given[0] ?? 'model-package-arn', `needs exactly one source of metrics: one of ${SOURCES.join(', ')}${given.length ? ` (got ${given.join(' and ')})` : ''}`);
    }
    const source = given[0];
    const raw = host.input(source);
    const candidateSource = source === 'model-package-arn'
        ? { kind: 'package', arn: packageArn(source, raw) }
        : source === 'execution-arn'
            ? { kind: 'execution', arn: executionArn(source, raw) }
            : { kind: 'report', location: reportLocation(source, raw) };
    const baselineRaw = host.input('baseline');
    const baselineSource = !baselineRaw
        ? { kind: 'approved' }
        : baselineRaw.toLowerCase() === 'none'
            ? { kind: 'none' }
            : baselineRaw.startsWith('arn:')
                ? { kind: 'package', arn: packageArn('baseline', baselineRaw) }
                : { kind: 'report', location: reportLocation('baseline', baselineRaw) };
    const group = host.input('model-package-group')
        ? groupName('model-package-group', host.input('model-package-group'))
        : undefined;
    const thresholds = parseThresholds('thresholds', host.input('thresholds'));
    const directions = parseDirections(host.input('directions'));
    const checkName = host.input('check-name') || 'Model metrics';
    const requireReport = (0,inputs/* boolean */.zM)('require-report', host.input('require-report'), false);
    const failOnThreshold = (0,inputs/* boolean */.zM)('fail-on-threshold', host.input('fail-on-threshold'), true);
    const format = (0,inputs/* choice */.Yq)('format', host.input('format'), ['text', 'markdown'], 'text');
    const prInput = (0,inputs/* integer */.nd)('pull-request', host.input('pull-request'), undefined, { min: 1, max: 1e9 });
    const commit = host.input('commit');
    if (commit && !/^[0-9a-f]{40}$/i.test(commit))
        throw new errors/* InputError */.dz('commit', 'must be a full 40-character commit SHA', commit);
    const repository = host.input('repository') || host.run.repository;
    if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw new errors/* InputError */.dz('repository', 'must be owner/name', repository);
    const token = host.input('github-token') || (host.kind === 'cli' ? (host.env.GITHUB_TOKEN ?? '') : '');
    host.mask(token);
    const aws = modelRegistry(host.env, (0,aws_options/* awsOptions */.G)(host));
    const files = workspaceReader(host.run.workspace);
    // The candidate.
    let candidatePackage;
    let candidate;
    let candidateLabel;
    if (candidateSource.kind === 'report') {
        candidate = await readReport(candidateSource.location, aws, files);
        candidateLabel = locationText(candidateSource.location);
    }
    else {
        const arn = candidateSource.kind === 'package'
            ? candidateSource.arn
            : await executionPackage(candidateSource.arn, aws);
        candidatePackage = await aws.describePackage(arn);
        host.setOutput('model-package-arn', candidatePackage.arn);
        const metrics = await packageMetrics(candidatePackage, aws, files);
        if (!metrics) {
            throw new errors/* UserError */.yo(`model package ${candidatePackage.arn} has no model-quality report (ModelMetrics.ModelQuality.Statistics); ` +
                "register it with model metrics, or give the report as 'evaluation-report'", 1);
        }
        candidate = metrics;
        candidateLabel = candidatePackage.arn;
    }
    host.setOutput('metrics', candidate);
    // The baseline.
    const ctx = { name: checkName, candidate: candidateLabel };
    let baseline;
    if (baselineSource.kind === 'none') {
        ctx.noBaselineReason = 'baseline: none';
    }
    else if (baselineSource.kind === 'report') {
        baseline = await readReport(baselineSource.location, aws, files);
        ctx.baseline = locationText(baselineSource.location);
    }
    else {
        const groupOfCandidate = group ?? candidatePackage?.group;
        let info;
        if (baselineSource.kind === 'package')
            info = await aws.describePackage(baselineSource.arn);
        else if (groupOfCandidate)
            info = await aws.latestApproved(groupOfCandidate, candidatePackage?.arn);
        else
            ctx.noBaselineReason = "no 'model-package-group' to find the approved model in";
        if (info) {
            host.setOutput('baseline-model-package-arn', info.arn);
            baseline = (await packageMetrics(info, aws, files)) ?? {};
            ctx.baseline = info.arn;
            if (baselineSource.kind === 'approved')
                ctx.baselineNote = `latest Approved in ${groupOfCandidate}`;
            if (!info.statisticsUri)
                host.warning(`baseline model package ${info.arn} has no model-quality report; comparing with nothing`);
        }
        else if (groupOfCandidate) {
            ctx.noBaselineReason = `no Approved model package in group ${groupOfCandidate} yet: this is the first model`;
        }
    }
    host.setOutput('baseline-metrics', baseline ?? '');
    const comparison = compareMetrics({ candidate, baseline, thresholds, directions });
    host.setOutput('passed', comparison.failed.length === 0);
    host.setOutput('failed-thresholds', comparison.failed.map((o) => o.threshold.text));
    host.info(headline(checkName, comparison));
    for (const o of comparison.failed)
        host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);
    const summary = renderReport(ctx, comparison);
    await host.appendSummary(summary);
    if (format === 'markdown')
        process.stdout.write(`${summary}\n`);
    // GitHub: check run and pull request comment.
    const sha = commit || host.run.sha;
    const pullRequest = prInput ?? host.run.pullRequest?.number;
    if (!token || !repository || (!sha && !pullRequest)) {
        host.info('No GitHub token, repository or commit: the report is not posted to GitHub.');
    }
    else {
        const marker = commentMarker(checkName);
        const footer = `\n<sub>Reported by sagemaker-cicd for ${sha ? sha.slice(0, 7) : 'this pull request'}${host.run.runUrl ? ` in [this run](${host.run.runUrl})` : ''}.</sub>`;
        const path = workflowPath(host.env.GITHUB_WORKFLOW_REF, repository);
        const workflowText = path
            ? await (0,promises_.readFile)((0,external_node_path_.join)(host.run.workspace, path), 'utf8').catch(() => undefined)
            : undefined;
        const gh = await githubReports(token, repository, host.env, host, () => host.clock.now());
        const published = await publishReport(gh, {
            name: checkName,
            sha,
            pullRequest,
            conclusion: comparison.conclusion,
            check: {
                title: headline(checkName, comparison),
                summary,
                annotations: path ? thresholdAnnotations(comparison.failed, path, workflowText) : [],
            },
            comment: renderReport(ctx, comparison, { prefix: marker, footer }),
            marker,
            detailsUrl: host.run.runUrl,
        }, host);
        if (published.checkRunId)
            host.setOutput('check-run-id', published.checkRunId);
        if (published.commentId)
            host.setOutput('comment-id', published.commentId);
        if (published.refused) {
            const why = 'the token cannot write check runs or comments here (pull requests from forks get a read-only token); ' +
                'the report is in the job summary';
            if (requireReport)
                throw new errors/* OutcomeError */.Rz(`${why}, and 'require-report' is true`);
            host.warning(`${why}. Set 'require-report: true' to fail instead.`);
        }
    }
    if (comparison.failed.length && failOnThreshold) {
        throw new errors/* OutcomeError */.Rz(`${comparison.failed.length} threshold${comparison.failed.length === 1 ? '' : 's'} failed: ` +
            comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '));
    }
}
function parseDirections(raw) {
    const map = (0,inputs/* stringMap */.Qi)('directions', raw);
    const out = {};
    for (const [metric, value] of Object.entries(map)) {
        const v = value.trim().toLowerCase();
        if (v !== 'higher' && v !== 'lower') {
            throw new errors/* InputError */.dz('directions', `must map each metric to higher or lower; '${metric}' has`, value);
        }
        out[metric] = v;
    }
    return out;
}
/** Reads report files relative to the workspace, with a ReportError naming the file. */
function workspaceReader(workspace) {
    return async (path) => {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace, path), 'utf8');
        }
        catch (err) {
            const code = err.code;
            throw new ReportError(path, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`);
        }
    };
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6856);


/**
 * An Octokit for the GitHub REST API at GITHUB_API_URL (GitHub Enterprise Server included), with
 * retries on server errors and waits on rate limits. Loaded lazily: most steps never touch GitHub,
 * and this keeps them fast to start.
 */
async function createOctokit(token, env, log) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758));
    return getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        throttle: {
            onRateLimit: (retryAfter, options, _o, count) => {
                log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return count < 3;
            },
            onSecondaryRateLimit: (retryAfter, options) => {
                log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return true;
            },
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422] },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A);
}


/***/ })

};
