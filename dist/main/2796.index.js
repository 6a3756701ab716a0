export const id = 2796;
export const ids = [2796];
export const modules = {

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/promotion/strategies.ts
var strategies = __webpack_require__(3064);
;// CONCATENATED MODULE: ./src/core/promotion/targets.ts
/**
 * THE table of where `deploy` puts a model and which strategies each place takes. parsePlan
 * refuses what AWS refuses before any call; docs/promotion.md's "Which target and which strategy"
 * table and the inputs' descriptions are generated from it.
 */
const targets_TARGET_NAMES = ['endpoint', 'serverless', 'async', 'inference-component'];
const DOCS = {
    exclusions: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html',
    componentConfig: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InferenceComponentDeploymentConfig.html',
    serverless: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
};
const ALL_OK = {
    'all-at-once': { ok: true },
    'blue-green': { ok: true },
    canary: { ok: true },
    linear: { ok: true },
    rolling: { ok: true },
};
/** Inference components take only a RollingUpdatePolicy (InferenceComponentDeploymentConfig). */
const COMPONENT_ONLY_ROLLING = `inference components take only a RollingUpdatePolicy (${DOCS.componentConfig}); use rolling, or all-at-once`;
const targets_TARGETS = {
    endpoint: {
        name: 'endpoint',
        title: 'Real-time endpoint (instances)',
        how: 'CreateEndpointConfig (instance type and count), then CreateEndpoint or UpdateEndpoint with the DeploymentConfig.',
        capacity: 'instances',
        defaultStrategy: 'blue-green',
        strategies: {
            ...ALL_OK,
            'blue-green': {
                ok: true,
                note: `Marketplace containers and Inf1 instances fall back to all-at-once blue/green without a final baking period (${DOCS.exclusions}); deploy warns on ml.inf1.*`,
            },
        },
    },
    serverless: {
        name: 'serverless',
        title: 'Serverless endpoint',
        how: 'CreateEndpointConfig with ServerlessConfig (memory, max and provisioned concurrency), then CreateEndpoint or UpdateEndpoint.',
        capacity: 'percent only',
        defaultStrategy: 'blue-green',
        strategies: {
            ...ALL_OK,
            canary: { ok: true, note: 'canary-size as a percentage: a serverless endpoint has no instances' },
            linear: { ok: true, note: 'linear-step-size as a percentage: a serverless endpoint has no instances' },
            rolling: {
                ok: false,
                why: `rolling deployments exclude serverless endpoints (${DOCS.exclusions}); use blue-green, canary or linear`,
            },
        },
    },
    async: {
        name: 'async',
        title: 'Asynchronous endpoint (instances)',
        how: 'CreateEndpointConfig with AsyncInferenceConfig (output and failure S3 paths, SNS topics), then CreateEndpoint or UpdateEndpoint.',
        capacity: 'instances',
        defaultStrategy: 'blue-green',
        // The guardrails exclusions do not list asynchronous endpoints: every strategy is sent as asked.
        strategies: ALL_OK,
    },
    'inference-component': {
        name: 'inference-component',
        title: 'Inference component on an existing endpoint',
        how: 'CreateInferenceComponent (copies, compute resources) or UpdateInferenceComponent with DeploymentConfig.RollingUpdatePolicy.',
        capacity: 'copies',
        defaultStrategy: 'rolling',
        strategies: {
            'all-at-once': {
                ok: true,
                note: "UpdateInferenceComponent without DeploymentConfig (SageMaker's default); no rollback alarms: they need the RollingUpdatePolicy",
            },
            'blue-green': { ok: false, why: COMPONENT_ONLY_ROLLING },
            canary: { ok: false, why: COMPONENT_ONLY_ROLLING },
            linear: { ok: false, why: COMPONENT_ONLY_ROLLING },
            rolling: { ok: true, note: 'batch sizes count copies (COPY_COUNT) or a percentage of them' },
        },
    },
};

;// CONCATENATED MODULE: ./src/core/promotion/plan.ts



const DEFAULT_WAIT_SECONDS = 300;
const DEFAULT_SIZE = {
    canary: { type: 'CAPACITY_PERCENT', value: 10 },
    linear: { type: 'CAPACITY_PERCENT', value: 10 },
    rolling: { type: 'CAPACITY_PERCENT', value: 25 },
};
/**
 * Parses and checks every strategy option before any AWS call, against SageMaker's limits and
 * against what the target takes (targets.ts); errors name the input and the limit. `units` is
 * what sizes count on the target: instances, or an inference component's copies.
 */
function parsePlan(raw, target = 'endpoint', units = raw['instance-count']) {
    const instanceCount = units;
    const { strategy, preset, presetName } = parseStrategy(raw.strategy, targets_TARGETS[target].defaultStrategy);
    const support = targets_TARGETS[target].strategies[strategy];
    if (!support.ok)
        throw new errors/* InputError */.dz('strategy', `${strategy} is not supported on target ${target}: ${support.why}`);
    const uses = new Set(strategies/* STRATEGIES */.YL[strategy].options);
    for (const option of [
        'canary-size',
        'linear-step-size',
        'rolling-batch-size',
        'rollback-batch-size',
        'termination-wait',
        'max-execution-timeout',
    ]) {
        if (raw[option] !== undefined && !uses.has(option)) {
            throw new errors/* InputError */.dz(option, `does not apply to strategy ${strategy} (it takes ${[...uses].join(', ') || 'no options'})`);
        }
    }
    if (raw['wait-interval'] !== undefined && !uses.has('wait-interval')) {
        throw new errors/* InputError */.dz('wait-interval', `does not apply to strategy ${strategy}`);
    }
    if (presetName) {
        for (const option of ['canary-size', 'linear-step-size', 'wait-interval']) {
            if (raw[option] !== undefined) {
                throw new errors/* InputError */.dz(option, `conflicts with strategy ${presetName}, which sets it; use strategy ${strategy} to choose it yourself`);
            }
        }
    }
    const plan = {
        target,
        strategy,
        ...(presetName ? { preset: presetName } : {}),
        instanceCount,
        waitIntervalSeconds: preset?.waitIntervalSeconds ??
            seconds('wait-interval', raw['wait-interval'], DEFAULT_WAIT_SECONDS, strategies/* LIMITS */.b1.waitIntervalSeconds),
        terminationWaitSeconds: seconds('termination-wait', raw['termination-wait'], 0, strategies/* LIMITS */.b1.terminationWaitSeconds),
        alarms: raw['rollback-alarms'],
    };
    if (strategy === 'all-at-once')
        plan.waitIntervalSeconds = 0;
    const timeout = raw['max-execution-timeout'] !== undefined
        ? seconds('max-execution-timeout', raw['max-execution-timeout'], undefined, strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds)
        : undefined;
    if (timeout !== undefined)
        plan.maxExecutionTimeoutSeconds = timeout;
    // A preset's own sizes are checked too; the error then names 'strategy', the input that set them.
    const from = (option) => (presetName ? 'strategy' : option);
    const check = (input, size, limit, minPercent) => {
        if (targets_TARGETS[target].capacity === 'percent only' && size.type !== 'CAPACITY_PERCENT')
            throw new errors/* InputError */.dz(input, `must be a percentage on target ${target} (it has no instances to count)`, String(size.value));
        checkCapacity(input, size, instanceCount, limit, minPercent, targets_TARGETS[target].capacity);
    };
    if (strategy === 'canary') {
        plan.canarySize = preset?.canarySize ?? raw['canary-size'] ?? DEFAULT_SIZE.canary;
        check(from('canary-size'), plan.canarySize, strategies/* LIMITS */.b1.canaryPercent, 0);
    }
    else if (strategy === 'linear') {
        plan.linearStepSize = preset?.linearStepSize ?? raw['linear-step-size'] ?? DEFAULT_SIZE.linear;
        check(from('linear-step-size'), plan.linearStepSize, strategies/* LIMITS */.b1.linearPercent, strategies/* LIMITS */.b1.linearPercent.min);
    }
    else if (strategy === 'rolling') {
        plan.rollingBatchSize = raw['rolling-batch-size'] ?? DEFAULT_SIZE.rolling;
        check('rolling-batch-size', plan.rollingBatchSize, strategies/* LIMITS */.b1.rollingPercent, strategies/* LIMITS */.b1.rollingPercent.min);
        const rollback = raw['rollback-batch-size'];
        if (rollback) {
            check('rollback-batch-size', rollback, strategies/* LIMITS */.b1.rollbackPercent, strategies/* LIMITS */.b1.rollbackPercent.min);
            plan.rollbackBatchSize = rollback;
        }
    }
    if (target === 'inference-component' && strategy === 'all-at-once' && plan.alarms.length)
        throw new errors/* InputError */.dz('rollback-alarms', 'needs strategy rolling on target inference-component: AutoRollbackConfiguration goes with the RollingUpdatePolicy');
    if (preset?.waitIntervalSeconds !== undefined &&
        preset.waitIntervalSeconds > strategies/* LIMITS */.b1.waitIntervalSeconds.max) {
        throw new errors/* InputError */.dz('strategy', `waits longer than SageMaker allows (${strategies/* LIMITS */.b1.waitIntervalSeconds.text})`, raw.strategy);
    }
    return plan;
}
function parseStrategy(raw, fallback) {
    const value = raw?.trim() || fallback;
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
 * SageMaker bounds each size as a share of the capacity: a percentage directly, a count of
 * instances (or an inference component's copies) as count / instance-count (copy-count).
 */
function checkCapacity(input, size, instanceCount, limit, minPercent, units) {
    if (size.type === 'CAPACITY_PERCENT') {
        if (size.value < limit.min || size.value > limit.max) {
            throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text})`, `${size.value}%`);
        }
        return;
    }
    const share = (size.value / instanceCount) * 100;
    if (size.value < 1 || share > limit.max || share < minPercent) {
        throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text}): ${size.value} of ${instanceCount} ${units} is ${Math.round(share)}%`, String(size.value));
    }
}
/** A duration input (ms, already within its range) as the whole seconds SageMaker takes. */
function seconds(input, ms, fallback, limit) {
    if (ms === undefined) {
        if (fallback === undefined)
            throw new errors/* InputError */.dz(input, 'is required');
        return fallback;
    }
    if (ms % 1000)
        throw new errors/* InputError */.dz(input, 'must be a whole number of seconds', `${ms}ms`);
    const s = ms / 1000;
    if (s < limit.min || s > limit.max)
        throw new errors/* InputError */.dz(input, `is outside SageMaker's limit (${limit.text})`, `${s}s`);
    return s;
}

;// CONCATENATED MODULE: ./src/core/promotion/strategy-inputs.ts



const comparison = strategies/* STRATEGY_NAMES */.nU.map((n) => `${n} (risk ${strategies/* STRATEGIES */.YL[n].risk.split(' (')[0]}, cost ${strategies/* STRATEGIES */.YL[n].cost.split(' (')[0]})`).join('; ');
/** CloudWatch alarm names: 1-255 characters, no control characters. */
const ALARM_NAME = /^[^\p{Cc}]{1,255}$/u;
/** deploy's strategy inputs, declared once: the deploy spec spreads them and `parsePlan` reads them. */
const STRATEGY_INPUTS = (0,types/* defineInputs */.p)({
    strategy: {
        kind: 'string',
        description: `How traffic moves to the new model: ${(0,strategies/* strategyChoices */.Qd)()}. ${comparison}. Default: blue-green (rolling for target inference-component); which target takes which strategy is in docs/promotion.md.`,
    },
    'instance-count': {
        kind: 'integer',
        min: 1,
        max: 1000,
        unit: 'instances',
        description: 'Number of instances.',
        default: '1',
    },
    'canary-size': {
        kind: 'string',
        parse: capacity,
        description: `canary: share of traffic in the first step, as a percentage (10%) or instances (1); ${strategies/* LIMITS */.b1.canaryPercent.text}.`,
    },
    'linear-step-size': {
        kind: 'string',
        parse: capacity,
        description: `linear: traffic added per step, as a percentage or instances; ${strategies/* LIMITS */.b1.linearPercent.text}.`,
    },
    'rolling-batch-size': {
        kind: 'string',
        parse: capacity,
        description: `rolling: instances replaced per batch, as a percentage or instances; ${strategies/* LIMITS */.b1.rollingPercent.text}.`,
    },
    'rollback-batch-size': {
        kind: 'string',
        parse: capacity,
        description: `rolling: capacity restored per batch if the update rolls back, as a percentage or instances (copies); ${strategies/* LIMITS */.b1.rollbackPercent.text}. Default: all at once.`,
    },
    'wait-interval': {
        kind: 'duration',
        bareUnit: 'seconds',
        minMs: strategies/* LIMITS */.b1.waitIntervalSeconds.min * 1000,
        maxMs: strategies/* LIMITS */.b1.waitIntervalSeconds.max * 1000,
        outOfRange: `is outside SageMaker's limit (${strategies/* LIMITS */.b1.waitIntervalSeconds.text})`,
        description: `Baking time between traffic steps (${strategies/* LIMITS */.b1.waitIntervalSeconds.text}). Default 5m.`,
    },
    'termination-wait': {
        kind: 'duration',
        bareUnit: 'seconds',
        minMs: strategies/* LIMITS */.b1.terminationWaitSeconds.min * 1000,
        maxMs: strategies/* LIMITS */.b1.terminationWaitSeconds.max * 1000,
        outOfRange: `is outside SageMaker's limit (${strategies/* LIMITS */.b1.terminationWaitSeconds.text})`,
        description: `blue/green, canary, linear: how long the old fleet is kept after the shift (${strategies/* LIMITS */.b1.terminationWaitSeconds.text}). Default 0.`,
    },
    'max-execution-timeout': {
        kind: 'duration',
        bareUnit: 'seconds',
        minMs: strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds.min * 1000,
        maxMs: strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds.max * 1000,
        outOfRange: `is outside SageMaker's limit (${strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds.text})`,
        description: `Time limit SageMaker gives the whole deployment (${strategies/* LIMITS */.b1.maxExecutionTimeoutSeconds.text}).`,
    },
    'rollback-alarms': {
        kind: 'list',
        pattern: ALARM_NAME,
        allowed: 'CloudWatch alarm names (1-255 characters)',
        maxItems: strategies/* LIMITS */.b1.alarms.max,
        tooMany: `names too many alarms; SageMaker allows ${strategies/* LIMITS */.b1.alarms.text}`,
        description: `CloudWatch alarm names (comma or line separated) that roll the deployment back when they fire; ${strategies/* LIMITS */.b1.alarms.text}.`,
    },
});

;// CONCATENATED MODULE: ./src/core/promotion/target-inputs.ts




const S3_URI = /^(https|s3):\/\/[^/]+(\/.*)?$/;
/** InferenceComponentName: `^[a-zA-Z0-9]([\-a-zA-Z0-9]*[a-zA-Z0-9])?$`, at most 63. */
const COMPONENT_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
function cpuCores(input, raw) {
    const value = Number(raw.trim());
    const limit = strategies/* LIMITS */.b1.componentCpuCores;
    if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < limit.min || value > limit.max)
        throw new errors/* InputError */.dz(input, `must be a number of CPU cores (${limit.text}), e.g. 0.5 or 2`, raw);
    return value;
}
/** deploy's hosting inputs: the target, and each target's own settings (check.ts pairs them). */
const TARGET_INPUTS = (0,types/* defineInputs */.p)({
    target: {
        kind: 'enum',
        choices: targets_TARGET_NAMES,
        default: 'endpoint',
        description: `Where the model is hosted: ${targets_TARGET_NAMES.map((t) => `${t} (${targets_TARGETS[t].title})`).join('; ')}.`,
    },
    'serverless-memory': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.serverlessMemoryMb.min,
        max: strategies/* LIMITS */.b1.serverlessMemoryMb.max,
        unit: 'MB',
        description: `serverless: memory of the endpoint (${strategies/* LIMITS */.b1.serverlessMemoryMb.text}). Default 2048.`,
    },
    'serverless-max-concurrency': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.serverlessConcurrency.min,
        max: strategies/* LIMITS */.b1.serverlessConcurrency.max,
        unit: 'invocations',
        description: `serverless: concurrent invocations at most (${strategies/* LIMITS */.b1.serverlessConcurrency.text}). Default 5.`,
    },
    'serverless-provisioned-concurrency': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.provisionedConcurrency.min,
        max: strategies/* LIMITS */.b1.provisionedConcurrency.max,
        unit: 'invocations',
        description: `serverless: invocations kept warm (${strategies/* LIMITS */.b1.provisionedConcurrency.text}). Default none (on demand).`,
    },
    'async-output-s3-uri': {
        kind: 'string',
        pattern: S3_URI,
        allowed: 'an s3://bucket/prefix URI',
        maxLength: 512,
        description: 'async: where responses go (s3://bucket/prefix); required with target async.',
    },
    'async-failure-s3-uri': {
        kind: 'string',
        pattern: S3_URI,
        allowed: 'an s3://bucket/prefix URI',
        maxLength: 512,
        description: 'async: where failed requests are reported (s3://bucket/prefix).',
    },
    'async-success-topic': {
        kind: 'arn',
        resource: 'sns-topic',
        description: 'async: SNS topic told of each successful inference.',
    },
    'async-error-topic': {
        kind: 'arn',
        resource: 'sns-topic',
        description: 'async: SNS topic told of each failed inference.',
    },
    'async-max-concurrency': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.asyncConcurrency.min,
        max: strategies/* LIMITS */.b1.asyncConcurrency.max,
        unit: 'invocations',
        description: `async: concurrent requests per instance sent to the container (${strategies/* LIMITS */.b1.asyncConcurrency.text}). Default: SageMaker chooses.`,
    },
    'inference-component-name': {
        kind: 'string',
        pattern: COMPONENT_NAME,
        allowed: 'letters, digits and hyphens, starting and ending with a letter or digit',
        maxLength: 63,
        description: 'inference-component: the component to create or update on endpoint-name (which must exist and be InService).',
    },
    'copy-count': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.copyCount.min,
        max: strategies/* LIMITS */.b1.copyCount.max,
        unit: 'copies',
        default: '1',
        description: `inference-component: copies of the model (${strategies/* LIMITS */.b1.copyCount.text}); rolling sizes count them.`,
    },
    'memory-required': {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.componentMemoryMb.min,
        max: strategies/* LIMITS */.b1.componentMemoryMb.max,
        unit: 'MB',
        description: `inference-component: memory each copy needs (MinMemoryRequiredInMb; ${strategies/* LIMITS */.b1.componentMemoryMb.text}); required with target inference-component.`,
    },
    'cpu-cores': {
        kind: 'string',
        parse: cpuCores,
        description: `inference-component: CPU cores each copy needs (${strategies/* LIMITS */.b1.componentCpuCores.text}).`,
    },
    accelerators: {
        kind: 'integer',
        min: strategies/* LIMITS */.b1.componentAccelerators.min,
        max: strategies/* LIMITS */.b1.componentAccelerators.max,
        unit: 'devices',
        description: `inference-component: GPUs or Inferentia devices each copy needs (${strategies/* LIMITS */.b1.componentAccelerators.text}).`,
    },
});

