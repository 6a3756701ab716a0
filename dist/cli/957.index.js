export const id = 957;
export const ids = [957];
export const modules = {

/***/ 8884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ jobLogReader),
/* harmony export */   Z: () => (/* binding */ abortable)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2684);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
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

/***/ 7957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/job-logs.ts
var job_logs = __webpack_require__(8884);
;// CONCATENATED MODULE: ./src/aws/sagemaker-transform.ts




/** Batch transform jobs, with the AWS SDK. */
function sagemakerTransformGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'SAGEMAKER', (config) => new dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeTransformJob(name) {
            try {
                const out = await client().send(new dist_cjs/* DescribeTransformJobCommand */.E9g({ TransformJobName: name }));
                return {
                    name: out.TransformJobName ?? name,
                    arn: out.TransformJobArn ?? '',
                    status: out.TransformJobStatus ?? 'InProgress',
                    ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                    ...(out.ModelName ? { modelName: out.ModelName } : {}),
                    ...(out.TransformOutput?.S3OutputPath ? { outputS3Uri: out.TransformOutput.S3OutputPath } : {}),
                    ...(out.CreationTime ? { creationTime: out.CreationTime.getTime() } : {}),
                    ...(out.TransformEndTime ? { endTime: out.TransformEndTime.getTime() } : {}),
                };
            }
            catch (err) {
                if ((0,sagemaker_promotion/* isNotFound */.c4)(err))
                    return undefined;
                throw err;
            }
        },
        async createTransformJob(req) {
            const dp = req.dataProcessing;
            const out = await client().send(new dist_cjs/* CreateTransformJobCommand */.zmV({
                TransformJobName: req.name,
                ModelName: req.modelName,
                TransformInput: {
                    DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: req.input.s3Uri } },
                    ...(req.input.contentType ? { ContentType: req.input.contentType } : {}),
                    ...(req.input.splitType ? { SplitType: req.input.splitType } : {}),
                    ...(req.input.compressionType ? { CompressionType: req.input.compressionType } : {}),
                },
                TransformOutput: {
                    S3OutputPath: req.output.s3Uri,
                    ...(req.output.accept ? { Accept: req.output.accept } : {}),
                    ...(req.output.assembleWith ? { AssembleWith: req.output.assembleWith } : {}),
                },
                TransformResources: {
                    InstanceType: req.resources.instanceType,
                    InstanceCount: req.resources.instanceCount,
                },
                ...(req.batchStrategy ? { BatchStrategy: req.batchStrategy } : {}),
                ...(req.maxPayloadInMB !== undefined ? { MaxPayloadInMB: req.maxPayloadInMB } : {}),
                ...(req.maxConcurrentTransforms !== undefined
                    ? { MaxConcurrentTransforms: req.maxConcurrentTransforms }
                    : {}),
                ...(dp && (dp.joinSource || dp.inputFilter || dp.outputFilter)
                    ? {
                        DataProcessing: {
                            ...(dp.inputFilter ? { InputFilter: dp.inputFilter } : {}),
                            ...(dp.outputFilter ? { OutputFilter: dp.outputFilter } : {}),
                            ...(dp.joinSource ? { JoinSource: dp.joinSource } : {}),
                        },
                    }
                    : {}),
            }));
            return out.TransformJobArn ?? '';
        },
        async stopTransformJob(name) {
            await client().send(new dist_cjs/* StopTransformJobCommand */.Heu({ TransformJobName: name }));
        },
    };
}
/** The last lines of a job's first two log streams (`<job>/<instance>`, in name order). */
function jobLogGateway(ctx) {
    const logs = (0,job_logs/* jobLogReader */.J)(ctx);
    return {
        async tail(group, prefix, lines) {
            const streams = await logs.logStreams(group, prefix, undefined, 5);
            const out = [];
            for (const s of streams.slice(0, 2)) {
                const messages = await logs.lastLogEvents(group, s.name, lines);
                out.push({
                    stream: s.name,
                    lines: messages.flatMap((m) => m.replace(/\r?\n$/, '').split(/\r?\n/)),
                });
            }
            return out;
        },
    };
}

// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/promotion/model.ts
var model = __webpack_require__(9228);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
;// CONCATENATED MODULE: ./src/core/inference/transform.ts





const TRANSFORM_LOG_GROUP = '/aws/sagemaker/TransformJobs';
const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
const TAIL_LINES = 30;
/**
 * Runs a batch transform job from a model package: the model (made as deploy makes it), then the
 * job under a name derived from the run, or the job an earlier try of this step started under
 * that name; waits for it; reads a failed job's log tail. Cancelling stops the job.
 */
