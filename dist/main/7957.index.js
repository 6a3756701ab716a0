export const id = 7957;
export const ids = [7957];
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
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
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


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
// EXTERNAL MODULE: ./src/core/inference/transform-names.ts
var transform_names = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/commands/batch-transform/check.ts

/** SageMaker's MaxPayloadInMB when none is given. */
const DEFAULT_PAYLOAD_MB = 6;
/** batch-transform's rules across inputs, as CreateTransformJob enforces them. */
function checkTransform(i) {
    const split = i['split-type'];
    if (i['batch-strategy'] && (!split || split === 'None'))
        throw new errors/* InputError */.dz('batch-strategy', `needs split-type Line, RecordIO or TFRecord (records to batch), got split-type ${split ?? 'unset'}`);
    const payload = i['max-payload'] ?? DEFAULT_PAYLOAD_MB;
    const concurrent = i['max-concurrent-transforms'];
    if (concurrent !== undefined && concurrent * payload > 100)
        throw new errors/* InputError */.dz('max-concurrent-transforms', `× max-payload must be at most 100 MB (${concurrent} × ${payload} MB${i['max-payload'] === undefined ? ', the default payload' : ''} = ${concurrent * payload})`);
}

;// CONCATENATED MODULE: ./src/commands/batch-transform/spec.ts






/** S3Uri in the API: `^(https|s3)://([^/]+)/?(.*)$`, at most 1024 characters. */
const S3_URI = {
    kind: 'string',
    pattern: /^(https|s3):\/\/([^/]+)\/?(.*)$/,
    allowed: 'an s3://bucket/prefix URI',
    maxLength: 1024,
};
/** ContentType and Accept: at most 256 characters of `.*`. */
const MEDIA_TYPE = { kind: 'string', maxLength: 256 };
/** DataProcessing's InputFilter and OutputFilter: JSONPath, at most 63 characters. */
const JSON_PATH = {
    kind: 'string',
    maxLength: 63,
    pattern: /^\$/,
    allowed: 'a JSONPath starting with $',
};
const spec = (0,types/* defineSpec */.j)({
    action: 'batch-transform',
    cli: ['inference', 'transform'],
    title: 'SageMaker CI/CD: batch transform',
    description: 'Run a SageMaker batch transform job from a model package over an S3 prefix, wait for it, and report its output location; a retried step attaches to the job it started, a cancelled one stops it.',
    icon: 'layers',
    inputs: {
        'model-package-arn': {
            kind: 'string',
            parse: names/* modelPackageArn */.$t,
            description: 'ARN of the model package version to run (refused when Rejected or not Completed); its model is made as deploy makes it.',
            required: true,
        },
        'execution-role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'IAM role the model runs as (reads the input prefix, writes the output path).',
            required: true,
        },
        'input-s3-uri': { ...S3_URI, description: 'S3 prefix whose objects are transformed.', required: true },
        'output-s3-uri': {
            ...S3_URI,
            description: 'S3 path the results are written to (one `<input object>.out` per input object).',
            required: true,
        },
        'content-type': {
            ...MEDIA_TYPE,
            description: 'MIME type of the input, sent to the model (e.g. text/csv).',
        },
        'split-type': {
            kind: 'enum',
            choices: ['None', 'Line', 'RecordIO', 'TFRecord'],
            description: 'How input objects are split into records: None (whole objects), Line, RecordIO, TFRecord.',
        },
        'compression-type': {
            kind: 'enum',
            choices: ['None', 'Gzip'],
            description: 'Compression of the input objects.',
        },
        'batch-strategy': {
            kind: 'enum',
            choices: ['SingleRecord', 'MultiRecord'],
            description: 'Records per request: SingleRecord, or MultiRecord (as many as fit in max-payload). Needs split-type Line, RecordIO or TFRecord.',
        },
        accept: { ...MEDIA_TYPE, description: 'MIME type of the output (e.g. text/csv).' },
        'assemble-with': {
            kind: 'enum',
            choices: ['None', 'Line'],
            description: 'How results are joined in an output object: None (concatenated) or Line (one per line).',
        },
        'instance-type': {
            kind: 'string',
            parse: names/* instanceType */.w,
            description: 'Instance type of the job, e.g. ml.m5.xlarge.',
            required: true,
        },
        'instance-count': {
            kind: 'integer',
            min: 1,
            max: 100,
            unit: 'instances',
            description: 'How many instances run the job.',
            default: '1',
        },
        'max-payload': {
            kind: 'integer',
            min: 0,
            max: 100,
            unit: 'MB',
            description: 'Largest request payload in MB (0-100; SageMaker defaults to 6); max-concurrent-transforms × max-payload must stay ≤ 100.',
        },
        'max-concurrent-transforms': {
            kind: 'integer',
            min: 0,
            max: 100,
            unit: 'requests',
            description: 'Parallel requests per instance (0 or unset: the container decides, else 1).',
        },
        'join-source': {
            kind: 'enum',
            choices: ['None', 'Input'],
            description: 'Input joins the input record to its result in the output (DataProcessing.JoinSource).',
        },
        'input-filter': {
            ...JSON_PATH,
            description: 'JSONPath selecting what of each input record is sent, e.g. $[1:].',
        },
        'output-filter': {
            ...JSON_PATH,
            description: 'JSONPath selecting what of the (joined) record is written, e.g. $[0,-1].',
        },
        'job-name': {
            kind: 'string',
            pattern: transform_names/* JOB_NAME */.gW,
            allowed: 'letters, digits and hyphens, up to 63, starting and ending with a letter or digit',
            description: 'Name of the transform job. Default: derived from the run (run id, attempt, job, step), so a retried step attaches to its job; give the name of a running job to wait for it.',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 7 * 24 * 3_600_000,
            description: 'How long to wait for the job; after it the job goes on and the step fails.',
            default: '6h',
        },
        'stop-on-cancel': {
            kind: 'boolean',
            description: 'Stop the transform job when the workflow is cancelled (a stopped job writes no output).',
            default: 'true',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkTransform,
    outputs: {
        'transform-job-name': { description: 'Name of the transform job.' },
        'transform-job-arn': { description: 'ARN of the transform job (set as soon as it exists).' },
        'output-s3-uri': { description: 'Where the results are: one `<input object>.out` per input object.' },
        status: { description: "The job's status at the end: Completed, Failed or Stopped." },
        'model-name': { description: 'The SageMaker model the job ran.' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:DescribeModel',
        'sagemaker:CreateModel',
        'sagemaker:CreateTransformJob',
        'sagemaker:DescribeTransformJob',
        'sagemaker:StopTransformJob',
        'logs:DescribeLogStreams',
        'logs:GetLogEvents',
        'iam:PassRole',
    ],
});


/***/ }),

