export const id = 120;
export const ids = [120];
export const modules = {

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ driftData)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_drift_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3356);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(201);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8067);






function driftData(ctx) {
    const s3 = (0,_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyClient */ .qW)(ctx, 'S3', (config) => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3Client */ .YxF(config));
    const stream = async (bucket, key) => {
        try {
            const object = await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
            return object.Body;
        }
        catch (err) {
            const name = err.name;
            const uri = `s3://${bucket}/${key}`;
            if (name === 'NoSuchKey' || name === 'NotFound')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} does not exist (NoSuchKey)`);
            if (name === 'NoSuchBucket')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} does not exist (NoSuchBucket)`);
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AccessDeniedError */ .Uk)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${uri} cannot be read: ${err.message}`);
            throw err;
        }
    };
    return {
        stream,
        async getText(bucket, key) {
            const body = await stream(bucket, key);
            const chunks = [];
            for await (const chunk of body)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        },
        async putText(bucket, key, body) {
            await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
        },
        async listObjects(bucket, prefix, delimiter, max) {
            const keys = [];
            const prefixes = [];
            let ContinuationToken;
            do {
                const page = await s3().send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: bucket,
                    Prefix: prefix,
                    Delimiter: delimiter,
                    ...(max ? { MaxKeys: Math.min(1000, max - keys.length) } : {}),
                    ContinuationToken,
                }));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        keys.push(o.Key);
                for (const p of page.CommonPrefixes ?? [])
                    if (p.Prefix)
                        prefixes.push(p.Prefix);
                ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (ContinuationToken && !(max && keys.length >= max));
            return { keys, prefixes };
        },
        async *lines(bucket, key) {
            const body = await stream(bucket, key);
            yield* (0,_core_drift_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .lineBatches */ .b)(body);
        },
        isTransient: _transient_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransient */ .d,
    };
}


/***/ }),

/***/ 4120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/cloudwatch-metrics.ts


/** GetMetricData's most queries per request. */
const MAX_QUERIES = 500;
/** Endpoint variant metrics (namespace AWS/SageMaker) from CloudWatch, following NextToken. */
function cloudWatchMetricsGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CLOUDWATCH', (config) => new dist_cjs/* CloudWatchClient */.WBn(config));
    return {
        async getMetricData(queries, start, end, periodSeconds) {
            const values = {};
            for (let i = 0; i < queries.length; i += MAX_QUERIES) {
                let token;
                do {
                    const out = await client().send(new dist_cjs/* GetMetricDataCommand */.Soe({
                        StartTime: new Date(start),
                        EndTime: new Date(end),
                        ScanBy: 'TimestampAscending',
                        MetricDataQueries: queries.slice(i, i + MAX_QUERIES).map((q) => ({
                            Id: q.id,
                            ReturnData: true,
                            MetricStat: {
                                Metric: {
                                    Namespace: 'AWS/SageMaker',
                                    MetricName: q.metricName,
                                    Dimensions: [
                                        { Name: 'EndpointName', Value: q.endpointName },
                                        { Name: 'VariantName', Value: q.variantName },
                                    ],
                                },
                                Period: periodSeconds,
                                Stat: q.stat,
                            },
                        })),
                        ...(token ? { NextToken: token } : {}),
                    }));
                    for (const r of out.MetricDataResults ?? [])
                        if (r.Id)
                            values[r.Id] = [...(values[r.Id] ?? []), ...(r.Values ?? [])];
                    token = out.NextToken;
                } while (token);
            }
            return values;
        },
    };
}

// EXTERNAL MODULE: ./src/aws/drift-data.ts
var drift_data = __webpack_require__(9399);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/aws/sagemaker-experiments.ts



function variantConfig(v) {
    return {
        ModelName: v.modelName,
        VariantName: v.variantName,
        InfrastructureConfig: {
            InfrastructureType: 'RealTimeInference',
            RealTimeInferenceConfig: { InstanceType: v.instanceType, InstanceCount: v.instanceCount },
        },
    };
}
/** Inference experiments (shadow tests), with the AWS SDK. */
function sagemakerExperimentGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeExperiment(name) {
            let out;
            try {
                out = await client().send(new client_sagemaker_dist_cjs/* DescribeInferenceExperimentCommand */.z53({ Name: name }));
            }
            catch (err) {
                if ((0,sagemaker_promotion/* isNotFound */.c4)(err))
                    return undefined;
                throw err;
            }
            const shadow = out.ShadowModeConfig?.ShadowModelVariants?.[0]?.ShadowModelVariantName;
            const production = out.ShadowModeConfig?.SourceModelVariantName;
            return {
                name: out.Name ?? name,
                arn: out.Arn ?? '',
                endpointName: out.EndpointMetadata?.EndpointName ?? '',
                status: out.Status ?? 'Creating',
                ...(out.StatusReason ? { statusReason: out.StatusReason } : {}),
                ...(out.Schedule?.StartTime ? { scheduleStart: out.Schedule.StartTime.getTime() } : {}),
                ...(out.Schedule?.EndTime ? { scheduleEnd: out.Schedule.EndTime.getTime() } : {}),
                ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
                variants: (out.ModelVariants ?? []).map((v) => ({
                    modelName: v.ModelName ?? '',
                    variantName: v.VariantName ?? '',
                    instanceType: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceType ?? '',
                    instanceCount: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceCount ?? 0,
                })),
                ...(shadow ? { shadowVariantName: shadow } : {}),
                ...(production ? { productionVariantName: production } : {}),
                ...(out.DataStorageConfig?.Destination ? { captureS3Uri: out.DataStorageConfig.Destination } : {}),
            };
        },
        async createExperiment(req) {
            const out = await client().send(new client_sagemaker_dist_cjs/* CreateInferenceExperimentCommand */.cVN({
                Name: req.name,
                Type: 'ShadowMode',
                ...(req.description ? { Description: req.description } : {}),
                RoleArn: req.roleArn,
                EndpointName: req.endpointName,
                Schedule: { StartTime: new Date(req.startTime), EndTime: new Date(req.endTime) },
                ModelVariants: [variantConfig(req.production), variantConfig(req.shadow)],
                ShadowModeConfig: {
                    SourceModelVariantName: req.production.variantName,
                    ShadowModelVariants: [
                        { ShadowModelVariantName: req.shadow.variantName, SamplingPercentage: req.samplingPercentage },
                    ],
                },
                ...(req.captureS3Uri ? { DataStorageConfig: { Destination: req.captureS3Uri } } : {}),
            }));
            return out.InferenceExperimentArn ?? '';
        },
        async stopExperiment(req) {
            await client().send(new client_sagemaker_dist_cjs/* StopInferenceExperimentCommand */.QF({
                Name: req.name,
                ModelVariantActions: req.actions,
                ...(req.desiredVariants ? { DesiredModelVariants: req.desiredVariants.map(variantConfig) } : {}),
                DesiredState: req.desiredState,
                Reason: req.reason,
            }));
        },
        async configVariants(configName) {
            const out = await client().send(new client_sagemaker_dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: configName }));
            return (out.ProductionVariants ?? []).map((v) => ({
                variantName: v.VariantName ?? '',
                modelName: v.ModelName ?? '',
                ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
                ...(v.InitialInstanceCount ? { instanceCount: v.InitialInstanceCount } : {}),
            }));
        },
    };
}

// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inference/transform-names.ts
var transform_names = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/core/inference/shadow.ts
var inference_shadow = __webpack_require__(2999);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
;// CONCATENATED MODULE: ./src/core/inference/shadow-finish.ts




const SETTLE_TIMEOUT_MS = 3_600_000;
/**
 * Ends the shadow test with the outcome: Promote (the shadow replaces production; its model and
 * instances as tested) or Remove (the shadow goes, production stays as it was); then waits for
 * the experiment to end and the endpoint to be InService, so the step reports where it stands.
 */
async function finishShadow(run, promote, reason, ctx) {
    const { production, shadow, experiment } = run;
    const action = promote ? 'Promote' : 'Remove';
    const actions = promote
        ? { [production.variantName]: 'Remove', [shadow.variantName]: 'Promote' }
        : { [production.variantName]: 'Retain', [shadow.variantName]: 'Remove' };
    const stopped = await (0,inference_shadow/* stopExperiment */.gG)(ctx, {
        name: experiment.name,
        actions,
        ...(promote ? { desiredVariants: [shadow] } : {}),
        desiredState: 'Completed',
        reason: reason.slice(0, 1024),
    });
    if (!stopped)
        throw new errors/* OutcomeError */.Rz(`could not stop shadow test ${experiment.name} to ${action.toLowerCase()} its shadow variant; SageMaker ends it at its scheduled end and the endpoint goes back to its production variant`);
    ctx.log.info(promote
        ? `Promoting ${shadow.variantName} (model ${shadow.modelName}) to production on ${experiment.endpointName}.`
        : `Removing ${shadow.variantName}; ${production.variantName} (model ${production.modelName}) keeps serving ${experiment.endpointName}.`);
    let last = {};
    const waited = await (0,engine/* runWait */.pT)({
        what: `endpoint ${experiment.endpointName} after the shadow test`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        timeoutMs: SETTLE_TIMEOUT_MS,
        isTransient: ctx.isTransient,
        poll: async () => {
            const e = await ctx.gateway.describeExperiment(experiment.name);
            const endpoint = await ctx.gateway.describeEndpoint(experiment.endpointName);
            const changed = e?.status !== last.experiment?.status || endpoint?.status !== last.endpoint?.status;
            if (changed)
                ctx.log.info(`Shadow test ${experiment.name}: ${e?.status ?? 'gone'}; endpoint ${endpoint?.status ?? 'gone'}`);
            last = { ...(e ? { experiment: e } : {}), ...(endpoint ? { endpoint } : {}) };
            const ended = !e || e.status === 'Completed' || e.status === 'Cancelled';
            const settled = !endpoint || ['InService', 'Failed', 'OutOfService'].includes(endpoint.status);
            return { done: ended && settled, changed };
        },
        nextPollMs: () => 15_000,
    });
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(`cancelled after shadow test ${experiment.name} was stopped to ${action.toLowerCase()} its shadow: SageMaker goes on with that; ` +
            `endpoint ${experiment.endpointName} was ${last.endpoint?.status ?? 'in an unknown state'}`);
    if (waited.ended !== 'done')
        ctx.log.warning(`the endpoint had not settled ${(0,inputs/* formatDuration */.a3)(SETTLE_TIMEOUT_MS)} after the shadow test was stopped (${last.endpoint?.status ?? 'unknown'}); SageMaker goes on`);
    return { action, ...last, ...(waited.ended !== 'done' ? { unsettled: true } : {}) };
}

;// CONCATENATED MODULE: ./src/core/inference/shadow-agreement.ts
/** At most this many capture files are read per test: a sample is enough to measure agreement. */
const MAX_CAPTURE_FILES = 200;
/**
 * Prediction agreement from the experiment's captured data: capture files are
 * `<destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/*.jsonl`, one request per line. The same
 * request reaches both variants; it is matched by its inference id, else its event id, and the
 * two outputs agree when they are equal, numbers within `tolerance` (CSV or JSON numbers).
 */
