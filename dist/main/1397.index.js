export const id = 1397;
export const ids = [1397];
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

/***/ 1397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics/thresholds.ts
var thresholds = __webpack_require__(3173);
// EXTERNAL MODULE: ./src/core/inference/shadow-metrics.ts
var shadow_metrics = __webpack_require__(6675);
;// CONCATENATED MODULE: ./src/core/inference/shadow-thresholds.ts



const KNOWN = shadow_metrics/* VARIANT_METRICS */.q_;
/**
 * The shadow test's thresholds, in report-metrics' grammar: the left side is `shadow.<metric>`
 * or `agreement`, a bound a number or `production.<metric>` with `+`, `-` or `*` a number:
 * `shadow.p99_latency <= production.p99_latency * 1.1`, `shadow.error_rate <= 0.001`,
 * `agreement >= 0.98`. Each threshold's metric becomes the row it judges (`p99_latency`).
 */
function parseShadowThresholds(input, raw) {
    const known = `${KNOWN.map((m) => `shadow.${m}`).join(', ')} or ${shadow_metrics/* AGREEMENT */.Fr}`;
    return (0,thresholds/* parseThresholds */.S)(input, raw, { reference: 'production' }).map((t) => {
        const where = `line ${t.line} ("${t.text}")`;
        const metric = t.metric === shadow_metrics/* AGREEMENT */.Fr ? shadow_metrics/* AGREEMENT */.Fr : t.metric.replace(/^shadow\./, '');
        if (metric !== shadow_metrics/* AGREEMENT */.Fr && (!t.metric.startsWith('shadow.') || !KNOWN.includes(metric)))
            throw new errors/* InputError */.dz(input, `${where}: the left side must be one of ${known}, got '${t.metric}'`);
        if (t.bound.kind === 'baseline') {
            if (metric === shadow_metrics/* AGREEMENT */.Fr)
                throw new errors/* InputError */.dz(input, `${where}: agreement is measured across both variants; compare it with a number`);
            if (!KNOWN.includes(t.bound.metric ?? ''))
                throw new errors/* InputError */.dz(input, `${where}: the right side must be a number or production.<metric> (${KNOWN.join(', ')}), got '${t.bound.word}'`);
        }
        return { ...t, metric };
    });
}
/** agreement-tolerance: a number ≥ 0. */
function parseTolerance(input, raw) {
    const value = Number(raw.trim());
    if (!raw.trim() || !Number.isFinite(value) || value < 0)
        throw new errors/* InputError */.dz(input, 'must be a number ≥ 0 (how far two numeric outputs may differ and still agree)', raw);
    return value;
}

// EXTERNAL MODULE: ./src/core/inference/shadow.ts
var shadow = __webpack_require__(2999);
// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/commands/report-inputs.ts
var report_inputs = __webpack_require__(6782);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/shadow-test/check.ts

/** shadow-test's rules across inputs: agreement needs captured data. */
function checkShadow(i, _run) {
    const agreement = (i.thresholds ?? []).find((t) => t.metric === 'agreement');
    if (agreement && !i['data-capture-s3-uri'])
        throw new errors/* InputError */.dz('thresholds', `line ${agreement.line} ("${agreement.text}") needs data-capture-s3-uri: agreement is measured from the captured outputs`);
}

;// CONCATENATED MODULE: ./src/commands/shadow-test/spec.ts








