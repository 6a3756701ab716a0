export const id = 4772;
export const ids = [4772];
export const modules = {

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
