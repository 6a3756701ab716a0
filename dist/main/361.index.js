export const id = 361;
export const ids = [361];
export const modules = {

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'approve-promotion',
    cli: ['promote', 'approve'],
    title: 'SageMaker CI/CD: approve promotion',
    description: "Gate a model's promotion on a human approval (GitHub environment reviewers or the SageMaker Model Registry), then record it: the package Approved with an audit trail, and a CodePipeline manual approval answered.",
    icon: 'user-check',
    inputs: {
        'approval-source': {
            description: "Who decides: 'github-environment' (the reviewers who approved this run's environment deployment) or 'model-registry' (wait for a person to approve the package in SageMaker).",
            default: 'github-environment',
        },
        environment: {
            description: 'github-environment: only reviews of this environment count (default: any environment of the run).',
        },
        approvers: {
            description: 'github-environment: who may approve, as GitHub logins and org/team names (comma or line separated); empty means any reviewer of the environment.',
        },
        'min-approvals': {
            description: 'github-environment: how many distinct approvers are needed (1-6, as environments allow up to 6 reviewers).',
            default: '1',
        },
        'forbid-self-approval': {
            description: 'github-environment: the person who triggered the run or authored the change does not count.',
            default: 'true',
        },
        'github-token': {
            description: "Token for the GitHub API; reading team membership needs 'read:org' (the workflow's GITHUB_TOKEN cannot).",
            default: '${{ github.token }}',
        },
        'model-package-arn': {
            description: 'Model package to approve: set Approved with an ApprovalDescription naming who, where and which commit (github-environment), or waited on (model-registry).',
        },
        timeout: { description: 'model-registry: how long to wait for a decision, e.g. 30m, 4h.', default: '1h' },
        'codepipeline-name': {
            description: 'CodePipeline pipeline whose pending manual approval to answer (with codepipeline-stage and codepipeline-action).',
        },
        'codepipeline-stage': { description: 'Stage of the manual approval action.' },
        'codepipeline-action': { description: 'Name of the manual approval action.' },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        approved: { description: 'true when the promotion was approved.' },
        'approved-by': { description: 'Who approved, comma separated.' },
        'model-package-arn': { description: 'The approved model package ARN (for the deploy step).' },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:UpdateModelPackage',
        'codepipeline:GetPipelineState',
        'codepipeline:PutApprovalResult',
    ],
};


/***/ }),

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


/***/ })

};
