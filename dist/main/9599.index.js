export const id = 9599;
export const ids = [9599];
export const modules = {

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/aws/sagemaker-components.ts



function specification(r) {
    return {
        ModelName: r.modelName,
        ComputeResourceRequirements: {
            MinMemoryRequiredInMb: r.memoryMb,
            ...(r.cpuCores !== undefined ? { NumberOfCpuCoresRequired: r.cpuCores } : {}),
            ...(r.accelerators !== undefined ? { NumberOfAcceleratorDevicesRequired: r.accelerators } : {}),
        },
    };
}
/** Inference components, made with the AWS SDK. */
function sagemakerComponentsGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'SAGEMAKER', (config) => new dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeInferenceComponent(name) {
            const out = await (0,sagemaker_promotion/* orUndefined */.y0)(client().send(new dist_cjs/* DescribeInferenceComponentCommand */.vAd({ InferenceComponentName: name })));
            if (!out)
                return undefined;
            return {
                arn: out.InferenceComponentArn ?? '',
                name: out.InferenceComponentName ?? name,
                endpointName: out.EndpointName ?? '',
                status: out.InferenceComponentStatus ?? 'Unknown',
                ...(out.Specification?.ModelName ? { modelName: out.Specification.ModelName } : {}),
                ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                ...(out.RuntimeConfig?.DesiredCopyCount !== undefined
                    ? { desiredCopies: out.RuntimeConfig.DesiredCopyCount }
                    : {}),
                ...(out.RuntimeConfig?.CurrentCopyCount !== undefined
                    ? { currentCopies: out.RuntimeConfig.CurrentCopyCount }
                    : {}),
            };
        },
        async createInferenceComponent(r) {
            const out = await client().send(new dist_cjs/* CreateInferenceComponentCommand */.__F({
                InferenceComponentName: r.name,
                EndpointName: r.endpointName,
                VariantName: r.variantName,
                Specification: specification(r),
                RuntimeConfig: { CopyCount: r.copies },
            }));
            return out.InferenceComponentArn ?? '';
        },
        async updateInferenceComponent(r, deploymentConfig) {
            const out = await client().send(new dist_cjs/* UpdateInferenceComponentCommand */.hzm({
                InferenceComponentName: r.name,
                Specification: specification(r),
                RuntimeConfig: { CopyCount: r.copies },
                ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
            }));
            return out.InferenceComponentArn ?? '';
        },
    };
}

// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/core/wait/schedule.ts
var schedule = __webpack_require__(4032);
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
                ...(plan.rollbackBatchSize ? { RollbackMaximumBatchSize: size(plan.rollbackBatchSize) } : {}),
            };
            break;
    }
    if (plan.alarms.length)
        config.AutoRollbackConfiguration = { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) };
    return Object.keys(config).length ? config : undefined;
}
const copies = (c) => ({
    Type: c.type === 'INSTANCE_COUNT' ? 'COPY_COUNT' : 'CAPACITY_PERCENT',
    Value: c.value,
});
/**
 * The DeploymentConfig of an inference component's update: a RollingUpdatePolicy (the only
 * policy the API takes) for rolling; undefined for all-at-once (SageMaker's default update).
 */