/***/ 8626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ transformJobName),
/* harmony export */   T2: () => (/* binding */ packageModelName),
/* harmony export */   gW: () => (/* binding */ JOB_NAME)
/* harmony export */ });
/* unused harmony export packageParts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5415);


/** TransformJobName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** `churn` and `12` from `arn:aws:sagemaker:…:model-package/churn/12`. */
function packageParts(arn) {
    const [, group = 'model', version = '0'] = /model-package\/([^/]+)\/(\d+)$/.exec(arn) ?? [];
    return { group, version };
}
/** Fits `head` before `suffix` in 63 characters, ending on a letter or digit. */
function fit(head, suffix) {
    const clean = head.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+/, '');
    return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, '') || 'm'}${suffix}`;
}
/**
 * The model a package runs as outside an endpoint: the package's group and version and a hash of
 * the package and role, so every job of that package with that role shares one model.
 */
function packageModelName(packageArn, roleArn) {
    const { group, version } = packageParts(packageArn);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([packageArn, roleArn]))
        .digest('hex')
        .slice(0, 6);
    return fit(group, `-v${version}-${hash}`);
}
/**
 * The transform job's name, derived from the run: the run id, its attempt, the job and the step
 * (and what the job does), so a step retried within the same attempt finds the job it started
 * instead of starting another; "Re-run jobs" (a new attempt) starts a new one. Outside a CI run
 * the name is new each time.
 */
function transformJobName(run, packageArn, settings) {
    const { group } = packageParts(packageArn);
    const hash = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_1__/* .runScopedHash */ .m)(run, 'batch-transform', [JSON.stringify(settings)]) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
    const runPart = run.runId
        ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
        : '';
    return fit(group, `${runPart}-${hash.slice(0, 8)}`);
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
