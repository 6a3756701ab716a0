export const id = 8108;
export const ids = [8108,4772];
export const modules = {

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4187);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9016);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4772);





async function run({ host, inputs, aws }) {
    const name = inputs['pipeline-name'];
    const maxResults = inputs['max-results'];
    const sagemaker = (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_0__/* .sagemakerPipelines */ ._)((0,_aws_options_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFor */ .B)(host, aws, _spec_js__WEBPACK_IMPORTED_MODULE_4__.spec.action));
    const pipeline = await sagemaker.describePipeline(name);
    if (!pipeline)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`pipeline '${name}' does not exist (DescribePipeline: ResourceNotFound)`);
    host.setOutput('pipeline-arn', pipeline.arn);
    const page = await sagemaker.listExecutions(name, undefined, { maxResults });
    const executions = page.executions.map((e) => ({
        arn: e.arn,
        displayName: e.displayName,
        status: e.status,
        startTime: e.startTime === undefined ? undefined : new Date(e.startTime).toISOString(),
        description: e.description,
    }));
    const latest = executions[0];
    host.setOutput('latest-execution-arn', latest?.arn ?? '');
    host.setOutput('latest-status', latest?.status ?? '');
    host.setOutput('executions', executions);
    for (const e of executions)
        host.info(`${e.status.padEnd(10)} ${e.arn}`);
    if (!latest)
        host.info(`Pipeline ${name} has no executions yet.`);
    await host.appendSummary((0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__/* .executionsTable */ .wI)(pipeline.name, executions, _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__/* .executionConsoleUrl */ .bm));
}


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_pipelines_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7615);
/* harmony import */ var _core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4390);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6705);




const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineSpec */ .j)({
    action: 'describe-pipeline',
    cli: ['pipeline', 'describe'],
    title: 'SageMaker CI/CD: describe pipeline',
    description: "Show a SageMaker pipeline's recent executions and output the latest one.",
    icon: 'list',
    inputs: {
        'pipeline-name': {
            kind: 'string',
            parse: _core_pipelines_names_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineName */ .a,
            description: 'Name or ARN of the SageMaker pipeline.',
            required: true,
        },
        'max-results': {
            kind: 'integer',
            min: 1,
            max: 100,
            description: 'How many recent executions to list (1-100).',
            default: '10',
        },
        ..._core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        'pipeline-arn': { description: 'ARN of the pipeline.' },
        'latest-execution-arn': { description: 'ARN of the most recent execution (empty when none).' },
        'latest-status': {
            description: 'Status of the most recent execution: Executing, Stopping, Stopped, Failed or Succeeded.',
        },
        executions: { description: 'JSON list of recent executions: arn, displayName, status, startTime.' },
    },
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_TO_ASSUME */ .U },
    permissions: ['sagemaker:DescribePipeline', 'sagemaker:ListPipelineExecutions'],
});


/***/ }),

/***/ 9016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ executionConsoleUrl),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   uY: () => (/* binding */ executionId),
/* harmony export */   wI: () => (/* binding */ executionsTable)
/* harmony export */ });
const STATUS_ICON = {
    Executing: '🔄',
    Stopping: '⏹️',
    Stopped: '⏹️',
    Failed: '❌',
    Succeeded: '✅',
    Starting: '🔄',
};
/** The job-summary table of a pipeline's recent executions, newest first. */
function executionsTable(pipeline, executions, consoleUrl) {
    if (!executions.length)
        return `### Pipeline \`${pipeline}\`\n\nNo executions yet.\n`;
    const rows = executions.map((e) => `| ${STATUS_ICON[e.status] ?? ''} ${e.status} | [${e.displayName ?? executionId(e.arn)}](${consoleUrl(e.arn)}) | ${e.startTime ?? ''} |`);
    return [
        `### Pipeline \`${pipeline}\``,
        '',
        '| Status | Execution | Started |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** The last part of an execution ARN (`.../execution/abc123` → `abc123`). */
function executionId(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/**
 * The SageMaker Studio link to an execution. Studio addresses pipelines by name and execution id:
 * https://studio.<region>.sagemaker.aws/... needs a domain, so the console's pipeline page is used.
 */
function executionConsoleUrl(arn) {
    const m = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):(\d{12}):pipeline\/([^/]+)\/execution\/(.+)$/.exec(arn);
    if (!m)
        return '';
    const [, partition, region, , pipeline, id] = m;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    return `https://${region}.${host}/sagemaker/home?region=${region}#/pipelines/${pipeline}/executions/${id}`;
}


/***/ }),

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Oc: () => (/* binding */ pipelineOfExecution)
/* harmony export */ });
/* unused harmony exports EXECUTION_STATUSES, TERMINAL */
/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
const EXECUTION_STATUSES = (/* unused pure expression or super */ null && (['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded']));
/** The statuses after which an execution never changes again. */
const TERMINAL = ['Stopped', 'Failed', 'Succeeded'];
function isTerminal(status) {
    return TERMINAL.includes(status);
}
/** `arn:...:pipeline/<name>/execution/<id>` → `<name>` (lower-cased by SageMaker in ARNs). */
function pipelineOfExecution(arn) {
    const m = /:pipeline\/([^/]+)\/execution\//.exec(arn);
    return m ? m[1] : '';
}
/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
class TransientError extends Error {
    name = 'TransientError';
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pipelineName)
/* harmony export */ });
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** PipelineName as the SageMaker API accepts it: a name, or a pipeline ARN (1–2048 characters). */
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
function pipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name or ARN of a SageMaker pipeline');
    if (!PIPELINE_NAME.test(value) && !(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .isArn */ .EH)('sagemaker-pipeline', value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN', raw);
    }
    return value;
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
