export const id = 391;
export const ids = [391];
export const modules = {

/***/ 2391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  POLL_INTERVAL_MS: () => (/* binding */ POLL_INTERVAL_MS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/promotion/deployment-config.ts
const size = (c) => ({ Type: c.type, Value: c.value });
/**
 * The DeploymentConfig for a plan; undefined for all-at-once without alarms (a plain update).
 * Only one update policy is ever set: SageMaker takes BlueGreen or Rolling, not both.
 */
function deploymentConfig(plan) {
    const config = {};
    const timeout = plan.maxExecutionTimeoutSeconds;
    switch (plan.strategy) {
        case 'all-at-once':
            break;
        case 'blue-green':
        case 'canary':
        case 'linear': {
            const type = plan.strategy === 'canary' ? 'CANARY' : plan.strategy === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE';
            config.BlueGreenUpdatePolicy = {
                TrafficRoutingConfiguration: {
                    Type: type,
                    WaitIntervalInSeconds: plan.waitIntervalSeconds,
                    ...(plan.canarySize ? { CanarySize: size(plan.canarySize) } : {}),
                    ...(plan.linearStepSize ? { LinearStepSize: size(plan.linearStepSize) } : {}),
                },
                TerminationWaitInSeconds: plan.terminationWaitSeconds,
                ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
            };
            break;
        }
        case 'rolling':
            config.RollingUpdatePolicy = {
                MaximumBatchSize: size(plan.rollingBatchSize),
                WaitIntervalInSeconds: plan.waitIntervalSeconds,
                ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
            };
            break;
    }
    if (plan.alarms.length)
        config.AutoRollbackConfiguration = { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) };
    return Object.keys(config).length ? config : undefined;
}

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
;// CONCATENATED MODULE: ./src/core/promotion/deploy.ts




const BUSY = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
const TERMINAL = new Set(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService']);
/**
 * Deploys an approved model package to an endpoint: model, endpoint config named after the commit,
 * CreateEndpoint or UpdateEndpoint with the plan's DeploymentConfig, then waits and tells a
 * success from a rollback. Re-runs find their own model and config and never update twice.
 */
async function deploy(req, ctx) {
    const { gateway, log } = ctx;
    const pkg = await gateway.describeModelPackage(req.modelPackageArn);
    if (pkg.approvalStatus !== 'Approved') {
        const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
        throw new errors/* OutcomeError */.Rz(`model package ${req.modelPackageArn} is ${pkg.approvalStatus}${why}, not Approved: approve it first (approve-promotion); nothing was deployed`);
    }
    if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
        throw new errors/* OutcomeError */.Rz(`model package ${req.modelPackageArn} is ${pkg.packageStatus}, not Completed: it cannot be deployed`);
    }
    const name = (0,names/* deploymentName */.pC)(req.endpointName, req.commit, {
        package: req.modelPackageArn,
        role: req.roleArn,
        type: req.instanceType,
        count: req.plan.instanceCount,
        capture: req.dataCapture ?? null,
    });
    const config = deploymentConfig(req.plan);
    const before = await gateway.describeEndpoint(req.endpointName);
    const base = {
        endpointConfigName: name,
        modelName: name,
        deploymentConfig: config,
        previousConfigName: before?.configName,
    };
    if (before && before.configName === name && before.status === 'InService') {
        log.info(`Endpoint ${req.endpointName} already serves ${name}: nothing to do.`);
        ctx.onOutput('endpoint-config-name', name);
        ctx.onOutput('endpoint-arn', before.arn);
        return {
            ...base,
            endpointArn: before.arn,
            status: before.status,
            firstDeploy: false,
            rolledBack: false,
            alreadyDeployed: true,
            polls: 0,
        };
    }
    const resuming = before && BUSY.has(before.status) && (before.pendingConfigName === name || before.configName === name);
    if (before && !resuming)
        refuseBusy(before);
    if (!resuming) {
        if (await gateway.modelExists(name))
            log.info(`Model ${name} exists (an earlier run made it); reusing it.`);
        else {
            await gateway.createModel(name, req.modelPackageArn, req.roleArn);
            log.info(`Created model ${name} from ${req.modelPackageArn}.`);
        }
        ctx.onOutput('model-name', name);
        if (await gateway.endpointConfigExists(name))
            log.info(`Endpoint config ${name} exists (an earlier run made it); reusing it.`);
        else {
            await gateway.createEndpointConfig({
                name,
                modelName: name,
                instanceType: req.instanceType,
                instanceCount: req.plan.instanceCount,
                ...(req.dataCapture ? { dataCapture: req.dataCapture } : {}),
            });
            const capture = req.dataCapture
                ? `, data capture ${req.dataCapture.percent}% to ${req.dataCapture.destinationS3Uri}`
                : '';
            log.info(`Created endpoint config ${name} (${req.plan.instanceCount} × ${req.instanceType}${capture}).`);
        }
        ctx.onOutput('endpoint-config-name', name);
        if (ctx.signal.aborted) {
            throw new errors/* CancelledError */.cc(`cancelled before endpoint ${req.endpointName} was changed; model ${name} and endpoint config ${name} were created and are unused: ` +
                `a re-run reuses them, or delete them (aws sagemaker delete-endpoint-config --endpoint-config-name ${name}; aws sagemaker delete-model --model-name ${name})`);
        }
    }
    let arn;
    if (resuming) {
        arn = before.arn;
        log.info(`Endpoint ${req.endpointName} is already ${before.status} to ${name} (an earlier run started it); waiting for it.`);
    }
    else if (!before) {
        arn = await gateway.createEndpoint(req.endpointName, name);
        log.info(`Creating endpoint ${req.endpointName} on ${name}.`);
    }
    else {
        arn = await gateway.updateEndpoint(req.endpointName, name, config);
        log.info(`Updating endpoint ${req.endpointName} from ${before.configName} to ${name} (${req.plan.preset ?? req.plan.strategy}).`);
    }
    ctx.onOutput('endpoint-arn', arn);
    const firstDeploy = !before || (before.status === 'Creating' && !before.pendingConfigName);
    const { endpoint, polls } = await waitForEndpoint(req.endpointName, name, ctx);
    const outcome = classify(endpoint, name, req.plan.alarms);
    return { ...base, endpointArn: arn, firstDeploy, alreadyDeployed: false, polls, ...outcome };
}
function refuseBusy(endpoint) {
    if (BUSY.has(endpoint.status)) {
        throw new errors/* OutcomeError */.Rz(`endpoint ${endpoint.name} is ${endpoint.status}${endpoint.pendingConfigName ? ` to ${endpoint.pendingConfigName}` : ''}: ` +
            'another deployment is running; wait for it to end and run again');
    }
    if (endpoint.status === 'Failed') {
        throw new errors/* OutcomeError */.Rz(`endpoint ${endpoint.name} is Failed${endpoint.failureReason ? ` (${endpoint.failureReason})` : ''}: SageMaker only allows deleting it; ` +
            `delete it (aws sagemaker delete-endpoint --endpoint-name ${endpoint.name}) and run again to create it afresh`);
    }
}
async function waitForEndpoint(name, configName, ctx) {
    const start = ctx.clock.now();
    let polls = 0;
    let last;
    for (;;) {
        await ctx.clock.sleep(ctx.pollIntervalMs, ctx.signal);
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.cc(await cancelledMessage(name, configName, last, ctx));
        try {
            polls++;
            const endpoint = await ctx.gateway.describeEndpoint(name);
            if (!endpoint)
                throw new errors/* OutcomeError */.Rz(`endpoint ${name} disappeared during the deployment (deleted by someone else?)`);
            if (endpoint.status !== last?.status)
                ctx.log.info(`Endpoint ${name}: ${endpoint.status}`);
            last = endpoint;
            if (TERMINAL.has(endpoint.status))
                return { endpoint, polls };
            if (endpoint.status === 'Deleting')
                throw new errors/* OutcomeError */.Rz(`endpoint ${name} is being deleted (by someone else?)`);
        }
        catch (err) {
            if (!ctx.isTransient(err))
                throw err;
            ctx.log.debug(`transient error while waiting (polling on): ${err.message}`);
        }
        if (ctx.clock.now() - start >= ctx.timeoutMs) {
            throw new errors/* TimeoutError */.MU(`endpoint ${name} was still ${last?.status ?? 'unknown'} after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}; SageMaker goes on with the deployment ` +
                `to ${configName}; re-run this step to resume waiting`);
        }
    }
}
async function cancelledMessage(name, configName, last, ctx) {
    let now = last;
    try {
        now = (await ctx.gateway.describeEndpoint(name)) ?? last;
    }
    catch {
        // Keep what the last poll saw: the message still explains the state.
    }
    const state = now ? `${now.status} (serving ${now.configName})` : 'in an unknown state';
    return (`cancelled while endpoint ${name} was ${state}, deploying endpoint config ${configName} made by this run. ` +
        'SageMaker cannot stop a deployment in progress: it finishes, or rolls back on its alarms. ' +
        `Check it with 'aws sagemaker describe-endpoint --endpoint-name ${name}'; re-running this step with the same inputs resumes the wait.`);
}
/** Success, rollback or failure, from the endpoint after the wait (InService alone proves nothing). */
function classify(endpoint, deployed, alarms) {
    const reason = endpoint.failureReason;
    const alarm = reason ? alarms.find((a) => reason.includes(a)) : undefined;
    const extra = { ...(reason ? { failureReason: reason } : {}), ...(alarm ? { alarm } : {}) };
    if (endpoint.status === 'InService' && endpoint.configName === deployed)
        return { status: 'InService', rolledBack: false, ...extra };
    if (endpoint.status === 'InService')
        return { status: 'InService', rolledBack: true, ...extra };
    if (endpoint.status === 'UpdateRollbackFailed')
        return { status: endpoint.status, rolledBack: true, ...extra };
    return { status: endpoint.status, rolledBack: false, ...extra };
}
/** The one-line failure for a result that is not a success, or undefined for a success. */
function failureMessage(result, endpointName) {
    const reason = result.failureReason ? `: ${result.failureReason}` : '';
    const alarm = result.alarm ? ` (alarm ${result.alarm} fired)` : '';
    if (result.status === 'UpdateRollbackFailed') {
        return `deployment of ${result.endpointConfigName} to ${endpointName} failed and so did its rollback (UpdateRollbackFailed)${alarm}${reason}; the endpoint serves a mix of old and new instances: update it again or fix it by hand`;
    }
    if (result.rolledBack) {
        return `deployment of ${result.endpointConfigName} to ${endpointName} was rolled back${alarm}; the endpoint still serves ${result.previousConfigName ?? 'the old config'}${reason}`;
    }
    if (result.status !== 'InService')
        return `endpoint ${endpointName} is ${result.status}${reason}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/promotion/strategies.ts
var strategies = __webpack_require__(3064);
;// CONCATENATED MODULE: ./src/core/promotion/plan.ts



const DEFAULT_WAIT_SECONDS = 300;
const DEFAULT_SIZE = {
    canary: '10%',
    linear: '10%',
    rolling: '25%',
};
/** CloudWatch alarm names: 1-255 characters, no control characters. */
const ALARM_NAME = /^[^\p{Cc}]{1,255}$/u;
/** Parses and checks every strategy option before any AWS call; errors name the limit. */
function parsePlan(raw) {
    const instanceCount = (0,inputs/* integer */.nd)('instance-count', raw['instance-count'], 1, {
        min: 1,
        max: 1000,
        unit: 'instances',
    });
    const { strategy, preset, presetName } = parseStrategy(raw.strategy);
    const uses = new Set(strategies/* STRATEGIES */.YL[strategy].options);
    for (const option of [
        'canary-size',
        'linear-step-size',
        'rolling-batch-size',
        'termination-wait',
        'max-execution-timeout',
    ]) {
        if (raw[option].trim() && !uses.has(option)) {
            throw new errors/* InputError */.dz(option, `does not apply to strategy ${strategy} (it takes ${[...uses].join(', ') || 'no options'})`);
        }
    }
    if (raw['wait-interval'].trim() && !uses.has('wait-interval')) {
        throw new errors/* InputError */.dz('wait-interval', `does not apply to strategy ${strategy}`);
    }
    if (presetName) {
        for (const option of ['canary-size', 'linear-step-size', 'wait-interval']) {
            if (raw[option].trim()) {
                throw new errors/* InputError */.dz(option, `conflicts with strategy ${presetName}, which sets it; use strategy ${strategy} to choose it yourself`);
            }
        }
    }
    const plan = {
        strategy,
        ...(presetName ? { preset: presetName } : {}),
        instanceCount,
        waitIntervalSeconds: preset?.waitIntervalSeconds ??
            seconds('wait-interval', raw['wait-interval'], DEFAULT_WAIT_SECONDS, strategies/* LIMITS */.b1.waitIntervalSeconds),
        terminationWaitSeconds: seconds('termination-wait', raw['termination-wait'], 0, strategies/* LIMITS */.b1.terminationWaitSeconds),
        alarms: alarms(raw['rollback-alarms']),
    };
    if (strategy === 'all-at-once')
        plan.waitIntervalSeconds = 0;
    const timeout = raw['max-execution-timeout'].trim()
        ? seconds('max-execution-timeout', raw['max-execution-timeout'], undefined, strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds)
        : undefined;
    if (timeout !== undefined)
        plan.maxExecutionTimeoutSeconds = timeout;
    // A preset's own sizes are checked too; the error then names 'strategy', the input that set them.
    const from = (option) => (presetName ? 'strategy' : option);
    if (strategy === 'canary') {
        plan.canarySize =
            preset?.canarySize ?? capacity('canary-size', raw['canary-size'] || DEFAULT_SIZE.canary);
        checkCapacity(from('canary-size'), plan.canarySize, instanceCount, strategies/* LIMITS */.b1.canaryPercent, 0);
    }
    else if (strategy === 'linear') {
        plan.linearStepSize =
            preset?.linearStepSize ?? capacity('linear-step-size', raw['linear-step-size'] || DEFAULT_SIZE.linear);
        const limit = strategies/* LIMITS */.b1.linearPercent;
        checkCapacity(from('linear-step-size'), plan.linearStepSize, instanceCount, limit, limit.min);
    }
    else if (strategy === 'rolling') {
        plan.rollingBatchSize = capacity('rolling-batch-size', raw['rolling-batch-size'] || DEFAULT_SIZE.rolling);
        const limit = strategies/* LIMITS */.b1.rollingPercent;
        checkCapacity('rolling-batch-size', plan.rollingBatchSize, instanceCount, limit, limit.min);
    }
    if (preset?.waitIntervalSeconds !== undefined &&
        preset.waitIntervalSeconds > strategies/* LIMITS */.b1.waitIntervalSeconds.max) {
        throw new errors/* InputError */.dz('strategy', `waits longer than SageMaker allows (${strategies/* LIMITS */.b1.waitIntervalSeconds.text})`, raw.strategy);
    }
    return plan;
}
function parseStrategy(raw) {
    const value = raw.trim() || 'blue-green';
    const named = strategies/* STRATEGY_NAMES */.nU.find((s) => s === value.toLowerCase());
    if (named)
        return { strategy: named };
    const preset = (0,strategies/* parsePreset */.Tc)(value);
    if (!preset)
        throw new errors/* InputError */.dz('strategy', `must be one of ${(0,strategies/* strategyChoices */.Qd)()}`, raw);
    return { strategy: preset.strategy, preset, presetName: value };
}
/** `10%` → CAPACITY_PERCENT 10; `2` → INSTANCE_COUNT 2. */
function capacity(input, raw) {
    const value = raw.trim();
    const percent = /^(\d+)\s*%$/.exec(value);
    if (percent)
        return { type: 'CAPACITY_PERCENT', value: Number(percent[1]) };
    if (/^\d+$/.test(value))
        return { type: 'INSTANCE_COUNT', value: Number(value) };
    throw new errors/* InputError */.dz(input, 'must be a percentage of capacity (e.g. 10%) or a number of instances (e.g. 2)', raw);
}
/**
 * SageMaker bounds each size as a share of the variant's instance count: a percentage directly,
 * an instance count as count / instance-count.
 */
function checkCapacity(input, size, instanceCount, limit, minPercent) {
    if (size.type === 'CAPACITY_PERCENT') {
        if (size.value < limit.min || size.value > limit.max) {
            throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text})`, `${size.value}%`);
        }
        return;
    }
    const share = (size.value / instanceCount) * 100;
    if (size.value < 1 || share > limit.max || share < minPercent) {
        throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text}): ${size.value} of ${instanceCount} instances is ${Math.round(share)}%`, String(size.value));
    }
}
function seconds(input, raw, fallback, limit) {
    const ms = (0,inputs/* duration */.p0)(input, raw, fallback === undefined ? undefined : fallback * 1000, {
        minMs: 0,
        maxMs: Number.MAX_SAFE_INTEGER,
        defaultUnit: 's',
    });
    if (ms === undefined)
        throw new errors/* InputError */.dz(input, 'is required');
    if (ms % 1000)
        throw new errors/* InputError */.dz(input, 'must be a whole number of seconds', raw);
    const s = ms / 1000;
    if (s < limit.min || s > limit.max)
        throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text})`, raw);
    return s;
}
function alarms(raw) {
    const names = [...new Set((0,inputs/* list */.p_)('rollback-alarms', raw))];
    if (names.length > strategies/* LIMITS */.b1.alarms.max) {
        throw new errors/* InputError */.dz('rollback-alarms', `names ${names.length} alarms; SageMaker allows ${strategies/* LIMITS */.b1.alarms.text}`);
    }
    for (const name of names) {
        if (!ALARM_NAME.test(name))
            throw new errors/* InputError */.dz('rollback-alarms', 'items must be CloudWatch alarm names (1-255 characters)', name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/core/promotion/timeline.ts

function percentOf(c, instances) {
    return c.type === 'CAPACITY_PERCENT' ? c.value : Math.min(100, (c.value / instances) * 100);
}
/** The traffic steps a plan makes, as SageMaker will run them (for a first deploy: one step). */
function trafficSteps(plan, firstDeploy) {
    if (firstDeploy)
        return [{ atSeconds: 0, percent: 100, note: 'new endpoint: all traffic once InService' }];
    const wait = plan.waitIntervalSeconds;
    const steps = [];
    const ramp = (share, label) => {
        for (let i = 1, pct = share;; i++, pct = Math.min(100, share * i)) {
            steps.push({
                atSeconds: (i - 1) * wait,
                percent: Math.round(pct * 10) / 10,
                note: pct >= 100 ? 'all traffic on the new fleet' : `${label} ${i}`,
            });
            if (pct >= 100)
                break;
        }
    };
    switch (plan.strategy) {
        case 'all-at-once':
            steps.push({ atSeconds: 0, percent: 100, note: 'fleet replaced in one step' });
            break;
        case 'blue-green':
            steps.push({ atSeconds: 0, percent: 100, note: 'traffic flipped to the green fleet' });
            break;
        case 'canary': {
            const canary = percentOf(plan.canarySize, plan.instanceCount);
            steps.push({ atSeconds: 0, percent: Math.round(canary * 10) / 10, note: 'canary' });
            steps.push({ atSeconds: wait, percent: 100, note: 'all traffic on the new fleet' });
            break;
        }
        case 'linear':
            ramp(percentOf(plan.linearStepSize, plan.instanceCount), 'step');
            break;
        case 'rolling':
            ramp(percentOf(plan.rollingBatchSize, plan.instanceCount), 'batch');
            break;
    }
    const last = steps[steps.length - 1];
    if (plan.strategy !== 'rolling' && plan.strategy !== 'all-at-once') {
        // A last baking period (the wait interval) with alarms watched, then the termination wait.
        const end = last.atSeconds + wait + plan.terminationWaitSeconds;
        steps.push({
            atSeconds: end,
            percent: 100,
            note: `old fleet terminated${plan.alarms.length ? '; alarms no longer watched' : ''}`,
        });
    }
    return steps;
}
/** The job summary's timeline: a small table with a bar per step. */
function timelineMarkdown(steps) {
    const bar = (pct) => '█'.repeat(Math.round(pct / 10)) + '░'.repeat(10 - Math.round(pct / 10));
    return [
        '| After | New fleet | Traffic | Step |',
        '| --- | ---: | --- | --- |',
        ...steps.map((s) => `| ${s.atSeconds ? (0,inputs/* formatDuration */.a3)(s.atSeconds * 1000) : '0s'} | ${s.percent}% | \`${bar(s.percent)}\` | ${s.note} |`),
        '',
        '_Times count from when the new fleet is ready; SageMaker provisions it first._',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/core/promotion/summary.ts


/** The deploy step's job summary: outcome, strategy and its trade-offs, the traffic timeline. */
function deploySummary(endpoint, plan, result) {
    const s = strategies/* STRATEGIES */.YL[plan.strategy];
    const icon = result.rolledBack ? '↩️' : result.status === 'InService' ? '✅' : '❌';
    const outcome = result.alreadyDeployed
        ? 'already serving this deployment (nothing changed)'
        : result.rolledBack
            ? `rolled back${result.alarm ? ` by alarm \`${result.alarm}\`` : ''}; still serving \`${result.previousConfigName ?? '?'}\``
            : result.status;
    const lines = [
        `### ${icon} Deploy to \`${endpoint}\`: ${outcome}`,
        '',
        `| | |`,
        `| --- | --- |`,
        `| Strategy | **${plan.strategy}**${plan.preset ? ` (from \`${plan.preset}\`)` : ''}${result.firstDeploy ? ' (first deploy: the endpoint is created, no traffic to shift)' : ''} |`,
        `| How | ${s.how} |`,
        `| Risk / cost / complexity | ${s.risk} / ${s.cost} / ${s.complexity} |`,
        `| Endpoint config | \`${result.endpointConfigName}\`${result.previousConfigName && !result.firstDeploy ? ` (was \`${result.previousConfigName}\`)` : ''} |`,
        ...(plan.alarms.length ? [`| Rollback alarms | ${plan.alarms.map((a) => `\`${a}\``).join(', ')} |`] : []),
        ...(result.failureReason ? [`| Failure reason | ${result.failureReason.replace(/\|/g, '\\|')} |`] : []),
        '',
        '#### Traffic over time',
        '',
        timelineMarkdown(trafficSteps(plan, result.firstDeploy)),
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
;// CONCATENATED MODULE: ./src/commands/deploy/run.ts












/** Polls DescribeEndpoint this often: updates take minutes, so a few calls a minute notice the end quickly enough. */
const POLL_INTERVAL_MS = 15_000;
async function run(host) {
    // Every input is checked before the first AWS call.
    const endpoint = (0,names/* endpointName */.zY)('endpoint-name', host.input('endpoint-name'));
    const packageArn = (0,names/* modelPackageArn */.$t)('model-package-arn', host.input('model-package-arn'));
    const type = (0,names/* instanceType */.w)('instance-type', host.input('instance-type'));
    const role = (0,names/* roleArn */.w3)('execution-role-arn', host.input('execution-role-arn'));
    const raw = Object.fromEntries([
        'strategy',
        'instance-count',
        'canary-size',
        'linear-step-size',
        'rolling-batch-size',
        'wait-interval',
        'termination-wait',
        'max-execution-timeout',
        'rollback-alarms',
    ].map((k) => [k, host.input(k)]));
    const plan = parsePlan(raw);
    const capturePercent = (0,inputs/* integer */.nd)('data-capture-percent', host.input('data-capture-percent'), undefined, {
        min: strategies/* LIMITS */.b1.dataCapturePercent.min,
        max: strategies/* LIMITS */.b1.dataCapturePercent.max,
        unit: 'percent',
    });
    const captureUri = host.input('data-capture-s3-uri');
    if (capturePercent !== undefined && !/^(https|s3):\/\/[^/]+(\/.*)?$/.test(captureUri)) {
        throw new errors/* InputError */.dz('data-capture-s3-uri', 'is required with data-capture-percent: an s3://bucket/prefix URI (up to 512 characters)', captureUri);
    }
    if (captureUri.length > 512)
        throw new errors/* InputError */.dz('data-capture-s3-uri', 'must be at most 512 characters');
    if (captureUri && capturePercent === undefined)
        throw new errors/* InputError */.dz('data-capture-percent', 'is required with data-capture-s3-uri (0-100)');
    const commit = host.input('commit') || host.run.sha || '';
    if (!commit)
        throw new errors/* InputError */.dz('commit', 'is required outside a workflow: the commit the endpoint config is named after');
    // Unset, the wait outlasts SageMaker's own limit for the deployment, plus an hour to provision.
    const fallbackMs = Math.max(3 * 3_600_000, ((plan.maxExecutionTimeoutSeconds ?? 0) + 3600) * 1000);
    const timeoutMs = (0,inputs/* duration */.p0)('timeout', host.input('timeout'), fallbackMs, {
        minMs: 60_000,
        maxMs: 24 * 3_600_000,
        defaultUnit: 'm',
    });
    if (/^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
        host.warning(`deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`);
    }
    const sagemaker = new dist_cjs/* SageMakerClient */.kHU((0,clients/* clientConfig */.yO)(host.env, 'SAGEMAKER', (0,aws_options/* awsOptions */.G)(host)));
    const result = await deploy({
        endpointName: endpoint,
        modelPackageArn: packageArn,
        roleArn: role,
        instanceType: type,
        plan,
        commit,
        ...(capturePercent !== undefined
            ? { dataCapture: { percent: capturePercent, destinationS3Uri: captureUri } }
            : {}),
    }, {
        gateway: (0,sagemaker_promotion/* sagemakerPromotionGateway */.I)(sagemaker),
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: aws_transient/* isTransient */.dg,
        onOutput: (name, value) => {
            if (name !== 'model-name')
                host.setOutput(name, value);
        },
        pollIntervalMs: POLL_INTERVAL_MS,
        timeoutMs,
    });
    host.setOutput('status', result.status);
    host.setOutput('rolled-back', result.rolledBack);
    host.setOutput('deployment-config', result.firstDeploy || !result.deploymentConfig ? '' : result.deploymentConfig);
    await host.appendSummary(deploySummary(endpoint, plan, result));
    const failure = failureMessage(result, endpoint);
    if (failure)
        throw new errors/* OutcomeError */.Rz(failure);
    host.info(`Endpoint ${endpoint} serves ${result.endpointConfigName} (${result.status}).`);
}


/***/ })

};