async function runTransform(req, ctx) {
    const { gateway, log } = ctx;
    let job = await gateway.describeTransformJob(req.name);
    let attached = Boolean(job);
    if (job) {
        refuseForeign(job, req);
        log.info(`Transform job ${req.name} exists (an earlier try of this step started it): attaching to it.`);
    }
    else {
        (0,model/* refuseUnusable */.Ay)(await gateway.describeModelPackage(req.packageArn), req.packageArn);
        await (0,model/* ensureModel */.aI)(gateway, log, req.modelName, req.packageArn, req.roleArn);
        ctx.onOutput('model-name', req.modelName);
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.cc(`cancelled before transform job ${req.name} was started; nothing runs`);
        try {
            await gateway.createTransformJob(req);
            log.info(`Started transform job ${req.name}: ${req.input.s3Uri} → ${req.output.s3Uri} on ${req.resources.instanceCount} × ${req.resources.instanceType}.`);
        }
        catch (err) {
            // A create whose response was lost, retried: the job exists, and it is this one.
            job = await gateway.describeTransformJob(req.name).catch(() => undefined);
            if (!job)
                throw err;
            attached = true;
        }
        job = (await gateway.describeTransformJob(req.name)) ?? job;
    }
    if (!job)
        throw new errors/* OutcomeError */.Rz(`transform job ${req.name} was started but SageMaker does not find it`);
    ctx.onOutput('transform-job-name', job.name);
    ctx.onOutput('transform-job-arn', job.arn);
    const startedAt = job.creationTime ?? ctx.clock.now();
    let last = job;
    const waited = await (0,engine/* runWait */.pT)({
        what: `transform job ${req.name}`,
        clock: ctx.clock,
        log,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        isTransient: ctx.isTransient,
        poll: async () => {
            const seen = await gateway.describeTransformJob(req.name);
            if (!seen)
                throw new errors/* OutcomeError */.Rz(`transform job ${req.name} disappeared while it ran`);
            const changed = seen.status !== last.status;
            if (changed)
                log.info(`Transform job ${req.name}: ${seen.status}`);
            last = seen;
            return { done: TERMINAL.has(seen.status), changed, job: seen };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)({ kind: 'adaptive' }, now, { startTime: startedAt, steps: [] }, undefined),
        progress: (o) => o?.job.status ?? last.status,
    });
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(await cancelled(req.name, last, ctx));
    if (waited.ended === 'timeout') {
        throw new errors/* TimeoutError */.MU(`transform job ${req.name} was still ${last.status} after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}; it goes on. ` +
            `Run this step again with job-name: ${req.name} to wait for it, or stop it (aws sagemaker stop-transform-job --transform-job-name ${req.name})`);
    }
    const final = waited.last.job;
    const logTail = final.status === 'Failed' ? await tail(req.name, ctx) : [];
    return { job: final, attached, logTail, polls: waited.polls };
}
/** A job of that name that another model or output made: not this step's to attach to. */
function refuseForeign(job, req) {
    const sameOutput = !job.outputS3Uri || job.outputS3Uri.replace(/\/$/, '') === req.output.s3Uri.replace(/\/$/, '');
    if ((job.modelName && job.modelName !== req.modelName) || !sameOutput) {
        throw new errors/* OutcomeError */.Rz(`a transform job named ${job.name} already exists for model ${job.modelName ?? '?'} writing to ${job.outputS3Uri ?? '?'}, ` +
            `not this step's (model ${req.modelName}, output ${req.output.s3Uri}): give another job-name`);
    }
}
async function cancelled(name, last, ctx) {
    if (TERMINAL.has(last.status))
        return `cancelled after transform job ${name} ended ${last.status}`;
    if (!ctx.stopOnCancel)
        return `cancelled; transform job ${name} goes on (${last.status}) because stop-on-cancel is false`;
    try {
        await ctx.gateway.stopTransformJob(name);
    }
    catch (err) {
        const now = await ctx.gateway.describeTransformJob(name).catch(() => undefined);
        if (!now || !['Stopping', 'Stopped', 'Completed', 'Failed'].includes(now.status)) {
            return `cancelled, but stopping transform job ${name} failed (${err.message}): stop it with 'aws sagemaker stop-transform-job --transform-job-name ${name}'`;
        }
    }
    return `cancelled: stopped transform job ${name} (StopTransformJob sent; a stopped job writes no output)`;
}
/** The log tail never fails the step: it explains a failure SageMaker already reported. */
async function tail(name, ctx) {
    try {
        return await ctx.logs.tail(TRANSFORM_LOG_GROUP, `${name}/`, TAIL_LINES);
    }
    catch (err) {
        ctx.log.warning(`could not read the logs of transform job ${name}: ${err.message}`);
        return [];
    }
}

