export const id = 549;
export const ids = [549];
export const modules = {

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sagemakerPipelines)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4459);
/* harmony import */ var _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8021);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);




/** The pipeline gateway over the SageMaker API. Errors are classified for the domain's waits. */
function sagemakerPipelines(ctx) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyClient */ .qW)(ctx, 'SAGEMAKER', (config) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .SageMakerClient */ .kHU(config));
    const send = async (fn) => {
        try {
            return await fn();
        }
        catch (err) {
            if (!(0,_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .d)(err))
                throw err;
            // AWS's own name and words: a step that gives up after the SDK's retries shows them.
            const transient = new _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_(err.message);
            transient.name = err.name;
            throw transient;
        }
    };
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describePipeline(name) {
            try {
                const p = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineCommand */ .XMb({ PipelineName: name })));
                return {
                    arn: p.PipelineArn ?? '',
                    name: p.PipelineName ?? name,
                    definition: p.PipelineDefinition ?? '{}',
                };
            }
            catch (err) {
                if (err.name === 'ResourceNotFound')
                    return undefined;
                throw err;
            }
        },
        async createPipeline(req) {
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .CreatePipelineCommand */ .CQC({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ClientRequestToken: req.token,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineArn ?? '';
        },
        async updatePipeline(req) {
            await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .UpdatePipelineCommand */ .vMT({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
        },
        async startExecution(req) {
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .StartPipelineExecutionCommand */ .QqH({
                PipelineName: req.pipelineName,
                ClientRequestToken: req.clientRequestToken,
                ...(req.parameters.length ? { PipelineParameters: req.parameters } : {}),
                ...(req.displayName ? { PipelineExecutionDisplayName: req.displayName } : {}),
                ...(req.description ? { PipelineExecutionDescription: req.description } : {}),
                ...(req.maxParallelSteps
                    ? { ParallelismConfiguration: { MaxParallelExecutionSteps: req.maxParallelSteps } }
                    : {}),
            })));
            if (!out.PipelineExecutionArn)
                throw new Error('StartPipelineExecution returned no PipelineExecutionArn');
            return out.PipelineExecutionArn;
        },
        async describeExecution(arn, options) {
            const e = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineExecutionCommand */ .lMO({ PipelineExecutionArn: arn }), abortable(options)));
            return {
                arn: e.PipelineExecutionArn ?? arn,
                status: e.PipelineExecutionStatus ?? 'Executing',
                displayName: e.PipelineExecutionDisplayName,
                failureReason: e.FailureReason,
                startTime: ms(e.CreationTime),
                lastModifiedTime: ms(e.LastModifiedTime),
            };
        },
        async listExecutions(pipelineName, nextToken, options) {
            const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineExecutionsCommand */ .bni({
                PipelineName: pipelineName,
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: options?.maxResults ?? 100,
                ...(nextToken ? { NextToken: nextToken } : {}),
            }), abortable(options)));
            return {
                executions: (page.PipelineExecutionSummaries ?? []).map((e) => ({
                    arn: e.PipelineExecutionArn ?? '',
                    status: e.PipelineExecutionStatus ?? 'Executing',
                    displayName: e.PipelineExecutionDisplayName,
                    failureReason: e.PipelineExecutionFailureReason,
                    startTime: ms(e.StartTime),
                    ...(e.PipelineExecutionDescription ? { description: e.PipelineExecutionDescription } : {}),
                })),
                ...(page.NextToken ? { nextToken: page.NextToken } : {}),
            };
        },
        async listSteps(arn, options) {
            const steps = [];
            let token;
            do {
                const page = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineExecutionStepsCommand */ .BTz({
                    PipelineExecutionArn: arn,
                    SortOrder: 'Descending',
                    MaxResults: 100,
                    ...(token ? { NextToken: token } : {}),
                }), abortable(options)));
                steps.push(...(page.PipelineExecutionSteps ?? []).map(toStep));
                token = page.NextToken;
            } while (token && !options?.firstPageOnly);
            return { steps, complete: !token };
        },
        async definitionForExecution(arn) {
            const out = await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .DescribePipelineDefinitionForExecutionCommand */ .tW0({ PipelineExecutionArn: arn })));
            return out.PipelineDefinition ?? '{}';
        },
        async stopExecution(arn, token) {
            await send(() => client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .StopPipelineExecutionCommand */ .krr({ PipelineExecutionArn: arn, ClientRequestToken: token })));
        },
    };
}
/** Reads are abandoned when the wait is cancelled; StopPipelineExecution never is. */
function abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}
function toStep(s) {
    return {
        name: s.StepName ?? '',
        displayName: s.StepDisplayName,
        status: s.StepStatus ?? 'Starting',
        startTime: s.StartTime?.getTime(),
        endTime: s.EndTime?.getTime(),
        failureReason: s.FailureReason,
        attemptCount: s.AttemptCount,
        metadata: s.Metadata,
    };
}


/***/ }),

/***/ 7922:
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
    return parts.join('\n');
}
const CLASSES = {
    succeeded: 'fill:#d4edda,stroke:#28a745,color:#155724',
    failed: 'fill:#f8d7da,stroke:#dc3545,color:#721c24',
    executing: 'fill:#cce5ff,stroke:#007bff,color:#004085',
    stopped: 'fill:#e2e3e5,stroke:#6c757d,color:#383d41',
    skipped: 'fill:#ffffff,stroke:#adb5bd,color:#adb5bd,stroke-dasharray:4 4',
    pending: 'fill:#ffffff,stroke:#6c757d,color:#383d41',
};
function flowchart(graph, steps) {
    const ids = new Map(graph.steps.map((s, i) => [s.name, `s${i}`]));
    const byName = new Map(steps.map((s) => [s.name, s]));
    const skipped = skippedSteps(graph, byName);
    const lines = ['flowchart TD'];
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const status = run?.status ?? (skipped.has(node.name) ? 'Skipped' : 'Not started');
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
        lines.push(`  class ${ids.get(node.name)} ${statusClass(run?.status, skipped.has(node.name))}`);
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
        return `| ${s.name} | ${pipelines_executions/* STATUS_ICON */.tW[s.status] ?? ''} ${s.status} | ${took} | ${reason} |`;
    });
    return ['| Step | Status | Duration | Failure reason |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/core/pipelines/verdict.ts
var verdict = __webpack_require__(5018);
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

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/report.ts







/** The wait inputs (already parsed from the spec) as the wait engine takes them. */
function waitSettings(inputs) {
    const poll = inputs['poll-interval'];
    return {
        timeoutMs: inputs['timeout-minutes'],
        policy: poll === 'adaptive' ? { kind: 'adaptive' } : { kind: 'fixed', intervalMs: poll },
        failOn: inputs['fail-on'],
        stopOnCancel: inputs['stop-on-cancel'],
    };
}
/** Most diagrams a summary draws; further executions get a row in a table. */
const MAX_DIAGRAMS = 3;
/** Waits, sets the outputs, writes the summary, and throws when the `fail-on` policy says so. */
async function waitAndReport(host, gateway, arns, s) {
    host.info(`Waiting on ${arns.length === 1 ? arns[0] : `${arns.length} executions`} (${s.policy.kind === 'adaptive' ? 'adaptive polling' : `every ${s.policy.intervalMs / 1000}s`})`);
    const result = await waitForExecutions({
        executions: arns,
        gateway,
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs: s.timeoutMs,
        policy: s.policy,
        stopOnCancel: s.stopOnCancel,
    });
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
    await host.appendSummary(await summary(host, gateway, result.executions));
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


/***/ })

};
