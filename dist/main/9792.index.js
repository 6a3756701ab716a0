export const id = 9792;
export const ids = [9792];
export const modules = {

/***/ 8884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ jobLogReader),
/* harmony export */   Z: () => (/* binding */ abortable)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2684);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);



/** DescribeLogStreams' largest page. */
const STREAMS_PAGE = 50;
function jobLogReader(ctx) {
    const logs = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyClient */ .qW)(ctx, 'CLOUDWATCH_LOGS', (config) => new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .CloudWatchLogsClient */ .TFr(config));
    return {
        async logStreams(group, prefix, options, limit = STREAMS_PAGE) {
            try {
                const page = await (0,_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .sendForWait */ .F)(() => logs().send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .DescribeLogStreamsCommand */ .w$R({ logGroupName: group, logStreamNamePrefix: prefix, limit }), abortable(options)));
                return (page.logStreams ?? [])
                    .filter((s) => s.logStreamName)
                    .map((s) => ({ name: s.logStreamName, lastEventTime: s.lastEventTimestamp }));
            }
            catch (err) {
                // The group exists only once the account's first job has logged.
                if (err.name === 'ResourceNotFoundException')
                    return [];
                throw err;
            }
        },
        async lastLogEvents(group, stream, limit, options) {
            const page = await (0,_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .sendForWait */ .F)(() => logs().send(
            // Not from the head: the newest `limit` events, returned oldest first.
            new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .GetLogEventsCommand */ .h7S({
                logGroupName: group,
                logStreamName: stream,
                startFromHead: false,
                limit,
            }), abortable(options)));
            return (page.events ?? []).map((e) => e.message ?? '');
        },
    };
}
function abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}


/***/ }),

/***/ 6730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sagemakerJobs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4459);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _job_logs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8884);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8067);




/** The jobs pipeline steps run, and their logs, over the SageMaker and CloudWatch Logs APIs. */
function sagemakerJobs(ctx) {
    const sagemaker = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyClient */ .qW)(ctx, 'SAGEMAKER', (config) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .SageMakerClient */ .kHU(config));
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describeTrainingJob(name, options) {
            const j = await (0,_transient_js__WEBPACK_IMPORTED_MODULE_2__/* .sendForWait */ .F)(() => sagemaker().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTrainingJobCommand */ .Sjt({ TrainingJobName: name }), (0,_job_logs_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .Z)(options)));
            return {
                name: j.TrainingJobName ?? name,
                status: j.TrainingJobStatus ?? 'InProgress',
                ...(j.SecondaryStatus ? { secondaryStatus: j.SecondaryStatus } : {}),
                ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
                transitions: (j.SecondaryStatusTransitions ?? []).map((t) => ({
                    status: t.Status ?? '',
                    startTime: ms(t.StartTime),
                    endTime: ms(t.EndTime),
                    ...(t.StatusMessage ? { message: t.StatusMessage } : {}),
                })),
                metrics: (j.FinalMetricDataList ?? [])
                    .filter((m) => m.MetricName && typeof m.Value === 'number')
                    .map((m) => ({ name: m.MetricName, value: m.Value, timestamp: ms(m.Timestamp) })),
            };
        },
        async describeProcessingJob(name, options) {
            const j = await (0,_transient_js__WEBPACK_IMPORTED_MODULE_2__/* .sendForWait */ .F)(() => sagemaker().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .DescribeProcessingJobCommand */ .RLH({ ProcessingJobName: name }), (0,_job_logs_js__WEBPACK_IMPORTED_MODULE_1__/* .abortable */ .Z)(options)));
            return {
                name: j.ProcessingJobName ?? name,
                status: j.ProcessingJobStatus ?? 'InProgress',
                ...(j.FailureReason ? { failureReason: j.FailureReason } : {}),
            };
        },
        ...(0,_job_logs_js__WEBPACK_IMPORTED_MODULE_1__/* .jobLogReader */ .J)(ctx),
    };
}


/***/ }),

/***/ 9121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ waitAndReport),
  h: () => (/* binding */ waitSettings)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pipelines/definition.ts
var definition = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/core/pipelines/executions.ts
var pipelines_executions = __webpack_require__(9016);
// EXTERNAL MODULE: ./src/core/pipelines/job-progress.ts
var job_progress = __webpack_require__(6474);
// EXTERNAL MODULE: ./src/core/pipelines/steps.ts
var pipelines_steps = __webpack_require__(7992);
;// CONCATENATED MODULE: ./src/core/pipelines/summary.ts