// EXTERNAL MODULE: ./src/core/inference/transform-names.ts
var transform_names = __webpack_require__(8626);
;// CONCATENATED MODULE: ./src/core/inference/transform-summary.ts
const ICON = { Completed: '✅', Failed: '❌', Stopped: '⏹️' };
/** The job summary of a batch transform: what ran where, how it ended, and a failed job's log tail. */
function transformSummary(req, result) {
    const { job } = result;
    const rows = [
        ['Job', `\`${req.name}\`${result.attached ? ' (attached: started by an earlier try of this step)' : ''}`],
        ['Model', `\`${req.modelName}\``],
        ['Input', `\`${req.input.s3Uri}\`${req.input.contentType ? ` (${req.input.contentType})` : ''}`],
        ['Output', `\`${req.output.s3Uri}\``],
        ['Instances', `${req.resources.instanceCount} × ${req.resources.instanceType}`],
        ...(req.input.splitType ? [['Split', req.input.splitType]] : []),
        ...(req.batchStrategy ? [['Batch strategy', req.batchStrategy]] : []),
        ...(req.dataProcessing?.joinSource ? [['Join source', req.dataProcessing.joinSource]] : []),
        ['Status', `${job.status}${job.failureReason ? `: ${job.failureReason.replace(/\|/g, '\\|')}` : ''}`],
    ];
    const parts = [
        `### ${ICON[job.status] ?? 'ℹ️'} Batch transform ${req.name}: ${job.status}`,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ];
    for (const t of result.logTail) {
        parts.push('', `<details><summary>Last lines of ${t.stream}</summary>`, '', '```', ...t.lines, '```', '</details>');
    }
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/batch-transform/spec.ts + 1 modules
var spec = __webpack_require__(6059);
;// CONCATENATED MODULE: ./src/commands/batch-transform/run.ts









async function run({ host, inputs, aws }) {
    const packageArn = inputs['model-package-arn'];
    const roleArn = inputs['execution-role-arn'];
    const settings = {
        modelName: (0,transform_names/* packageModelName */.T2)(packageArn, roleArn),
        input: {
            s3Uri: inputs['input-s3-uri'],
            ...(inputs['content-type'] ? { contentType: inputs['content-type'] } : {}),
            ...(inputs['split-type'] ? { splitType: inputs['split-type'] } : {}),
            ...(inputs['compression-type'] ? { compressionType: inputs['compression-type'] } : {}),
        },
        output: {
            s3Uri: inputs['output-s3-uri'],
            ...(inputs.accept ? { accept: inputs.accept } : {}),
            ...(inputs['assemble-with'] ? { assembleWith: inputs['assemble-with'] } : {}),
        },
        resources: { instanceType: inputs['instance-type'], instanceCount: inputs['instance-count'] },
        ...(inputs['batch-strategy'] ? { batchStrategy: inputs['batch-strategy'] } : {}),
        ...(inputs['max-payload'] !== undefined ? { maxPayloadInMB: inputs['max-payload'] } : {}),
        ...(inputs['max-concurrent-transforms'] !== undefined
            ? { maxConcurrentTransforms: inputs['max-concurrent-transforms'] }
            : {}),
        ...(inputs['join-source'] || inputs['input-filter'] || inputs['output-filter']
            ? {
                dataProcessing: {
                    ...(inputs['join-source'] ? { joinSource: inputs['join-source'] } : {}),
                    ...(inputs['input-filter'] ? { inputFilter: inputs['input-filter'] } : {}),
                    ...(inputs['output-filter'] ? { outputFilter: inputs['output-filter'] } : {}),
                },
            }
            : {}),
    };
    const name = inputs['job-name'] ?? (0,transform_names/* transformJobName */.DL)(host.run, packageArn, settings);
    host.setOutput('output-s3-uri', settings.output.s3Uri);
    const context = (0,aws_options/* awsFor */.B)(host, aws, spec.spec.action);
    const result = await runTransform({ ...settings, name, packageArn, roleArn }, {
        gateway: { ...(0,sagemaker_promotion/* sagemakerPromotionGateway */.IY)(context), ...sagemakerTransformGateway(context) },
        logs: jobLogGateway(context),
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: aws_transient/* isTransient */.d,
        onOutput: (output, value) => host.setOutput(output, value),
        timeoutMs: inputs.timeout,
        stopOnCancel: inputs['stop-on-cancel'],
    });
    const { job } = result;
    host.setOutput('status', job.status);
    for (const t of result.logTail) {
        host.info(`Last lines of ${t.stream}:`);
        for (const line of t.lines)
            host.remoteLine(line);
    }
    await host.appendSummary(transformSummary({ ...settings, name }, result));
    if (job.status !== 'Completed') {
        const reason = job.failureReason ? `: ${job.failureReason}` : '';
        if (job.status === 'Failed')
            host.error(`transform job ${name} failed${reason}`, { title: 'Batch transform failed' });
        throw new errors/* OutcomeError */.Rz(`transform job ${name} ended ${job.status}${reason}`);
    }
    host.info(`Transform job ${name} Completed: results in ${settings.output.s3Uri}`);
}


/***/ })

};
