export const id = 7579;
export const ids = [7579];
export const modules = {

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(983);
/* harmony import */ var _core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4390);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6705);




const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineSpec */ .j)({
    action: 'drift-baseline',
    cli: ['drift', 'baseline'],
    title: 'SageMaker CI/CD: drift baseline',
    description: 'Compute the drift baseline of training data (CSV with a header or JSON Lines, streamed from S3 or the workspace): per feature its type, missing rate, quantile bins or category shares; or convert a Model Monitor statistics.json.',
    icon: 'sliders',
    inputs: {
        data: {
            kind: 'string',
            required: true,
            parse: _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLocation */ .mC,
            description: 'The training data: an S3 URI or workspace file, CSV with a header (.csv) or JSON Lines (.jsonl), or a Model Monitor statistics.json (.json) to convert.',
        },
        format: {
            kind: 'enum',
            choices: ['auto', 'csv', 'jsonl', 'statistics'],
            description: "How to read data; 'auto' goes by its extension (.csv, .jsonl or .ndjson, .json).",
            default: 'auto',
        },
        output: {
            kind: 'string',
            required: true,
            parse: _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLocation */ .mC,
            description: 'Where to write the baseline JSON: an S3 URI or a workspace file.',
        },
        bins: {
            kind: 'integer',
            min: 2,
            max: 100,
            unit: 'bins',
            description: 'Quantile bins per numeric feature (fewer when a feature has fewer distinct values).',
            default: '10',
        },
        'max-categories': {
            kind: 'integer',
            min: 1,
            max: 1000,
            unit: 'categories',
            description: 'Categories kept per categorical feature; rarer ones share an "other" bucket.',
            default: '50',
        },
        exclude: {
            kind: 'list',
            description: 'Columns that are not model inputs (the label), left out of the baseline.',
        },
        ..._core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        baseline: { description: 'Where the baseline was written (the output input).' },
        rows: { description: 'Rows read.' },
        features: { description: 'JSON list of the features: [{"name": "age", "type": "numeric"}, ...].' },
    },
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_TO_ASSUME */ .U, ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKSPACE */ .u },
    permissions: ['s3:GetObject', 's3:PutObject'],
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
