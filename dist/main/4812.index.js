export const id = 4812;
export const ids = [4812];
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
    'retry-on-failure': {
        kind: 'integer',
        min: 0,
        max: 10,
        description: 'Retry a failed execution up to this many times (RetryPipelineExecution, in place), only when every failed step failed for a reason AWS documents as transient: insufficient capacity, resource limits, internal errors, throttling. A failure in your code is never retried.',
        default: '0',
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
    retries: {
        description: 'With retry-on-failure: JSON map of execution ARN to how many times it was retried (unset when none was).',
    },
};
const WAIT_PERMISSIONS = [
    'sagemaker:DescribePipelineExecution',
    'sagemaker:ListPipelineExecutions',
    'sagemaker:ListPipelineExecutionSteps',
    'sagemaker:DescribePipelineDefinitionForExecution',
    'sagemaker:StopPipelineExecution',
    'sagemaker:RetryPipelineExecution',
    // What each step is doing: training progress and metrics, failed jobs' log tails.
    'sagemaker:DescribeTrainingJob',
    'sagemaker:DescribeProcessingJob',
    'logs:DescribeLogStreams',
    'logs:GetLogEvents',
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
            pattern: _core_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .ARNS */ .NO['pipeline-execution'].pattern,
            allowed: _core_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .ARNS */ .NO['pipeline-execution'].shape,
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

/***/ 6474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   fq: () => (/* binding */ JobProgress),
/* harmony export */   gm: () => (/* binding */ logTailLines)
/* harmony export */ });
/* unused harmony exports LOG_TAIL_LINES, stepJob, formatMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _executions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9016);
/* harmony import */ var _gateway_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8021);



/** How many of a failed job's last log lines the failure annotation shows. */
const LOG_TAIL_LINES = 20;
/** Failed jobs whose logs are read after the wait (one annotation should stay readable). */
const MAX_TAILS = 3;
/** Tries of a read after the wait when AWS answers "later" (the SDK has retried each already). */
const TRIES = 3;
const LOG_GROUPS = { training: '/aws/sagemaker/TrainingJobs', processing: '/aws/sagemaker/ProcessingJobs' };
const STEP_ENDED = ['Succeeded', 'Failed', 'Stopped'];
const JOB_ENDED = ['Completed', 'Failed', 'Stopped'];
/** The training or processing job a step ran (ListPipelineExecutionSteps' Metadata). */
function stepJob(s) {
    for (const [key, kind] of [
        ['TrainingJob', 'training'],
        ['ProcessingJob', 'processing'],
    ]) {
        const arn = s.metadata?.[key]?.Arn;
        if (typeof arn === 'string' && arn.includes('-job/'))
            return { kind, arn, name: arn.slice(arn.indexOf('-job/') + 5) };
    }
    return undefined;
}
/**
 * What each step is doing. During the wait, at most one DescribeTrainingJob per poll: a training
 * step that just ended (its final metrics) first, else the running training job read longest ago;
 * new secondary status transitions and changed metrics are logged. After the wait, the ended
 * training steps not yet read, and the last log lines of failed jobs. Step details never fail or
 * slow the wait: a transient error skips a poll; any other (a role without the new permissions)
 * is said once, and the wait goes on without details.
 */
