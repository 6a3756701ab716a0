export const id = 812;
export const ids = [812,705];
export const modules = {

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
