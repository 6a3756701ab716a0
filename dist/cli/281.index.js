export const id = 281;
export const ids = [281];
export const modules = {

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_buildspecs_generate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7738);
/* harmony import */ var _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3846);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9307);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);







/** `sagemaker-cicd buildspec <kind>`: writes a CodeBuild buildspec from flags or a config file. */
function flagSpec(kind) {
    return {
        action: 'buildspec',
        cli: ['buildspec', kind],
        title: `buildspec ${kind}`,
        description: `Write a CodeBuild buildspec (${kind}).`,
        inputs: {
            ..._core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx[kind],
            config: { description: 'A YAML file of these options (flags win over it).' },
            output: { description: 'Write the buildspec to this file instead of stdout.' },
        },
        outputs: {},
        permissions: [],
    };
}
/** Config values as flags would give them: maps of build args as NAME=value lines, maps as JSON. */
function readConfig(path, kind) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`cannot read config file ${path}: ${err.message.split('\n')[0]}`, 2);
    }
    if (doc === null || doc === undefined)
        return {};
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`config file ${path} must be a YAML map`, 2);
    const out = {};
    for (const [key, value] of Object.entries(doc)) {
        if (!(key in _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx[kind])) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`config file ${path}: unknown option '${key}' for ${kind}; known: ${Object.keys(_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx[kind]).join(', ')}`, 2);
        }
        if (key === 'build-arg' && value && typeof value === 'object' && !Array.isArray(value)) {
            out[key] = Object.entries(value)
                .map(([n, v]) => `${n}=${String(v)}`)
                .join('\n');
        }
        else if (Array.isArray(value)) {
            out[key] = value.map(String).join('\n');
        }
        else if (value && typeof value === 'object') {
            out[key] = JSON.stringify(value);
        }
        else {
            out[key] = value === null || value === undefined ? '' : String(value);
        }
    }
    return out;
}
function help() {
    let out = 'Usage: sagemaker-cicd buildspec <kind> [--config file.yml] [--output file] [options]\n\n';
    out += 'Writes a CodeBuild buildspec (version 0.2). Options set the defaults of its variables; a build\n';
    out += 'can still override any of them. Kinds and their options:\n';
    for (const kind of _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDSPEC_KINDS */ .Al) {
        out += `\n${kind}:\n`;
        for (const [name, o] of Object.entries(_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx[kind])) {
            out += `  --${name.padEnd(22)}${o.description}${o.default ? ` [default: ${o.default}]` : ''}\n`;
        }
    }
    return out;
}
const command = {
    words: ['buildspec'],
    summary: 'Write a CodeBuild buildspec: container, pipeline or metrics.',
    help,
    async run(argv) {
        if (!argv.length || argv[0] === '--help' || argv[0] === 'help') {
            process.stdout.write(help());
            return argv.length ? 0 : 2;
        }
        try {
            const kind = _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDSPEC_KINDS */ .Al.find((k) => k === argv[0]);
            if (!kind)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('kind', `must be one of ${_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDSPEC_KINDS */ .Al.join(', ')}`, argv[0]);
            const { flags } = (0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(flagSpec(kind), argv.slice(1));
            if (flags.help) {
                process.stdout.write(help());
                return 0;
            }
            const config = flags.config ? readConfig(flags.config, kind) : {};
            const { text } = (0,_core_buildspecs_generate_js__WEBPACK_IMPORTED_MODULE_2__/* .generateBuildspec */ .L)(kind, (name) => flags[name] ?? config[name] ?? '', _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x);
            if (flags.output)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(flags.output, text);
            else
                process.stdout.write(text);
            return 0;
        }
        catch (err) {
            const message = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz
                ? err.message.replace(`input '${err.input}'`, `option --${err.input}`)
                : err.message;
            process.stderr.write(`error: ${message}\n`);
            return err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo ? err.exitCode : 1;
        }
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


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
