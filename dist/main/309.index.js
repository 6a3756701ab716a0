export const id = 309;
export const ids = [309];
export const modules = {

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ AWS_INPUTS)
/* harmony export */ });
/** The inputs every AWS-calling command takes: spread into a spec's `inputs`. */
const AWS_INPUTS = {
    'aws-region': {
        description: 'AWS region; defaults to AWS_REGION, as aws-actions/configure-aws-credentials sets it.',
    },
    'role-to-assume': {
        description: "IAM role to assume with the job's OIDC token (needs `id-token: write`), refreshed before it expires so long waits outlive one role session. Default: the credentials already in the environment.",
    },
    'role-duration-seconds': {
        description: 'Length of each role session when role-to-assume is set (900-43200).',
        default: '3600',
    },
};


/***/ }),

/***/ 9309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3064);
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4693);


const comparison = _core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_NAMES */ .nU.map((n) => `${n} (risk ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL[n].risk.split(' (')[0]}, cost ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL[n].cost.split(' (')[0]})`).join('; ');
const spec = {
    action: 'deploy',
    cli: ['promote', 'deploy'],
    title: 'SageMaker CI/CD: deploy',
    description: 'Deploy an approved model package to a SageMaker endpoint with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
    icon: 'upload-cloud',
    inputs: {
        'endpoint-name': {
            description: 'Name of the SageMaker endpoint; created on the first deploy, updated afterwards.',
            required: true,
        },
        'model-package-arn': {
            description: 'ARN of the model package version to deploy; refused unless Approved in the Model Registry.',
            required: true,
        },
        'instance-type': { description: 'Hosting instance type, e.g. ml.m5.large.', required: true },
        'instance-count': { description: 'Number of instances.', default: '1' },
        'execution-role-arn': {
            description: 'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
            required: true,
        },
        strategy: {
            description: `How traffic moves to the new model: ${(0,_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .strategyChoices */ .Qd)()}. ${comparison}.`,
            default: 'blue-green',
        },
        'canary-size': {
            description: `canary: share of traffic in the first step, as a percentage (10%) or instances (1); ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.canaryPercent.text}.`,
        },
        'linear-step-size': {
            description: `linear: traffic added per step, as a percentage or instances; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.linearPercent.text}.`,
        },
        'rolling-batch-size': {
            description: `rolling: instances replaced per batch, as a percentage or instances; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.rollingPercent.text}.`,
        },
        'wait-interval': {
            description: `Baking time between traffic steps, e.g. 300, 5m; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.waitIntervalSeconds.text}. Default 5m.`,
        },
        'termination-wait': {
            description: `blue/green, canary, linear: how long the old fleet is kept after the shift; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.terminationWaitSeconds.text}. Default 0.`,
        },
        'max-execution-timeout': {
            description: `Time limit SageMaker gives the whole deployment; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxExecutionTimeoutSeconds.text}.`,
        },
        'rollback-alarms': {
            description: `CloudWatch alarm names (comma or line separated) that roll the deployment back when they fire; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.alarms.text}.`,
        },
        'data-capture-percent': {
            description: `Turn on data capture (for Model Monitor drift detection) for this share of requests; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.dataCapturePercent.text}.`,
        },
        'data-capture-s3-uri': {
            description: 'Where captured requests and responses go (s3://bucket/prefix); required with data-capture-percent.',
        },
        commit: {
            description: "The commit the endpoint config is named after; defaults to the workflow's commit.",
        },
        timeout: {
            description: 'How long to wait for the endpoint to be InService, e.g. 90m, 3h. Default: 3h, or max-execution-timeout plus 1h when that is longer.',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
    },
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
};


/***/ }),

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ strategyChoices),
/* harmony export */   Tc: () => (/* binding */ parsePreset),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   nU: () => (/* binding */ STRATEGY_NAMES)
/* harmony export */ });
/* unused harmony export CODEDEPLOY_PRESET_EXAMPLES */
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
