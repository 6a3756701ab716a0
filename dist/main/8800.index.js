export const id = 8800;
export const ids = [8800];
export const modules = {

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(983);
/* harmony import */ var _core_drift_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4982);
/* harmony import */ var _core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4390);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3210);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6705);





const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineSpec */ .j)({
    action: 'drift-check',
    cli: ['drift', 'check'],
    title: 'SageMaker CI/CD: check data drift',
    description: "Compare an endpoint's captured traffic over a time window with the training baseline (PSI per feature, missing values, unseen categories), publish the figures to CloudWatch and keep the drift alarm that starts retraining.",
    icon: 'activity',
    inputs: {
        baseline: {
            kind: 'string',
            required: true,
            parse: _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLocation */ .mC,
            description: 'The baseline: an S3 URI or workspace file written by drift-baseline, or a Model Monitor statistics.json.',
        },
        'endpoint-name': {
            kind: 'string',
            required: true,
            pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
            allowed: 'a SageMaker endpoint name (1-63 letters, digits and hyphens)',
            description: 'The endpoint whose captured requests are checked.',
        },
        'capture-s3-uri': {
            kind: 'string',
            required: true,
            pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/,
            allowed: 'an s3://bucket/prefix URI',
            maxLength: 512,
            description: "Where the endpoint's data capture goes (deploy's data-capture-s3-uri); files are read from <uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/.",
        },
        variant: {
            kind: 'string',
            pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
            allowed: 'a production variant name (1-63 letters, digits and hyphens)',
            description: 'Only this production variant; by default every variant that captured.',
        },
        window: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 3_600_000,
            maxMs: 31 * 24 * 3_600_000,
            description: 'How far back from now to read captured traffic (whole hours: capture is filed by the hour); a bare number is minutes; 1h to 31 days.',
            default: '24h',
        },
        thresholds: {
            kind: 'string',
            multiline: true,
            parse: _core_drift_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDriftThresholds */ .Ts,
            description: "One per line, as report-metrics writes them: 'psi(age) <= 0.2', 'max_psi <= 0.25', 'missing(income) <= 0.05', 'unseen(city) <= 0.01'. Default: 'max_psi <= 0.2'.",
        },
        'min-records': {
            kind: 'integer',
            min: 1,
            max: 1_000_000_000,
            unit: 'records',
            description: 'Fewer records than this in the window is its own outcome (insufficient-data), not a pass.',
            default: '100',
        },
        'on-insufficient-data': {
            kind: 'enum',
            choices: ['fail', 'warn'],
            description: "Too few records: 'fail' the step or only 'warn' (outcome insufficient-data either way).",
            default: 'fail',
        },
        'fail-on-drift': {
            kind: 'boolean',
            description: 'Fail the step when a threshold fails (metrics and alarm are published first).',
            default: 'true',
        },
        'publish-metrics': {
            kind: 'boolean',
            description: 'Publish PSI, missing-rate change, max PSI, drifted features and records read to CloudWatch.',
            default: 'true',
        },
        namespace: {
            kind: 'string',
            pattern: /^(?!AWS\/)[A-Za-z0-9._\-/# ][A-Za-z0-9._\-/#: ]{0,254}$/,
            allowed: "a CloudWatch namespace (1-255 letters, digits, . _ - / # : and spaces, not starting with ':' or 'AWS/')",
            description: 'CloudWatch namespace of the metrics.',
            default: 'SageMakerCICD/Drift',
        },
        alarm: {
            kind: 'boolean',
            description: "Create or update the CloudWatch alarm on the drifted-features metric (a second run changes nothing); create-trigger's drift kind starts retraining when it fires.",
            default: 'false',
        },
        'alarm-name': {
            kind: 'string',
            pattern: /^[^\p{Cc}]{1,255}$/u,
            allowed: 'a CloudWatch alarm name (1-255 characters, no control characters)',
            description: "The alarm's name (the drift trigger's alarm-name); default <endpoint-name>-drift.",
        },
        ..._core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        outcome: { description: "'pass', 'drift' or 'insufficient-data'." },
        'drifted-features': { description: 'JSON list of the features a failed threshold names.' },
        'max-psi': { description: 'The largest PSI of any feature (empty when no feature had values).' },
        'records-read': { description: "Records read from the window's capture files." },
        'malformed-lines': { description: 'Capture lines that could not be read (skipped and counted).' },
        'files-read': { description: 'Capture files read.' },
        metrics: {
            description: 'Every figure as JSON: {"psi(age)": 0.03, "missing(age)": 0, "max_psi": 0.03, ...}.',
        },
        'alarm-name': { description: 'The drift alarm (when alarm is true).' },
    },
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLE_TO_ASSUME */ .U, ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .u },
    permissions: [
        's3:GetObject',
        's3:ListBucket',
        'cloudwatch:PutMetricData',
        'cloudwatch:DescribeAlarms',
        'cloudwatch:PutMetricAlarm',
    ],
});


/***/ }),