function componentDeploymentConfig(plan) {
    if (plan.strategy !== 'rolling')
        return undefined;
    const timeout = plan.maxExecutionTimeoutSeconds;
    return {
        RollingUpdatePolicy: {
            MaximumBatchSize: copies(plan.rollingBatchSize),
            WaitIntervalInSeconds: plan.waitIntervalSeconds,
            ...(timeout !== undefined ? { MaximumExecutionTimeoutInSeconds: timeout } : {}),
            ...(plan.rollbackBatchSize ? { RollbackMaximumBatchSize: copies(plan.rollbackBatchSize) } : {}),
        },
        ...(plan.alarms.length
            ? { AutoRollbackConfiguration: { Alarms: plan.alarms.map((AlarmName) => ({ AlarmName })) } }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/core/promotion/hosting.ts
var promotion_hosting = __webpack_require__(5631);
// EXTERNAL MODULE: ./src/core/promotion/model.ts
var model = __webpack_require__(9228);
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
    await (0,model/* requireApproved */.v_)(gateway, req.modelPackageArn);
    const serverless = req.hosting?.target === 'serverless' ? req.hosting.serverless : undefined;
    const async = req.hosting?.target === 'async' ? req.hosting.async : undefined;
    // Serverless and async settings join the hash only when set: real-time names stay as they were.
    const name = (0,names/* deploymentName */.pC)(req.endpointName, req.commit, {
        package: req.modelPackageArn,
        role: req.roleArn,
        type: req.instanceType,
        count: serverless ? undefined : req.plan.instanceCount,
        capture: req.dataCapture ?? null,
        ...(serverless ? { serverless } : {}),
        ...(async ? { async } : {}),
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
        ctx.onOutput('model-name', name);
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
        await (0,model/* ensureModel */.aI)(gateway, log, name, req.modelPackageArn, req.roleArn);
        ctx.onOutput('model-name', name);
        if (await gateway.endpointConfigExists(name))
            log.info(`Endpoint config ${name} exists (an earlier run made it); reusing it.`);
        else {
            await gateway.createEndpointConfig({
                name,
                modelName: name,
                ...(serverless
                    ? { serverless }
                    : { instanceType: req.instanceType, instanceCount: req.plan.instanceCount }),
                ...(async ? { async } : {}),
                ...(req.dataCapture ? { dataCapture: req.dataCapture } : {}),
            });
            const capture = req.dataCapture
                ? `, data capture ${req.dataCapture.percent}% to ${req.dataCapture.destinationS3Uri}`
                : '';
            const hosting = (0,promotion_hosting/* hostingText */.O)(req.hosting, req.instanceType, req.plan.instanceCount);
            log.info(`Created endpoint config ${name} (${hosting}${capture}).`);
        }
        ctx.onOutput('endpoint-config-name', name);
        if (ctx.signal.aborted) {
            throw new errors/* CancelledError */.cc(`cancelled before endpoint ${req.endpointName} was changed; model ${name} and endpoint config ${name} were created and are unused: ` +
                `a re-run reuses them, or delete them (aws sagemaker delete-endpoint-config --endpoint-config-name ${name}; aws sagemaker delete-model --model-name ${name})`);
        }
    }
    const history = before && !resuming ? await previousDeployment(before, ctx) : undefined;
    const startedAt = ctx.clock.now();
    let arn;
    if (resuming) {
        arn = before.arn;
        // The same outputs as the run that started it: the names are this run's own.
        ctx.onOutput('model-name', name);
        ctx.onOutput('endpoint-config-name', name);
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
    const { endpoint, polls } = await waitForEndpoint(req.endpointName, name, ctx, startedAt, history);
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
/**
 * The endpoint's previous deployment as a timing template: from its endpoint config's creation
 * (this toolkit creates the config just before it updates) to the endpoint's last modification.
 * Unknown (no prediction, the schedule polls without history) when that span is implausible.
 */
async function previousDeployment(before, ctx) {
    const modified = before.lastModifiedTime;
    if (ctx.policy.kind !== 'adaptive' || before.status !== 'InService' || !modified)
        return undefined;
    const created = await (0,engine/* timingHint */.Iy)(ctx.log, 'previous deployment', () => ctx.gateway.endpointConfigCreationTime(before.configName));
    if (!created || modified - created > 24 * 3_600_000)
        return undefined;
    return (0,schedule/* historyFrom */.z)(created, modified, []);
}
async function waitForEndpoint(name, configName, ctx, startedAt, history) {
    let last;
    const waited = await (0,engine/* runWait */.pT)({
        what: `endpoint ${name} (deploying ${configName})`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        isTransient: ctx.isTransient,
        poll: async () => {
            const endpoint = await ctx.gateway.describeEndpoint(name);
            if (!endpoint)
                throw new errors/* OutcomeError */.Rz(`endpoint ${name} disappeared during the deployment (deleted by someone else?)`);
            const changed = endpoint.status !== last?.status;
            if (changed)
                ctx.log.info(`Endpoint ${name}: ${endpoint.status}`);
            last = endpoint;
            if (endpoint.status === 'Deleting')
                throw new errors/* OutcomeError */.Rz(`endpoint ${name} is being deleted (by someone else?)`);
            return { done: TERMINAL.has(endpoint.status), changed, endpoint };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)(ctx.policy, now, { startTime: startedAt, steps: [] }, history),
        progress: (o) => `${o?.endpoint.status ?? 'unknown'}`,
    });
    if (waited.ended === 'done')
        return { endpoint: waited.last.endpoint, polls: waited.polls };
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(await cancelledMessage(name, configName, last, ctx));
    throw new errors/* TimeoutError */.MU(`endpoint ${name} was still ${last?.status ?? 'unknown'} after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}; SageMaker goes on with the deployment ` +
        `to ${configName}; re-run this step to resume waiting`);
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

;// CONCATENATED MODULE: ./src/core/promotion/inference-component.ts







const inference_component_BUSY = new Set(['Creating', 'Updating']);
const inference_component_TERMINAL = new Set(['InService', 'Failed']);
/**
 * Deploys an approved model package as an inference component on an existing endpoint: a model
 * named after the component and the commit, then CreateInferenceComponent (first deploy) or
 * UpdateInferenceComponent with the plan's RollingUpdatePolicy; waits on the component's status
 * and tells a success from a rollback by the model the component serves at the end.
 */
async function deployComponent(req, ctx) {
    const { gateway, components, log } = ctx;
    const c = req.component;
    await (0,model/* requireApproved */.v_)(gateway, req.modelPackageArn);
    const endpoint = await gateway.describeEndpoint(req.endpointName);
    if (!endpoint)
        throw new errors/* OutcomeError */.Rz(`endpoint ${req.endpointName} does not exist: create the endpoint that hosts inference components first; nothing was deployed`);
    if (endpoint.status !== 'InService')
        throw new errors/* OutcomeError */.Rz(`endpoint ${req.endpointName} is ${endpoint.status}, not InService: inference components can only be deployed on an InService endpoint; nothing was deployed`);
    ctx.onOutput('endpoint-arn', endpoint.arn);
    const name = (0,names/* deploymentName */.pC)(c.name, req.commit, {
        package: req.modelPackageArn,
        role: req.roleArn,
        component: c,
    });
    const config = componentDeploymentConfig(req.plan);
    const request = {
        ...c,
        name: c.name,
        endpointName: req.endpointName,
        variantName: endpoint.variantNames?.[0] ?? 'AllTraffic',
        modelName: name,
    };
    const before = await components.describeInferenceComponent(c.name);
    const base = { componentName: c.name, modelName: name, previousModelName: before?.modelName };
    if (before?.status === 'InService' && before.modelName === name) {
        log.info(`Inference component ${c.name} already serves ${name}: nothing to do.`);
        ctx.onOutput('model-name', name);
        ctx.onOutput('inference-component-arn', before.arn);
        return {
            ...base,
            componentArn: before.arn,
            status: 'InService',
            firstDeploy: false,
            rolledBack: false,
            alreadyDeployed: true,
            polls: 0,
        };
    }
    // A component busy with this run's model (a cancelled or timed-out earlier run): wait for it.
    const resuming = Boolean(before && inference_component_BUSY.has(before.status) && (await gateway.modelExists(name)));
    if (before && !resuming)
        inference_component_refuseBusy(before);
    let arn;
    if (resuming) {
        arn = before.arn;
        ctx.onOutput('model-name', name);
        log.info(`Inference component ${c.name} is already ${before.status} (an earlier run started it); waiting for it.`);
    }
    else {
        await (0,model/* ensureModel */.aI)(gateway, log, name, req.modelPackageArn, req.roleArn);
        ctx.onOutput('model-name', name);
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.cc(`cancelled before inference component ${c.name} was changed; model ${name} was created and is unused: ` +
                `a re-run reuses it, or delete it (aws sagemaker delete-model --model-name ${name})`);
        if (!before) {
            arn = await components.createInferenceComponent(request);
            log.info(`Creating inference component ${c.name} on ${req.endpointName} (${c.copies} copies of ${name}).`);
        }
        else {
            arn = await components.updateInferenceComponent(request, config);
            log.info(`Updating inference component ${c.name} from ${before.modelName ?? '?'} to ${name} (${req.plan.strategy}, ${c.copies} copies).`);
        }
    }
    ctx.onOutput('inference-component-arn', arn);
    const { component, polls } = await waitForComponent(c.name, name, ctx);
    const reason = component.failureReason;
    const alarm = reason ? req.plan.alarms.find((a) => reason.includes(a)) : undefined;
    return {
        ...base,
        componentArn: arn,
        status: component.status,
        firstDeploy: !before,
        rolledBack: component.status === 'InService' && component.modelName !== name,
        ...(reason ? { failureReason: reason } : {}),
        ...(alarm ? { alarm } : {}),
        ...(config && before ? { deploymentConfig: config } : {}),
        alreadyDeployed: false,
        polls,
    };
}
function inference_component_refuseBusy(c) {
    if (inference_component_BUSY.has(c.status))
        throw new errors/* OutcomeError */.Rz(`inference component ${c.name} is ${c.status}: another deployment is running; wait for it to end and run again`);
    if (c.status === 'Failed' || c.status === 'Deleting')
        throw new errors/* OutcomeError */.Rz(`inference component ${c.name} is ${c.status}${c.failureReason ? ` (${c.failureReason})` : ''}: ` +
            `delete it (aws sagemaker delete-inference-component --inference-component-name ${c.name}) and run again to create it afresh`);
}
async function waitForComponent(name, modelName, ctx) {
    let last;
    const startTime = ctx.clock.now();
    const waited = await (0,engine/* runWait */.pT)({
        what: `inference component ${name} (deploying ${modelName})`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        isTransient: ctx.isTransient,
        poll: async () => {
            const component = await ctx.components.describeInferenceComponent(name);
            if (!component)
                throw new errors/* OutcomeError */.Rz(`inference component ${name} disappeared during the deployment (deleted by someone else?)`);
            const changed = component.status !== last?.status;
            if (changed)
                ctx.log.info(`Inference component ${name}: ${component.status}`);
            last = component;
            if (component.status === 'Deleting')
                throw new errors/* OutcomeError */.Rz(`inference component ${name} is being deleted (by someone else?)`);
            return { done: inference_component_TERMINAL.has(component.status), changed, component };
        },
        nextPollMs: (now) => (0,schedule/* pollInterval */.dq)(ctx.policy, now, { startTime, steps: [] }, undefined),
        progress: (o) => o?.component.status ?? 'unknown',
    });
    if (waited.ended === 'done')
        return { component: waited.last.component, polls: waited.polls };
    const state = last ? `${last.status} (serving ${last.modelName ?? '?'})` : 'in an unknown state';
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(`cancelled while inference component ${name} was ${state}, deploying model ${modelName} made by this run. ` +
            'SageMaker cannot stop an update in progress: it finishes, or rolls back on its alarms. ' +
            `Check it with 'aws sagemaker describe-inference-component --inference-component-name ${name}'; re-running this step with the same inputs resumes the wait.`);
    throw new errors/* TimeoutError */.MU(`inference component ${name} was still ${state} after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}; SageMaker goes on with the deployment ` +
        `of ${modelName}; re-run this step to resume waiting`);
}
/** The one-line failure for a result that is not a success, or undefined for a success. */
function componentFailure(r) {
    const reason = r.failureReason ? `: ${r.failureReason}` : '';
    if (r.rolledBack)
        return `deployment of ${r.modelName} to inference component ${r.componentName} was rolled back${r.alarm ? ` (alarm ${r.alarm} fired)` : ''}; it still serves ${r.previousModelName ?? 'the old model'}${reason}`;
    if (r.status !== 'InService')
        return `inference component ${r.componentName} is ${r.status}${reason}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/promotion/strategies.ts
var strategies = __webpack_require__(3064);
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
function deploySummary(endpoint, plan, result, hosting) {
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
        ...(hosting && hosting.hosting.target !== 'endpoint'
            ? [`| Hosting | ${(0,promotion_hosting/* hostingText */.O)(hosting.hosting, hosting.instanceType, plan.instanceCount)} |`]
            : []),
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
/** The deploy step's job summary for an inference component. */
function componentSummary(endpoint, plan, r) {
    const s = strategies/* STRATEGIES */.YL[plan.strategy];
    const icon = r.rolledBack ? '↩️' : r.status === 'InService' ? '✅' : '❌';
    const outcome = r.alreadyDeployed
        ? 'already serving this deployment (nothing changed)'
        : r.rolledBack
            ? `rolled back${r.alarm ? ` by alarm \`${r.alarm}\`` : ''}; still serving \`${r.previousModelName ?? '?'}\``
            : r.status;
    return [
        `### ${icon} Deploy inference component \`${r.componentName}\` on \`${endpoint}\`: ${outcome}`,
        '',
        `| | |`,
        `| --- | --- |`,
        `| Strategy | **${plan.strategy}**${r.firstDeploy ? ' (first deploy: the component is created, no copies to replace)' : ''} |`,
        `| How | ${plan.strategy === 'rolling' ? 'RollingUpdatePolicy: rolling-batch-size copies replaced per batch, each baked for wait-interval.' : s.how} |`,
        `| Copies | ${plan.instanceCount} |`,
        `| Model | \`${r.modelName}\`${r.previousModelName && !r.firstDeploy ? ` (was \`${r.previousModelName}\`)` : ''} |`,
        ...(plan.alarms.length ? [`| Rollback alarms | ${plan.alarms.map((a) => `\`${a}\``).join(', ')} |`] : []),
        ...(r.failureReason ? [`| Failure reason | ${r.failureReason.replace(/\|/g, '\\|')} |`] : []),
        '',
        '#### Traffic over time',
        '',
        timelineMarkdown(trafficSteps(plan, r.firstDeploy)),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/commands/deploy/spec.ts + 6 modules
var spec = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/commands/deploy/run.ts









async function run({ host, inputs, checked, aws }) {
    const endpoint = inputs['endpoint-name'];
    const type = inputs['instance-type'];
    const { plan, hosting, commit, dataCapture, timeoutMs } = checked;
    if (type && /^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
        host.warning(`deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`);
    }
    const sagemaker = (0,aws_options/* awsFor */.B)(host, aws, spec.spec.action);
    const waiting = {
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: aws_transient/* isTransient */.d,
        policy: { kind: 'adaptive' },
        timeoutMs,
    };
    if (hosting.target === 'inference-component') {
        const result = await deployComponent({
            endpointName: endpoint,
            component: hosting.component,
            modelPackageArn: inputs['model-package-arn'],
            roleArn: inputs['execution-role-arn'],
            plan,
            commit,
        }, {
            ...waiting,
            gateway: (0,sagemaker_promotion/* sagemakerPromotionGateway */.IY)(sagemaker),
            components: sagemakerComponentsGateway(sagemaker),
            onOutput: (name, value) => host.setOutput(name, value),
        });
        host.setOutput('status', result.status);
        host.setOutput('rolled-back', result.rolledBack);
        host.setOutput('deployment-config', result.deploymentConfig ? result.deploymentConfig : '');
        await host.appendSummary(componentSummary(endpoint, plan, result));
        const failure = componentFailure(result);
        if (failure)
            throw new errors/* OutcomeError */.Rz(failure);
        host.info(`Inference component ${result.componentName} serves ${result.modelName} (${result.status}).`);
        return;
    }
    const result = await deploy({
        endpointName: endpoint,
        modelPackageArn: inputs['model-package-arn'],
        roleArn: inputs['execution-role-arn'],
        ...(type ? { instanceType: type } : {}),
        hosting,
        plan,
        commit,
        ...(dataCapture ? { dataCapture } : {}),
    }, {
        ...waiting,
        gateway: (0,sagemaker_promotion/* sagemakerPromotionGateway */.IY)(sagemaker),
        onOutput: (name, value) => host.setOutput(name, value),
    });
    host.setOutput('status', result.status);
    host.setOutput('rolled-back', result.rolledBack);
    host.setOutput('deployment-config', result.firstDeploy || !result.deploymentConfig ? '' : result.deploymentConfig);
    await host.appendSummary(deploySummary(endpoint, plan, result, { hosting, ...(type ? { instanceType: type } : {}) }));
    const failure = failureMessage(result, endpoint);
    if (failure)
        throw new errors/* OutcomeError */.Rz(failure);
    host.info(`Endpoint ${endpoint} serves ${result.endpointConfigName} (${result.status}).`);
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
