export const id = 772;
export const ids = [772];
export const modules = {

/***/ 4772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
const spec = {
    action: 'describe-pipeline',
    cli: ['pipeline', 'describe'],
    title: 'SageMaker CI/CD: describe pipeline',
    description: "Show a SageMaker pipeline's recent executions and output the latest one.",
    icon: 'list',
    inputs: {
        'pipeline-name': { description: 'Name or ARN of the SageMaker pipeline.', required: true },
        'max-results': { description: 'How many recent executions to list (1-100).', default: '10' },
        'aws-region': { description: 'AWS region; defaults to AWS_REGION as set by configure-aws-credentials.' },
    },
    outputs: {
        'pipeline-arn': { description: 'ARN of the pipeline.' },
        'latest-execution-arn': { description: 'ARN of the most recent execution (empty when none).' },
        'latest-status': {
            description: 'Status of the most recent execution: Executing, Stopping, Stopped, Failed or Succeeded.',
        },
        executions: { description: 'JSON list of recent executions: arn, displayName, status, startTime.' },
    },
    permissions: ['sagemaker:DescribePipeline', 'sagemaker:ListPipelineExecutions'],
};


/***/ })

};
