export const id = 469;
export const ids = [469,705,812];
export const modules = {

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec_spec)
});

// EXTERNAL MODULE: ./src/core/pipelines/names.ts
var names = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/commands/wait-pipeline/spec.ts
var spec = __webpack_require__(4812);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/check.ts




/** The rules across start-pipeline's inputs, and the defaults that depend on the run. */
function checkStart(i, run) {
    const definition = i['definition-file'] ? readDefinition(i['definition-file'], run.workspace) : undefined;
    if (definition && !i['role-arn'])
        throw new errors/* InputError */.dz('role-arn', 'is required with definition-file: the IAM role the pipeline runs as');
    return {
        displayName: (0,start/* displayName */.QC)('display-name', i['display-name'] ?? '', run),
        description: (0,start/* description */.h_)('description', i.description ?? '', run),
        ...(definition ? { definition } : {}),
    };
}
function readDefinition(file, workspace) {
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workspace, file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz('definition-file', `must be a readable file (${err.code ?? 'unreadable'})`, file);
    }
    try {
        const doc = JSON.parse(text);
        if (!doc || typeof doc !== 'object' || !Array.isArray(doc.Steps))
            throw new Error('no Steps list');
    }
    catch (err) {
        throw new errors/* InputError */.dz('definition-file', `must be a pipeline definition JSON with a Steps list (${err.message})`, file);
    }
    if (text.length > 1_048_576)
        throw new errors/* InputError */.dz('definition-file', 'must be at most 1 MiB (the API limit)', file);
    return text;
}

;// CONCATENATED MODULE: ./src/commands/start-pipeline/spec.ts





const spec_spec = (0,types/* defineSpec */.j)({
    action: 'start-pipeline',
    cli: ['pipeline', 'start'],
    title: 'SageMaker CI/CD: start pipeline',
    description: "Start a SageMaker pipeline execution (idempotently: a retried step never starts a second one), after checking the parameters against the pipeline's definition; optionally create or update the pipeline first, and wait.",
    icon: 'play',
    inputs: {
        'pipeline-name': {
            kind: 'string',
            parse: names/* pipelineName */.a,
            description: 'Name or ARN of the SageMaker pipeline.',
            required: true,
        },
        parameters: {
            kind: 'map',
            description: 'Pipeline parameters as a YAML or JSON map, e.g. {TrainingImage: ..., InputData: s3://...}. Checked against the definition.',
        },
        'display-name': {
            kind: 'string',
            description: 'Execution display name (1-82 letters, digits, hyphens). Default: <repo>-<sha7>-run-<run id>-<attempt>.',
        },
        description: {
            kind: 'string',
            multiline: true,
            maxLength: 3072,
            description: 'Execution description (up to 3072 characters). Default: repository, commit, actor and run URL.',
        },
        'max-parallel-steps': {
            kind: 'integer',
            min: 1,
            max: 1000,
            description: "At most this many steps run at once (ParallelismConfiguration); default: the pipeline's.",
        },
        'definition-file': {
            kind: 'string',
            description: 'A pipeline definition JSON file: the pipeline is created, or updated when the definition differs, before starting.',
        },
        'role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'The IAM role the pipeline runs as; required with definition-file.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end, as wait-pipeline does.',
            default: 'false',
        },
        ...spec.WAIT_INPUTS,
    },
    // Every input is checked, the wait options too, even when it does not wait.
    check: checkStart,
    outputs: {
        'execution-arn': { description: 'ARN of the execution, set as soon as it exists.' },
        'execution-url': { description: 'Link to the execution in the SageMaker console.' },
        'pipeline-changed': {
            description: "With definition-file: 'created', 'updated' or 'unchanged'; empty otherwise.",
        },
        ...spec.WAIT_OUTPUTS,
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'sagemaker:DescribePipeline',
        'sagemaker:StartPipelineExecution',
        'sagemaker:CreatePipeline',
        'sagemaker:UpdatePipeline',
        'iam:PassRole',
        ...spec.WAIT_PERMISSIONS,
    ],
});


/***/ }),

/***/ 4812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WAIT_INPUTS: () => (/* binding */ WAIT_INPUTS),
/* harmony export */   WAIT_OUTPUTS: () => (/* binding */ WAIT_OUTPUTS),
/* harmony export */   WAIT_PERMISSIONS: () => (/* binding */ WAIT_PERMISSIONS),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5091);
/* harmony import */ var _core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4390);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3210);
/* harmony import */ var _core_pipelines_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5018);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6705);





