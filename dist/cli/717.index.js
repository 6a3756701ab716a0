export const id = 717;
export const ids = [717];
export const modules = {

/***/ 6717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/codepipeline.ts


function codePipelineGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CODEPIPELINE', (config) => new dist_cjs/* CodePipelineClient */.pEs(config));
    return {
        region: () => client().config.region(),
        async start(pipeline, variables, token) {
            const r = await client().send(new dist_cjs/* StartPipelineExecutionCommand */.QqH({
                name: pipeline,
                ...(variables.length ? { variables } : {}),
                clientRequestToken: token,
            }));
            return r.pipelineExecutionId ?? '';
        },
        async execution(pipeline, id) {
            const r = await client().send(new dist_cjs/* GetPipelineExecutionCommand */.qZw({ pipelineName: pipeline, pipelineExecutionId: id }));
            return {
                status: r.pipelineExecution?.status ?? 'Unknown',
                summary: r.pipelineExecution?.statusSummary,
            };
        },
        async stages(pipeline, id) {
            const r = await client().send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: pipeline }));
            return (r.stageStates ?? []).map((s) => {
                // GetPipelineState shows each stage's latest execution, which may be another one.
                const ours = s.latestExecution?.pipelineExecutionId === id;
                return {
                    name: s.stageName ?? '',
                    status: ours ? (s.latestExecution?.status ?? 'Unknown') : 'NotReached',
                    actions: (s.actionStates ?? []).map((a) => {
                        const e = ours ? a.latestExecution : undefined;
                        return {
                            name: a.actionName ?? '',
                            status: e?.status ?? 'NotReached',
                            ...(e?.summary ? { summary: e.summary } : {}),
                            ...(e?.errorDetails?.message ? { error: e.errorDetails.message } : {}),
                            ...(e?.token ? { token: e.token } : {}),
                            ...(e?.externalExecutionUrl ? { url: e.externalExecutionUrl } : {}),
                        };
                    }),
                };
            });
        },
        async previousExecution(pipeline, id) {
            // Newest first; the previous success is almost always among the latest few.
            const r = await client().send(new dist_cjs/* ListPipelineExecutionsCommand */.bni({ pipelineName: pipeline, maxResults: 20 }));
            const e = (r.pipelineExecutionSummaries ?? []).find((x) => x.pipelineExecutionId !== id && x.status === 'Succeeded' && x.startTime && x.lastUpdateTime);
            return e ? { startTime: e.startTime.getTime(), endTime: e.lastUpdateTime.getTime() } : undefined;
        },
        async stop(pipeline, id, abandon, reason) {
            await client().send(new dist_cjs/* StopPipelineExecutionCommand */.krr({
                pipelineName: pipeline,
                pipelineExecutionId: id,
                abandon,
                reason,
            }));
        },
    };
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
;// CONCATENATED MODULE: ./src/core/codepipeline/follow.ts



const TERMINAL = new Set([
    'Cancelled',
    'Stopped',
    'Succeeded',
    'Superseded',
    'Failed',
]);
const EXECUTION_CHECK_MS = 5 * 60_000;
/**
 * Follows an execution stage by stage until it ends: logs each stage and action as its status
 * changes, says when a manual approval waits (stage and action). Polls on the adaptive schedule
 * from the pipeline's previous successful execution. When the status turns terminal the stages are
 * read once more, so a failure names the stage and action that failed. Throttling, 5xx and
 * dropped connections never end the wait. Cancelling stops the execution (StopPipelineExecution).
 */
