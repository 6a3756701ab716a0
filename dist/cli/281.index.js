export const id = 281;
export const ids = [281];
export const modules = {

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_buildspecs_generate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7738);
/* harmony import */ var _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3846);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(776);








/** Config values as flags would give them: maps of build args as NAME=value lines, maps as JSON. */
function readConfig(path, kind) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`cannot read config file ${path}: ${err.message.split('\n')[0]}`, 2);
    }
    if (doc === null || doc === undefined)
        return {};
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`config file ${path} must be a YAML map`, 2);
    const out = {};
    for (const [key, value] of Object.entries(doc)) {
        if (!(key in _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .OPTION_SPECS */ .Fx[kind])) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`config file ${path}: unknown option '${key}' for ${kind}; known: ${Object.keys(_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .OPTION_SPECS */ .Fx[kind]).join(', ')}`, 2);
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
    let out = 'Usage: sagemaker-cicd buildspec <kind> [--config file.yml] [--output file [--force]] [options]\n\n';
    out += 'Writes a CodeBuild buildspec (version 0.2). Options set the defaults of its variables; a build\n';
    out += 'can still override any of them. --config reads them from a YAML file (options win over it);\n';
    out += '--output writes the buildspec to a file (refused when it exists, unless --force).\n';
    out += 'Kinds and their options:\n';
    for (const kind of _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDSPEC_KINDS */ .Al) {
        out += `\n${kind}:\n`;
        for (const [name, o] of Object.entries(_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .OPTION_SPECS */ .Fx[kind])) {
            out += `  --${name.padEnd(22)}${o.description}${o.default ? ` [default: ${o.default}]` : ''}\n`;
        }
    }
    return out;
}
/** The options of one kind, parsed by commander (unknown options get a "did you mean"). */
function parseOptions(kind, argv) {
    const cmd = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB(`buildspec ${kind}`)
        .exitOverride()
        .helpOption(false)
        .configureOutput({ writeErr: (s) => process.stderr.write(s) });
    // Repeated options (--build-arg A --build-arg B) accumulate as lines, as the buildspec reads them.
    for (const name of Object.keys(_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .OPTION_SPECS */ .Fx[kind]))
        cmd.option(`--${name} <value>`, '', (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optionValue */ .T)('', true));
    cmd.option('--config <file>').option('--output <file>').option('--force');
    cmd.parse(argv, { from: 'user' });
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .optionStrings */ .k)(cmd);
}
const command = {
    words: ['buildspec'],
    // From the kinds themselves, so a new kind cannot leave the help behind.
    summary: `Write a CodeBuild buildspec: ${_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDSPEC_KINDS */ .Al.slice(0, -1).join(', ')} or ${_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDSPEC_KINDS */ .Al.at(-1)}.`,
    help,
    async run(argv) {
        if (!argv.length || argv[0] === '--help' || argv[0] === 'help' || argv.includes('--help')) {
            (argv.length ? process.stdout : process.stderr).write(help());
            return argv.length ? 0 : 2;
        }
        try {
            const kind = _core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDSPEC_KINDS */ .Al.find((k) => k === argv[0]);
            if (!kind)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('kind', `must be one of ${_core_buildspecs_options_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDSPEC_KINDS */ .Al.join(', ')}`, argv[0]);
            const flags = parseOptions(kind, argv.slice(1));
            const config = flags.config ? readConfig(flags.config, kind) : {};
            const { text } = (0,_core_buildspecs_generate_js__WEBPACK_IMPORTED_MODULE_3__/* .generateBuildspec */ .L)(kind, (name) => flags[name] ?? config[name] ?? '', _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x);
            if (!flags.output) {
                process.stdout.write(text);
                return 0;
            }
            // Like init: an existing file (perhaps edited by hand) is only replaced when asked.
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(flags.output) && flags.force !== 'true') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${flags.output} exists and was left alone; run again with --force to overwrite it`, 1);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(flags.output, text);
            process.stderr.write(`wrote ${flags.output}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7)
                return 2;
            const message = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz
                ? err.message.replace(`input '${err.input}'`, `option --${err.input}`)
                : err.message;
            process.stderr.write(`error: ${message}\n`);
            return err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo ? err.exitCode : 1;
        }
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ }),

/***/ 7738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ generateBuildspec)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/buildspecs/kinds.ts

