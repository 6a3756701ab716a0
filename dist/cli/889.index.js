export const id = 889;
export const ids = [889];
export const modules = {

/***/ 4889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ buildspec)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
function buildspecFor(kind, options) {
    if (kind === 'container')
        return containerBuildspec(options);
    if (kind === 'pipeline')
        return pipelineBuildspec(options);
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/buildspecs/options.ts


/**
 * What a generated buildspec can be told. Every value becomes an `env.variables` default in the
 * buildspec (so a build can still override it with StartBuild's environmentVariablesOverride);
 * commands only ever read them as quoted variables. Only names (build-arg names, the report
 * group) are written into the structure, and those are checked against strict patterns first.
 */
const BUILDSPEC_KINDS = ['container', 'pipeline', 'metrics'];
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
        'node-version': { description: 'Node.js runtime version (runtime-versions.nodejs).', default: '20' },
    },
    metrics: {
        'model-package-group': { description: 'Model package group of the candidate and baseline (MODEL_PACKAGE_GROUP).', default: 'model' },
        thresholds: { description: 'Thresholds, one per line, e.g. "accuracy >= 0.9" (THRESHOLDS).', default: '' },
        'check-name': { description: 'Name of the check run on the commit (CHECK_NAME).', default: 'model metrics' },
        'github-token-secret': {
            description: 'Secrets Manager secret (id or id:json-key) holding the GitHub token (GITHUB_TOKEN).',
            default: 'sagemaker-cicd/github-token',
        },
        'toolkit-version': { description: 'sagemaker-cicd version installed in the build.', default: '' },
        'node-version': { description: 'Node.js runtime version (runtime-versions.nodejs).', default: '20' },
    },
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** CodeBuild reserves its own prefix; docker reads build args by name, so names must be identifiers. */
function envName(input, name) {
    if (!ENV_NAME.test(name) || name.length > 255) {
        throw new errors/* InputError */.dz(input, 'names must be letters, digits and underscores, not starting with a digit', name);
    }
    if (name.toUpperCase().startsWith('CODEBUILD_')) {
        throw new errors/* InputError */.dz(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
    }
    return name;
}
const REPORT_GROUP = /^[A-Za-z0-9][A-Za-z0-9_-]{1,127}$/;
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const NODE_VERSION = /^\d{2}(?:\.x)?$/;
function options_text(input, raw, fallback) {
    const value = raw.trim();
    if (!value) {
        if (!fallback)
            throw new errors/* InputError */.dz(input, 'is required');
        return fallback;
    }
    if (/[\0]/.test(value))
        throw new errors/* InputError */.dz(input, 'must not contain NUL characters');
    return value;
}
function matching(input, raw, fallback, pattern, allowed) {
    const value = options_text(input, raw, fallback);
    if (!pattern.test(value))
        throw new errors/* InputError */.dz(input, allowed, value);
    return value;
}
/** `NAME=value` lines (repeated flags arrive as lines). */
function buildArgs(raw) {
    const out = {};
    for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors/* InputError */.dz('build-arg', 'must be NAME=value', line);
        out[envName('build-arg', line.slice(0, eq))] = line.slice(eq + 1);
    }
    return out;
}
function containerOptions(get) {
    const d = (n) => OPTION_SPECS.container[n].default;
    return {
        ecrRepository: matching('ecr-repository', get('ecr-repository'), d('ecr-repository'), ECR_REPOSITORY, 'must be an ECR repository name (lower-case letters, digits, . _ - and / separators)'),
        dockerfile: options_text('dockerfile', get('dockerfile'), d('dockerfile')),
        buildContext: options_text('build-context', get('build-context'), d('build-context')),
        testCommand: options_text('test-command', get('test-command'), d('test-command')),
        buildArgs: buildArgs(get('build-arg')),
        reportGroup: matching('report-group', get('report-group'), d('report-group'), REPORT_GROUP, 'must be 2-128 letters, digits, hyphens or underscores, starting with a letter or digit'),
    };
}
function toolkit(kind, get, version) {
    return {
        toolkitVersion: matching('toolkit-version', get('toolkit-version'), version, VERSION, 'must be a version such as 1.2.3'),
        nodeVersion: matching('node-version', get('node-version'), OPTION_SPECS[kind]['node-version'].default, NODE_VERSION, 'must be a Node.js major version such as 20 or 22'),
    };
}
function pipelineOptions(get, version) {
    const params = (0,inputs/* stringMap */.Qi)('parameters', get('parameters'));
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
        modelPackageGroup: options_text('model-package-group', get('model-package-group'), d('model-package-group')),
        thresholds: get('thresholds').trim(),
        checkName: options_text('check-name', get('check-name'), d('check-name')),
        githubTokenSecret: options_text('github-token-secret', get('github-token-secret'), d('github-token-secret')),
    };
}

;// CONCATENATED MODULE: ./src/core/buildspecs/generate.ts


/**
 * A buildspec of `kind` from option values (flags or a config file, by option name), as text.
 * `version` is the toolkit version the pipeline and metrics buildspecs install.
 */
function generateBuildspec(kind, get, version) {
    const spec = kind === 'container'
        ? buildspecFor('container', containerOptions(get))
        : kind === 'pipeline'
            ? buildspecFor('pipeline', pipelineOptions(get, version))
            : buildspecFor('metrics', metricsOptions(get, version));
    return { spec, text: renderBuildspec(kind, spec, `sagemaker-cicd buildspec ${kind}`) };
}

// EXTERNAL MODULE: ./src/hosts/cli.ts + 4 modules
var cli = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/buildspec.ts