const spec = (0,types/* defineSpec */.j)({
    action: 'shadow-test',
    cli: ['promote', 'shadow'],
    title: 'SageMaker CI/CD: shadow test',
    description: 'Run a candidate model package as a shadow of the production endpoint (a SageMaker inference experiment), compare it with production from CloudWatch and captured outputs against thresholds, report on the pull request, then promote it or remove it.',
    icon: 'copy',
    inputs: {
        'endpoint-name': {
            kind: 'string',
            parse: names/* endpointName */.zY,
            description: 'The production endpoint (InService, one instance-based production variant).',
            required: true,
        },
        'model-package-arn': {
            kind: 'string',
            parse: names/* modelPackageArn */.$t,
            description: 'The candidate model package (refused when Rejected or not Completed); promoted only when Approved.',
            required: true,
        },
        'execution-role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: "IAM role SageMaker assumes to host the candidate and run the experiment (the inference experiment's RoleArn).",
            required: true,
        },
        'sampling-percentage': {
            kind: 'integer',
            min: 1,
            max: 100,
            unit: 'percent',
            description: "Share of production's requests copied to the shadow (1-100).",
            default: '100',
        },
        duration: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 5 * 60_000,
            maxMs: shadow/* MAX_SCHEDULE_MS */.mW - shadow/* START_ALLOWANCE_MS */.xD - shadow/* DECIDE_ALLOWANCE_MS */.xE,
            description: 'How long the shadow serves copied traffic before it is judged (the schedule adds 1h to start and 1h to decide; at most 30 days in all).',
            default: '1h',
        },
        'instance-type': {
            kind: 'string',
            parse: names/* instanceType */.w,
            description: "The shadow's instance type; default: production's.",
        },
        'instance-count': {
            kind: 'integer',
            min: 1,
            max: 100,
            unit: 'instances',
            description: "The shadow's instance count; default: production's.",
        },
        'data-capture-s3-uri': {
            kind: 'string',
            pattern: /^(https|s3):\/\/[^/]+(\/.*)?$/,
            allowed: 'an s3://bucket/prefix URI',
            maxLength: 512,
            description: "Where the experiment captures both variants' requests and responses (DataStorageConfig); needed for agreement.",
        },
        thresholds: {
            kind: 'string',
            multiline: true,
            parse: parseShadowThresholds,
            description: "One per line, in report-metrics' grammar: 'shadow.p99_latency <= production.p99_latency * 1.1', 'shadow.error_rate <= 0.001', 'agreement >= 0.98'. Metrics: invocations, p50_latency, p90_latency, p99_latency (ms), error_rate, error_4xx_rate, error_5xx_rate; agreement.",
        },
        'agreement-tolerance': {
            kind: 'string',
            parse: parseTolerance,
            description: 'How far two numeric outputs may differ and still agree.',
            default: '0',
        },
        promote: {
            kind: 'boolean',
            description: "Promote the shadow when every threshold passes and the package is Approved (the approval gate); 'false' only judges it (the shadow is removed either way).",
            default: 'true',
        },
        'check-name': {
            kind: 'string',
            description: 'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
            default: 'Shadow test',
        },
        'github-token': {
            kind: 'string',
            secret: true,
            cliEnv: 'GITHUB_TOKEN',
            description: 'Token that writes the check run and the comment. The CLI reads GITHUB_TOKEN when it is not given.',
            default: '${{ github.token }}',
        },
        ...report_inputs/* REPORT_TARGET_INPUTS */.d,
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkShadow,
    outputs: {
        'experiment-name': { description: 'Name of the inference experiment (set as soon as it exists).' },
        'experiment-arn': { description: 'ARN of the inference experiment.' },
        'model-name': { description: "The candidate's SageMaker model." },
        metrics: {
            description: 'What was measured, as JSON: {"shadow": {...}, "production": {...}, "agreement": 0.99 | null}.',
        },
        passed: { description: "'true' when no threshold failed." },
        'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
        promoted: { description: "'true' when the shadow was promoted to production." },
        'endpoint-status': { description: "The endpoint's status after the test ended." },
        'check-run-id': { description: 'ID of the check run written.' },
        'comment-id': { description: 'ID of the pull request comment written or updated.' },
    },
    githubPermissions: {
        ...github_permissions/* ROLE_TO_ASSUME */.U,
        checks: { access: 'write', why: 'the check run on the commit' },
        'pull-requests': { access: 'write', why: 'the pull request comment, kept up to date' },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:DescribeModel',
        'sagemaker:CreateModel',
        'sagemaker:DescribeEndpoint',
        'sagemaker:DescribeEndpointConfig',
        'sagemaker:CreateInferenceExperiment',
        'sagemaker:DescribeInferenceExperiment',
        'sagemaker:StopInferenceExperiment',
        'cloudwatch:GetMetricData',
        's3:ListBucket',
        's3:GetObject',
        'iam:PassRole',
    ],
});


/***/ }),