/*
 * Commands never contain a user's value: they read variables, always inside double quotes, so a
 * value is one word whatever it holds (spaces, quotes, `$(...)`, `;`). Tests parse every command
 * line and refuse any unquoted expansion.
 */
function containerBuildspec(o) {
    const buildArgNames = Object.keys(o.buildArgs).sort();
    return {
        version: 0.2,
        env: {
            shell: 'bash',
            variables: {
                ECR_REPOSITORY: o.ecrRepository,
                DOCKERFILE: o.dockerfile,
                BUILD_CONTEXT: o.buildContext,
                TEST_COMMAND: o.testCommand,
                ...Object.fromEntries(buildArgNames.map((n) => [n, o.buildArgs[n]])),
            },
            'exported-variables': ['IMAGE_URI', 'IMAGE_TAG'],
        },
        phases: {
            pre_build: {
                commands: [
                    'ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"',
                    'ECR_REGISTRY="$ACCOUNT_ID.dkr.ecr.$AWS_REGION.amazonaws.com"',
                    // The image is tagged by the commit being built; a build without one fails here, clearly.
                    'IMAGE_TAG="${CODEBUILD_RESOLVED_SOURCE_VERSION:?no commit to tag the image with}"',
                    'IMAGE_URI="$ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG"',
                    'aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$ECR_REGISTRY"',
                    [
                        'docker build --file "$DOCKERFILE" --tag "$IMAGE_URI"',
                        ...buildArgNames.map((n) => `--build-arg ${n}`),
                        '"$BUILD_CONTEXT"',
                    ].join(' '),
                ],
            },
            build: {
                commands: [
                    'mkdir -p "$CODEBUILD_SRC_DIR/reports/junit"',
                    'docker run --rm --volume "$CODEBUILD_SRC_DIR/reports/junit:/reports" --entrypoint sh "$IMAGE_URI" -c "$TEST_COMMAND"',
                ],
            },
            post_build: {
                commands: [
                    // post_build runs after a failed build phase too: push only an image whose tests passed.
                    'if [ "$CODEBUILD_BUILD_SUCCEEDING" = 1 ]; then docker push "$IMAGE_URI"; else echo "tests failed: image not pushed"; fi',
                ],
            },
        },
        reports: {
            [o.reportGroup]: { files: ['**/*.xml'], 'base-directory': 'reports/junit', 'file-format': 'JUNITXML' },
        },
    };
}
function install(o) {
    return {
        'runtime-versions': { nodejs: o.nodeVersion },
        commands: ['npm install --global "sagemaker-cicd@$SAGEMAKER_CICD_VERSION"'],
    };
}
function pipelineBuildspec(o) {
    return {
        version: 0.2,
        env: {
            shell: 'bash',
            variables: {
                SAGEMAKER_CICD_VERSION: o.toolkitVersion,
                PIPELINE_NAME: o.pipelineName,
                PIPELINE_PARAMETERS: o.parameters,
            },
            'exported-variables': ['PIPELINE_EXECUTION_ARN'],
        },
        phases: {
            install: install(o),
            build: {
                commands: [
                    // Outputs are name=value lines on stdout; the progress log goes to stderr (the build log).
                    'sagemaker-cicd pipeline start --wait true --pipeline-name "$PIPELINE_NAME" --parameters "$PIPELINE_PARAMETERS" --summary-file pipeline-summary.md > pipeline-outputs.txt',
                    'cat pipeline-outputs.txt',
                    'PIPELINE_EXECUTION_ARN="$(sed -n "s/^execution-arn=//p" pipeline-outputs.txt)"',
                ],
            },
        },
        artifacts: { files: ['pipeline-summary.md', 'pipeline-outputs.txt'], 'discard-paths': 'yes' },
    };
}
function metricsBuildspec(o) {
    return {
        version: 0.2,
        env: {
            shell: 'bash',
            variables: {
                SAGEMAKER_CICD_VERSION: o.toolkitVersion,
                MODEL_PACKAGE_GROUP: o.modelPackageGroup,
                THRESHOLDS: o.thresholds,
                CHECK_NAME: o.checkName,
                PIPELINE_EXECUTION_ARN: '',
            },
            // Resolved by CodeBuild at run time and masked in its logs; never written into the file.
            'secrets-manager': { GITHUB_TOKEN: o.githubTokenSecret },
        },
        phases: {
            install: install(o),
            build: {
                commands: [
                    'sagemaker-cicd metrics report --model-package-group "$MODEL_PACKAGE_GROUP" --execution-arn "$PIPELINE_EXECUTION_ARN" --thresholds "$THRESHOLDS" --check-name "$CHECK_NAME" --github-token "$GITHUB_TOKEN" --summary-file metrics-summary.md',
                ],
            },
        },
        artifacts: { files: ['metrics-summary.md'], 'discard-paths': 'yes' },
    };
}
/** The drift check on a schedule (EventBridge Scheduler starting this CodeBuild project). */
function driftBuildspec(o) {
    return {
        version: 0.2,
        env: {
            shell: 'bash',
            variables: {
                SAGEMAKER_CICD_VERSION: o.toolkitVersion,
                ENDPOINT_NAME: o.endpointName,
                CAPTURE_S3_URI: o.captureS3Uri,
                DRIFT_BASELINE: o.baseline,
                DRIFT_WINDOW: o.window,
                DRIFT_THRESHOLDS: o.thresholds,
                DRIFT_ALARM_NAME: o.alarmName,
            },
        },
        phases: {
            install: install(o),
            build: {
                commands: [
                    // Drift fails the build (after metrics and alarm are published); the outputs print either way.
                    'status=0; sagemaker-cicd drift check --endpoint-name "$ENDPOINT_NAME" --capture-s3-uri "$CAPTURE_S3_URI" --baseline "$DRIFT_BASELINE" --window "$DRIFT_WINDOW" --thresholds "$DRIFT_THRESHOLDS" --alarm true --alarm-name "$DRIFT_ALARM_NAME" --summary-file drift-summary.md > drift-outputs.txt || status="$?"; cat drift-outputs.txt; exit "$status"',
                ],
            },
        },
        artifacts: { files: ['drift-summary.md', 'drift-outputs.txt'], 'discard-paths': 'yes' },
    };
}
function buildspecFor(kind, options) {
    if (kind === 'container')
        return containerBuildspec(options);
    if (kind === 'pipeline')
        return pipelineBuildspec(options);
    if (kind === 'drift')
        return driftBuildspec(options);
    return metricsBuildspec(options);
}
/** The file's text: a header that says how it was made, then deterministic YAML. */
function renderBuildspec(kind, spec, command) {
    const header = [
        `# CodeBuild buildspec (${kind}), generated by '${command}'. Do not edit: regenerate.`,
        '# Every value is a variable default below; override it per build (StartBuild environment',
        '# variables, e.g. the build-container action\'s `env` input) rather than editing commands.',
    ].join('\n');
    return `${header}\n${(0,dist/* stringify */.As)(spec, { lineWidth: 0, sortMapEntries: false })}`;
}
/** Every command line of a buildspec, with where it is (for test messages). */
function commandLines(spec) {
    const out = [];
    for (const [phase, p] of Object.entries(spec.phases)) {
        for (const key of ['commands', 'finally']) {
            p[key]?.forEach((line, i) => out.push({ where: `phases.${phase}.${key}[${i}]`, line }));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/buildspecs/options.ts
var options = __webpack_require__(3846);
;// CONCATENATED MODULE: ./src/core/buildspecs/generate.ts


/**
 * A buildspec of `kind` from option values (flags or a config file, by option name), as text.
 * `version` is the toolkit version the pipeline and metrics buildspecs install.
 */
function generateBuildspec(kind, get, version) {
    const spec = kind === 'container'
        ? buildspecFor('container', (0,options/* containerOptions */.Sb)(get))
        : kind === 'pipeline'
            ? buildspecFor('pipeline', (0,options/* pipelineOptions */.vi)(get, version))
            : kind === 'drift'
                ? buildspecFor('drift', (0,options/* driftOptions */.Q_)(get, version))
                : buildspecFor('metrics', (0,options/* metricsOptions */.iy)(get, version));
    return { spec, text: renderBuildspec(kind, spec, `sagemaker-cicd buildspec ${kind}`) };
}


/***/ }),

/***/ 3846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ BUILDSPEC_KINDS),
/* harmony export */   Fx: () => (/* binding */ OPTION_SPECS),
/* harmony export */   Q_: () => (/* binding */ driftOptions),
/* harmony export */   Sb: () => (/* binding */ containerOptions),
/* harmony export */   iy: () => (/* binding */ metricsOptions),
/* harmony export */   vi: () => (/* binding */ pipelineOptions)
/* harmony export */ });
/* unused harmony exports NODE_RUNTIME, MIN_NODE_MAJOR, envName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


/**
 * What a generated buildspec can be told. Every value becomes an `env.variables` default in the
 * buildspec (so a build can still override it with StartBuild's environmentVariablesOverride);
 * commands only ever read them as quoted variables. Only names (build-arg names, the report
 * group) are written into the structure, and those are checked against strict patterns first.
 */
