export const id = 226;
export const ids = [226];
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

/***/ 8226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _commands_report_metrics_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8154);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(562);


/**
 * `sagemaker-cicd metrics report`: the action's inputs, plus what a CodeBuild build must say
 * itself. The token comes from --github-token or GITHUB_TOKEN; repository and commit default to
 * CodeBuild's webhook variables. With --format markdown the report is printed on stdout, alone.
 */
const spec = {
    ..._commands_report_metrics_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .I,
    inputs: {
        ..._commands_report_metrics_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .I.inputs,
        'github-token': { description: 'Token that writes the check run and comment; defaults to GITHUB_TOKEN.' },
        repository: { description: 'owner/name; defaults to CODEBUILD_SOURCE_REPO_URL or GITHUB_REPOSITORY.' },
        format: {
            description: "'markdown' prints the report on stdout (outputs are then not printed); 'text' prints outputs.",
            default: 'text',
        },
    },
};
// With --format markdown, outputs are held back (as with --json) so that stdout is the report alone.
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .commandFromSpec */ .lC)(spec, () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(861), __webpack_require__.e(459), __webpack_require__.e(711), __webpack_require__.e(214), __webpack_require__.e(714)]).then(__webpack_require__.bind(__webpack_require__, 9714)), (flags) => (flags.format ?? '').trim().toLowerCase() === 'markdown'));


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

/***/ 8154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'report-metrics',
    cli: ['metrics', 'report'],
    title: 'SageMaker CI/CD: report model metrics',
    description: "Compare a model's metrics with the approved model's, check thresholds, and report them on the pull request (check run, comment, job summary).",
    icon: 'bar-chart-2',
    inputs: {
        'model-package-arn': {
            description: 'The candidate: a model package whose ModelMetrics.ModelQuality.Statistics report is read from S3. Give exactly one of model-package-arn, evaluation-report, execution-arn.',
        },
        'evaluation-report': {
            description: 'The candidate\'s report: an S3 URI or a workspace file with SageMaker\'s model-quality JSON or a flat {"metric": number} map.',
        },
        'execution-arn': {
            description: 'The candidate: the model package registered by this pipeline execution (its RegisterModel step).',
        },
        'model-package-group': {
            description: "The group whose latest Approved package is the baseline; defaults to the candidate package's group.",
        },
        baseline: {
            description: "The baseline: empty for the latest Approved package in the group, a model package ARN, an S3 URI or workspace file of a report, or 'none'.",
        },
        thresholds: {
            description: "One per line: 'accuracy >= 0.9', 'rmse <= 3.1', 'auc >= baseline - 0.01', 'f1 >= baseline * 1.02'. Comparisons: >=, <=, >, <; '#' starts a comment.",
        },
        directions: {
            description: "Whether higher or lower is better for metrics the toolkit does not know, as a YAML map: '{latency_ms: lower}'.",
        },
        'check-name': {
            description: 'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
            default: 'Model metrics',
        },
        'github-token': {
            description: 'Token that writes the check run (checks: write) and the comment (pull-requests: write).',
            default: '${{ github.token }}',
        },
        'require-report': {
            description: 'Fail when the check run or comment cannot be written (a read-only token, as on pull requests from forks).',
            default: 'false',
        },
        'fail-on-threshold': {
            description: 'Fail the step when a threshold fails (the check run concludes failure either way).',
            default: 'true',
        },
        commit: {
            description: "The commit to put the check run on; defaults to the pull request's head or the workflow's commit.",
        },
        'pull-request': {
            description: 'The pull request to comment on; defaults to the one that triggered the workflow.',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        metrics: {
            description: 'The candidate\'s metrics as JSON: {"accuracy": 0.93, ...}; null for a missing or NaN value.',
        },
        'baseline-metrics': {
            description: "The baseline's metrics as JSON, or empty when there is no baseline.",
        },
        passed: { description: "'true' when no threshold failed (also when there are none), else 'false'." },
        'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
        'model-package-arn': { description: 'The candidate model package (empty for a report file).' },
        'baseline-model-package-arn': { description: 'The baseline model package (empty when none).' },
        'check-run-id': { description: 'ID of the check run written.' },
        'comment-id': { description: 'ID of the pull request comment written or updated.' },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:ListModelPackages',
        'sagemaker:ListPipelineExecutionSteps',
        's3:GetObject',
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