/** Inputs that decide how a wait behaves: shared with start-pipeline's `wait: true`. */
const WAIT_INPUTS = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineInputs */ .p)({
    'timeout-minutes': {
        kind: 'duration',
        bareUnit: 'minutes',
        minMs: 60_000,
        maxMs: 72 * 3_600_000,
        description: 'Give up after this long: exit code 3, and stop the executions when stop-on-cancel is true.',
        default: '360',
    },
    'poll-interval': {
        kind: 'duration',
        bareUnit: 'seconds',
        minMs: 5_000,
        maxMs: 600_000,
        words: ['adaptive'],
        description: "'adaptive' (dense near the start and near the times the previous successful execution's steps ended, sparse between), or a fixed interval.",
        default: 'adaptive',
    },
    'fail-on': {
        kind: 'list',
        choices: _core_pipelines_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON */ .d$,
        description: 'What fails the step, comma-separated: failed, stopped, condition-false.',
        default: 'failed, stopped',
    },
    'stop-on-cancel': {
        kind: 'boolean',
        description: 'When the workflow is cancelled or the wait times out, stop the executions waited on (StopPipelineExecution).',
        default: 'true',
    },
    ..._core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
});
const WAIT_OUTPUTS = {
    status: {
        description: 'Final status: Succeeded, Failed or Stopped (with several executions, the worst); Executing after a timeout.',
    },
    conditions: { description: 'JSON map of condition step name to outcome, e.g. {"CheckAccuracy": "True"}.' },
    'condition-outcome': {
        description: "'true' or 'false' when the pipeline has exactly one condition step; empty otherwise.",
    },
    'model-package-arn': {
        description: 'ARN of the model package a RegisterModel step registered (empty when none).',
    },
    steps: { description: 'JSON list of steps: name, type, status, start, end, failureReason.' },
    executions: {
        description: 'JSON list, one entry per execution waited on: arn, status, conditions, modelPackageArn. The outputs above describe the first one.',
    },
};
const WAIT_PERMISSIONS = [
    'sagemaker:DescribePipelineExecution',
    'sagemaker:ListPipelineExecutions',
    'sagemaker:ListPipelineExecutionSteps',
    'sagemaker:DescribePipelineDefinitionForExecution',
    'sagemaker:StopPipelineExecution',
];
const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineSpec */ .j)({
    action: 'wait-pipeline',
    cli: ['pipeline', 'wait'],
    title: 'SageMaker CI/CD: wait for pipeline executions',
    description: 'Wait for SageMaker pipeline executions to end, log their steps, and output their status, condition outcomes and registered model.',
    icon: 'clock',
    inputs: {
        'execution-arn': {
            kind: 'list',
            pattern: _core_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .ARNS */ .N['pipeline-execution'].pattern,
            allowed: _core_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .ARNS */ .N['pipeline-execution'].shape,
            description: 'ARN of the pipeline execution to wait on; several, one per line.',
            required: true,
        },
        ...WAIT_INPUTS,
    },
    outputs: WAIT_OUTPUTS,
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLE_TO_ASSUME */ .U },
    permissions: WAIT_PERMISSIONS,
});


/***/ }),

