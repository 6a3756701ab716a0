export const id = 884;
export const ids = [884];
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

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'build-container',
    cli: ['build', 'run'],
    title: 'SageMaker CI/CD: build container',
    description: "Run a CodeBuild build (e.g. buildspecs/container.yml: build, test and push the model's container), streaming its logs live, and output its exported variables.",
    icon: 'box',
    inputs: {
        'project-name': { description: 'Name of the CodeBuild project.', required: true },
        buildspec: {
            description: "A buildspec file in the workspace (e.g. buildspecs/container.yml) sent as the build's buildspec, or an S3 ARN; empty: the project's own.",
        },
        'source-version': { description: 'Commit, branch or tag to build; defaults to the commit being built.' },
        env: {
            description: 'Build environment variables as a YAML map: NAME: value, or NAME: {type: PARAMETER_STORE | SECRETS_MANAGER, value: name-or-arn}.',
        },
        image: { description: "Build image overriding the project's (e.g. aws/codebuild/standard:7.0)." },
        'compute-type': { description: "Compute type overriding the project's, e.g. BUILD_GENERAL1_MEDIUM." },
        'timeout-minutes': { description: "Build timeout in minutes (5-2160), overriding the project's." },
        'hide-logs': { description: "Do not stream the build's log into the workflow log.", default: 'false' },
        'stop-on-cancel': { description: 'Stop the build when the workflow is cancelled.', default: 'true' },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        'build-id': { description: 'ID of the build, set as soon as it starts.' },
        'build-arn': { description: 'ARN of the build.' },
        'build-status': { description: 'SUCCEEDED, FAILED, FAULT, TIMED_OUT or STOPPED.' },
        'image-uri': { description: "The build's exported IMAGE_URI (empty when it exports none)." },
        'exported-variables': {
            description: 'JSON map of every exported variable; each is also an output under its own name (e.g. IMAGE_URI).',
        },
    },
    permissions: [
        'codebuild:StartBuild',
        'codebuild:BatchGetBuilds',
        'codebuild:StopBuild',
        'logs:GetLogEvents',
    ],
};


/***/ })

};
