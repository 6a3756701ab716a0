export const id = 1038;
export const ids = [1038];
export const modules = {

/***/ 6782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ REPORT_TARGET_INPUTS)
/* harmony export */ });
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3210);

/** Where a pull request report goes (report-metrics, shadow-test): the commit, the pull request, the repository. */
const REPORT_TARGET_INPUTS = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .p)({
    commit: {
        kind: 'string',
        pattern: /^[0-9a-f]{40}$/i,
        allowed: 'a full 40-character commit SHA',
        description: "The commit to put the check run on; defaults to the pull request's head or the workflow's commit.",
    },
    'pull-request': {
        kind: 'integer',
        min: 1,
        max: 1e9,
        description: 'The pull request to comment on; defaults to the one that triggered the workflow.',
    },
    repository: {
        kind: 'string',
        cliOnly: true,
        pattern: /^[\w.-]+\/[\w.-]+$/,
        allowed: 'owner/name',
        description: 'owner/name; defaults to CODEBUILD_SOURCE_REPO_URL or GITHUB_REPOSITORY.',
    },
});


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/metrics/sources.ts
var sources = __webpack_require__(983);
// EXTERNAL MODULE: ./src/core/metrics/thresholds.ts
var thresholds = __webpack_require__(3173);
// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/commands/report-inputs.ts
var report_inputs = __webpack_require__(6782);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/spec/arns.ts
var arns = __webpack_require__(5091);
;// CONCATENATED MODULE: ./src/commands/report-metrics/check.ts



const SOURCES = ['model-package-arn', 'evaluation-report', 'execution-arn'];
/** report-metrics' rules across inputs: exactly one candidate source, the baseline, the directions. */
function checkMetrics(i) {
    const given = SOURCES.filter((s) => i[s] !== undefined);
    if (given.length !== 1) {
        throw new errors/* InputError */.dz(given[0] ?? 'model-package-arn', `needs exactly one source of metrics: one of ${SOURCES.join(', ')}${given.length ? ` (got ${given.join(' and ')})` : ''}`);
    }
    const [pkg, execution, report] = [i['model-package-arn'], i['execution-arn'], i['evaluation-report']];
    const candidate = pkg
        ? { kind: 'package', arn: pkg }
        : execution
            ? { kind: 'execution', arn: execution }
            : { kind: 'report', location: report ?? (0,sources/* reportLocation */.mC)('evaluation-report', '') };
    return { candidate, baseline: baseline(i.baseline), directions: directions(i.directions) };
}
function baseline(raw) {
    if (!raw)
        return { kind: 'approved' };
    if (raw.toLowerCase() === 'none')
        return { kind: 'none' };
    if (raw.startsWith('arn:')) {
        if (!(0,arns/* isArn */.EH)('model-package', raw))
            throw new errors/* InputError */.dz('baseline', 'must be a model package ARN, a report, or none', raw);
        return { kind: 'package', arn: raw };
    }
    return { kind: 'report', location: (0,sources/* reportLocation */.mC)('baseline', raw) };
}
function directions(map) {
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

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/report-metrics/spec.ts







const spec = (0,types/* defineSpec */.j)({
    action: 'report-metrics',
    cli: ['metrics', 'report'],
    title: 'SageMaker CI/CD: report model metrics',
    description: "Compare a model's metrics with the approved model's, check thresholds, and report them on the pull request (check run, comment, job summary).",
    icon: 'bar-chart-2',
    inputs: {
        'model-package-arn': {
            kind: 'arn',
            resource: 'model-package',
            description: 'The candidate: a model package whose ModelMetrics.ModelQuality.Statistics report is read from S3. Give exactly one of model-package-arn, evaluation-report, execution-arn.',
        },
        'evaluation-report': {
            kind: 'string',
            parse: sources/* reportLocation */.mC,
            description: 'The candidate\'s report: an S3 URI or a workspace file with SageMaker\'s model-quality JSON or a flat {"metric": number} map.',
        },
        'execution-arn': {
            kind: 'arn',
            resource: 'pipeline-execution',
            description: 'The candidate: the model package registered by this pipeline execution (its RegisterModel step).',
        },
        'model-package-group': {
            kind: 'string',
            parse: sources/* groupName */.hv,
            description: "The group whose latest Approved package is the baseline; defaults to the candidate package's group.",
        },
        baseline: {
            kind: 'string',
            description: "The baseline: empty for the latest Approved package in the group, a model package ARN, an S3 URI or workspace file of a report, or 'none'.",
        },
        thresholds: {
            kind: 'string',
            multiline: true,
            parse: thresholds/* parseThresholds */.S,
            description: "One per line: 'accuracy >= 0.9', 'rmse <= 3.1', 'auc >= baseline - 0.01', 'f1 >= baseline * 1.02'. Comparisons: >=, <=, >, <; '#' starts a comment.",
        },
        directions: {
            kind: 'map',
            description: "Whether higher or lower is better for metrics the toolkit does not know, as a YAML map: '{latency_ms: lower}'.",
        },
        'check-name': {
            kind: 'string',
            description: 'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
            default: 'Model metrics',
        },
        'github-token': {
            kind: 'string',
            secret: true,
            cliEnv: 'GITHUB_TOKEN',
            description: 'Token that writes the check run (checks: write) and the comment (pull-requests: write). The CLI reads GITHUB_TOKEN when it is not given.',
            default: '${{ github.token }}',
        },
        'require-report': {
            kind: 'boolean',
            description: 'Fail when the check run or comment cannot be written (a read-only token, as on pull requests from forks).',
            default: 'false',
        },
        'fail-on-threshold': {
            kind: 'boolean',
            description: 'Fail the step when a threshold fails (the check run concludes failure either way).',
            default: 'true',
        },
        ...report_inputs/* REPORT_TARGET_INPUTS */.d,
        format: {
            kind: 'enum',
            cliOnly: true,
            choices: ['text', 'markdown'],
            description: "'markdown' prints the report on stdout (outputs are then not printed); 'text' prints outputs.",
            default: 'text',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkMetrics,
    cliQuiet: { input: 'format', value: 'markdown' },
    outputs: {
        metrics: {
            description: 'The candidate\'s metrics as JSON: {"accuracy": 0.93, ...}; null for a missing or NaN value.',
        },
        'baseline-metrics': {
            description: "The baseline's metrics as JSON, or empty when there is no baseline.",
        },
        passed: { description: "'true' when no threshold failed (also when there are none), else 'false'." },
        'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
        'model-package-arn': { description: 'The candidate model package (empty for a report file).' },
        'baseline-model-package-arn': { description: 'The baseline model package (empty when none).' },
        'check-run-id': { description: 'ID of the check run written.' },
        'comment-id': { description: 'ID of the pull request comment written or updated.' },
    },
    githubPermissions: {
        ...github_permissions/* ROLE_TO_ASSUME */.U,
        ...github_permissions/* WORKSPACE */.u,
        checks: { access: 'write', why: 'the check run on the commit' },
        'pull-requests': { access: 'write', why: 'the pull request comment, kept up to date' },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:ListModelPackages',
        'sagemaker:ListPipelineExecutionSteps',
        's3:GetObject',
    ],
});


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
