export const id = 379;
export const ids = [379];
export const modules = {

/***/ 562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lC: () => (/* binding */ commandFromSpec),
  HZ: () => (/* binding */ specHelp)
});

// UNUSED EXPORTS: COMMON_FLAGS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/hosts/execute.ts

/**
 * Runs a command in a host and turns its end into an exit code. A UserError is one line with no
 * stack (the stack only in debug mode); anything else is reported as an internal error.
 */
async function execute(host, run) {
    try {
        await run(host);
        return 0;
    }
    catch (err) {
        const message = describeError(host, err);
        // Through the host, so masked values stay hidden (the CLI host prints `error: ...` on stderr).
        host.error(message);
        if (host.debugMode && err instanceof Error && err.stack)
            host.debug(err.stack);
        if (host.kind === 'github-actions')
            return 1;
        return err instanceof errors/* UserError */.yo ? err.exitCode : 1;
    }
}
function describeError(host, err) {
    if (err instanceof errors/* InputError */.dz && host.kind === 'cli') {
        return err.message.replace(`input '${err.input}'`, `option --${err.input}`);
    }
    if (err instanceof errors/* UserError */.yo)
        return err.message;
    const name = err instanceof Error && err.name && err.name !== 'Error' ? `${err.name}: ` : '';
    const hint = host.debugMode ? '' : ' (run with debug logging for details)';
    return `${name}${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}${hint}`;
}

// EXTERNAL MODULE: ./src/hosts/cli.ts + 4 modules
var cli = __webpack_require__(9307);
;// CONCATENATED MODULE: ./src/cli/command.ts



/**
 * A CLI command that runs the same code as an action, its flags named as the action's inputs.
 * `holdOutputs` keeps the `name=value` lines off stdout (e.g. when stdout is a report).
 */
function commandFromSpec(spec, load, holdOutputs = () => false) {
    return {
        words: spec.cli,
        summary: spec.description,
        spec,
        help: () => specHelp(spec),
        async run(argv) {
            let options;
            try {
                options = (0,cli/* parseFlags */.bQ)(spec, argv);
            }
            catch (err) {
                process.stderr.write(`error: ${err.message}\n`);
                return err instanceof errors/* UserError */.yo ? err.exitCode : 2;
            }
            if (options.flags.help) {
                process.stdout.write(specHelp(spec));
                return 0;
            }
            const host = (0,cli/* createCliHost */.b)(spec, { ...options, json: options.json || holdOutputs(options.flags) });
            const { run } = await load();
            const code = await execute(host, run);
            if (options.json)
                process.stdout.write(`${JSON.stringify(host.outputs, null, 2)}\n`);
            return code;
        },
    };
}
function specHelp(spec) {
    const width = Math.max(...Object.keys(spec.inputs).map((n) => n.length), 12) + 4;
    const line = (name, text) => `  --${name.padEnd(width)}${text}\n`;
    let out = `Usage: sagemaker-cicd ${spec.cli.join(' ')} [options]\n\n${spec.description}\n\nOptions:\n`;
    for (const [name, i] of Object.entries(spec.inputs)) {
        out += line(name, `${i.description}${i.required ? ' (required)' : ''}${i.default ? ` [default: ${i.default}]` : ''}`);
    }
    out += line('json', 'Print the outputs as one JSON object at the end.');
    out += line('summary-file', 'Append the job summary (markdown) to this file.');
    out += line('debug', 'Print debug lines and stack traces.');
    out += `\nOutputs (printed as name=value lines on stdout):\n`;
    for (const [name, o] of Object.entries(spec.outputs))
        out += `  ${name.padEnd(width + 2)}${o.description}\n`;
    out += `\nExit codes: 0 success, 1 failed (the remote work failed or was refused), 2 bad input,\n3 timed out, 130 cancelled.\n`;
    return out;
}



/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ promote_deploy)
});

// EXTERNAL MODULE: ./src/commands/deploy/spec.ts
var spec = __webpack_require__(9309);
// EXTERNAL MODULE: ./src/core/promotion/strategies.ts
var strategies = __webpack_require__(3064);
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

// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(562);
;// CONCATENATED MODULE: ./src/cli/promote-deploy.ts



