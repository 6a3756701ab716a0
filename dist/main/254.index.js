export const id = 254;
export const ids = [254];
export const modules = {

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

;// CONCATENATED MODULE: ./src/commands/aws-inputs.ts
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

;// CONCATENATED MODULE: ./src/commands/describe-pipeline/spec.ts

const spec = {
    action: 'describe-pipeline',
    cli: ['pipeline', 'describe'],
    title: 'SageMaker CI/CD: describe pipeline',
    description: "Show a SageMaker pipeline's recent executions and output the latest one.",
    icon: 'list',
    inputs: {
        'pipeline-name': { description: 'Name or ARN of the SageMaker pipeline.', required: true },
        'max-results': { description: 'How many recent executions to list (1-100).', default: '10' },
        ...AWS_INPUTS,
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