;// CONCATENATED MODULE: ./src/core/promotion/strategies-doc.ts


/** The strategies table as plain text, for `promote deploy --help`. */
function strategiesText() {
    const rows = strategies/* STRATEGY_NAMES */.nU.map((n) => strategies/* STRATEGIES */.YL[n]);
    const w = Math.max(...rows.map((r) => r.name.length)) + 2;
    return [
        'Strategies:',
        ...rows.flatMap((r) => [
            `  ${r.name.padEnd(w)}risk ${r.risk}; cost ${r.cost}; complexity ${r.complexity}`,
            `  ${''.padEnd(w)}${r.how}`,
        ]),
        '',
        `CodeDeploy presets: ${strategies/* CODEDEPLOY_PRESET_EXAMPLES */.Pw.join(', ')} (and any CanaryNPercentMMinutes / LinearNPercentEveryMMinutes).`,
        `Limits: ${Object.values(strategies/* LIMITS */.b1)
            .map((l) => l.text)
            .join('; ')}.`,
        '',
    ].join('\n');
}
/** docs/strategies.md: the same table in markdown. */
function strategiesMarkdown() {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const presetRow = (name) => {
        const p = parsePreset(name);
        const size = p.canarySize ?? p.linearStepSize;
        return `| \`${name}\` | ${p.strategy} | ${size ? `${size.value}%` : ''} | ${p.waitIntervalSeconds !== undefined ? `${p.waitIntervalSeconds} s` : ''} |`;
    };
    return [
        "<!-- Generated from src/core/promotion/strategies.ts by 'npm run generate'. Do not edit. -->",
        '# Deployment strategies',
        '',
        'The `deploy` action (CLI `sagemaker-cicd promote deploy`) takes one of these as `strategy`.',
        '',
        '| Strategy | Risk | Cost | Complexity | How | Options |',
        '| --- | --- | --- | --- | --- | --- |',
        ...STRATEGY_NAMES.map((n) => {
            const s = STRATEGIES[n];
            return `| \`${n}\` | ${esc(s.risk)} | ${esc(s.cost)} | ${esc(s.complexity)} | ${esc(s.how)} | ${s.options.map((o) => `\`${o}\``).join(', ')} |`;
        }),
        '',
        '## CodeDeploy preset names',
        '',
        'Accepted as `strategy`, with or without `CodeDeployDefault.` (and the `Lambda`/`ECS` infix).',
        '',
        '| Preset | Strategy | Size | Wait interval |',
        '| --- | --- | --- | --- |',
        ...CODEDEPLOY_PRESET_EXAMPLES.map(presetRow),
        '',
        '## Limits (checked before any AWS call)',
        '',
        ...Object.values(LIMITS).map((l) => `- ${l.text}`),
        '',
    ].join('\n');
}
/** docs/promotion.md's "Which target and which strategy": the targets table, as the code checks it. */
function targetsMarkdown() {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const cell = (s) => (s.ok ? `✅${s.note ? ` ${esc(s.note)}` : ''}` : `❌ refused: ${esc(s.why)}`);
    return [
        "<!-- Generated from src/core/promotion/targets.ts by 'npm run generate'. Do not edit. -->",
        '',
        `Set with \`target\`; each refusal happens before any AWS call and names the limit.`,
        '',
        `| Target | What deploy calls | Sizes count | Default | ${STRATEGY_NAMES.map((n) => `\`${n}\``).join(' | ')} |`,
        `| --- | --- | --- | --- | ${STRATEGY_NAMES.map(() => '---').join(' | ')} |`,
        ...TARGET_NAMES.map((t) => {
            const target = TARGETS[t];
            const cells = STRATEGY_NAMES.map((n) => cell(target.strategies[n]));
            return `| \`${t}\` (${target.title}) | ${esc(target.how)} | ${target.capacity} | \`${target.defaultStrategy}\` | ${cells.join(' | ')} |`;
        }),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/promotion/hosting.ts