async function captureAgreement(store, destination, endpointName, variants, tolerance) {
    // Only an s3:// destination can be listed (an https:// one yields no capture files).
    const [, bucket, prefix = ''] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination) ?? [];
    const base = `${prefix.replace(/\/+$/, '')}/${endpointName}`.replace(/^\//, '');
    const read = async (variant) => {
        const listed = bucket
            ? await store.listObjects(bucket, `${base}/${variant}/`, undefined, MAX_CAPTURE_FILES)
            : { keys: [] };
        const keys = listed.keys.filter((k) => k.endsWith('.jsonl'));
        const outputs = new Map();
        for (const key of keys) {
            for await (const batch of store.lines(bucket, key))
                for (const line of batch) {
                    const parsed = parseLine(line);
                    if (parsed)
                        outputs.set(parsed.id, parsed.output);
                }
        }
        return { outputs, files: keys.length };
    };
    const production = await read(variants.production);
    const shadow = await read(variants.shadow);
    let pairs = 0;
    let agreeing = 0;
    for (const [id, out] of shadow.outputs) {
        const prod = production.outputs.get(id);
        if (prod === undefined)
            continue;
        pairs++;
        if (sameOutput(prod, out, tolerance))
            agreeing++;
    }
    return {
        pairs,
        agreeing,
        rate: pairs ? Number((agreeing / pairs).toPrecision(6)) : null,
        files: { production: production.files, shadow: shadow.files },
    };
}
function parseLine(line) {
    if (!line.trim())
        return undefined;
    let record;
    try {
        record = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    const id = record.eventMetadata?.inferenceId ?? record.eventMetadata?.eventId;
    const out = record.captureData?.endpointOutput;
    if (!id || out?.data === undefined)
        return undefined;
    const data = out.encoding === 'BASE64' ? Buffer.from(out.data, 'base64').toString('utf8') : out.data;
    return { id, output: data.trim() };
}
/** Equal text, or the same numbers (CSV or JSON) within the tolerance. */
function sameOutput(a, b, tolerance) {
    if (a === b)
        return true;
    const x = numbers(a);
    const y = numbers(b);
    if (!x || !y || x.length !== y.length)
        return false;
    return x.every((v, i) => Math.abs(v - y[i]) <= tolerance);
}
function numbers(text) {
    let values;
    try {
        values = JSON.parse(text.includes(',') && !/^[[{]/.test(text) ? `[${text}]` : text);
    }
    catch {
        values = text.split(/[\s,]+/).map(Number);
    }
    const flat = [values].flat(Infinity);
    if (!flat.length || flat.some((v) => typeof v !== 'number' || !Number.isFinite(v)))
        return undefined;
    return flat;
}

// EXTERNAL MODULE: ./src/core/inference/shadow-metrics.ts
var shadow_metrics = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/core/inference/shadow-names.ts
var shadow_names = __webpack_require__(8858);
;// CONCATENATED MODULE: ./src/core/inference/shadow-report.ts

function shadowReportContext(name, run, packageArn) {
    return {
        name,
        labels: { candidate: 'Shadow', baseline: 'Production' },
        candidate: `${run.shadow.variantName}: ${packageArn}`,
        baseline: `${run.production.variantName}: model ${run.production.modelName}`,
    };
}
/** Why the outcome is what it is, in one line (also StopInferenceExperiment's Reason). */
function decisionText(c, approval, promoteInput) {
    if (c.failed.length)
        return {
            promote: false,
            why: `${c.failed.length} threshold(s) failed: ${c.failed.map((o) => o.threshold.text).join('; ')}`,
        };
    if (!c.outcomes.length)
        return { promote: false, why: 'no thresholds set: the shadow test only reports, and promotes nothing' };
    if (!promoteInput)
        return { promote: false, why: 'thresholds passed; promote is false: the shadow test only judges' };
    if (approval !== 'Approved')
        return {
            promote: false,
            why: `thresholds passed, but the package is ${approval}, not Approved: the approval gate holds promotion`,
        };
    return { promote: true, why: 'thresholds passed and the package is Approved' };
}
/** The part of the report after the metrics table: the experiment, the agreement, the outcome. */
function shadowFooter(run, agreement, outcome, why) {
    const lines = [
        '',
        `**Experiment:** \`${run.experiment.name}\` on \`${run.experiment.endpointName}\`, ${(0,inputs/* formatDuration */.a3)(run.window.end - run.window.start)} of shadow traffic` +
            `${run.attached ? ' (attached: started by an earlier try of this step)' : ''}`,
    ];
    if (agreement)
        lines.push(`**Agreement:** ${agreement.agreeing} of ${agreement.pairs} captured requests answered alike` +
            ` (${agreement.files.production} production and ${agreement.files.shadow} shadow capture files read)`);
    const endpoint = outcome.endpoint ? `; endpoint ${outcome.endpoint.status}` : '';
    lines.push(outcome.action === 'Promote'
        ? `**Outcome:** 🚀 promoted \`${run.shadow.variantName}\` (model \`${run.shadow.modelName}\`) to production${endpoint}. ${why}.`
        : `**Outcome:** shadow removed; \`${run.production.variantName}\` (model \`${run.production.modelName}\`) keeps serving${endpoint}. ${why}.`);
    return lines.join('  \n') + '\n';
}

// EXTERNAL MODULE: ./src/core/metrics/compare.ts + 1 modules
var compare = __webpack_require__(6113);
// EXTERNAL MODULE: ./src/core/metrics/render.ts
var render = __webpack_require__(621);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/github-report.ts + 3 modules
var github_report = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/commands/shadow-test/spec.ts + 2 modules
var spec = __webpack_require__(1397);
;// CONCATENATED MODULE: ./src/commands/shadow-test/run.ts


















async function run({ host, inputs, aws }) {
    const endpoint = inputs['endpoint-name'];
    const packageArn = inputs['model-package-arn'];
    const roleArn = inputs['execution-role-arn'];
    const capture = inputs['data-capture-s3-uri'];
    const thresholds = inputs.thresholds ?? [];
    const settings = {
        packageArn,
        roleArn,
        samplingPercentage: inputs['sampling-percentage'],
        durationMs: inputs.duration,
        ...(inputs['instance-type'] ? { instanceType: inputs['instance-type'] } : {}),
        ...(inputs['instance-count'] ? { instanceCount: inputs['instance-count'] } : {}),
        ...(capture ? { captureS3Uri: capture } : {}),
    };
    const context = (0,aws_options/* awsFor */.B)(host, aws, spec.spec.action);
    const ctx = {
        gateway: { ...(0,sagemaker_promotion/* sagemakerPromotionGateway */.IY)(context), ...sagemakerExperimentGateway(context) },
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: aws_transient/* isTransient */.d,
        onOutput: (name, value) => host.setOutput(name, value),
    };
    const shadowRun = await (0,inference_shadow/* runShadow */["if"])({
        ...settings,
        experimentName: (0,shadow_names/* experimentName */.By)(host.run, endpoint, settings),
        endpointName: endpoint,
        modelName: (0,transform_names/* packageModelName */.T2)(packageArn, roleArn),
    }, ctx);
    // Judge: CloudWatch per variant, agreement from the captured outputs, the thresholds.
    const variants = { production: shadowRun.production.variantName, shadow: shadowRun.shadow.variantName };
    const measured = await (0,shadow_metrics/* variantMetrics */.NJ)(cloudWatchMetricsGateway(context), endpoint, variants, shadowRun.window);
    const agreement = capture
        ? await captureAgreement((0,drift_data/* driftData */.I)(context), capture, endpoint, variants, inputs['agreement-tolerance'])
        : undefined;
    const candidate = { ...measured.shadow, ...(agreement ? { [shadow_metrics/* AGREEMENT */.Fr]: agreement.rate } : {}) };
    const comparison = (0,compare/* compareMetrics */.f)({
        candidate,
        baseline: measured.production,
        thresholds,
        directions: shadow_metrics/* SHADOW_DIRECTIONS */.c3,
    });
    host.setOutput('metrics', { ...measured, agreement: agreement ? agreement.rate : null });
    host.setOutput('passed', comparison.failed.length === 0);
    host.setOutput('failed-thresholds', comparison.failed.map((o) => o.threshold.text));
    const checkName = inputs['check-name'];
    host.info((0,render/* headline */.Pl)(checkName, comparison));
    for (const o of comparison.failed)
        host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);
    // Decide (the approval gate is the package's status now), then end the test accordingly.
    const approval = (await ctx.gateway.describeModelPackage(packageArn)).approvalStatus;
    const decision = decisionText(comparison, approval, inputs.promote);
    const outcome = await finishShadow(shadowRun, decision.promote, decision.why, ctx);
    host.setOutput('promoted', outcome.action === 'Promote');
    host.setOutput('endpoint-status', outcome.endpoint?.status ?? '');
    if (!decision.promote && !comparison.failed.length)
        host.warning(`not promoted: ${decision.why}`);
    const reportCtx = shadowReportContext(checkName, shadowRun, packageArn);
    const footer = shadowFooter(shadowRun, agreement, outcome, decision.why);
    const summary = (0,render/* renderReport */.B1)(reportCtx, comparison, { footer });
    await host.appendSummary(summary);
    await (0,github_report/* postToGitHub */.H)(host, {
        token: inputs['github-token'] ?? '',
        repository: inputs.repository ?? host.run.repository,
        sha: inputs.commit,
        pullRequest: inputs['pull-request'] ?? host.run.pullRequest?.number,
        name: checkName,
        conclusion: comparison.conclusion,
        title: (0,render/* headline */.Pl)(checkName, comparison),
        summary,
        comment: (prefix, runFooter) => (0,render/* renderReport */.B1)(reportCtx, comparison, { prefix, footer: footer + runFooter }),
        requireReport: false,
    });
    if (comparison.failed.length)
        throw new errors/* OutcomeError */.Rz(`shadow test failed, shadow removed and endpoint ${endpoint} left on ${shadowRun.production.variantName}: ` +
            comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '));
    host.info(outcome.action === 'Promote'
        ? `Shadow test passed: ${shadowRun.shadow.variantName} promoted on ${endpoint}.`
        : `Shadow test passed; shadow removed (${decision.why}).`);
}


/***/ }),

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ lineBatches)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8574);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The lines of a stream, a chunk's worth at a time (a capture file is never held whole; handing
 * out a batch rather than one line per await keeps each line's objects short-lived). Iterating the
 * body itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
async function* lineBatches(body) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of body) {
        const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
        rest = lines.pop();
        yield lines.map(withoutCr);
    }
    rest += decoder.end();
    if (rest)
        yield [withoutCr(rest)];
}
const withoutCr = (l) => (l.endsWith('\r') ? l.slice(0, -1) : l);


/***/ })

};
