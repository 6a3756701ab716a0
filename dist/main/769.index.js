export const id = 769;
export const ids = [769];
export const modules = {

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3210);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6705);
/* harmony import */ var _wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4812);



const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defineSpec */ .j)({
    action: 'retry-pipeline',
    cli: ['pipeline', 'retry'],
    title: 'SageMaker CI/CD: retry a failed pipeline execution',
    description: 'Retry a Failed SageMaker pipeline execution from its failed steps (RetryPipelineExecution: the steps that succeeded are not run again), idempotently, and wait for it as wait-pipeline does.',
    icon: 'rotate-cw',
    inputs: {
        'execution-arn': {
            kind: 'arn',
            resource: 'pipeline-execution',
            description: 'ARN of the Failed pipeline execution to retry.',
            required: true,
        },
        'max-parallel-steps': {
            kind: 'integer',
            min: 1,
            max: 1000,
            description: "At most this many steps run at once (ParallelismConfiguration); default: the execution's.",
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the retried execution to end, as wait-pipeline does.',
            default: 'true',
        },
        ..._wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__.WAIT_INPUTS,
    },
    outputs: {
        'execution-arn': {
            description: 'ARN of the retried execution (the same execution: it re-runs in place).',
        },
        'execution-url': { description: 'Link to the execution in the SageMaker console.' },
        ..._wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__.WAIT_OUTPUTS,
    },
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_TO_ASSUME */ .U },
    permissions: _wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__.WAIT_PERMISSIONS,
});


/***/ })

};