// --help adds the strategies table the code uses, so the two cannot drift.
const promote_deploy_command = (0,command/* commandFromSpec */.lC)(spec/* spec */.I, () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(861), __webpack_require__.e(459), __webpack_require__.e(470), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 2391)));
const help = () => `${(0,command/* specHelp */.HZ)(spec/* spec */.I)}\n${strategiesText()}`;
const promoteDeploy = {
    ...promote_deploy_command,
    help,
    async run(argv) {
        if (argv.includes('--help')) {
            process.stdout.write(help());
            return 0;
        }
        return promote_deploy_command.run(argv);
    },
};
/* harmony default export */ const promote_deploy = (promoteDeploy);


/***/ }),

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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   Rz: () => (/* binding */ OutcomeError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Errors a user can act on. The host prints their message as one line, without a stack,
 * and exits non-zero; anything else is a bug and keeps its stack in debug mode.
 */
class UserError extends Error {
    exitCode;
    name = 'UserError';
    /** Exit code for the CLI; actions always exit 1. */
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
    }
}
/** A bad input value: names the input, what is allowed, and what was given. */
class InputError extends UserError {
    input;
    allowed;
    got;
    name = 'InputError';
    constructor(input, allowed, got) {
        super(`input '${input}' ${allowed}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`, 2);
        this.input = input;
        this.allowed = allowed;
        this.got = got;
    }
}
/** The remote work ended in a state the user asked to fail on (failed, stopped, rejected...). */
class OutcomeError extends UserError {
    name = 'OutcomeError';
    constructor(message) {
        super(message, 1);
    }
}
/** The wait ran out of time. */
class TimeoutError extends UserError {
    name = 'TimeoutError';
    constructor(message) {
        super(message, 3);
    }
}
/** The workflow or the user cancelled (SIGINT/SIGTERM). */
class CancelledError extends UserError {
    name = 'CancelledError';
    constructor(message) {
        super(message, 130);
    }
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
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


/***/ }),

/***/ 9307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ createCliHost),
  bQ: () => (/* binding */ parseFlags)
});

// UNUSED EXPORTS: COMMON_FLAGS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/hosts/clock.ts
/**
 * The real clock. SAGEMAKER_CICD_TIME_SCALE (tests and the offline demo only) runs time faster:
 * at 60, a one-minute sleep takes one second and `now()` moves 60 times as fast, from
 * SAGEMAKER_CICD_TIME_EPOCH (ms) so that the sandbox and the action agree on the time.
 */
function systemClock(env) {
    const scale = Number(env.SAGEMAKER_CICD_TIME_SCALE ?? '1');
    if (!Number.isFinite(scale) || scale <= 1)
        return realClock;
    const epoch = Number(env.SAGEMAKER_CICD_TIME_EPOCH ?? Date.now());
    return {
        now: () => epoch + (Date.now() - epoch) * scale,
        sleep: (ms, signal) => abortableSleep(ms / scale, signal),
    };
}
const realClock = {
    now: () => Date.now(),
    sleep: abortableSleep,
};
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/hosts/run-info.ts