var promotion_hosting = __webpack_require__(5631);
;// CONCATENATED MODULE: ./src/commands/deploy/check.ts



/** deploy's rules across inputs: the target, the strategy plan on it, data capture's pair, the commit, the timeout. */
function checkDeploy(i, run) {
    const hosting = (0,promotion_hosting/* parseHosting */.U)(i);
    // Sizes count an inference component's copies; elsewhere the instances.
    const units = hosting.target === 'inference-component' ? hosting.component.copies : i['instance-count'];
    const plan = parsePlan(i, hosting.target, units);
    const percent = i['data-capture-percent'];
    const uri = i['data-capture-s3-uri'];
    if (percent !== undefined && !uri)
        throw new errors/* InputError */.dz('data-capture-s3-uri', 'is required with data-capture-percent: an s3://bucket/prefix URI');
    if (uri && percent === undefined)
        throw new errors/* InputError */.dz('data-capture-percent', 'is required with data-capture-s3-uri (0-100)');
    const commit = i.commit ?? run.sha;
    if (!commit)
        throw new errors/* InputError */.dz('commit', 'is required outside a workflow: the commit the endpoint config is named after');
    // Unset, the wait outlasts SageMaker's own limit for the deployment, plus an hour to provision.
    const timeoutMs = i.timeout ?? Math.max(3 * 3_600_000, ((plan.maxExecutionTimeoutSeconds ?? 0) + 3600) * 1000);
    return {
        plan,
        hosting,
        commit,
        timeoutMs,
        ...(percent !== undefined && uri ? { dataCapture: { percent, destinationS3Uri: uri } } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/deploy/spec.ts









const spec = (0,types/* defineSpec */.j)({
    action: 'deploy',
    cli: ['promote', 'deploy'],
    title: 'SageMaker CI/CD: deploy',
    description: 'Deploy an approved model package to a SageMaker endpoint (real-time, serverless, asynchronous) or inference component with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
    icon: 'upload-cloud',
    inputs: {
        'endpoint-name': {
            kind: 'string',
            parse: names/* endpointName */.zY,
            description: 'Name of the SageMaker endpoint; created on the first deploy, updated afterwards.',
            required: true,
        },
        'model-package-arn': {
            kind: 'string',
            parse: names/* modelPackageArn */.$t,
            description: 'ARN of the model package version to deploy; refused unless Approved in the Model Registry.',
            required: true,
        },
        'instance-type': {
            kind: 'string',
            parse: names/* instanceType */.w,
            description: 'Hosting instance type, e.g. ml.m5.large; required with target endpoint or async.',
        },
        'execution-role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
            required: true,
        },
        ...TARGET_INPUTS,
        ...STRATEGY_INPUTS,
        'data-capture-percent': {
            kind: 'integer',
            min: strategies/* LIMITS */.b1.dataCapturePercent.min,
            max: strategies/* LIMITS */.b1.dataCapturePercent.max,
            unit: 'percent',
            description: `Turn on data capture (for Model Monitor drift detection) for this share of requests; ${strategies/* LIMITS */.b1.dataCapturePercent.text}.`,
        },
        'data-capture-s3-uri': {
            kind: 'string',
            pattern: /^(https|s3):\/\/[^/]+(\/.*)?$/,
            allowed: 'an s3://bucket/prefix URI',
            maxLength: 512,
            description: 'Where captured requests and responses go (s3://bucket/prefix); required with data-capture-percent.',
        },
        commit: {
            kind: 'string',
            maxLength: 255,
            description: "The commit the endpoint config is named after; defaults to the workflow's commit.",
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 24 * 3_600_000,
            description: 'How long to wait for the endpoint to be InService. Default: 3h, or max-execution-timeout plus 1h when that is longer.',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkDeploy,
    cliHelp: strategiesText(),
    outputs: {
        'endpoint-arn': { description: 'ARN of the endpoint.' },
        'endpoint-config-name': {
            description: 'Name of the endpoint config (and model) made for this deployment (not for an inference component).',
        },
        'model-name': { description: 'Name of the SageMaker model made for this deployment.' },
        'inference-component-arn': { description: 'target inference-component: ARN of the component.' },
        status: { description: "The endpoint's status at the end: InService, Failed, UpdateRollbackFailed..." },
        'rolled-back': {
            description: 'true when SageMaker rolled the deployment back (the endpoint or component still serves the old one).',
        },
        'deployment-config': {
            description: 'The DeploymentConfig sent to UpdateEndpoint or UpdateInferenceComponent, as JSON (empty for a first deploy or a plain all-at-once).',
        },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:DescribeModel',
        'sagemaker:CreateModel',
        'sagemaker:DescribeEndpointConfig',
        'sagemaker:CreateEndpointConfig',
        'sagemaker:DescribeEndpoint',
        'sagemaker:CreateEndpoint',
        'sagemaker:UpdateEndpoint',
        'sagemaker:DescribeInferenceComponent',
        'sagemaker:CreateInferenceComponent',
        'sagemaker:UpdateInferenceComponent',
        'iam:PassRole',
    ],
});


/***/ }),

/***/ 5631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ hostingText),
/* harmony export */   U: () => (/* binding */ parseHosting)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _strategies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3064);


