export const id = 4388;
export const ids = [4388];
export const modules = {

/***/ 4388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/core/codepipeline/inputs.ts



/** CodePipeline names: 1-100 of `[A-Za-z0-9.@\-_]`. */
function codePipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new errors/* InputError */.dz(input, 'is required: the name of a CodePipeline pipeline');
    if (!/^[A-Za-z0-9.@\-_]{1,100}$/.test(value))
        throw new errors/* InputError */.dz(input, 'must be a CodePipeline name: 1-100 letters, digits, . @ - _', raw);
    return value;
}
/** Pipeline variables: names 1-128 of `[A-Za-z0-9@\-_]`, values 1-1000 characters; at most 50. */
function variables(input, map) {
    const entries = Object.entries(map);
    if (entries.length > 50)
        throw new errors/* InputError */.dz(input, 'may have at most 50 variables');
    return entries.map(([name, value]) => {
        if (!/^[A-Za-z0-9@\-_]{1,128}$/.test(name))
            throw new errors/* InputError */.dz(input, `has a bad variable name '${name}': 1-128 letters, digits, @ - _`);
        if (value.length < 1 || value.length > 1000)
            throw new errors/* InputError */.dz(input, `has a value for '${name}' that is not 1-1000 characters`);
        return { name, value };
    });
}
/**
 * clientRequestToken (1-128 of `[a-zA-Z0-9-]`): a hash of the run, its attempt, the job, the step,
 * the pipeline and the variables, so a step retried within one attempt gets the execution it
 * already started, and "Re-run jobs" (a new attempt) starts a new one. Outside CI: random.
 */
function clientRequestToken(run, pipeline, vars, explicit) {
    if (explicit) {
        if (!/^[a-zA-Z0-9-]{1,128}$/.test(explicit))
            throw new errors/* InputError */.dz('client-request-token', 'must be 1-128 letters, digits and hyphens', explicit);
        return explicit;
    }
    const variables = [...vars].sort((a, b) => a.name.localeCompare(b.name)).map((v) => `${v.name}=${v.value}`);
    return (0,run_info/* runScopedHash */.m)(run, 'run-codepipeline', [pipeline, ...variables]) ?? (0,external_node_crypto_.randomUUID)();
}

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/run-codepipeline/spec.ts




const spec = (0,types/* defineSpec */.j)({
    action: 'run-codepipeline',
    cli: ['codepipeline', 'run'],
    title: 'SageMaker CI/CD: run CodePipeline',
    description: 'Start an AWS CodePipeline execution with variables, follow it stage by stage, say when a manual approval waits, and stop it when the workflow is cancelled.',
    icon: 'git-merge',
    inputs: {
        'pipeline-name': {
            kind: 'string',
            parse: codePipelineName,
            description: 'Name of the CodePipeline pipeline.',
            required: true,
        },
        variables: {
            kind: 'map',
            description: 'Pipeline variables as a YAML or JSON map, e.g. {ModelPackageArn: arn:...} (V2 pipelines).',
        },
        'client-request-token': {
            kind: 'string',
            pattern: /^[a-zA-Z0-9-]{1,128}$/,
            allowed: '1-128 letters, digits and hyphens',
            description: 'Idempotency token; by default derived from the run, attempt, job and step, so a retried step does not start a second execution.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end (true) or only start it (false).',
            default: 'true',
        },
        'wait-for-approval': {
            kind: 'boolean',
            description: 'At a manual approval, keep waiting (true) or return with the approval waiting (false), e.g. for approve-promotion to decide.',
            default: 'true',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 72 * 3_600_000,
            description: 'How long to wait; the execution keeps running after a timeout.',
            default: '6h',
        },
        'cancel-mode': {
            kind: 'enum',
            choices: ['stop-and-wait', 'abandon'],
            description: 'When the workflow is cancelled: stop-and-wait (in-progress actions finish) or abandon (they are abandoned).',
            default: 'stop-and-wait',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check(i, run) {
        const vars = variables('variables', i.variables);
        return {
            variables: vars,
            token: clientRequestToken(run, i['pipeline-name'], vars, i['client-request-token'] ?? ''),
        };
    },
    outputs: {
        'execution-id': { description: 'ID of the pipeline execution (set as soon as it starts).' },
        status: {
            description: 'Execution status: Succeeded, Failed, Stopped, Cancelled, Superseded, or InProgress when not waiting.',
        },
        stages: { description: 'JSON list of stages: name, status, actions (name, status, summary, error).' },
        'approval-stage': { description: 'Stage of the manual approval that waits (empty when none).' },
        'approval-action': { description: 'Action of the manual approval that waits (empty when none).' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'codepipeline:StartPipelineExecution',
        'codepipeline:GetPipelineExecution',
        'codepipeline:GetPipelineState',
        'codepipeline:ListPipelineExecutions',
        'codepipeline:StopPipelineExecution',
    ],
});


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ runScopedHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The identity behind an idempotency token: the same for the same step of the same run attempt
 * (and the same `parts`), new for a new attempt ("Re-run jobs"). A sha256 in hex; undefined
 * outside a CI run, where there is no run to be idempotent within.
 */
function runScopedHash(run, scope, parts) {
    if (!run.runId)
        return undefined;
    const key = [
        scope,
        run.repository ?? '',
        run.runId,
        run.runAttempt ?? '',
        run.job ?? '',
        run.step ?? '',
        ...parts,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex');
}


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
