export const id = 571;
export const ids = [571];
export const modules = {

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ sagemakerPromotionGateway)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);


/** SageMaker answers a Describe* of a missing resource with a ValidationException "Could not find ...". */
function isNotFound(err) {
    const e = err;
    return ((e?.name === 'ValidationException' || e?.name === 'ResourceNotFound') &&
        /could not find|not found|does not exist/i.test(e.message ?? ''));
}
async function orUndefined(call) {
    try {
        return await call;
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
/** The promotion core's SageMaker calls, made with the AWS SDK. */
function sagemakerPromotionGateway(ctx) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyClient */ .qW)(ctx, 'SAGEMAKER', (config) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .SageMakerClient */ .kHU(config));
    return {
        async describeModelPackage(arn) {
            const out = await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeModelPackageCommand */ .Uxr({ ModelPackageName: arn }));
            const by = out.LastModifiedBy?.UserProfileName || out.LastModifiedBy?.IamIdentity?.Arn;
            return {
                arn: out.ModelPackageArn ?? arn,
                approvalStatus: out.ModelApprovalStatus ?? 'PendingManualApproval',
                ...(out.ApprovalDescription ? { approvalDescription: out.ApprovalDescription } : {}),
                ...(out.ModelPackageStatus ? { packageStatus: out.ModelPackageStatus } : {}),
                ...(by ? { lastModifiedBy: by } : {}),
            };
        },
        async updateModelPackageApproval(arn, status, description) {
            await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .UpdateModelPackageCommand */ .CCy({
                ModelPackageArn: arn,
                ModelApprovalStatus: status,
                ApprovalDescription: description,
            }));
        },
        async modelExists(name) {
            return Boolean(await orUndefined(client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeModelCommand */ .utY({ ModelName: name }))));
        },
        async createModel(name, packageArn, roleArn) {
            await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .CreateModelCommand */ .TIE({
                ModelName: name,
                ExecutionRoleArn: roleArn,
                PrimaryContainer: { ModelPackageName: packageArn },
            }));
        },
        async endpointConfigExists(name) {
            return Boolean(await orUndefined(client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEndpointConfigCommand */ .uoq({ EndpointConfigName: name }))));
        },
        async endpointConfigCreationTime(name) {
            const out = await orUndefined(client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEndpointConfigCommand */ .uoq({ EndpointConfigName: name })));
            return out?.CreationTime?.getTime();
        },
        async createEndpointConfig(req) {
            await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .CreateEndpointConfigCommand */ .dH8({
                EndpointConfigName: req.name,
                ProductionVariants: [
                    {
                        VariantName: 'AllTraffic',
                        ModelName: req.modelName,
                        InstanceType: req.instanceType,
                        InitialInstanceCount: req.instanceCount,
                        InitialVariantWeight: 1,
                    },
                ],
                ...(req.dataCapture
                    ? {
                        DataCaptureConfig: {
                            EnableCapture: true,
                            InitialSamplingPercentage: req.dataCapture.percent,
                            DestinationS3Uri: req.dataCapture.destinationS3Uri,
                            CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
                        },
                    }
                    : {}),
            }));
        },
        async describeEndpoint(name) {
            const out = await orUndefined(client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEndpointCommand */ .CX3({ EndpointName: name })));
            if (!out)
                return undefined;
            return {
                arn: out.EndpointArn ?? '',
                name: out.EndpointName ?? name,
                status: out.EndpointStatus ?? 'Unknown',
                configName: out.EndpointConfigName ?? '',
                ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
                ...(out.PendingDeploymentSummary?.EndpointConfigName
                    ? { pendingConfigName: out.PendingDeploymentSummary.EndpointConfigName }
                    : {}),
            };
        },
        async createEndpoint(name, configName) {
            const out = await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .CreateEndpointCommand */ .fRi({ EndpointName: name, EndpointConfigName: configName }));
            return out.EndpointArn ?? '';
        },
        async updateEndpoint(name, configName, deploymentConfig) {
            const out = await client().send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .UpdateEndpointCommand */ .sU7({
                EndpointName: name,
                EndpointConfigName: configName,
                ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
            }));
            return out.EndpointArn ?? '';
        },
    };
}


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
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
    const history = before && !resuming ? await previousDeployment(before, ctx) : undefined;
    const startedAt = ctx.clock.now();
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

// EXTERNAL MODULE: ./src/commands/deploy/spec.ts + 4 modules
var spec = __webpack_require__(3524);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/commands/deploy/run.ts







async function run({ host, inputs, checked, aws }) {
    const endpoint = inputs['endpoint-name'];
    const type = inputs['instance-type'];
    const { plan, commit, dataCapture, timeoutMs } = checked;
    if (/^ml\.inf1\./.test(type) && plan.strategy !== 'all-at-once') {
        host.warning(`deployment guardrails do not apply to ${type} (Inf1): SageMaker falls back to an all-at-once update without telling`);
    }
    const sagemaker = (0,aws_options/* awsFor */.B)(host, aws, spec.spec.action);
    const result = await deploy({
        endpointName: endpoint,
        modelPackageArn: inputs['model-package-arn'],
        roleArn: inputs['execution-role-arn'],
        instanceType: type,
        plan,
        commit,
        ...(dataCapture ? { dataCapture } : {}),
    }, {
        gateway: (0,sagemaker_promotion/* sagemakerPromotionGateway */.I)(sagemaker),
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: aws_transient/* isTransient */.d,
        onOutput: (name, value) => {
            if (name !== 'model-name')
                host.setOutput(name, value);
        },
        policy: { kind: 'adaptive' },
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