/***/ 9016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ executionConsoleUrl),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   uY: () => (/* binding */ executionId),
/* harmony export */   wI: () => (/* binding */ executionsTable)
/* harmony export */ });
const STATUS_ICON = {
    Executing: '🔄',
    Stopping: '⏹️',
    Stopped: '⏹️',
    Failed: '❌',
    Succeeded: '✅',
    Starting: '🔄',
};
/** The job-summary table of a pipeline's recent executions, newest first. */
function executionsTable(pipeline, executions, consoleUrl) {
    if (!executions.length)
        return `### Pipeline \`${pipeline}\`\n\nNo executions yet.\n`;
    const rows = executions.map((e) => `| ${STATUS_ICON[e.status] ?? ''} ${e.status} | [${e.displayName ?? executionId(e.arn)}](${consoleUrl(e.arn)}) | ${e.startTime ?? ''} |`);
    return [
        `### Pipeline \`${pipeline}\``,
        '',
        '| Status | Execution | Started |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** The last part of an execution ARN (`.../execution/abc123` → `abc123`). */
function executionId(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/**
 * The SageMaker Studio link to an execution. Studio addresses pipelines by name and execution id:
 * https://studio.<region>.sagemaker.aws/... needs a domain, so the console's pipeline page is used.
 */
function executionConsoleUrl(arn) {
    const m = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):(\d{12}):pipeline\/([^/]+)\/execution\/(.+)$/.exec(arn);
    if (!m)
        return '';
    const [, partition, region, , pipeline, id] = m;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    return `https://${region}.${host}/sagemaker/home?region=${region}#/pipelines/${pipeline}/executions/${id}`;
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pipelineName)
/* harmony export */ });
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** PipelineName as the SageMaker API accepts it: a name, or a pipeline ARN (1–2048 characters). */
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
function pipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name or ARN of a SageMaker pipeline');
    if (!PIPELINE_NAME.test(value) && !(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .isArn */ .E)('sagemaker-pipeline', value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN', raw);
    }
    return value;
}


/***/ }),

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ createToken),
/* harmony export */   KA: () => (/* binding */ clientRequestToken),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   WH: () => (/* binding */ stopToken),
/* harmony export */   h_: () => (/* binding */ description)
/* harmony export */ });
/* unused harmony exports toDisplayName, defaultDisplayName, defaultDescription */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5415);