/***/ 6675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ AGREEMENT),
/* harmony export */   NJ: () => (/* binding */ variantMetrics),
/* harmony export */   c3: () => (/* binding */ SHADOW_DIRECTIONS),
/* harmony export */   q_: () => (/* binding */ VARIANT_METRICS)
/* harmony export */ });
/* unused harmony export periodFor */
/** What a shadow test measures of each variant; latencies in milliseconds, rates in [0, 1]. */
const VARIANT_METRICS = [
    'invocations',
    'p50_latency',
    'p90_latency',
    'p99_latency',
    'error_rate',
    'error_4xx_rate',
    'error_5xx_rate',
];
/** Measured across the two variants: the share of captured requests both answered alike. */
const AGREEMENT = 'agreement';
const SHADOW_DIRECTIONS = {
    invocations: 'higher',
    p50_latency: 'lower',
    p90_latency: 'lower',
    p99_latency: 'lower',
    error_rate: 'lower',
    error_4xx_rate: 'lower',
    error_5xx_rate: 'lower',
    agreement: 'higher',
};
const STATS = [
    ['inv', 'Invocations', 'Sum'],
    ['e4', 'Invocation4XXErrors', 'Sum'],
    ['e5', 'Invocation5XXErrors', 'Sum'],
    ['p50', 'ModelLatency', 'p50'],
    ['p90', 'ModelLatency', 'p90'],
    ['p99', 'ModelLatency', 'p99'],
];
/**
 * The window as one period: a multiple of 60 s (of an hour past 14 days, which satisfies
 * GetMetricData's coarser rules for older data), so each query returns one value for the test.
 */
function periodFor(start, end) {
    const span = Math.max(60, Math.ceil((end - start) / 1000));
    const unit = span > 14 * 86_400 ? 3600 : 60;
    return Math.ceil(span / unit) * unit;
}
/**
 * Reads both variants' metrics from CloudWatch (namespace AWS/SageMaker, dimensions EndpointName
 * and VariantName) over the test's window, in one GetMetricData request: invocations, 4xx and 5xx
 * errors (sums, so rates are weighted by traffic) and ModelLatency percentiles (µs → ms).
 */
async function variantMetrics(gateway, endpointName, variants, window) {
    const queries = [];
    for (const [side, variantName] of Object.entries(variants))
        for (const [key, metricName, stat] of STATS)
            queries.push({ id: `${side}_${key}`, metricName, endpointName, variantName, stat });
    const start = Math.floor(window.start / 60_000) * 60_000;
    const values = await gateway.getMetricData(queries, start, window.end, periodFor(start, window.end));
    const sum = (id) => (values[id]?.length ? values[id].reduce((a, b) => a + b, 0) : undefined);
    // A percentile over several periods is not their mean: keep the worst, which never flatters.
    const worst = (id) => (values[id]?.length ? Math.max(...values[id]) : undefined);
    const of = (side) => {
        const inv = sum(`${side}_inv`) ?? 0;
        const e4 = sum(`${side}_e4`) ?? 0;
        const e5 = sum(`${side}_e5`) ?? 0;
        const ms = (id) => {
            const v = worst(id);
            return v === undefined ? null : round(v / 1000);
        };
        return {
            invocations: inv,
            p50_latency: ms(`${side}_p50`),
            p90_latency: ms(`${side}_p90`),
            p99_latency: ms(`${side}_p99`),
            error_rate: inv ? round((e4 + e5) / inv) : null,
            error_4xx_rate: inv ? round(e4 / inv) : null,
            error_5xx_rate: inv ? round(e5 / inv) : null,
        };
    };
    return { production: of('production'), shadow: of('shadow') };
}
function round(n) {
    return Number(n.toPrecision(6));
}


/***/ }),

/***/ 8858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ experimentName),
/* harmony export */   tK: () => (/* binding */ shadowVariantName)
/* harmony export */ });
/* unused harmony export EXPERIMENT_NAME */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5415);


/** InferenceExperiment Name: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$`. */
const EXPERIMENT_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/;
/**
 * The experiment's name, derived from the run like a transform job's (run id, attempt, job,
 * step): a retried step finds the experiment it started; a new attempt starts a new test.
 */