/** The run as GitHub Actions describes it (GITHUB_* variables and the event payload). */
function githubRunInfo(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || undefined;
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = pullRequestOf(event);
    return {
        repository,
        sha: pr?.headSha ?? (env.GITHUB_SHA || undefined),
        ref: env.GITHUB_REF || undefined,
        runId: env.GITHUB_RUN_ID || undefined,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        job: env.GITHUB_JOB || undefined,
        step: env.GITHUB_ACTION || undefined,
        runUrl: repository && env.GITHUB_RUN_ID
            ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` +
                (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '')
            : undefined,
        actor: env.GITHUB_ACTOR || undefined,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        pullRequest: pr,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    };
}
/**
 * The run as CodeBuild describes it. A webhook build carries the pull request in
 * CODEBUILD_WEBHOOK_TRIGGER (`pr/123`) and the commit in CODEBUILD_RESOLVED_SOURCE_VERSION.
 */
function codebuildRunInfo(env) {
    const repoUrl = env.CODEBUILD_SOURCE_REPO_URL ?? '';
    const repoMatch = /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?$/.exec(repoUrl);
    const trigger = /^pr\/(\d+)$/.exec(env.CODEBUILD_WEBHOOK_TRIGGER ?? '');
    const sha = env.CODEBUILD_RESOLVED_SOURCE_VERSION || undefined;
    return {
        repository: env.GITHUB_REPOSITORY || repoMatch?.[1],
        sha: env.GITHUB_SHA || sha || env.CODEBUILD_SOURCE_VERSION || undefined,
        runId: env.CODEBUILD_BUILD_ID || undefined,
        runAttempt: env.CODEBUILD_BUILD_NUMBER || undefined,
        step: env.CODEBUILD_BUILD_ID || undefined,
        runUrl: env.CODEBUILD_BUILD_URL || undefined,
        actor: env.CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID || env.CODEBUILD_INITIATOR || undefined,
        triggeringActor: env.CODEBUILD_INITIATOR || undefined,
        eventName: env.CODEBUILD_WEBHOOK_EVENT || undefined,
        pullRequest: trigger ? { number: Number(trigger[1]), headSha: sha ?? '', fromFork: false } : undefined,
        workspace: env.CODEBUILD_SRC_DIR || process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    };
}
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function pullRequestOf(event) {
    const pr = event?.pull_request;
    if (!pr?.number || !pr.head?.sha)
        return undefined;
    const head = pr.head.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head.sha,
        author: pr.user?.login,
        fromFork: Boolean(head && base && head !== base),
    };
}

;// CONCATENATED MODULE: ./src/hosts/signals.ts
/**
 * Turns SIGINT (GitHub's cancel) and SIGTERM into an AbortSignal, so waits can stop the remote
 * work they started. A second signal exits at once: the runner is out of patience by then.
 */
function cancellationSignal(onSecond = () => process.exit(130)) {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            return onSecond();
        controller.abort(new Error(`received ${signal}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return controller.signal;
}

;// CONCATENATED MODULE: ./src/hosts/output.ts
/** Outputs are strings: objects become compact JSON, booleans and numbers their text. */
function toOutputString(value) {
    return typeof value === 'string'
        ? value
        : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
}

;// CONCATENATED MODULE: ./src/hosts/cli.ts






/** Flags every CLI command takes, besides its own inputs. */
const COMMON_FLAGS = ['debug', 'json', 'summary-file', 'help'];
/** Parses `--name value`, `--name=value` and bare `--flag` (true) against the spec's inputs. */
function parseFlags(spec, argv) {
    const flags = {};
    const known = new Set([...Object.keys(spec.inputs), ...COMMON_FLAGS]);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
        if (!m)
            throw new errors/* UserError */.yo(`unexpected argument ${JSON.stringify(arg)}; options are written --name value`, 2);
        const name = m[1];
        if (!known.has(name)) {
            throw new errors/* UserError */.yo(`unknown option --${name}; see 'sagemaker-cicd ${spec.cli.join(' ')} --help'`, 2);
        }
        let value = m[2];
        if (value === undefined) {
            const next = argv[i + 1];
            value = next !== undefined && !next.startsWith('--') ? (i++, next) : 'true';
        }
        // Repeated list flags (--execution-arn a --execution-arn b) accumulate as lines.
        flags[name] = flags[name] ? `${flags[name]}\n${value}` : value;
    }
    return {
        flags,
        debug: flags.debug === 'true',
        json: flags.json === 'true',
        summaryFile: flags['summary-file'],
    };
}
/** The CLI, as run in CodeBuild or a terminal: logs to stderr, outputs to stdout. */
function createCliHost(spec, options, env = process.env) {
    const secrets = [];
    const hide = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    const err = (line) => process.stderr.write(`${hide(line)}\n`);
    const outputs = {};
    const inCodeBuild = Boolean(env.CODEBUILD_BUILD_ID);
    return {
        kind: 'cli',
        spec,
        outputs,
        input(name) {
            return (options.flags[name] ?? '').trim() || spec.inputs[name]?.default?.trim() || '';
        },
        setOutput(name, value) {
            const text = toOutputString(value);
            outputs[name] = text;
            if (!options.json)
                process.stdout.write(`${name}=${hide(text.replace(/\n/g, '\\n'))}\n`);
        },
        async appendSummary(markdown) {
            if (options.summaryFile)
                (0,external_node_fs_.appendFileSync)(options.summaryFile, `${markdown}\n`);
            else if (options.debug)
                err(markdown);
        },
        mask(value) {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
        info: (m) => err(m),
        debug: (m) => {
            if (options.debug)
                err(`debug: ${m}`);
        },
        warning: (m) => err(`warning: ${m}`),
        error: (m) => err(`error: ${m}`),
        async group(title, fn) {
            err(`── ${title}`);
            return fn();
        },
        env,
        clock: systemClock(env),
        signal: cancellationSignal(),
        run: inCodeBuild ? codebuildRunInfo(env) : githubRunInfo(env),
        debugMode: options.debug,
    };
}


/***/ })

};