/** PipelineExecutionDisplayName: 1-82 characters, `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}`. */
const DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const MAX_DISPLAY_NAME = 82;
/** PipelineExecutionDescription: 0-3072 characters. */
const MAX_DESCRIPTION = 3072;
/** Any text turned into a valid display name: other characters become hyphens, ends trimmed. */
function toDisplayName(text) {
    const cleaned = text
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, MAX_DISPLAY_NAME)
        .replace(/-+$/, '');
    return cleaned || 'execution';
}
/** The default display name: `<repo>-<sha7>-run-<id>-<attempt>`, e.g. `churn-model-1a2b3c4-run-42-1`. */
function defaultDisplayName(run) {
    const repo = run.repository?.split('/')[1] ?? 'sagemaker-cicd';
    const parts = [
        repo,
        run.sha?.slice(0, 7),
        run.runId ? `run-${shortRunId(run.runId)}` : undefined,
        run.runAttempt,
    ];
    return toDisplayName(parts.filter(Boolean).join('-'));
}
/** A CodeBuild build id is `project:uuid`: its uuid's first block is enough to tell builds apart. */
function shortRunId(id) {
    const colon = id.lastIndexOf(':');
    return colon >= 0 ? id.slice(colon + 1, colon + 9) : id;
}
function displayName(input, raw, run) {
    const value = raw.trim();
    if (!value)
        return defaultDisplayName(run);
    if (!DISPLAY_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be 1-82 letters, digits and hyphens, starting and ending with a letter or digit', raw);
    }
    return value;
}
/** The default description: what started the execution, so the SageMaker console links back to the run. */
function defaultDescription(run) {
    const what = [run.repository, run.sha ? `@${run.sha}` : ''].join('');
    const parts = [
        `Started by sagemaker-cicd${what ? ` for ${what}` : ''}`,
        run.ref ? `ref ${run.ref}` : '',
        run.actor ? `by ${run.actor}` : '',
        run.runUrl ? `run ${run.runUrl}` : '',
    ].filter(Boolean);
    return parts.join(', ').slice(0, MAX_DESCRIPTION);
}
function description(input, raw, run) {
    if (!raw.trim())
        return defaultDescription(run);
    if (raw.length > MAX_DESCRIPTION)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be at most ${MAX_DESCRIPTION} characters`);
    return raw;
}
/**
 * The ClientRequestToken (32-128 characters): a hash of the run, its attempt, the job, the step,
 * the pipeline and the parameters. A step retried within one attempt sends the same token, and
 * SageMaker returns the execution it already started; "Re-run jobs" is a new attempt, so a new
 * execution. The parameters are part of it so matrix legs (one job id) start one execution each.
 * Outside CI (no run id) there is nothing to be idempotent against: a random token.
 */
function clientRequestToken(run, pipeline, parameters) {
    const params = [...parameters]
        .sort((a, b) => a.Name.localeCompare(b.Name))
        .map((p) => `${p.Name}=${p.Value}`);
    return (0,_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .runScopedHash */ .m)(run, 'start-pipeline', [pipeline, ...params]) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
}
/** A token for StopPipelineExecution (also required, 32-128): one per execution, so repeated stops are one. */
function stopToken(executionArn) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`stop-pipeline-execution\n${executionArn}`).digest('hex');
}
/** A token for CreatePipeline: the same definition from the same run creates once. */
function createToken(pipeline, definition, run) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([
        'create-pipeline',
        pipeline,
        definition,
        run.runId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        run.runAttempt ?? '',
    ]))
        .digest('hex');
}


/***/ }),

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ stepsOutput),
/* harmony export */   JK: () => (/* binding */ failureDetails),
/* harmony export */   QA: () => (/* binding */ formatSpan),
/* harmony export */   Vc: () => (/* binding */ stepTransitions),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   ub: () => (/* binding */ singleConditionOutcome),
/* harmony export */   yf: () => (/* binding */ mergeSteps)
/* harmony export */ });
function outcomeOf(steps) {
    const conditions = {};
    let modelPackageArn = '';
    // Oldest first, so that the latest RegisterModel wins when there are several.
    for (const s of [...steps].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
        const outcome = dig(s.metadata, 'Condition', 'Outcome');
        if (typeof outcome === 'string')
            conditions[s.name] = outcome;
        const registered = dig(s.metadata, 'RegisterModel', 'Arn');
        if (typeof registered === 'string' && registered)
            modelPackageArn = registered;
    }
    return { conditions, modelPackageArn };
}
/** `condition-outcome`: "true" / "false" when the pipeline has exactly one condition step, else "". */
function singleConditionOutcome(conditions) {
    const values = Object.values(conditions);
    return values.length === 1 ? values[0].toLowerCase() : '';
}
/** The `steps` output: one object per step, in the order they started. */
function stepsOutput(steps) {
    return [...steps]
        .sort((a, b) => (a.startTime ?? Infinity) - (b.startTime ?? Infinity))
        .map((s) => ({
        name: s.name,
        type: stepType(s),
        status: s.status,
        start: s.startTime ? new Date(s.startTime).toISOString() : null,
        end: s.endTime ? new Date(s.endTime).toISOString() : null,
        ...(s.failureReason ? { failureReason: s.failureReason } : {}),
    }));
}
const METADATA_TYPES = {
    TrainingJob: 'Training',
    ProcessingJob: 'Processing',
    TransformJob: 'Transform',
    TuningJob: 'Tuning',
    Model: 'Model',
    RegisterModel: 'RegisterModel',
    Condition: 'Condition',
    Callback: 'Callback',
    Lambda: 'Lambda',
    EMR: 'EMR',
    QualityCheck: 'QualityCheck',
    ClarifyCheck: 'ClarifyCheck',
    Fail: 'Fail',
    AutoMLJob: 'AutoML',
    Endpoint: 'Endpoint',
    EndpointConfig: 'EndpointConfig',
};
/** The step's type, read from which Metadata member it carries. */
function stepType(s) {
    for (const key of Object.keys(s.metadata ?? {}))
        if (METADATA_TYPES[key])
            return METADATA_TYPES[key];
    return '';
}
/** The ARN of the job a step ran (training, processing, transform, tuning...), if any. */
function jobArn(s) {
    for (const key of ['TrainingJob', 'ProcessingJob', 'TransformJob', 'TuningJob', 'AutoMLJob', 'Lambda']) {
        const arn = dig(s.metadata, key, 'Arn');
        if (typeof arn === 'string' && arn)
            return arn;
    }
    return undefined;
}
const LOG_GROUPS = {
    'training-job': '/aws/sagemaker/TrainingJobs',
    'processing-job': '/aws/sagemaker/ProcessingJobs',
    'transform-job': '/aws/sagemaker/TransformJobs',
};
/** A CloudWatch Logs console link for a job ARN (its streams are prefixed by the job name). */
function logsUrl(arn) {
    const m = /^arn:(aws[a-z-]*):(sagemaker|lambda):([a-z0-9-]+):\d{12}:([a-z-]+)[/:](.+)$/.exec(arn);
    if (!m)
        return undefined;
    const [, partition, service, region, kind, name] = m;
    const group = service === 'lambda' ? `/aws/lambda/${name}` : LOG_GROUPS[kind];
    if (!group)
        return undefined;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    const enc = (s) => encodeURIComponent(s).replace(/%/g, '$25');
    const filter = service === 'lambda' ? '' : `${enc('?logStreamNameFilter=')}${enc(name)}`;
    return `https://${region}.${host}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}${filter}`;
}
/** Lines describing how steps changed between two listings, e.g. `Train: Executing → Succeeded (12m 3s)`. */
function stepTransitions(before, after) {
    const previous = new Map(before.map((s) => [s.name, s.status]));
    const out = [];
    for (const s of [...after].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
        const was = previous.get(s.name);
        if (was === s.status)
            continue;
        const took = s.startTime !== undefined && s.endTime !== undefined ? ` (${formatSpan(s.endTime - s.startTime)})` : '';
        out.push({ step: s, line: `${s.name}: ${was ?? 'new'} → ${s.status}${took}` });
    }
    return out;
}
/** The steps known so far, updated with a partial listing (the newest page): matched by name. */
function mergeSteps(known, page) {
    const byName = new Map(known.map((s) => [s.name, s]));
    for (const s of page)
        byName.set(s.name, s);
    return [...byName.values()];
}
/** Lines that explain a failed step: its reason, the job it ran and where its logs are. */
function failureDetails(s) {
    const lines = [`step ${s.name} failed: ${s.failureReason ?? 'no reason given'}`];
    const arn = jobArn(s);
    if (arn)
        lines.push(`  job: ${arn}`);
    const logs = arn ? logsUrl(arn) : undefined;
    if (logs)
        lines.push(`  logs: ${logs}`);
    return lines;
}
function formatSpan(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h)
        return `${h}h ${m}m`;
    if (m)
        return `${m}m ${sec}s`;
    return `${sec}s`;
}
function dig(obj, ...path) {
    let v = obj;
    for (const k of path)
        v = v && typeof v === 'object' ? v[k] : undefined;
    return v;
}