function experimentName(run, endpointName, settings) {
    const hash = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_1__/* .runScopedHash */ .m)(run, 'shadow-test', [endpointName, JSON.stringify(settings)]) ??
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
    const runPart = run.runId
        ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
        : '';
    const suffix = `-shadow${runPart}-${hash.slice(0, 8)}`;
    return `${endpointName.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
/** The shadow variant's name: `shadow`, unless production already has it. */
function shadowVariantName(production) {
    return production.toLowerCase() === 'shadow' ? 'shadow-candidate' : 'shadow';
}


/***/ }),

/***/ 2999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gG: () => (/* binding */ stopExperiment),
/* harmony export */   "if": () => (/* binding */ runShadow),
/* harmony export */   mW: () => (/* binding */ MAX_SCHEDULE_MS),
/* harmony export */   xD: () => (/* binding */ START_ALLOWANCE_MS),
/* harmony export */   xE: () => (/* binding */ DECIDE_ALLOWANCE_MS)
/* harmony export */ });
/* unused harmony exports stopAndRemove, endpointState */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _promotion_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9228);
/* harmony import */ var _wait_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4231);
/* harmony import */ var _wait_schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4032);
/* harmony import */ var _shadow_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8858);






/** SageMaker starts the test within this, then the step has as long again to decide before the schedule ends it. */
const START_ALLOWANCE_MS = 3_600_000;
const DECIDE_ALLOWANCE_MS = 3_600_000;
/** InferenceExperimentSchedule: at most 30 days. */
const MAX_SCHEDULE_MS = 30 * 86_400_000;
const ENDED = new Set(['Completed', 'Cancelled']);
/**
 * Starts (or finds, for a retried step) the shadow test on the endpoint: the candidate's model
 * made as deploy makes it, CreateInferenceExperiment with the production variant as it serves
 * and the candidate as shadow; waits until it has run `durationMs`. The schedule ends later
 * (start and decision allowances), so if this step dies SageMaker still ends the test and the
 * endpoint goes back to its production variant.
 */
async function runShadow(req, ctx) {
    const { gateway, log } = ctx;
    let experiment = await gateway.describeExperiment(req.experimentName);
    const attached = Boolean(experiment);
    let production;
    let shadow;
    if (experiment) {
        if (experiment.endpointName !== req.endpointName)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`inference experiment ${req.experimentName} exists on endpoint ${experiment.endpointName}, not ${req.endpointName}`);
        ({ production, shadow } = sides(experiment));
        log.info(`Shadow test ${req.experimentName} exists (an earlier try of this step started it): attaching to it (${experiment.status}).`);
    }
    else {
        (0,_promotion_model_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseUnusable */ .Ay)(await gateway.describeModelPackage(req.packageArn), req.packageArn);
        production = await productionVariant(req.endpointName, ctx);
        shadow = {
            modelName: req.modelName,
            variantName: (0,_shadow_names_js__WEBPACK_IMPORTED_MODULE_5__/* .shadowVariantName */ .tK)(production.variantName),
            instanceType: req.instanceType ?? production.instanceType,
            instanceCount: req.instanceCount ?? production.instanceCount,
        };
        await (0,_promotion_model_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureModel */ .aI)(gateway, log, req.modelName, req.packageArn, req.roleArn);
        ctx.onOutput('model-name', req.modelName);
        if (ctx.signal.aborted)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`cancelled before the shadow test started; endpoint ${req.endpointName} is untouched`);
        const start = ctx.clock.now();
        const end = Math.min(start + MAX_SCHEDULE_MS, start + req.durationMs + START_ALLOWANCE_MS + DECIDE_ALLOWANCE_MS);
        try {
            await gateway.createExperiment({
                name: req.experimentName,
                endpointName: req.endpointName,
                roleArn: req.roleArn,
                production,
                shadow,
                samplingPercentage: req.samplingPercentage,
                startTime: start,
                endTime: end,
                ...(req.captureS3Uri ? { captureS3Uri: req.captureS3Uri } : {}),
                description: `Shadow test of ${req.packageArn} by sagemaker-cicd`,
            });
        }
        catch (err) {
            // A create whose response was lost, retried: the experiment exists, and it is this one.
            if (!(await gateway.describeExperiment(req.experimentName).catch(() => undefined)))
                throw err;
        }
        log.info(`Started shadow test ${req.experimentName} on ${req.endpointName}: ${req.samplingPercentage}% of ${production.variantName}'s requests copied to ${shadow.variantName} ` +
            `(${shadow.instanceCount} × ${shadow.instanceType}) for ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(req.durationMs)}.`);
        experiment = await gateway.describeExperiment(req.experimentName);
        if (!experiment)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`inference experiment ${req.experimentName} was created but SageMaker does not find it`);
    }
    ctx.onOutput('experiment-name', experiment.name);
    ctx.onOutput('experiment-arn', experiment.arn);
    const window = await waitForRun(req, experiment, ctx, { production, shadow });
    return { experiment: window.experiment, production, shadow, window: window.window, attached };
}
/** The production variant, as the endpoint serves it: one instance-based variant, nothing else. */
async function productionVariant(endpointName, ctx) {
    const endpoint = await ctx.gateway.describeEndpoint(endpointName);
    if (!endpoint)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`endpoint ${endpointName} does not exist: a shadow test needs the production endpoint`);
    if (endpoint.status !== 'InService')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`endpoint ${endpointName} is ${endpoint.status}: a shadow test starts on an InService endpoint`);
    const variants = await ctx.gateway.configVariants(endpoint.configName);
    if (variants.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`endpoint ${endpointName} has ${variants.length} production variants: a shadow test needs exactly one (SageMaker allows one production and one shadow variant)`);
    const v = variants[0];
    if (!v.instanceType || !v.instanceCount)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`endpoint ${endpointName} is serverless: SageMaker runs shadow tests on instance-based endpoints only`);
    return {
        modelName: v.modelName,
        variantName: v.variantName,
        instanceType: v.instanceType,
        instanceCount: v.instanceCount,
    };
}
function sides(e) {
    const production = e.variants.find((v) => v.variantName === e.productionVariantName);
    const shadow = e.variants.find((v) => v.variantName === e.shadowVariantName);
    if (!production || !shadow)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`inference experiment ${e.name} is not a shadow test of two variants`);
    return { production, shadow };
}
async function waitForRun(req, initial, ctx, variants) {
    let last = initial;
    // When it started to run: first seen Running here, or, attached to a running one, its last change.
    let runningSince = initial.status === 'Running'
        ? (initial.lastModifiedTime ?? initial.scheduleStart ?? ctx.clock.now())
        : undefined;
    const startedAt = ctx.clock.now();
    const waited = await (0,_wait_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runWait */ .pT)({
        what: `shadow test ${req.experimentName}`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        // A backstop: the start has its own allowance (below), then the test runs its duration.
        timeoutMs: START_ALLOWANCE_MS + req.durationMs + 10 * 60_000,
        isTransient: ctx.isTransient,
        poll: async () => {
            const e = await ctx.gateway.describeExperiment(req.experimentName);
            if (!e)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`inference experiment ${req.experimentName} disappeared (deleted by someone else?)`);
            const changed = e.status !== last.status;
            if (changed)
                ctx.log.info(`Shadow test ${e.name}: ${e.status}${e.statusReason ? ` (${e.statusReason})` : ''}`);
            last = e;
            if (e.status === 'Running' && runningSince === undefined)
                runningSince = ctx.clock.now();
            const due = runningSince !== undefined && ctx.clock.now() >= runningSince + req.durationMs;
            const late = runningSince === undefined && ctx.clock.now() - startedAt >= START_ALLOWANCE_MS;
            return {
                done: ENDED.has(e.status) || (e.status === 'Running' && due) || late,
                changed,
                experiment: e,
                late,
            };
        },
        nextPollMs: (now) => runningSince === undefined
            ? (0,_wait_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .pollInterval */ .dq)({ kind: 'adaptive' }, now, { startTime: startedAt, steps: [] }, undefined)
            : Math.max(1000, Math.min(120_000, runningSince + req.durationMs - now)),
        progress: (o) => runningSince === undefined
            ? (o?.experiment.status ?? last.status)
            : `Running, ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, runningSince + req.durationMs - ctx.clock.now()))} to go`,
    });
    if (waited.ended === 'cancelled') {
        const state = await stopAndRemove(req, variants, ctx, 'Cancelled', 'cancelled with the workflow');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`cancelled: stopped shadow test ${req.experimentName}; ${state}`);
    }
    if (waited.ended === 'timeout' || waited.last?.late) {
        const state = await stopAndRemove(req, variants, ctx, 'Cancelled', 'did not run in time');
        const why = waited.last?.late
            ? `did not start running within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(START_ALLOWANCE_MS)} (still ${last.status})`
            : `was still ${last.status} when it should have been judged`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`shadow test ${req.experimentName} ${why}: stopped it; ${state}`);
    }
    const experiment = waited.last.experiment;
    if (ENDED.has(experiment.status)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`shadow test ${req.experimentName} ended ${experiment.status} before it was judged${experiment.statusReason ? ` (${experiment.statusReason})` : ''}; ` +
            `endpoint ${req.endpointName} is back on its production variant and nothing was promoted`);
    }
    return { experiment, window: { start: runningSince, end: ctx.clock.now() } };
}
/** Stops the test keeping production as it is and removing the shadow; says where the endpoint is. */
async function stopAndRemove(req, variants, ctx, desiredState, reason) {
    const stopped = await stopExperiment(ctx, {
        name: req.experimentName,
        actions: { [variants.production.variantName]: 'Retain', [variants.shadow.variantName]: 'Remove' },
        desiredState,
        reason,
    });
    const endpoint = await ctx.gateway.describeEndpoint(req.endpointName).catch(() => undefined);
    return `${stopped ? 'the shadow variant is being removed' : 'stopping it failed: stop it in the SageMaker console'}; ${endpointState(req.endpointName, endpoint, variants.production)}`;
}
function endpointState(name, endpoint, production) {
    const status = endpoint ? endpoint.status : 'in an unknown state';
    return `endpoint ${name} is ${status} and keeps serving production variant ${production.variantName} (model ${production.modelName})`;
}
/**
 * StopInferenceExperiment, idempotent: a stop whose response was lost (or an experiment already
 * stopping or ended) counts as done. False when it could not be stopped.
 */
