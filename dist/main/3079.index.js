export const id = 3079;
export const ids = [3079];
export const modules = {

/***/ 3079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/builds/env.ts


const TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ALLOWED = 'must be a YAML map of NAME: value, or NAME: {type: PLAINTEXT | PARAMETER_STORE | SECRETS_MANAGER, value: ...}';
/**
 * The `env` input: build environment variables for StartBuild's environmentVariablesOverride.
 * `NAME: value` is PLAINTEXT; `NAME: {type: SECRETS_MANAGER, value: secret-id:json-key}` and
 * PARAMETER_STORE (a parameter name) are resolved by CodeBuild inside the build, so the secret
 * itself never passes through the workflow.
 */
function parseEnv(input, raw) {
    const doc = (0,inputs/* yamlValue */.t$)(input, raw);
    if (doc === undefined || doc === null)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* InputError */.dz(input, ALLOWED);
    return Object.entries(doc).map(([name, v]) => {
        if (!NAME.test(name))
            throw new errors/* InputError */.dz(input, 'names must be letters, digits and underscores', name);
        if (name.toUpperCase().startsWith('CODEBUILD_')) {
            throw new errors/* InputError */.dz(input, 'names must not start with CODEBUILD_ (reserved by CodeBuild)', name);
        }
        if (v === null || v === undefined)
            throw new errors/* InputError */.dz(input, `has no value for '${name}'`);
        if (typeof v !== 'object')
            return { name, value: String(v), type: 'PLAINTEXT' };
        const entry = v;
        const extra = Object.keys(entry).filter((k) => k !== 'type' && k !== 'value');
        if (Array.isArray(v) || extra.length)
            throw new errors/* InputError */.dz(input, `${ALLOWED}; '${name}' is neither`);
        const type = TYPES.find((t) => t ===
            String(entry.type ?? 'PLAINTEXT')
                .toUpperCase()
                .replace(/-/g, '_'));
        if (!type)
            throw new errors/* InputError */.dz(input, `type of '${name}' must be one of ${TYPES.join(', ')}`, String(entry.type));
        if (entry.value === null ||
            entry.value === undefined ||
            typeof entry.value === 'object' ||
            entry.value === '') {
            throw new errors/* InputError */.dz(input, `has no value for '${name}'`);
        }
        return { name, value: String(entry.value), type };
    });
}

;// CONCATENATED MODULE: ./src/core/builds/types.ts
/** CodeBuild's ComputeType enum. */
const COMPUTE_TYPES = [
    'BUILD_GENERAL1_SMALL',
    'BUILD_GENERAL1_MEDIUM',
    'BUILD_GENERAL1_LARGE',
    'BUILD_GENERAL1_XLARGE',
    'BUILD_GENERAL1_2XLARGE',
    'BUILD_LAMBDA_1GB',
    'BUILD_LAMBDA_2GB',
    'BUILD_LAMBDA_4GB',
    'BUILD_LAMBDA_8GB',
    'BUILD_LAMBDA_10GB',
    'ATTRIBUTE_BASED_COMPUTE',
    'CUSTOM_INSTANCE_TYPE',
];

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/build-container/check.ts



/** What build-container's inputs resolve to before anything starts. */
function checkBuild(i, run) {
    const timeout = i['timeout-minutes'];
    if (timeout !== undefined && timeout % 60_000)
        throw new errors/* InputError */.dz('timeout-minutes', 'must be whole minutes (CodeBuild counts minutes)', `${timeout / 1000}s`);
    const sourceVersion = i['source-version'] ?? run.sha;
    const buildspecOverride = i.buildspec ? buildspecText(i.buildspec, run.workspace) : undefined;
    return {
        ...(buildspecOverride !== undefined ? { buildspecOverride } : {}),
        ...(sourceVersion ? { sourceVersion } : {}),
        ...(timeout !== undefined ? { timeoutInMinutes: timeout / 60_000 } : {}),
    };
}
/** A workspace file is sent as its text; an S3 ARN as is. */
function buildspecText(value, workspace) {
    if (value.startsWith('arn:'))
        return value;
    const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.join)(workspace, value);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec file in the workspace or an S3 ARN; no such file', value);
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    if (!/^version:\s*0\.2\s*$/m.test(text))
        throw new errors/* InputError */.dz('buildspec', 'must be a buildspec of version 0.2', value);
    return text;
}

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/build-container/spec.ts






const spec = (0,types/* defineSpec */.j)({
    action: 'build-container',
    cli: ['build', 'run'],
    title: 'SageMaker CI/CD: build container',
    description: "Run a CodeBuild build (e.g. buildspecs/container.yml: build, test and push the model's container), streaming its logs live, and output its exported variables.",
    icon: 'box',
    inputs: {
        'project-name': {
            kind: 'string',
            pattern: /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/,
            allowed: 'a CodeBuild project name (2-255 letters, digits, - and _)',
            description: 'Name of the CodeBuild project.',
            required: true,
        },
        buildspec: {
            kind: 'string',
            description: "A buildspec file in the workspace (e.g. buildspecs/container.yml) sent as the build's buildspec, or an S3 ARN; empty: the project's own.",
        },
        'source-version': {
            kind: 'string',
            maxLength: 255,
            description: 'Commit, branch or tag to build; defaults to the commit being built.',
        },
        env: {
            kind: 'string',
            multiline: true,
            parse: parseEnv,
            description: 'Build environment variables as a YAML map: NAME: value, or NAME: {type: PARAMETER_STORE | SECRETS_MANAGER, value: name-or-arn}.',
        },
        image: {
            kind: 'string',
            maxLength: 2048,
            description: "Build image overriding the project's (e.g. aws/codebuild/standard:7.0).",
        },
        'compute-type': {
            kind: 'enum',
            choices: COMPUTE_TYPES,
            description: "Compute type overriding the project's, e.g. BUILD_GENERAL1_MEDIUM.",
        },
        'timeout-minutes': {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 5 * 60_000,
            maxMs: 2160 * 60_000,
            description: "Build timeout, overriding the project's (CodeBuild counts whole minutes).",
        },
        'hide-logs': {
            kind: 'boolean',
            description: "Do not stream the build's log into the workflow log.",
            default: 'false',
        },
        'stop-on-cancel': {
            kind: 'boolean',
            description: 'Stop the build when the workflow is cancelled.',
            default: 'true',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkBuild,
    outputs: {
        'build-id': { description: 'ID of the build, set as soon as it starts.' },
        'build-arn': { description: 'ARN of the build.' },
        'build-status': { description: 'SUCCEEDED, FAILED, FAULT, TIMED_OUT or STOPPED.' },
        'image-uri': { description: "The build's exported IMAGE_URI (empty when it exports none)." },
        'exported-variables': {
            description: 'JSON map of every exported variable; each is also an output under its own name (e.g. IMAGE_URI).',
        },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'codebuild:StartBuild',
        'codebuild:BatchGetBuilds',
        'codebuild:StopBuild',
        'codebuild:ListBuildsForProject',
        'logs:GetLogEvents',
    ],
});


/***/ }),

/***/ 6705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ROLE_TO_ASSUME),
/* harmony export */   u: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/** Every AWS command: `role-to-assume` exchanges the job's OIDC token (refreshed on long waits). */
const ROLE_TO_ASSUME = {
    'id-token': { access: 'write', why: "only with `role-to-assume`: the step asks for the job's OIDC token" },
};
/** A command that reads a file from the workspace, which `actions/checkout` fills. */
const WORKSPACE = {
    contents: { access: 'read', why: 'actions/checkout, for the files the step reads from the workspace' },
};


/***/ })

};