const BUILDSPEC_KINDS = ['container', 'pipeline', 'metrics', 'drift'];
/**
 * The Node.js runtime the pipeline and metrics buildspecs ask CodeBuild for. The AWS SDK for
 * JavaScript v3 supports Node 22 and later. Every current CodeBuild standard image offers 22 and 24
 * (Ubuntu standard:7.0 and 8.0, Amazon Linux 2023 standard:5.0 and 6.0, x86_64 and aarch64); 24 is
 * what the bundles are tested under (the actions' `node24`) and is supported the longest.
 */
const NODE_RUNTIME = '24';
const MIN_NODE_MAJOR = 22;
const NODE_VERSION_HELP = `Node.js runtime version (runtime-versions.nodejs), ${MIN_NODE_MAJOR} or later.`;
/** Each kind's options: name (as a flag and a config key), description, default. */
const OPTION_SPECS = {
    container: {
        'ecr-repository': { description: 'ECR repository the image is pushed to (ECR_REPOSITORY).', default: 'model' },
        dockerfile: { description: 'Dockerfile path, relative to the source root (DOCKERFILE).', default: 'Dockerfile' },
        'build-context': { description: 'Docker build context directory (BUILD_CONTEXT).', default: '.' },
        'test-command': {
            description: 'Command run inside the built image (sh -c) to test it; JUnit XML written to /reports is published (TEST_COMMAND).',
            default: 'python -m pytest --junitxml=/reports/junit.xml',
        },
        'build-arg': {
            description: 'A docker build argument NAME=value (repeatable; the value is a default the build can override).',
            default: '',
        },
        'report-group': { description: 'CodeBuild report group name for the test results.', default: 'container-tests' },
    },
    pipeline: {
        'pipeline-name': { description: 'SageMaker pipeline to start (PIPELINE_NAME).', default: 'model-pipeline' },
        parameters: { description: 'Pipeline parameters as a YAML or JSON map (PIPELINE_PARAMETERS).', default: '' },
        'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
        'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
    },
    metrics: {
        'model-package-group': { description: 'Model package group of the candidate and baseline (MODEL_PACKAGE_GROUP).', default: 'model' },
        thresholds: { description: 'Thresholds, one per line, e.g. "accuracy >= 0.9" (THRESHOLDS).', default: '' },
        // The report-metrics action's default: the same name finds the same comment (one, not two).
        'check-name': { description: 'Name of the check run on the commit (CHECK_NAME).', default: 'Model metrics' },
        'github-token-secret': {
            description: 'Secrets Manager secret (id or id:json-key) holding the GitHub token (GITHUB_TOKEN).',
            default: 'sagemaker-cicd/github-token',
        },
        'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
        'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
    },
    drift: {
        'endpoint-name': { description: 'SageMaker endpoint whose captured traffic is checked (ENDPOINT_NAME).', default: 'model-endpoint' },
        'capture-s3-uri': { description: "The endpoint's data capture destination, s3://bucket/prefix (CAPTURE_S3_URI).", default: 's3://model-data/capture' },
        baseline: { description: 'The drift baseline, an S3 URI (DRIFT_BASELINE).', default: 's3://model-data/drift/baseline.json' },
        window: { description: 'How far back to read captured traffic (DRIFT_WINDOW).', default: '24h' },
        thresholds: { description: 'Thresholds, one per line, e.g. "psi(age) <= 0.2" (DRIFT_THRESHOLDS).', default: '' },
        'alarm-name': { description: 'The drift alarm the drift trigger listens to (DRIFT_ALARM_NAME).', default: '' },
        'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
        'node-version': { description: NODE_VERSION_HELP, default: NODE_RUNTIME },
    },
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** CodeBuild reserves its own prefix; docker reads build args by name, so names must be identifiers. */
function envName(input, name) {
    if (!ENV_NAME.test(name) || name.length > 255) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'names must be letters, digits and underscores, not starting with a digit', name);
    }
    if (name.toUpperCase().startsWith('CODEBUILD_')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
    }
    return name;
}
const REPORT_GROUP = /^[A-Za-z0-9][A-Za-z0-9_-]{1,127}$/;
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const NODE_VERSION = /^(\d{2})(?:\.x)?$/;
function text(input, raw, fallback) {
    const value = raw.trim();
    if (!value) {
        if (!fallback)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is required');
        return fallback;
    }
    if (/[\0]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must not contain NUL characters');
    return value;
}
function matching(input, raw, fallback, pattern, allowed) {
    const value = text(input, raw, fallback);
    if (!pattern.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, allowed, value);
    return value;
}
/** `NAME=value` lines (repeated flags arrive as lines). */
function buildArgs(raw) {
    const out = {};
    for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('build-arg', 'must be NAME=value', line);
        out[envName('build-arg', line.slice(0, eq))] = line.slice(eq + 1);
    }
    return out;
}
function containerOptions(get) {
    const d = (n) => OPTION_SPECS.container[n].default;
    return {
        ecrRepository: matching('ecr-repository', get('ecr-repository'), d('ecr-repository'), ECR_REPOSITORY, 'must be an ECR repository name (lower-case letters, digits, . _ - and / separators)'),
        dockerfile: text('dockerfile', get('dockerfile'), d('dockerfile')),
        buildContext: text('build-context', get('build-context'), d('build-context')),
        testCommand: text('test-command', get('test-command'), d('test-command')),
        buildArgs: buildArgs(get('build-arg')),
        reportGroup: matching('report-group', get('report-group'), d('report-group'), REPORT_GROUP, 'must be 2-128 letters, digits, hyphens or underscores, starting with a letter or digit'),
    };
}
function toolkit(kind, get, version) {
    const allowed = `must be a Node.js major version, ${MIN_NODE_MAJOR} or later (the AWS SDK's support), such as 22 or 24.x`;
    const nodeVersion = matching('node-version', get('node-version'), OPTION_SPECS[kind]['node-version'].default, NODE_VERSION, allowed);
    if (Number(NODE_VERSION.exec(nodeVersion)[1]) < MIN_NODE_MAJOR)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('node-version', allowed, nodeVersion);
    return {
        toolkitVersion: matching('toolkit-version', get('toolkit-version'), version, VERSION, 'must be a version such as 1.2.3'),
        nodeVersion,
    };
}
function pipelineOptions(get, version) {
    const params = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .stringMap */ .Qi)('parameters', get('parameters'));
    return {
        ...toolkit('pipeline', get, version),
        pipelineName: matching('pipeline-name', get('pipeline-name'), OPTION_SPECS.pipeline['pipeline-name'].default, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/, 'must be a SageMaker pipeline name (letters, digits and hyphens)'),
        parameters: JSON.stringify(params),
    };
}
function metricsOptions(get, version) {
    const d = (n) => OPTION_SPECS.metrics[n].default;
    return {
        ...toolkit('metrics', get, version),
        modelPackageGroup: text('model-package-group', get('model-package-group'), d('model-package-group')),
        thresholds: get('thresholds').trim(),
        checkName: text('check-name', get('check-name'), d('check-name')),
        githubTokenSecret: text('github-token-secret', get('github-token-secret'), d('github-token-secret')),
    };
}
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;
function driftOptions(get, version) {
    const d = (n) => OPTION_SPECS.drift[n].default;
    const uri = (input) => matching(input, get(input), d(input), S3_URI, 'must be an s3://bucket/prefix URI');
    const endpointName = matching('endpoint-name', get('endpoint-name'), d('endpoint-name'), /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'must be a SageMaker endpoint name (1-63 letters, digits and hyphens)');
    return {
        ...toolkit('drift', get, version),
        endpointName,
        captureS3Uri: uri('capture-s3-uri'),
        baseline: uri('baseline'),
        window: text('window', get('window'), d('window')),
        thresholds: get('thresholds').trim(),
        alarmName: text('alarm-name', get('alarm-name'), `${endpointName}-drift`),
    };
}


/***/ })

};