class JobProgress {
    gateway;
    log;
    clock;
    seen = new Map();
    /** Processing jobs' names as SageMaker spells them, by ARN. */
    names = new Map();
    off = false;
    constructor(gateway, log, clock) {
        this.gateway = gateway;
        this.log = log;
        this.clock = clock;
    }
    /** One poll's look; returns how many lines it logged. */
    async poll(executions, signal) {
        const next = this.off ? undefined : this.nextTrainingJob(executions);
        if (!next)
            return 0;
        try {
            return await this.readTraining(next.label, next.step, next.job, signal);
        }
        catch (err) {
            this.failed(err);
            return 0;
        }
    }
    /** After the wait: final metrics and failed jobs' log tails, set on each execution as `jobs`. */
    async complete(executions, signal) {
        let tails = 0;
        for (const e of executions) {
            const label = e.displayName ?? (0,_executions_js__WEBPACK_IMPORTED_MODULE_1__/* .executionId */ .uY)(e.arn);
            const reports = {};
            for (const step of [...e.steps].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
                const job = stepJob(step);
                if (!job || this.off)
                    continue;
                const report = { kind: job.kind, arn: job.arn };
                if (job.kind === 'training' && STEP_ENDED.includes(step.status)) {
                    if (!this.isFinal(job.arn))
                        await this.patiently(() => this.readTraining(label, step, job, signal), signal);
                    report.training = this.seen.get(job.arn)?.state;
                }
                if (step.status === 'Failed' && tails < MAX_TAILS) {
                    tails++;
                    report.logTail = await this.patiently(() => this.logTail(job, signal), signal);
                }
                const name = report.training?.name ?? this.names.get(job.arn);
                reports[step.name] = { ...report, ...(name ? { name } : {}) };
            }
            if (Object.keys(reports).length)
                e.jobs = reports;
        }
    }
    nextTrainingJob(executions) {
        let best;
        for (const { label, steps } of executions) {
            for (const step of steps) {
                const job = stepJob(step);
                if (job?.kind !== 'training' || this.isFinal(job.arn))
                    continue;
                // Ended steps first (oldest end first), then the running job read longest ago.
                const rank = STEP_ENDED.includes(step.status)
                    ? -1e15 + (step.endTime ?? 0)
                    : (this.seen.get(job.arn)?.readAt ?? -1);
                if (!best || rank < best.rank)
                    best = { label, step, job, rank };
            }
        }
        return best;
    }
    isFinal(arn) {
        return JOB_ENDED.includes(this.seen.get(arn)?.state?.status ?? '');
    }
    async readTraining(label, step, job, signal) {
        const state = await this.gateway.describeTrainingJob(job.name, { signal });
        const seen = this.seen.get(job.arn) ?? { logged: new Set(), metrics: '', readAt: 0 };
        this.seen.set(job.arn, seen);
        let lines = 0;
        const say = (text) => {
            this.log.info(`${label}: ${step.name}: ${text}`);
            lines++;
        };
        for (const t of state.transitions) {
            const key = `${t.status}\n${t.startTime}\n${t.message ?? ''}`;
            if (seen.logged.has(key))
                continue;
            seen.logged.add(key);
            say(`training job ${t.status}${t.message ? ` - ${t.message}` : ''}`);
        }
        const metrics = formatMetrics(state.metrics);
        const ended = JOB_ENDED.includes(state.status);
        // Changed values, and the final ones once the job has ended (even when already seen).
        if (metrics && (metrics !== seen.metrics || (ended && !JOB_ENDED.includes(seen.state?.status ?? ''))))
            say(`${ended ? 'final metrics' : 'metrics'} ${metrics}`);
        seen.metrics = metrics;
        seen.state = state;
        seen.readAt = this.clock.now();
        return lines;
    }
    async logTail(job, signal) {
        // Log streams carry the job's name as SageMaker spells it, which the lower-cased ARN does not.
        const name = job.kind === 'training'
            ? (this.seen.get(job.arn)?.state?.name ??
                (await this.gateway.describeTrainingJob(job.name, { signal })).name)
            : (await this.gateway.describeProcessingJob(job.name, { signal })).name;
        this.names.set(job.arn, name);
        const group = LOG_GROUPS[job.kind];
        const streams = await this.gateway.logStreams(group, `${name}/`, { signal });
        // One stream per instance: the one that wrote last (ties: the first by name, algo-1).
        const stream = [...streams].sort((a, b) => (b.lastEventTime ?? 0) - (a.lastEventTime ?? 0))[0];
        if (!stream)
            return { group, stream: '', lines: [] };
        const lines = await this.gateway.lastLogEvents(group, stream.name, LOG_TAIL_LINES, { signal });
        return { group, stream: stream.name, lines };
    }
    /** A read after the wait, tried again when AWS answers "later"; undefined when it gave up. */
    async patiently(read, signal) {
        for (let attempt = 1; !this.off && !signal?.aborted; attempt++) {
            try {
                return await read();
            }
            catch (err) {
                if (!(err instanceof _gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_) || attempt >= TRIES) {
                    this.failed(err);
                    return undefined;
                }
                await this.clock.sleep(2_000, signal);
            }
        }
        return undefined;
    }
    failed(err) {
        if (err instanceof _gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_) {
            this.log.debug(`step details: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)} (transient, read again later)`);
            return;
        }
        if (this.off)
            return;
        this.off = true;
        this.log.warning(`step details unavailable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); waiting without them`);
    }
}
/** `validation:auc=0.95, train:auc=0.97`, in the order the job reports them. */
function formatMetrics(metrics) {
    return metrics.map((m) => `${m.name}=${formatValue(m.value)}`).join(', ');
}
function formatValue(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
/** Lines for a failed step's annotation: its job's last log lines (after its logs link). */
function logTailLines(report) {
    const tail = report?.logTail;
    if (!tail)
        return [];
    if (!tail.stream || !tail.lines.length)
        return [`  no log lines in ${tail.group}${tail.stream ? ` ${tail.stream}` : ''}`];
    return [
        `  last ${tail.lines.length} log lines of ${tail.group} ${tail.stream}:`,
        ...tail.lines.map((l) => `    ${l.replace(/\s+$/, '').slice(0, 500)}`),
    ];
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
        ...(s.reusedFrom ? { reusedFrom: s.reusedFrom } : {}),
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
/**
 * A CloudWatch Logs console link for a job ARN (its streams are prefixed by the job name: `jobName`
 * when known, as SageMaker spells it; the ARN's is lower-cased).
 */
function logsUrl(arn, jobName) {
    const m = /^arn:(aws[a-z-]*):(sagemaker|lambda):([a-z0-9-]+):\d{12}:([a-z-]+)[/:](.+)$/.exec(arn);
    if (!m)
        return undefined;
    const [, partition, service, region, kind] = m;
    const name = jobName ?? m[5];
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
        // A selective run's step that did not run: its outputs come from another execution.
        const line = s.reusedFrom
            ? `${s.name}: reused from ${s.reusedFrom.slice(s.reusedFrom.lastIndexOf('/') + 1)}`
            : `${s.name}: ${was ?? 'new'} → ${s.status}${took}`;
        out.push({ step: s, line });
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
function failureDetails(s, jobName) {
    const lines = [`step ${s.name} failed: ${s.failureReason ?? 'no reason given'}`];
    const arn = jobArn(s);
    if (arn)
        lines.push(`  job: ${arn}`);
    const logs = arn ? logsUrl(arn, jobName) : undefined;
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
/* harmony import */ var _job_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6474);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7992);





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
            const reason = `${name(e)} failed${step ? ` at step ${step.name}` : ''}: ${step?.failureReason ?? e.failureReason ?? 'no reason given'}`;
            // The failed job, its logs link and its last log lines, under the reason.
            const job = step ? e.jobs?.[step.name] : undefined;
            const details = step ? [...(0,_steps_js__WEBPACK_IMPORTED_MODULE_4__/* .failureDetails */ .JK)(step, job?.name).slice(1), ...(0,_job_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .logTailLines */ .gm)(job)] : [];
            reasons.push([reason, ...details].join('\n'));
        }
        if (e.status === 'Stopped' && failOn.includes('stopped'))
            reasons.push(`${name(e)} was stopped`);
        if (failOn.includes('condition-false')) {
            for (const [step, outcome] of Object.entries((0,_steps_js__WEBPACK_IMPORTED_MODULE_4__/* .outcomeOf */ .sG)(e.steps).conditions)) {
                if (outcome === 'False')
                    reasons.push(`${name(e)}: condition ${step} is False`);
            }
        }
    }
    const multiline = reasons.some((r) => r.includes('\n'));
    return reasons.length ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(reasons.join(multiline ? '\n' : '; ')) : undefined;
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