async function followExecution(gw, pipeline, id, opts) {
    const policy = opts.policy ?? { kind: 'adaptive' };
    const startedAt = opts.clock.now();
    const history = policy.kind === 'adaptive'
        ? await (0,engine/* timingHint */.Iy)(opts.log, 'previous execution', () => previous(gw, pipeline, id))
        : undefined;
    const seen = new Map();
    let approvalKey = '';
    let status;
    let checkedAt = 0;
    const logStages = (stages) => {
        let changed = false;
        for (const stage of stages) {
            changed = note(seen, `stage ${stage.name}`, stage.status, opts.log, '') || changed;
            for (const a of stage.actions) {
                const detail = a.error ? `: ${a.error}` : a.summary ? `: ${a.summary}` : '';
                changed = note(seen, `  ${stage.name} / ${a.name}`, a.status, opts.log, detail) || changed;
            }
        }
        return changed;
    };
    const waited = await (0,engine/* runWait */.pT)({
        what: `execution ${id} of CodePipeline ${pipeline}`,
        clock: opts.clock,
        log: opts.log,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs,
        isTransient: opts.isTransient,
        poll: async () => {
            const stages = await gw.stages(pipeline, id);
            // While one of this execution's stages runs, GetPipelineState alone shows progress; the
            // execution's own status is read when none runs (it may have ended, been superseded or
            // stopped), and every few minutes regardless.
            const running = stages.some((s) => s.status === 'InProgress');
            if (!running || status === undefined || opts.clock.now() - checkedAt >= EXECUTION_CHECK_MS) {
                status = (await gw.execution(pipeline, id)).status;
                checkedAt = opts.clock.now();
            }
            const changed = logStages(stages);
            const approval = pendingApproval(stages);
            const key = approval ? `${approval.stage}/${approval.action}` : '';
            if (key !== approvalKey) {
                approvalKey = key;
                if (approval) {
                    opts.log.warning(`Waiting for a manual approval: stage '${approval.stage}', action '${approval.action}' of pipeline ${pipeline}`);
                }
                opts.onApproval?.(approval);
            }
            const ended = TERMINAL.has(status);
            return { done: ended || Boolean(approval && !opts.waitForApproval), changed, status, stages, approval };
        },
        // The stages above were read before the status that says the execution ended: read them again.
        settle: async (o) => {
            if (!TERMINAL.has(o.status))
                return o;
            const stages = await gw.stages(pipeline, id);
            logStages(stages);
            return { ...o, stages };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)(policy, now, { startTime: startedAt, steps: [] }, history),
        progress: (o) => {
            const running = o?.stages.filter((s) => s.status === 'InProgress').map((s) => s.name) ?? [];
            return running.length ? `stage ${running.join(', ')} in progress` : `${o?.status ?? 'status unknown'}`;
        },
    });
    if (waited.ended === 'cancelled')
        return cancel(gw, pipeline, id, opts);
    if (waited.ended === 'timeout') {
        throw new errors/* TimeoutError */.MU(`execution ${id} of CodePipeline ${pipeline} did not finish within the timeout (still ${status ?? 'unknown'}); it keeps running`);
    }
    const { status: final, stages, approval } = waited.last;
    return {
        status: final,
        stages,
        ...(approval && !TERMINAL.has(final) ? { approval } : {}),
        polls: waited.polls,
    };
}
/** The previous successful execution's length, as a template for this one's. */
async function previous(gw, pipeline, id) {
    const p = await gw.previousExecution(pipeline, id);
    return p ? (0,schedule/* historyFrom */.z)(p.startTime, p.endTime, []) : undefined;
}
function note(seen, what, status, log, detail) {
    if (seen.get(what) === status)
        return false;
    seen.set(what, status);
    if (status !== 'NotReached')
        log.info(`${what}: ${status}${detail}`);
    return true;
}
/** An approval waits when an in-progress action of this execution carries a token. */
function pendingApproval(stages) {
    for (const s of stages) {
        for (const a of s.actions) {
            if (a.status === 'InProgress' && a.token)
                return { stage: s.name, action: a.name };
        }
    }
    return undefined;
}
async function cancel(gw, pipeline, id, opts) {
    const how = opts.abandonOnCancel ? 'abandoning in-progress actions' : 'letting in-progress actions finish';
    opts.log.info(`Cancelled: stopping execution ${id} of ${pipeline} (${how})`);
    try {
        await gw.stop(pipeline, id, opts.abandonOnCancel, 'Cancelled by the workflow run (sagemaker-cicd)');
    }
    catch (err) {
        // Already over (PipelineExecutionNotStoppableException) is not a failure to stop.
        if (err.name !== 'PipelineExecutionNotStoppableException')
            throw err;
    }
    throw new errors/* CancelledError */.cc(`cancelled; execution ${id} of ${pipeline} was asked to stop`);
}
/** The error for an execution that ended badly, naming the failed action and its error. */
function outcomeError(pipeline, id, status, stages) {
    const failed = stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed').map((a) => ({ s, a })));
    const where = failed.map(({ s, a }) => `${s.name} / ${a.name}${a.error ? `: ${a.error}` : ''}`).join('; ');
    return new errors/* OutcomeError */.Rz(`execution ${id} of CodePipeline ${pipeline} ${status}${where ? ` at ${where}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/codepipeline/summary.ts
const ICON = {
    Succeeded: '✅',
    Failed: '❌',
    InProgress: '🔄',
    Stopped: '⏹️',
    Stopping: '⏹️',
    Cancelled: '⏹️',
    Abandoned: '⏹️',
    Skipped: '⏭️',
    NotReached: '·',
};
/** The job summary: one row per stage and action of this execution. */
function executionSummary(pipeline, id, status, stages, consoleUrl, approval) {
    const lines = [
        `### CodePipeline \`${pipeline}\`: ${ICON[status] ?? ''} ${status}`,
        '',
        `Execution [\`${id}\`](${consoleUrl})`,
        '',
    ];
    if (approval) {
        lines.push(`> [!NOTE]\n> Waiting for a manual approval: stage **${approval.stage}**, action **${approval.action}**.`, '');
    }
    lines.push('| Stage | Action | Status | Detail |', '| --- | --- | --- | --- |');
    for (const s of stages) {
        if (!s.actions.length)
            lines.push(`| ${s.name} | | ${ICON[s.status] ?? ''} ${s.status} | |`);
        for (const a of s.actions) {
            const detail = (a.error ?? a.summary ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
            lines.push(`| ${s.name} | ${a.name} | ${ICON[a.status] ?? ''} ${a.status} | ${detail} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function executionConsoleUrl(region, pipeline, id) {
    return `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipeline)}/executions/${id}/timeline?region=${region}`;
}

// EXTERNAL MODULE: ./src/commands/run-codepipeline/spec.ts + 1 modules
var spec = __webpack_require__(4388);
;// CONCATENATED MODULE: ./src/commands/run-codepipeline/run.ts






async function run({ host, inputs, checked, aws }) {
    const pipeline = inputs['pipeline-name'];
    const { variables: vars, token } = checked;
    const wait = inputs.wait;
    const waitForApproval = inputs['wait-for-approval'];
    const timeoutMs = inputs.timeout;
    const cancelMode = inputs['cancel-mode'];
    const gw = codePipelineGateway((0,aws_options/* awsFor */.B)(host, aws, spec.spec.action));
    const id = await gw.start(pipeline, vars, token);
    host.setOutput('execution-id', id);
    const url = executionConsoleUrl(await gw.region(), pipeline, id);
    host.info(`Started execution ${id} of CodePipeline ${pipeline}: ${url}`);
    if (!wait) {
        host.setOutput('status', 'InProgress');
        await host.appendSummary(executionSummary(pipeline, id, 'InProgress', [], url));
        return;
    }
    const result = await followExecution(gw, pipeline, id, {
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs,
        waitForApproval,
        abandonOnCancel: cancelMode === 'abandon',
        isTransient: aws_transient/* isTransient */.d,
        onApproval: (a) => {
            host.setOutput('approval-stage', a?.stage ?? '');
            host.setOutput('approval-action', a?.action ?? '');
        },
    });
    const stages = result.stages.map(publicStage);
    host.setOutput('status', result.status);
    host.setOutput('stages', stages);
    await host.appendSummary(executionSummary(pipeline, id, result.status, stages, url, result.approval));
    if (result.status !== 'Succeeded' && !result.approval)
        throw outcomeError(pipeline, id, result.status, stages);
}
/** Stages as outputs show them: without approval tokens. */
function publicStage(s) {
    return { ...s, actions: s.actions.map(({ token: _token, ...a }) => a) };
}


/***/ })

};