/***/ }),

/***/ 5018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* unused harmony export DEFAULT_FAIL_ON */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _executions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9016);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7992);




const FAIL_ON = ['failed', 'stopped', 'condition-false'];
const DEFAULT_FAIL_ON = (/* unused pure expression or super */ null && (['failed', 'stopped']));
/** One status for all the executions waited on: the worst of them. */
function overallStatus(executions) {
    for (const s of ['Failed', 'Stopped', 'Stopping', 'Executing'])
        if (executions.some((e) => e.status === s))
            return s;
    return executions[0]?.status ?? '';
}
/** The error the step ends with, or undefined when it succeeds under the `fail-on` policy. */
function verdict(result, failOn, timeoutMs) {
    const running = result.executions.filter((e) => !['Succeeded', 'Failed', 'Stopped'].includes(e.status));
    const what = running.map((e) => `${name(e)} (${e.status})`).join(', ');
    const stopped = result.stopped.length
        ? `; stopped ${result.stopped.map((a) => (0,_executions_js__WEBPACK_IMPORTED_MODULE_2__/* .executionId */ .uY)(a)).join(', ')}`
        : '; left running';
    if (result.ended === 'cancelled') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`cancelled while waiting on ${what || 'nothing'}${running.length ? stopped : ''}`);
    }
    if (result.ended === 'timeout') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`timed out after ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}; still running: ${what}${stopped}`);
    }
    const reasons = [];
    for (const e of result.executions) {
        if (e.status === 'Failed' && failOn.includes('failed')) {
            const step = e.steps.find((s) => s.status === 'Failed');
            reasons.push(`${name(e)} failed${step ? ` at step ${step.name}` : ''}: ${step?.failureReason ?? e.failureReason ?? 'no reason given'}`);
        }
        if (e.status === 'Stopped' && failOn.includes('stopped'))
            reasons.push(`${name(e)} was stopped`);
        if (failOn.includes('condition-false')) {
            for (const [step, outcome] of Object.entries((0,_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .outcomeOf */ .sG)(e.steps).conditions)) {
                if (outcome === 'False')
                    reasons.push(`${name(e)}: condition ${step} is False`);
            }
        }
    }
    return reasons.length ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(reasons.join('; ')) : undefined;
}
function name(e) {
    return e.displayName ?? (0,_executions_js__WEBPACK_IMPORTED_MODULE_2__/* .executionId */ .uY)(e.arn);
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


/***/ })

};
