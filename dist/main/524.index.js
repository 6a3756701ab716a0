export const id = 524;
export const ids = [524];
export const modules = {

/***/ 3524:
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
;// CONCATENATED MODULE: ./src/core/promotion/plan.ts


const DEFAULT_WAIT_SECONDS = 300;
const DEFAULT_SIZE = {
    canary: { type: 'CAPACITY_PERCENT', value: 10 },
    linear: { type: 'CAPACITY_PERCENT', value: 10 },
    rolling: { type: 'CAPACITY_PERCENT', value: 25 },
};
/** Parses and checks every strategy option before any AWS call; errors name the limit. */
function parsePlan(raw) {
    const instanceCount = raw['instance-count'];
    const { strategy, preset, presetName } = parseStrategy(raw.strategy);
    const uses = new Set(strategies/* STRATEGIES */.YL[strategy].options);
    for (const option of [
        'canary-size',
        'linear-step-size',
        'rolling-batch-size',
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
    if (strategy === 'canary') {
        plan.canarySize = preset?.canarySize ?? raw['canary-size'] ?? DEFAULT_SIZE.canary;
        checkCapacity(from('canary-size'), plan.canarySize, instanceCount, strategies/* LIMITS */.b1.canaryPercent, 0);
    }
    else if (strategy === 'linear') {
        plan.linearStepSize = preset?.linearStepSize ?? raw['linear-step-size'] ?? DEFAULT_SIZE.linear;
        const limit = strategies/* LIMITS */.b1.linearPercent;
        checkCapacity(from('linear-step-size'), plan.linearStepSize, instanceCount, limit, limit.min);
    }
    else if (strategy === 'rolling') {
        plan.rollingBatchSize = raw['rolling-batch-size'] ?? DEFAULT_SIZE.rolling;
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
    const value = raw?.trim() || 'blue-green';
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
        description: `How traffic moves to the new model: ${(0,strategies/* strategyChoices */.Qd)()}. ${comparison}.`,
        default: 'blue-green',
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

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
;// CONCATENATED MODULE: ./src/commands/deploy/check.ts


/** deploy's rules across inputs: the strategy plan, data capture's pair, the commit, the timeout. */
function checkDeploy(i, run) {
    const plan = parsePlan(i);
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
    description: 'Deploy an approved model package to a SageMaker endpoint with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
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
            description: 'Hosting instance type, e.g. ml.m5.large.',
            required: true,
        },
        'execution-role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
            required: true,
        },
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
            description: 'Name of the endpoint config (and model) made for this deployment.',
        },
        status: { description: "The endpoint's status at the end: InService, Failed, UpdateRollbackFailed..." },
        'rolled-back': {
            description: 'true when SageMaker rolled the deployment back (the endpoint still serves the old config).',
        },
        'deployment-config': {
            description: 'The DeploymentConfig sent to UpdateEndpoint, as JSON (empty for a first deploy or a plain all-at-once).',
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
        'iam:PassRole',
    ],
});


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ modelPackageArn),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   w: () => (/* binding */ instanceType),
/* harmony export */   zY: () => (/* binding */ endpointName)
/* harmony export */ });
/* unused harmony export roleArn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5091);



/** EndpointName, EndpointConfigName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
function endpointName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name of the SageMaker endpoint');
    if (!RESOURCE_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be an endpoint name: letters, digits and hyphens, up to 63, starting and ending with a letter or digit', raw);
    }
    return value;
}
function modelPackageArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the ARN of a versioned model package');
    if (!(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isArn */ .E)('model-package', value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be ${_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .ARNS */ .N['model-package'].shape}`, raw);
    return value;
}
function roleArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(input, 'is required: the IAM role SageMaker assumes to host the model');
    if (!isArn('iam-role', value))
        throw new InputError(input, `must be ${ARNS['iam-role'].shape}`, raw);
    return value;
}
function instanceType(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: a SageMaker hosting instance type such as ml.m5.large');
    if (!INSTANCE_TYPE.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker instance type such as ml.m5.large', raw);
    return value;
}
/**
 * The name of this deployment's model and endpoint config: the endpoint, the commit, and a short
 * hash of what is deployed. The same commit and settings give the same name, so a re-run finds
 * its own resources instead of making duplicates; other settings for the same commit get another.
 */
function deploymentName(endpoint, commit, settings) {
    const sha = (commit.replace(/[^a-zA-Z0-9]/g, '').slice(0, 7) || 'nocommit').toLowerCase();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 6);
    const suffix = `-${sha}-${hash}`;
    const head = endpoint.slice(0, 63 - suffix.length).replace(/-+$/, '');
    const name = `${head}${suffix}`;
    if (!RESOURCE_NAME.test(name))
        throw new Error(`internal: generated name ${name} is not a valid resource name`);
    return name;
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
        options: ['rolling-batch-size', 'wait-interval', 'max-execution-timeout'],
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
    waitIntervalSeconds: { min: 0, max: 3600, text: 'wait interval 0-3600 s' },
    terminationWaitSeconds: { min: 0, max: 3600, text: 'termination wait 0-3600 s' },
    maxExecutionTimeoutSeconds: { min: 600, max: 28800, text: 'maximum execution timeout 600-28800 s' },
    alarms: { min: 1, max: 10, text: '1-10 CloudWatch alarms' },
    dataCapturePercent: { min: 0, max: 100, text: 'data capture sampling 0-100%' },
};
/** The strategy names and preset examples as one line, for input descriptions and errors. */
function strategyChoices() {
    return `${STRATEGY_NAMES.join(' | ')}, or a CodeDeploy preset (${CODEDEPLOY_PRESET_EXAMPLES.slice(0, 3).join(', ')}, ...)`;
}


/***/ })

};