/** `sagemaker-cicd buildspec <kind>`: writes a CodeBuild buildspec from flags or a config file. */
function flagSpec(kind) {
    return {
        action: 'buildspec',
        cli: ['buildspec', kind],
        title: `buildspec ${kind}`,
        description: `Write a CodeBuild buildspec (${kind}).`,
        inputs: {
            ...OPTION_SPECS[kind],
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
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot read config file ${path}: ${err.message.split('\n')[0]}`, 2);
    }
    if (doc === null || doc === undefined)
        return {};
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* UserError */.yo(`config file ${path} must be a YAML map`, 2);
    const out = {};
    for (const [key, value] of Object.entries(doc)) {
        if (!(key in OPTION_SPECS[kind])) {
            throw new errors/* UserError */.yo(`config file ${path}: unknown option '${key}' for ${kind}; known: ${Object.keys(OPTION_SPECS[kind]).join(', ')}`, 2);
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
    for (const kind of BUILDSPEC_KINDS) {
        out += `\n${kind}:\n`;
        for (const [name, o] of Object.entries(OPTION_SPECS[kind])) {
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
            const kind = BUILDSPEC_KINDS.find((k) => k === argv[0]);
            if (!kind)
                throw new errors/* InputError */.dz('kind', `must be one of ${BUILDSPEC_KINDS.join(', ')}`, argv[0]);
            const { flags } = (0,cli/* parseFlags */.bQ)(flagSpec(kind), argv.slice(1));
            if (flags.help) {
                process.stdout.write(help());
                return 0;
            }
            const config = flags.config ? readConfig(flags.config, kind) : {};
            const { text } = generateBuildspec(kind, (name) => flags[name] ?? config[name] ?? '', version/* VERSION */.x);
            if (flags.output)
                (0,external_node_fs_.writeFileSync)(flags.output, text);
            else
                process.stdout.write(text);
            return 0;
        }
        catch (err) {
            const message = err instanceof errors/* InputError */.dz
                ? err.message.replace(`input '${err.input}'`, `option --${err.input}`)
                : err.message;
            process.stderr.write(`error: ${message}\n`);
            return err instanceof errors/* UserError */.yo ? err.exitCode : 1;
        }
    },
};
/* harmony default export */ const buildspec = (command);


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

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ stringMap),
/* harmony export */   S9: () => (/* binding */ choices),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   t$: () => (/* binding */ yamlValue),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export required */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Typed parsing of action inputs and CLI flags. Every function takes the input's name and its raw
 * string (empty when unset), and throws an InputError that names the input and what is allowed.
 */
function required(name, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(name, 'is required');
    return value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Booleans as GitHub writes them (the YAML 1.2 core schema, as @actions/core accepts). */
function boolean(name, raw, fallback) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be true or false', raw);
}
function integer(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const what = opts.unit ? `a whole number of ${opts.unit}` : 'a whole number';
    const allowed = `must be ${what} from ${opts.min} to ${opts.max}`;
    if (!/^-?\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    const n = Number(value);
    if (n < opts.min || n > opts.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return n;
}
/** One of a fixed set of words, compared case-insensitively; returns the canonical spelling. */
function choice(name, raw, allowed, fallback) {
    const value = raw.trim();
    if (!value) {
        if (fallback !== undefined)
            return fallback;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is required: one of ${allowed.join(', ')}`);
    }
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be one of ${allowed.join(', ')}`, raw);
    return found;
}
/** A list: one item per line or comma-separated; blank lines and surrounding spaces dropped. */
function list(_name, raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A list with each item one of `allowed`. */
function choices(name, raw, allowed, fallback) {
    const items = list(name, raw);
    if (!items.length)
        return fallback;
    return items.map((item) => {
        const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
        if (!found)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `items must be among ${allowed.join(', ')}`, item);
        return found;
    });
}
/**
 * A map of strings written as YAML or JSON (`{a: 1}`, or `a: 1` on lines). Scalar values are
 * turned into strings; nested objects are refused because every consumer wants strings.
 */
function stringMap(name, raw) {
    const value = raw.trim();
    if (!value)
        return {};
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be a YAML or JSON map of names to values (${first})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be a YAML or JSON map of names to values', raw.slice(0, 80));
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (v === null || v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has no value for '${key}'`);
        }
        if (typeof v === 'object') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must map each name to a single value; '${key}' has a nested value`);
        }
        out[key] = String(v);
    }
    return out;
}
/** Any YAML or JSON value (for inputs that carry structures, such as an `env` map with types). */
function yamlValue(name, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be valid YAML or JSON (${first})`);
    }
}
const UNITS = {
    ms: 1,
    s: 1000,
    sec: 1000,
    second: 1000,
    seconds: 1000,
    m: 60_000,
    min: 60_000,
    minute: 60_000,
    minutes: 60_000,
    h: 3_600_000,
    hour: 3_600_000,
    hours: 3_600_000,
};
/** A duration such as `30s`, `5m`, `1h30m`, `1500ms`, or a bare number in the default unit. Returns ms. */
function duration(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const allowed = `must be a duration from ${formatDuration(opts.minMs)} to ${formatDuration(opts.maxMs)} (e.g. 30s, 5m, 1h)`;
    let ms = 0;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * UNITS[opts.defaultUnit];
    }
    else {
        const re = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
        let consumed = 0;
        for (let m = re.exec(value); m; m = re.exec(value)) {
            const unit = UNITS[m[2]];
            if (unit === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
            ms += Number(m[1]) * unit;
            consumed = re.lastIndex;
        }
        if (consumed !== value.length || consumed === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    }
    ms = Math.round(ms);
    if (ms < opts.minMs || ms > opts.maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return ms;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
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