/**
 * The job summary of an execution: the pipeline as a mermaid flowchart (edges from DependsOn, data
 * dependencies and condition branches; each step coloured by its status, the branch not taken
 * shown as skipped), then a table of the steps with their durations.
 */
function executionSummary(e, graph, consoleUrl) {
    const title = `### ${pipelines_executions/* STATUS_ICON */.tW[e.status] ?? ''} Pipeline execution [${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}](${consoleUrl}): ${e.status}`;
    const parts = [title, ''];
    if (e.failureReason)
        parts.push(`> ${e.failureReason.replace(/\n/g, ' ')}`, '');
    if (graph?.steps.length)
        parts.push('```mermaid', flowchart(graph, e.steps), '```', '');
    parts.push(stepsTable(e.steps), '');
    const metrics = trainingMetricsTable(e);
    if (metrics)
        parts.push(metrics, '');
    return parts.join('\n');
}
/** Each training step's final metrics (DescribeTrainingJob's FinalMetricDataList), one row a metric. */
function trainingMetricsTable(e) {
    const rows = Object.entries(e.jobs ?? {}).flatMap(([step, report]) => (report.training?.metrics ?? []).map((m) => `| ${step} | ${m.name} | ${(0,job_progress/* formatValue */.Fl)(m.value)} |`));
    if (!rows.length)
        return undefined;
    return ['**Training metrics**', '', '| Step | Metric | Final value |', '| --- | --- | --- |', ...rows].join('\n');
}
const CLASSES = {
    succeeded: 'fill:#d4edda,stroke:#28a745,color:#155724',
    failed: 'fill:#f8d7da,stroke:#dc3545,color:#721c24',
    executing: 'fill:#cce5ff,stroke:#007bff,color:#004085',
    stopped: 'fill:#e2e3e5,stroke:#6c757d,color:#383d41',
    skipped: 'fill:#ffffff,stroke:#adb5bd,color:#adb5bd,stroke-dasharray:4 4',
    reused: 'fill:#fff3cd,stroke:#b08800,color:#5c4700,stroke-dasharray:2 2',
    pending: 'fill:#ffffff,stroke:#6c757d,color:#383d41',
};
function flowchart(graph, steps) {
    const ids = new Map(graph.steps.map((s, i) => [s.name, `s${i}`]));
    const byName = new Map(steps.map((s) => [s.name, s]));
    const skipped = skippedSteps(graph, byName);
    const lines = ['flowchart TD'];
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const status = run?.reusedFrom
            ? 'Reused'
            : (run?.status ?? (skipped.has(node.name) ? 'Skipped' : 'Not started'));
        const label = `${node.name}<br/><small>${node.type} · ${status}</small>`;
        const shape = node.type === 'Condition' ? [`{{"`, `"}}`] : [`["`, `"]`];
        lines.push(`  ${ids.get(node.name)}${shape[0]}${summary_escape(label)}${shape[1]}`);
    }
    for (const node of graph.steps) {
        for (const from of node.after)
            if (ids.has(from))
                lines.push(`  ${ids.get(from)} --> ${ids.get(node.name)}`);
        for (const [branch, label] of [
            [node.ifSteps, 'true'],
            [node.elseSteps, 'false'],
        ]) {
            for (const to of branch ?? [])
                if (ids.has(to))
                    lines.push(`  ${ids.get(node.name)} -->|${label}| ${ids.get(to)}`);
        }
    }
    for (const [cls, style] of Object.entries(CLASSES))
        lines.push(`  classDef ${cls} ${style}`);
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const cls = run?.reusedFrom ? 'reused' : statusClass(run?.status, skipped.has(node.name));
        lines.push(`  class ${ids.get(node.name)} ${cls}`);
    }
    return lines.join('\n');
}
/** Steps of the branch a finished condition step did not take (and everything only they lead to). */
function skippedSteps(graph, byName) {
    const skipped = new Set();
    for (const node of graph.steps) {
        const outcome = byName.get(node.name)?.metadata?.Condition?.Outcome;
        if (outcome !== 'True' && outcome !== 'False')
            continue;
        for (const s of (outcome === 'True' ? node.elseSteps : node.ifSteps) ?? [])
            if (!byName.has(s))
                skipped.add(s);
    }
    // Steps that depend on a skipped step never run either.
    for (let changed = true; changed;) {
        changed = false;
        for (const node of graph.steps) {
            if (!skipped.has(node.name) && !byName.has(node.name) && node.after.some((a) => skipped.has(a))) {
                skipped.add(node.name);
                changed = true;
            }
        }
    }
    return skipped;
}
function statusClass(status, skipped) {
    if (skipped)
        return 'skipped';
    switch (status) {
        case 'Succeeded':
            return 'succeeded';
        case 'Failed':
            return 'failed';
        case 'Starting':
        case 'Executing':
        case 'Stopping':
            return 'executing';
        case 'Stopped':
            return 'stopped';
        default:
            return 'pending';
    }
}
function summary_escape(text) {
    return text.replace(/"/g, '#quot;');
}
function stepsTable(steps) {
    if (!steps.length)
        return '_No steps ran._';
    const rows = [...steps]
        .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))
        .map((s) => {
        const took = s.startTime && s.endTime ? (0,pipelines_steps/* formatSpan */.QA)(s.endTime - s.startTime) : s.startTime ? 'running' : '';
        const reason = (s.failureReason ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
        const status = s.reusedFrom
            ? `♻️ Reused from ${(0,pipelines_executions/* executionId */.uY)(s.reusedFrom)}`
            : `${pipelines_executions/* STATUS_ICON */.tW[s.status] ?? ''} ${s.status}`;
        return `| ${s.name} | ${status} | ${s.reusedFrom ? '' : took} | ${reason} |`;
    });
    return ['| Step | Status | Duration | Failure reason |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/core/pipelines/verdict.ts
var verdict = __webpack_require__(5018);
// EXTERNAL MODULE: ./src/core/pipelines/retry.ts
var retry = __webpack_require__(7977);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/pipelines/gateway.ts
var pipelines_gateway = __webpack_require__(8021);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
;// CONCATENATED MODULE: ./src/core/pipelines/wait.ts







/**
 * Once one of several executions waited together has ended, the others end around it (they run
 * the same pipeline): poll their statuses this often until the last ends, without reading the
 * steps of the running ones (one listing serves them all, so the tail costs one call a poll).
 */
const TAIL_INTERVAL_MS = 6_000;
/**
 * Waits until every execution is terminal (Succeeded, Failed or Stopped), the time is up, or the
 * signal aborts. Executions of one pipeline are polled together (one ListPipelineExecutions call
 * for many). On each poll the newest steps of running executions are read (one call each, first
 * page) so transitions are logged as they happen; an ended execution's steps are read whole once.
 * Transient errors never end the wait; a cancel abandons the read in flight.
 */
async function waitForExecutions(o) {
    const { clock, log, gateway } = o;
    const tracked = o.executions.map((arn) => ({
        arn,
        status: 'Executing',
        steps: [],
        stepsFinal: false,
        pending: [],
    }));
    const read = { signal: o.signal };
    let history;
    let historyLoaded = o.policy.kind !== 'adaptive';
    /** Lines logged about changes: the heartbeat stays quiet while they grow. */
    let news = 0;
    const waited = await (0,engine/* runWait */.pT)({
        what: tracked.length === 1 ? `execution ${(0,pipelines_executions/* executionId */.uY)(tracked[0].arn)}` : `${tracked.length} executions`,
        clock,
        log,
        ...(o.signal ? { signal: o.signal } : {}),
        timeoutMs: o.timeoutMs,
        isTransient: (err) => err instanceof pipelines_gateway/* TransientError */.N_,
        poll: async () => {
            const before = news;
            await pollStatuses();
            if (!historyLoaded) {
                history = await loadHistory(gateway, tracked, o.signal);
                historyLoaded = true;
            }
            await readSteps();
            if (o.jobs)
                news += await o.jobs.poll(tracked.map((t) => ({ label: label(t), steps: t.steps })), o.signal);
            logStatusLines(false);
            return { done: tracked.every((t) => (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && t.stepsFinal), changed: news > before };
        },
        nextPollMs: (now) => {
            if (o.policy.kind === 'fixed')
                return o.policy.intervalMs;
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            // Ended executions whose steps are still to be read: soon.
            if (!running.length)
                return schedule/* ADAPTIVE */.Zn.minMs;
            const interval = (0,schedule/* nextInterval */.J4)(now, (0,schedule/* predictedEvents */.oI)(wait_focus(running, now), history), Boolean(history));
            return inTail() ? Math.min(interval, TAIL_INTERVAL_MS) : interval;
        },
        progress: () => {
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            const steps = (t) => t.steps.filter((s) => s.status === 'Executing').map((s) => s.name);
            return running
                .slice(0, 3)
                .map((t) => `${label(t)} ${t.status}${steps(t).length ? ` (${steps(t).join(', ')})` : ''}`)
                .concat(running.length > 3 ? [`${running.length - 3} more`] : [])
                .join('; ');
        },
    });
    return finish(waited.ended);
    async function pollStatuses() {
        const groups = new Map();
        const waitedOn = new Map();
        for (const t of tracked) {
            const name = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(t.arn);
            waitedOn.set(name, (waitedOn.get(name) ?? 0) + 1);
            if (!(0,pipelines_gateway/* isTerminal */.Hd)(t.status))
                groups.set(name, [...(groups.get(name) ?? []), t]);
        }
        for (const [pipeline, members] of groups) {
            if (o.signal?.aborted)
                return;
            // One execution of a pipeline: DescribePipelineExecution; several: one listing serves them all.
            if (waitedOn.get(pipeline) === 1) {
                update(members[0], await gateway.describeExecution(members[0].arn, read));
                continue;
            }
            // Newest first: the executions waited on are usually on the first page.
            const missing = new Set(members.map((m) => m.arn));
            let token;
            for (let page = 0; page < 20 && missing.size; page++) {
                const result = await gateway.listExecutions(pipeline, token, read);
                for (const state of result.executions) {
                    const m = members.find((x) => x.arn === state.arn);
                    if (m) {
                        update(m, state);
                        missing.delete(m.arn);
                    }
                }
                token = result.nextToken;
                if (!token)
                    break;
            }
            for (const arn of missing) {
                update(members.find((m) => m.arn === arn), await gateway.describeExecution(arn, read));
            }
        }
    }
    function update(t, state) {
        const was = t.status;
        t.status = state.status;
        t.displayName = state.displayName ?? t.displayName;
        t.failureReason = state.failureReason ?? t.failureReason;
        t.startTime = state.startTime ?? t.startTime;
        if (!(0,pipelines_gateway/* isTerminal */.Hd)(was) && (0,pipelines_gateway/* isTerminal */.Hd)(state.status)) {
            t.detectedAt = clock.now();
            o.onTerminal?.(t.arn, state.status, t.detectedAt);
            t.pending.push(`${label(t)}: ${state.status}${state.failureReason ? ` (${state.failureReason})` : ''}`);
        }
        else if (was !== state.status && t.detectedAt === undefined) {
            t.pending.push(`${label(t)}: ${state.status}`);
        }
    }
    /** An execution's status lines, after its step transitions (an ended one's, once its steps are read whole). */
    function logStatusLines(all) {
        for (const t of tracked) {
            if (!all && (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                continue;
            for (const line of t.pending.splice(0)) {
                log.info(line);
                news++;
            }
        }
    }
    async function readSteps() {
        // Ended executions: every step, read once after the status that says it ended.
        for (const t of tracked)
            if ((0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                await readStepsOf(t, false);
        // The execution the schedule follows: its newest steps (one call), so its transitions are
        // logged as they happen and its end is predicted; the others' steps are read when they end.
        const followed = tracked.find((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
        if (followed && !inTail())
            await readStepsOf(followed, true);
    }
    function inTail() {
        return tracked.length > 1 && tracked.some((t) => (0,pipelines_gateway/* isTerminal */.Hd)(t.status));
    }
    async function readStepsOf(t, firstPageOnly) {
        if (o.signal?.aborted)
            return;
        const result = await gateway.listSteps(t.arn, { firstPageOnly, signal: o.signal });
        const steps = result.complete ? result.steps : (0,pipelines_steps/* mergeSteps */.yf)(t.steps, result.steps);
        for (const { step, line } of (0,pipelines_steps/* stepTransitions */.Vc)(t.steps, steps)) {
            log.info(`${label(t)}: ${line}`);
            news++;
            if (step.status === 'Failed')
                for (const l of (0,pipelines_steps/* failureDetails */.JK)(step))
                    log.info(`${label(t)}: ${l}`);
        }
        t.steps = steps;
        if (!firstPageOnly)
            t.stepsFinal = true;
    }
    async function finish(ended) {
        logStatusLines(true);
        const stopped = [];
        if (ended !== 'done' && o.stopOnCancel) {
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            const results = await Promise.allSettled(running.map((t) => gateway.stopExecution(t.arn, (0,start/* stopToken */.WH)(t.arn)).then(() => stopped.push(t.arn))));
            results.forEach((r, i) => {
                if (r.status === 'rejected')
                    log.warning(`could not stop ${running[i].arn}: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
            });
        }
        return {
            ended,
            stopped,
            executions: tracked.map(({ stepsFinal: _s, pending: _p, ...r }) => r),
        };
    }
}
/**
 * The execution the schedule follows: the first still running. Following all of K executions whose
 * ends spread over minutes would poll densely through the whole spread; one poll serves them all.
 */
function wait_focus(running, now) {
    const t = running[0];
    return [{ startTime: t.startTime ?? now, steps: t.steps }];
}
function label(t) {
    return t.displayName ?? (0,pipelines_executions/* executionId */.uY)(t.arn);
}
/** The previous successful execution of the (first) pipeline waited on, as a timing template. */
async function loadHistory(gateway, tracked, signal) {
    const pipeline = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(tracked[0].arn);
    const ours = new Set(tracked.map((t) => t.arn));
    const { executions } = await gateway.listExecutions(pipeline, undefined, { signal });
    const previous = executions.find((e) => e.status === 'Succeeded' && !ours.has(e.arn));
    if (!previous?.startTime)
        return undefined;
    const { steps } = await gateway.listSteps(previous.arn, { signal });
    return (0,schedule/* historyFrom */.z)(previous.startTime, previous.lastModifiedTime, steps);
}

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/retries.ts



/**
 * The wait, then `retry-on-failure`: an execution that failed only for transient reasons
 * (insufficient capacity, resource limits, internal errors, throttling) is retried in place
 * (RetryPipelineExecution, same ARN) and waited on again, up to N times each, saying why each
 * time; a failure in the user's code is never retried. The retried execution's result replaces
 * its failed one; the others' stay as they were.
 */
async function waitWithRetries(host, gateway, arns, s, 
/** What each step is doing (training progress, failed jobs' logs), when the caller shows it. */
jobs) {
    const started = host.clock.now();
    const wait = (executions, timeoutMs) => waitForExecutions({
        executions,
        gateway,
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs,
        policy: s.policy,
        stopOnCancel: s.stopOnCancel,
        ...(jobs ? { jobs } : {}),
    });
    let result = await wait(arns, s.timeoutMs);
    const retried = new Map();
    /** Failed executions already decided on (not retried): said once. */
    const settled = new Set();
    while (result.ended === 'done' && s.retryOnFailure > 0) {
        const again = [];
        for (const e of result.executions) {
            if (e.status !== 'Failed')
                continue;
            if (settled.has(e.arn))
                continue;
            const attempt = (retried.get(e.arn) ?? 0) + 1;
            const name = e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn);
            const decision = (0,retry/* retryDecision */.PQ)(e.steps);
            if (!decision.retry) {
                host.info(`Not retrying ${name}: ${decision.why}`);
                settled.add(e.arn);
                continue;
            }
            if (attempt > s.retryOnFailure) {
                host.warning(`${name} failed again (${decision.why}); ${s.retryOnFailure} retries used, giving up`);
                settled.add(e.arn);
                continue;
            }
            host.info(`Retrying ${name} (${attempt} of ${s.retryOnFailure}): transient failure, ${decision.why}`);
            await gateway.retryExecution(e.arn, (0,retry/* retryToken */.Y8)(host.run, e.arn, `automatic retry ${attempt}`), s.maxParallelSteps);
            await (0,retry/* untilRetryShows */.$o)({ gateway, arn: e.arn, clock: host.clock, log: host, signal: host.signal });
            retried.set(e.arn, attempt);
            again.push(e.arn);
        }
        if (!again.length)
            break;
        const left = s.timeoutMs - (host.clock.now() - started);
        const next = await wait(again, Math.max(left, 1));
        result = {
            ended: next.ended,
            stopped: [...result.stopped, ...next.stopped],
            executions: result.executions.map((e) => next.executions.find((n) => n.arn === e.arn) ?? e),
        };
    }
    if (retried.size)
        host.setOutput('retries', Object.fromEntries(retried));
    return result;
}

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/report.ts








/** The wait inputs (already parsed from the spec) as the wait engine takes them. */
function waitSettings(inputs) {
    const poll = inputs['poll-interval'];
    return {
        timeoutMs: inputs['timeout-minutes'],
        policy: poll === 'adaptive' ? { kind: 'adaptive' } : { kind: 'fixed', intervalMs: poll },
        failOn: inputs['fail-on'],
        stopOnCancel: inputs['stop-on-cancel'],
        retryOnFailure: inputs['retry-on-failure'],
    };
}
/** Most diagrams a summary draws; further executions get a row in a table. */
const MAX_DIAGRAMS = 3;
/**
 * Waits, sets the outputs, writes the summary, and throws when the `fail-on` policy says so. With
 * `jobs`, the wait also says what each step is doing (training progress, final metrics, failed
 * jobs' log tails).
 */
async function waitAndReport(host, gateway, arns, s, jobs, 
/** Markdown the summary opens with (what a selective start reused, what a retry kept). */
preface = '') {
    const progress = jobs ? new job_progress/* JobProgress */.fq(jobs, host, host.clock) : undefined;
    host.info(`Waiting on ${arns.length === 1 ? arns[0] : `${arns.length} executions`} (${s.policy.kind === 'adaptive' ? 'adaptive polling' : `every ${s.policy.intervalMs / 1000}s`})`);
    const result = await waitWithRetries(host, gateway, arns, s, progress);
    // Shown in the summary (the executions drawn) and the failure annotation.
    if (result.ended === 'done')
        await progress?.complete(result.executions.slice(0, MAX_DIAGRAMS), host.signal);
    if (result.ended === 'cancelled')
        host.warning(`cancelled: ${result.stopped.length ? `stopped ${result.stopped.join(', ')}` : 'nothing left to stop'}`);
    const first = result.executions[0];
    const outcome = (0,pipelines_steps/* outcomeOf */.sG)(first.steps);
    host.setOutput('status', (0,verdict/* overallStatus */.gX)(result.executions));
    host.setOutput('conditions', outcome.conditions);
    host.setOutput('condition-outcome', (0,pipelines_steps/* singleConditionOutcome */.ub)(outcome.conditions));
    host.setOutput('model-package-arn', outcome.modelPackageArn);
    host.setOutput('steps', (0,pipelines_steps/* stepsOutput */.By)(first.steps));
    host.setOutput('executions', result.executions.map((e) => ({ arn: e.arn, status: e.status, ...(0,pipelines_steps/* outcomeOf */.sG)(e.steps) })));
    for (const e of result.executions) {
        await host.group(`Steps of ${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}: ${e.status}`, async () => logSteps(host, e));
    }
    await host.appendSummary(preface + (await summary(host, gateway, result.executions)));
    const error = (0,verdict/* verdict */.WJ)(result, s.failOn, s.timeoutMs);
    if (error)
        throw error;
}
function logSteps(host, e) {
    for (const step of (0,pipelines_steps/* stepsOutput */.By)(e.steps)) {
        host.info(`${step.status.padEnd(10)} ${step.name}${step.type ? ` (${step.type})` : ''}${step.failureReason ? `: ${step.failureReason}` : ''}`);
    }
}
async function summary(host, gateway, executions) {
    const parts = [];
    for (const e of executions.slice(0, MAX_DIAGRAMS)) {
        let graph;
        try {
            graph = (0,definition/* parseDefinition */.J)(await gateway.definitionForExecution(e.arn));
        }
        catch (err) {
            host.debug(`no diagram for ${e.arn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        parts.push(executionSummary(e, graph, (0,pipelines_executions/* executionConsoleUrl */.bm)(e.arn)));
    }
    if (executions.length > MAX_DIAGRAMS) {
        const rest = executions
            .slice(MAX_DIAGRAMS)
            .map((e) => ({ arn: e.arn, displayName: e.displayName, status: e.status }));
        parts.push((0,pipelines_executions/* executionsTable */.wI)('(more executions)', rest, pipelines_executions/* executionConsoleUrl */.bm));
    }
    return parts.join('\n');
}


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseDefinition)
/* harmony export */ });
/**
 * The parts of a pipeline definition JSON the toolkit reads: its Parameters (to check values before
 * starting) and its Steps as a graph (to draw the flowchart). Condition steps nest their branches'
 * steps in Arguments.IfSteps / ElseSteps; data dependencies are `{"Get": "Steps.<Name>...."}`.
 */
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'];
function parseDefinition(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`the pipeline definition is not valid JSON: ${err.message}`, { cause: err });
    }
    if (!doc || typeof doc !== 'object')
        throw new Error('the pipeline definition is not a JSON object');
    const d = doc;
    const parameters = (Array.isArray(d.Parameters) ? d.Parameters : []).map((p) => ({
        name: String(p.Name),
        type: PARAMETER_TYPES.includes(String(p.Type))
            ? p.Type
            : 'String',
        ...(p.DefaultValue !== undefined ? { defaultValue: String(p.DefaultValue) } : {}),
    }));
    const steps = [];
    const visit = (raw) => {
        if (typeof raw === 'string')
            return raw;
        if (!raw || typeof raw !== 'object')
            return undefined;
        const s = raw;
        const name = String(s.Name ?? '');
        if (!name || steps.some((x) => x.name === name))
            return name || undefined;
        const node = { name, type: String(s.Type ?? 'Unknown'), after: [] };
        steps.push(node);
        const depends = Array.isArray(s.DependsOn) ? s.DependsOn.map(String) : [];
        const args = (s.Arguments ?? {});
        const nested = new Set([args.IfSteps, args.ElseSteps]);
        const reads = stepReferences(Object.fromEntries(Object.entries(args).filter(([, v]) => !nested.has(v))), name);
        node.after = [...new Set([...depends, ...reads])];
        if (s.Type === 'Condition') {
            node.ifSteps = (Array.isArray(args.IfSteps) ? args.IfSteps : []).map(visit).filter(isString);
            node.elseSteps = (Array.isArray(args.ElseSteps) ? args.ElseSteps : []).map(visit).filter(isString);
        }
        return name;
    };
    for (const s of Array.isArray(d.Steps) ? d.Steps : [])
        visit(s);
    // Branch steps start after their condition step, even without an explicit DependsOn.
    for (const c of steps) {
        for (const b of [...(c.ifSteps ?? []), ...(c.elseSteps ?? [])]) {
            const node = steps.find((s) => s.name === b);
            if (node)
                node.after = node.after.filter((a) => a !== c.name);
        }
    }
    return { steps, parameters };
}
/** Names of the steps a value reads from: `{"Get": "Steps.Train.ModelArtifacts..."}` anywhere inside. */
function stepReferences(value, self) {
    const found = new Set();
    const walk = (v) => {
        if (Array.isArray(v))
            return v.forEach(walk);
        if (!v || typeof v !== 'object')
            return;
        for (const [k, inner] of Object.entries(v)) {
            if (k === 'Get' && typeof inner === 'string') {
                const m = /^Steps\.([^.[\]]+)/.exec(inner);
                if (m && m[1] !== self)
                    found.add(m[1]);
            }
            else {
                walk(inner);
            }
        }
    };
    walk(value);
    return [...found];
}
function isString(v) {
    return typeof v === 'string';
}


/***/ }),

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ untilRetryShows),
/* harmony export */   PQ: () => (/* binding */ retryDecision),
/* harmony export */   Y8: () => (/* binding */ retryToken)
/* harmony export */ });
/* unused harmony export transientKind */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5415);
/* harmony import */ var _wait_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4231);
/* harmony import */ var _gateway_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8021);




/**
 * Which step failures are worth retrying: the ones AWS documents as transient (the retry policy's
 * exception types SageMaker.CAPACITY_ERROR, SageMaker.RESOURCE_LIMIT, SageMaker.JOB_INTERNAL_ERROR,
 * Step.SERVICE_FAULT, Step.THROTTLING), recognised in a step's FailureReason by those names or by
 * the errors behind them. A failure in the user's code (AlgorithmError, ClientError...) never is.
 */
const TRANSIENT = [
    { kind: 'insufficient capacity', pattern: /CapacityError|InsufficientCapacity|CAPACITY_ERROR/i },
    { kind: 'resource limit', pattern: /ResourceLimitExceeded|RESOURCE_LIMIT/i },
    {
        kind: 'internal error',
        pattern: /InternalServerError|InternalFailure|JOB_INTERNAL_ERROR|SERVICE_FAULT|ServiceUnavailable/i,
    },
    { kind: 'throttling', pattern: /Throttling|ThrottlingException|Rate exceeded|THROTTLING/i },
];
/**
 * The user's own code failed: retrying runs the same failure again, whatever else the reason says.
 * (A ClientError is not here: "ClientError: Failed to invoke sagemaker:CreateTrainingJob ...
 * ResourceLimitExceeded" is a limit, and other ClientErrors match no transient pattern.)
 */
const USER_FAILURE = /AlgorithmError|ModelError/;
/** The transient kind of one failure reason, or undefined when it is not transient. */
function transientKind(reason) {
    if (!reason || USER_FAILURE.test(reason))
        return undefined;
    return TRANSIENT.find((t) => t.pattern.test(reason))?.kind;
}
/** Retry only when every failed step failed for a transient reason. */
function retryDecision(steps) {
    const failed = steps.filter((s) => s.status === 'Failed');
    if (!failed.length)
        return { retry: false, why: 'no step failed (the execution itself failed)' };
    const kinds = failed.map((s) => ({ s, kind: transientKind(s.failureReason) }));
    const lasting = kinds.find((k) => !k.kind);
    if (lasting)
        return {
            retry: false,
            why: `step ${lasting.s.name} failed in its own code or configuration, which a retry would repeat: ${lasting.s.failureReason ?? 'no reason given'}`,
        };
    return { retry: true, why: kinds.map((k) => `${k.s.name}: ${k.kind}`).join(', ') };
}
/**
 * The ClientRequestToken of RetryPipelineExecution (32-128): the same for the same retry of the
 * same execution in one run attempt (a lost response retried is one retry), new for the next.
 */
function retryToken(run, executionArn, which) {
    return (0,_run_info_js__WEBPACK_IMPORTED_MODULE_1__/* .runScopedHash */ .m)(run, 'retry-pipeline', [executionArn, which]) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
}
/** How long a retried execution may still read Failed before its retry shows. */
const RETRY_SHOWS_MS = 120_000;
/**
 * After RetryPipelineExecution, until the execution no longer reads Failed (usually the first
 * read): a wait that began on a status read before the retry took would see the old failure and
 * end at once. Gives up quietly after two minutes (the wait then reports what it sees).
 */
async function untilRetryShows(o) {
    await (0,_wait_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runWait */ .pT)({
        what: `the retry of ${o.arn}`,
        clock: o.clock,
        log: o.log,
        ...(o.signal ? { signal: o.signal } : {}),
        timeoutMs: RETRY_SHOWS_MS,
        isTransient: (err) => err instanceof _gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_,
        poll: async () => ({
            done: (await o.gateway.describeExecution(o.arn, { signal: o.signal })).status !== 'Failed',
        }),
        nextPollMs: () => 2_000,
    });
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

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ timingHint),
/* harmony export */   pT: () => (/* binding */ runWait)
/* harmony export */ });
/* unused harmony export HEARTBEAT_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


/** A long wait is never silent: a line about every 5 minutes while nothing changes. */
const HEARTBEAT_MS = 5 * 60_000;
/** How soon a terminal status is read again when its settling read failed transiently. */
const SETTLE_RETRY_MS = 2_000;
/**
 * The one wait loop: polls on the spec's schedule until the work is done, the time is up or the
 * signal aborts (a sleep or a read in flight ends at once, so the caller's stop request follows
 * within moments). Transient errors are logged in debug and polled through; a terminal status is
 * settled by a final read; a heartbeat says what still runs while nothing changes. Stopping the
 * remote work on cancel or timeout is the caller's business: it knows what to stop and how.
 */