/***/ 4982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ checkThresholdFeatures),
/* harmony export */   Ts: () => (/* binding */ parseDriftThresholds),
/* harmony export */   Zk: () => (/* binding */ driftVerdict)
/* harmony export */ });
/* unused harmony export DEFAULT_THRESHOLDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _metrics_thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3173);


/** What a threshold of a drift check may name: a statistic of one feature, or of the whole window. */
const PER_FEATURE = /^(psi|missing|unseen)\((.+)\)$/;
const WINDOW = ['max_psi', 'records', 'malformed'];
/** Applied when the `thresholds` input is empty: PSI above 0.2 is commonly read as a real shift. */
const DEFAULT_THRESHOLDS = 'max_psi <= 0.2';
/** report-metrics' grammar, for drift's names; a bound relative to `baseline` means nothing here. */
function parseDriftThresholds(input, raw) {
    const parsed = (0,_metrics_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholds */ .S)(input, raw.trim() ? raw : DEFAULT_THRESHOLDS);
    for (const t of parsed) {
        if (!PER_FEATURE.test(t.metric) && !WINDOW.includes(t.metric)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${t.line} ("${t.text}"): names psi(feature), missing(feature), unseen(feature), ${WINDOW.join(', ')}`, t.metric);
        }
        if (t.bound.kind !== 'absolute') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${t.line} ("${t.text}"): compares with a number, not 'baseline'`);
        }
    }
    return parsed;
}
/** A threshold naming a feature the baseline does not have is a mistake the user should hear about. */
function checkThresholdFeatures(thresholds, baseline) {
    const names = new Set(baseline.features.map((f) => f.name));
    for (const t of thresholds) {
        const feature = PER_FEATURE.exec(t.metric)?.[2];
        if (feature !== undefined && !names.has(feature)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`threshold '${t.text}' names feature '${feature}', which the baseline does not have (it has: ${[...names].join(', ')})`, 2);
        }
    }
}
function driftVerdict(thresholds, metrics, features) {
    const outcomes = thresholds.map((t) => (0,_metrics_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThreshold */ .l2)(t, metrics, undefined));
    const drifted = new Set();
    for (const o of outcomes) {
        if (o.result !== 'fail')
            continue;
        const feature = PER_FEATURE.exec(o.threshold.metric)?.[2];
        if (feature !== undefined)
            drifted.add(feature);
        if (o.threshold.metric === 'max_psi') {
            for (const f of features) {
                if (f.psi !== null && !evaluatePsi(o.threshold, f.psi))
                    drifted.add(f.name);
            }
        }
    }
    return { outcomes, drifted: features.map((f) => f.name).filter((n) => drifted.has(n)) };
}
function evaluatePsi(t, value) {
    return (0,_metrics_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThreshold */ .l2)(t, { [t.metric]: value }, undefined).result === 'pass';
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

/***/ 3173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   O6: () => (/* binding */ boundText),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   a6: () => (/* binding */ impliedDirection),
/* harmony export */   l2: () => (/* binding */ evaluateThreshold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const COMPARISONS = ['>=', '<=', '>', '<'];
function tokenize(line) {
    const tokens = [];
    const kinds = [
        // `psi(age)`, `missing(income)`: a statistic of one feature (drift check) is one name.
        ['name', /^[A-Za-z_][A-Za-z0-9_.]*(?:\([^()\s]+\))?/],
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
function parseThresholds(input, raw, grammar) {
    const out = [];
    raw.split('\n').forEach((rawLine, i) => {
        const text = rawLine.replace(/#.*$/, '').trim();
        if (!text)
            return;
        out.push(parseLine(input, text, i + 1, grammar));
    });
    return out;
}
function parseLine(input, text, line, grammar) {
    const prefix = grammar ? `${grammar.reference}.` : undefined;
    const isReference = (t) => t?.kind === 'name' &&
        (prefix ? t.text.startsWith(prefix) && t.text.length > prefix.length : t.text === 'baseline');
    const refWord = prefix ? `${prefix}<metric>` : "'baseline'";
    const tokens = tokenize(text);
    const fail = (token, expected) => {
        const where = token ? `'${token.text}' at column ${token.column}` : 'the end of the line';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${line} ("${text}"): expected ${expected}, got ${where}`);
    };
    let i = 0;
    const next = () => tokens[i++];
    const metric = next();
    if (metric?.kind !== 'name' || isReference(metric))
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
    else if (isReference(first)) {
        const ref = prefix ? { metric: first.text.slice(prefix.length), word: first.text } : {};
        const op = next();
        if (!op) {
            bound = { kind: 'baseline', ...ref };
        }
        else {
            if (op.kind !== 'op' || !['+', '-', '*'].includes(op.text))
                fail(op, `+, - or * after '${first.text}'`);
            const operand = next();
            if (operand?.kind !== 'number')
                fail(operand, `a number after '${op.text}'`);
            bound = { kind: 'baseline', op: op.text, operand: Number(operand.text), ...ref };
        }
    }
    else {
        fail(first, prefix
            ? `a number or ${refWord} (e.g. 0.001, ${prefix}p99_latency * 1.1)`
            : "a number or 'baseline' (e.g. 0.9, baseline - 0.01, baseline * 1.02)");
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
    const word = b.word ?? 'baseline';
    return b.op ? `${word} ${b.op} ${b.operand}` : word;
}
function evaluateThreshold(t, candidate, baseline) {
    let limit;
    if (t.bound.kind === 'absolute') {
        limit = t.bound.value;
    }
    else {
        if (!baseline)
            return { threshold: t, result: 'skipped', reason: 'no baseline model yet' };
        const of = t.bound.metric ?? t.metric;
        const base = baseline[of];
        if (base === undefined || base === null) {
            return { threshold: t, result: 'skipped', reason: `the baseline has no value for ${of}` };
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