/** The inputs only one target reads: given with another target, they are refused, not ignored. */
const OWN = {
    'serverless-memory': 'serverless',
    'serverless-max-concurrency': 'serverless',
    'serverless-provisioned-concurrency': 'serverless',
    'async-output-s3-uri': 'async',
    'async-failure-s3-uri': 'async',
    'async-success-topic': 'async',
    'async-error-topic': 'async',
    'async-max-concurrency': 'async',
    'inference-component-name': 'inference-component',
    'memory-required': 'inference-component',
    'cpu-cores': 'inference-component',
    accelerators: 'inference-component',
};
/** Defaults of the SageMaker Python SDK's ServerlessInferenceConfig, which users know. */
const SERVERLESS_DEFAULTS = { memoryMb: 2048, maxConcurrency: 5 };
/**
 * The target and its settings, checked across inputs before any AWS call: each target's own
 * inputs, the instance type where instances are hosted, and what a target cannot take.
 */
function parseHosting(i) {
    const target = i.target;
    for (const [input, owner] of Object.entries(OWN)) {
        if (i[input] !== undefined && owner !== target)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `applies only to target ${owner} (target is ${target})`);
    }
    const instances = target === 'endpoint' || target === 'async';
    if (instances && !i['instance-type'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('instance-type', `is required with target ${target}: e.g. ml.m5.large`);
    if (!instances && i['instance-type'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('instance-type', target === 'serverless'
            ? 'does not apply to target serverless: SageMaker chooses the compute (set serverless-memory)'
            : 'does not apply to target inference-component: the endpoint it goes on already has its instances');
    if (i['data-capture-percent'] !== undefined && !instances)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('data-capture-percent', target === 'serverless'
            ? 'is not supported on target serverless: serverless endpoints exclude data capture (https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html)'
            : "does not apply to target inference-component: data capture belongs to the endpoint's config, which this target does not change");
    switch (target) {
        case 'endpoint':
            return { target };
        case 'serverless':
            return { target, serverless: serverless(i) };
        case 'async': {
            const output = i['async-output-s3-uri'];
            if (!output)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('async-output-s3-uri', 'is required with target async: an s3://bucket/prefix URI');
            const async = { outputS3Uri: output };
            if (i['async-failure-s3-uri'])
                async.failureS3Uri = i['async-failure-s3-uri'];
            if (i['async-success-topic'])
                async.successTopic = i['async-success-topic'];
            if (i['async-error-topic'])
                async.errorTopic = i['async-error-topic'];
            if (i['async-max-concurrency'] !== undefined)
                async.maxConcurrentInvocationsPerInstance = i['async-max-concurrency'];
            return { target, async };
        }
        case 'inference-component': {
            const name = i['inference-component-name'];
            if (!name)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('inference-component-name', 'is required with target inference-component: the component to create or update');
            const memoryMb = i['memory-required'];
            if (memoryMb === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('memory-required', `is required with target inference-component (MinMemoryRequiredInMb; ${_strategies_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.componentMemoryMb.text})`);
            const component = { name, copies: i['copy-count'], memoryMb };
            if (i['cpu-cores'] !== undefined)
                component.cpuCores = i['cpu-cores'];
            if (i.accelerators !== undefined)
                component.accelerators = i.accelerators;
            return { target, component };
        }
    }
}
function serverless(i) {
    const memoryMb = i['serverless-memory'] ?? SERVERLESS_DEFAULTS.memoryMb;
    if (memoryMb % 1024)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('serverless-memory', `must be 1024, 2048, 3072, 4096, 5120 or 6144 (${_strategies_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.serverlessMemoryMb.text})`, String(memoryMb));
    const maxConcurrency = i['serverless-max-concurrency'] ?? SERVERLESS_DEFAULTS.maxConcurrency;
    const provisioned = i['serverless-provisioned-concurrency'];
    if (provisioned !== undefined && provisioned > maxConcurrency)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('serverless-provisioned-concurrency', `must be at most serverless-max-concurrency, ${maxConcurrency} (${_strategies_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.provisionedConcurrency.text})`, String(provisioned));
    return {
        memoryMb,
        maxConcurrency,
        ...(provisioned !== undefined ? { provisionedConcurrency: provisioned } : {}),
    };
}
/** The endpoint config's hosting in a few words, for the log and the summary. */
function hostingText(hosting, instanceType, count) {
    if (hosting?.target === 'serverless') {
        const s = hosting.serverless;
        const warm = s.provisionedConcurrency ? `, ${s.provisionedConcurrency} provisioned` : '';
        return `serverless, ${s.memoryMb} MB, max concurrency ${s.maxConcurrency}${warm}`;
    }
    const instances = `${count} × ${instanceType}`;
    if (hosting?.target === 'async')
        return `${instances}, async output to ${hosting.async.outputS3Uri}`;
    return instances;
}


/***/ }),

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ CODEDEPLOY_PRESET_EXAMPLES),
/* harmony export */   Qd: () => (/* binding */ strategyChoices),
/* harmony export */   Tc: () => (/* binding */ parsePreset),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   nU: () => (/* binding */ STRATEGY_NAMES)
/* harmony export */ });
/**
 * THE table of deployment strategies. The code (DeploymentConfig, checks, timeline), the `deploy`
 * inputs' descriptions, `--help` and docs/strategies.md are all derived from it, so they cannot drift.
 */