async function runWait(spec) {
    const { clock, log, signal } = spec;
    const heartbeatMs = spec.heartbeatMs ?? HEARTBEAT_MS;
    const start = clock.now();
    const deadline = start + spec.timeoutMs;
    let last;
    let news = start;
    let polls = 0;
    let transientErrors = 0;
    const outcome = (ended) => {
        if (transientErrors)
            log.debug(`${transientErrors} transient errors were polled through`);
        return { ended, ...(last ? { last } : {}), polls, transientErrors };
    };
    for (;;) {
        if (signal?.aborted)
            return outcome('cancelled');
        let failed = false;
        let settling = false;
        try {
            polls++;
            let seen = await spec.poll();
            if (seen.changed)
                news = clock.now();
            if (seen.done && spec.settle) {
                settling = true;
                seen = await spec.settle(seen);
            }
            last = seen;
            if (seen.done)
                return outcome('done');
        }
        catch (err) {
            // A read abandoned by a cancel is no error: the caller stops the work.
            if (signal?.aborted)
                return outcome('cancelled');
            if (!spec.isTransient(err))
                throw err;
            failed = true;
            transientErrors++;
            log.debug(`${spec.what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)} (transient, polling again)`);
        }
        const now = clock.now();
        if (now >= deadline)
            return outcome('timeout');
        if (now - news >= heartbeatMs) {
            news = now;
            const doing = spec.progress?.(last);
            log.info(`Still waiting for ${spec.what}${doing ? `: ${doing}` : ''} (${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(now - start)} so far)`);
        }
        const interval = failed && settling ? SETTLE_RETRY_MS : spec.nextPollMs(now, last);
        await clock.sleep(Math.max(0, Math.min(interval, deadline - now)), signal);
    }
}
/**
 * Reads a timing hint (the previous run of the same thing). A hint never fails a wait, whatever
 * the error (a permission the role lacks included): the wait then polls without a prediction.
 */
async function timingHint(log, what, read) {
    try {
        return await read();
    }
    catch (err) {
        log.debug(`no ${what} to predict from (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); polling without it`);
        return undefined;
    }
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
