export const id = 812;
export const ids = [812];
export const modules = {

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

/***/ 4812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WAIT_INPUTS: () => (/* binding */ WAIT_INPUTS),
/* harmony export */   WAIT_OUTPUTS: () => (/* binding */ WAIT_OUTPUTS),
/* harmony export */   WAIT_PERMISSIONS: () => (/* binding */ WAIT_PERMISSIONS),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

/** Inputs that decide how a wait behaves: shared with start-pipeline's `wait: true`. */
const WAIT_INPUTS = {
    'timeout-minutes': {
        description: 'Give up after this many minutes (1-4320): exit code 3, and stop the executions when stop-on-cancel is true.',
        default: '360',
    },
    'poll-interval': {
        description: "'adaptive' (dense near the start and near the times the previous successful execution's steps ended, sparse between), or a fixed interval such as 30s (5s-10m).",
        default: 'adaptive',
    },
    'fail-on': {
        description: 'What fails the step, comma-separated: failed, stopped, condition-false.',
        default: 'failed, stopped',
    },
    'stop-on-cancel': {
        description: 'When the workflow is cancelled or the wait times out, stop the executions waited on (StopPipelineExecution).',
        default: 'true',
    },
    ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
};
const WAIT_OUTPUTS = {
    status: {
        description: 'Final status: Succeeded, Failed or Stopped (with several executions, the worst); Executing after a timeout.',
    },
    conditions: { description: 'JSON map of condition step name to outcome, e.g. {"CheckAccuracy": "True"}.' },
    'condition-outcome': {
        description: "'true' or 'false' when the pipeline has exactly one condition step; empty otherwise.",
    },
    'model-package-arn': {
        description: 'ARN of the model package a RegisterModel step registered (empty when none).',
    },
    steps: { description: 'JSON list of steps: name, type, status, start, end, failureReason.' },
    executions: {
        description: 'JSON list, one entry per execution waited on: arn, status, conditions, modelPackageArn. The outputs above describe the first one.',
    },
};
const WAIT_PERMISSIONS = [
    'sagemaker:DescribePipelineExecution',
    'sagemaker:ListPipelineExecutions',
    'sagemaker:ListPipelineExecutionSteps',
    'sagemaker:DescribePipelineDefinitionForExecution',
    'sagemaker:StopPipelineExecution',
];
const spec = {
    action: 'wait-pipeline',
    cli: ['pipeline', 'wait'],
    title: 'SageMaker CI/CD: wait for pipeline executions',
    description: 'Wait for SageMaker pipeline executions to end, log their steps, and output their status, condition outcomes and registered model.',
    icon: 'clock',
    inputs: {
        'execution-arn': {
            description: 'ARN of the pipeline execution to wait on; several, one per line.',
            required: true,
        },
        ...WAIT_INPUTS,
    },
    outputs: WAIT_OUTPUTS,
    permissions: WAIT_PERMISSIONS,
};


/***/ })

};