const STRATEGY_NAMES = ['all-at-once', 'blue-green', 'canary', 'linear', 'rolling'];
const STRATEGIES = {
    'all-at-once': {
        name: 'all-at-once',
        how: 'UpdateEndpoint with no update policy: SageMaker swaps the fleet in one step (its default).',
        risk: 'high (downtime likely, no baking period)',
        cost: 'low',
        complexity: 'low',
        options: [],
    },
    'blue-green': {
        name: 'blue-green',
        how: 'BlueGreenUpdatePolicy, traffic ALL_AT_ONCE: a new (green) fleet takes all traffic, the old (blue) fleet is kept for termination-wait.',
        risk: 'low (instant rollback to the old fleet)',
        cost: 'high (duplicate capacity during the update)',
        complexity: 'medium',
        options: ['wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    canary: {
        name: 'canary',
        how: 'BlueGreenUpdatePolicy, traffic CANARY: canary-size of the traffic first, the rest after wait-interval.',
        risk: 'lowest (incremental, alarms watched on a small share)',
        cost: 'medium',
        complexity: 'high',
        options: ['canary-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    linear: {
        name: 'linear',
        how: 'BlueGreenUpdatePolicy, traffic LINEAR: linear-step-size more of the traffic every wait-interval.',
        risk: 'low (steady growth)',
        cost: 'medium',
        complexity: 'medium',
        options: ['linear-step-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    rolling: {
        name: 'rolling',
        how: 'RollingUpdatePolicy: rolling-batch-size instances replaced per step, each baked for wait-interval.',
        risk: 'medium (old and new serve side by side)',
        cost: 'low (one batch of extra capacity)',
        complexity: 'medium',
        options: ['rolling-batch-size', 'rollback-batch-size', 'wait-interval', 'max-execution-timeout'],
    },
};
/**
 * CodeDeploy's preset names, as people know them (with or without `CodeDeployDefault.` and the
 * Lambda/ECS infix): CanaryNPercentMMinutes, LinearNPercentEveryMMinute(s), AllAtOnce.
 */
const CODEDEPLOY_PRESET_EXAMPLES = [
    'AllAtOnce',
    'Canary10Percent5Minutes',
    'Canary10Percent10Minutes',
    'Canary10Percent15Minutes',
    'Canary10Percent30Minutes',
    'Linear10PercentEvery1Minute',
    'Linear10PercentEvery2Minutes',
    'Linear10PercentEvery3Minutes',
    'Linear10PercentEvery10Minutes',
];
function parsePreset(raw) {
    const name = raw
        .trim()
        .replace(/^CodeDeployDefault\./i, '')
        .replace(/^(Lambda|ECS)/, '');
    if (/^AllAtOnce$/i.test(name))
        return { strategy: 'all-at-once' };
    const canary = /^Canary(\d+)Percent(\d+)Minutes?$/i.exec(name);
    if (canary) {
        return {
            strategy: 'canary',
            canarySize: { type: 'CAPACITY_PERCENT', value: Number(canary[1]) },
            waitIntervalSeconds: Number(canary[2]) * 60,
        };
    }
    const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/i.exec(name);
    if (linear) {
        return {
            strategy: 'linear',
            linearStepSize: { type: 'CAPACITY_PERCENT', value: Number(linear[1]) },
            waitIntervalSeconds: Number(linear[2]) * 60,
        };
    }
    return undefined;
}
/** The limits SageMaker enforces (API reference: TrafficRoutingConfig, BlueGreenUpdatePolicy, RollingUpdatePolicy, AutoRollbackConfig). */
const LIMITS = {
    canaryPercent: { min: 1, max: 50, text: 'canary at most 50% of capacity' },
    linearPercent: { min: 10, max: 50, text: 'linear step 10-50% of capacity' },
    rollingPercent: { min: 5, max: 50, text: 'rolling batch 5-50% of capacity' },
    rollbackPercent: { min: 1, max: 100, text: 'rollback batch at most 100% of capacity' },
    waitIntervalSeconds: { min: 0, max: 3600, text: 'wait interval 0-3600 s' },
    terminationWaitSeconds: { min: 0, max: 3600, text: 'termination wait 0-3600 s' },
    maxExecutionTimeoutSeconds: { min: 600, max: 28800, text: 'maximum execution timeout 600-28800 s' },
    alarms: { min: 1, max: 10, text: '1-10 CloudWatch alarms' },
    dataCapturePercent: { min: 0, max: 100, text: 'data capture sampling 0-100%' },
    // Hosting (API reference: ProductionVariantServerlessConfig, AsyncInferenceClientConfig,
    // InferenceComponentComputeResourceRequirements, InferenceComponentRuntimeConfig).
    serverlessMemoryMb: { min: 1024, max: 6144, text: 'serverless memory 1024-6144 MB in 1024 MB steps' },
    serverlessConcurrency: { min: 1, max: 200, text: 'serverless max concurrency 1-200' },
    provisionedConcurrency: {
        min: 1,
        max: 200,
        text: 'provisioned concurrency 1-200, at most the max concurrency',
    },
    asyncConcurrency: { min: 1, max: 1000, text: 'async concurrent invocations per instance 1-1000' },
    componentMemoryMb: { min: 128, max: 10_000_000, text: 'inference component memory at least 128 MB' },
    componentCpuCores: { min: 0.25, max: 10_000, text: 'inference component CPU cores at least 0.25' },
    componentAccelerators: { min: 1, max: 10_000, text: 'inference component accelerators at least 1' },
    copyCount: { min: 1, max: 1000, text: 'inference component copies 1-1000' },
};
/** The strategy names and preset examples as one line, for input descriptions and errors. */
function strategyChoices() {
    return `${STRATEGY_NAMES.join(' | ')}, or a CodeDeploy preset (${CODEDEPLOY_PRESET_EXAMPLES.slice(0, 3).join(', ')}, ...)`;
}


/***/ })

};