async function stopExperiment(ctx, request) {
    try {
        await ctx.gateway.stopExperiment(request);
        return true;
    }
    catch (err) {
        const now = await ctx.gateway.describeExperiment(request.name).catch(() => undefined);
        if (now && (now.status === 'Stopping' || ENDED.has(now.status)))
            return true;
        ctx.log.warning(`could not stop shadow test ${request.name}: ${err.message}`);
        return false;
    }
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

/***/ 9228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ refuseUnusable),
/* harmony export */   aI: () => (/* binding */ ensureModel),
/* harmony export */   v_: () => (/* binding */ requireApproved)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * The SageMaker model for a deployment, made from the model package unless an earlier run made
 * it (the name carries the commit and settings, so a re-run finds its own model).
 */
async function ensureModel(gateway, log, name, packageArn, roleArn) {
    if (await gateway.modelExists(name)) {
        log.info(`Model ${name} exists (an earlier run made it); reusing it.`);
        return;
    }
    await gateway.createModel(name, packageArn, roleArn);
    log.info(`Created model ${name} from ${packageArn}.`);
}
/** Refuses, before any change, a model package that is not Approved and Completed. */
async function requireApproved(gateway, arn) {
    const pkg = await gateway.describeModelPackage(arn);
    if (pkg.approvalStatus !== 'Approved') {
        const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`model package ${arn} is ${pkg.approvalStatus}${why}, not Approved: approve it first (approve-promotion); nothing was deployed`);
    }
    if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot be deployed`);
    }
}
/**
 * A package that can run at all: registered (Completed) and not Rejected. Serving production
 * traffic asks more (requireApproved); a shadow test or a batch job is how a pending one is judged.
 */
function refuseUnusable(pkg, arn) {
    if (pkg.approvalStatus === 'Rejected') {
        const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`model package ${arn} is Rejected${why}: nothing was started`);
    }
    if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot run yet; nothing was started`);
    }
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
