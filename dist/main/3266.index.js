export const id = 3266;
export const ids = [3266];
export const modules = {

/***/ 3266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/core/stepfunctions/inputs.ts
var inputs = __webpack_require__(4170);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/commands/start-state-machine/check.ts




/** The input to send (from `input` or `input-file`, checked and within 256 KB) and the execution's name. */
function checkStart(i, run) {
    if (i.input !== undefined && i['input-file'] !== undefined)
        throw new errors/* InputError */.dz('input-file', "cannot be given with 'input': choose one");
    let input = '{}';
    if (i.input !== undefined)
        input = (0,inputs/* executionInput */.hh)('input', i.input);
    if (i['input-file'] !== undefined) {
        const path = (0,external_node_path_.isAbsolute)(i['input-file']) ? i['input-file'] : (0,external_node_path_.join)(run.workspace, i['input-file']);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* InputError */.dz('input-file', 'must be a JSON file in the workspace; no such file', i['input-file']);
        input = (0,inputs/* executionInput */.hh)('input-file', (0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    return { input, name: (0,inputs/* executionName */._D)(run, i['state-machine-arn'], i.name) };
}

;// CONCATENATED MODULE: ./src/commands/start-state-machine/spec.ts





const spec = (0,types/* defineSpec */.j)({
    action: 'start-state-machine',
    cli: ['stepfunctions', 'start'],
    title: 'SageMaker CI/CD: start state machine',
    description: 'Start an AWS Step Functions execution (a retried step attaches to the one it started), follow it state by state, draw the machine in the job summary, and stop it when the workflow is cancelled. Express machines run synchronously.',
    icon: 'share-2',
    inputs: {
        'state-machine-arn': {
            kind: 'arn',
            resource: 'state-machine',
            description: 'ARN of the state machine, or of one of its versions or aliases.',
            required: true,
        },
        input: {
            kind: 'string',
            multiline: true,
            description: 'The execution input as JSON (at most 256 KB), e.g. {"modelPackageArn": "arn:..."}.',
        },
        'input-file': {
            kind: 'string',
            description: 'A workspace file holding the JSON input, instead of `input` (at most 256 KB).',
        },
        name: {
            kind: 'string',
            parse: inputs/* explicitExecutionName */.qL,
            description: 'Execution name; by default derived from the run, attempt, job and step, so a retried step attaches to the execution it started and a new attempt starts a new one.',
        },
        'trace-header': {
            kind: 'string',
            parse: inputs/* traceHeader */.pv,
            description: 'An AWS X-Ray trace header to pass to the execution.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end (true) or only start it (false). Express machines always run to their end.',
            default: 'true',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 72 * 3_600_000,
            description: 'How long to wait; then the execution is stopped (StopExecution).',
            default: '6h',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkStart,
    outputs: {
        'execution-arn': { description: 'ARN of the execution (set as soon as it starts).' },
        status: {
            description: 'SUCCEEDED, FAILED, TIMED_OUT or ABORTED; RUNNING when not waiting.',
        },
        output: { description: "The execution's JSON output (when it succeeded)." },
        error: { description: 'The error name of a failed, timed out or stopped execution.' },
        cause: { description: 'The cause that came with the error.' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'states:DescribeStateMachine',
        'states:StartExecution',
        'states:StartSyncExecution',
        'states:DescribeExecution',
        'states:GetExecutionHistory',
        'states:StopExecution',
        'states:DescribeStateMachineForExecution',
        'states:ListExecutions',
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


/***/ }),

/***/ 4170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ unqualified),
/* harmony export */   _D: () => (/* binding */ executionName),
/* harmony export */   d5: () => (/* binding */ executionArnFor),
/* harmony export */   hh: () => (/* binding */ executionInput),
/* harmony export */   pv: () => (/* binding */ traceHeader),
/* harmony export */   qL: () => (/* binding */ explicitExecutionName)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5415);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5091);




/** StartExecution's `input`: at most 262,144 bytes of UTF-8. */
const MAX_INPUT_BYTES = 262_144;
const NAME = new RegExp(`^${_spec_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .STEP_FUNCTIONS_NAME */ .NI}$`);
/**
 * The execution's input as sent: the JSON given, compacted (so the same value is the same string
 * on every retry: StartExecution is idempotent only for the same name *and* input), and within
 * the API's limit. Checked here so a refused input never reaches StartExecution.
 */
function executionInput(input, raw) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be JSON (${err.message.split('\n')[0]})`);
    }
    const text = JSON.stringify(value);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_INPUT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is ${bytes.toLocaleString('en-US')} bytes as JSON; Step Functions accepts at most 262,144 bytes (256 KB): pass a reference (an S3 URI) instead`);
    }
    return text;
}
/** An execution name given explicitly: the API's rules, checked before any call. */
function explicitExecutionName(input, raw) {
    if (!NAME.test(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be 1-80 characters without whitespace, brackets < > { } [ ], ? *, " # % \\ ^ | ~ ` $ & , ; : / or control characters', raw);
    }
    return raw;
}
/**
 * The execution's name: derived from the run, its attempt, the job and the step (and the state
 * machine), so a retried step finds the execution it started, and "Re-run jobs" (a new attempt)
 * starts a new one. Only `[A-Za-z0-9_-]`, as CloudWatch Logs needs for execution logging, and at
 * most 80 characters. Outside CI: a UUID, as Step Functions itself would choose.
 */
function executionName(run, stateMachineArn, explicit) {
    if (explicit)
        return explicit;
    const hash = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .runScopedHash */ .m)(run, 'start-state-machine', [unqualified(stateMachineArn)]);
    if (!hash)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const safe = (s, max) => (s ?? '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, max);
    return `${safe(run.runId, 40)}-${safe(run.runAttempt || '1', 6)}-${hash.slice(0, 24)}`;
}
/** The state machine's own ARN, without a version or alias qualifier. */
function unqualified(stateMachineArn) {
    return stateMachineArn.split(':').slice(0, 7).join(':');
}
/** The ARN an execution of this state machine gets (versions and aliases run as the machine's executions). */
function executionArnFor(stateMachineArn, name) {
    const parts = stateMachineArn.split(':');
    return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}
/** `traceHeader`: 0-256 ASCII characters (the X-Ray trace header). */
function traceHeader(input, raw) {
    // eslint-disable-next-line no-control-regex
    if (raw.length > 256 || !/^[\x00-\x7f]*$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be at most 256 ASCII characters (an X-Ray trace header)', raw);
    return raw;
}


/***/ })

};
