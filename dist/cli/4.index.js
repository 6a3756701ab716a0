export const id = 4;
export const ids = [4];
export const modules = {

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
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


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
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


/***/ }),

/***/ 9739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'create-trigger',
    cli: ['trigger', 'create'],
    title: 'SageMaker CI/CD: create trigger',
    description: 'Create or update an EventBridge rule that starts a SageMaker pipeline (or a GitHub workflow) when data lands in S3, on a schedule, when a drift alarm fires, or when a model is approved.',
    icon: 'zap',
    inputs: {
        name: { description: 'Name of the EventBridge rule (1-55 letters, digits, . - _).', required: true },
        kind: { description: 'What starts it: s3, schedule, drift or model-approved.', required: true },
        bucket: { description: 's3: the bucket whose Object Created events start it.' },
        prefix: { description: 's3: only keys starting with this (e.g. data/train/).' },
        suffix: { description: 's3: only keys ending with this (e.g. .csv).' },
        schedule: {
            description: 'schedule: an EventBridge schedule in UTC, rate(1 day) or cron(0 3 ? * MON-FRI *) (six fields, one of day-of-month/day-of-week is ?).',
        },
        'alarm-name': {
            description: 'drift: the CloudWatch alarm (e.g. a Model Monitor violation alarm) whose ALARM state starts it.',
        },
        'model-package-group': {
            description: 'model-approved: the model package group whose approvals start it.',
        },
        target: {
            description: 'What it starts: sagemaker-pipeline, or github-workflow (a workflow_dispatch through an EventBridge API destination).',
            default: 'sagemaker-pipeline',
        },
        'pipeline-name': { description: 'sagemaker-pipeline: name or ARN of the SageMaker pipeline.' },
        'pipeline-parameters': {
            description: 'sagemaker-pipeline: parameters as a YAML or JSON map, e.g. {InputData: s3://bucket/data}.',
        },
        repository: { description: 'github-workflow: owner/name of the repository.' },
        workflow: {
            description: 'github-workflow: the workflow file (deploy.yml) or id; it must have a workflow_dispatch trigger.',
        },
        ref: { description: 'github-workflow: the branch or tag to run the workflow on.', default: 'main' },
        'github-token': {
            description: 'github-workflow: a token that may dispatch workflows (fine-grained, Actions: write), stored in the EventBridge connection. Needed to create the connection or rotate its token.',
        },
        'rotate-token': {
            description: 'github-workflow: replace the token of an existing connection.',
            default: 'false',
        },
        'role-arn': {
            description: 'IAM role EventBridge assumes to start the target (see sagemaker-cicd iam-policy trigger-role).',
            required: true,
        },
        'max-retry-attempts': {
            description: 'RetryPolicy: how many times EventBridge retries a failed delivery (0-185).',
            default: '185',
        },
        'max-event-age': {
            description: 'RetryPolicy: how long an event may wait for delivery (1m to 24h).',
            default: '24h',
        },
        'dead-letter-queue-arn': { description: 'SQS queue ARN for events that could not be delivered.' },
        description: { description: 'Description of the rule.' },
        enabled: { description: 'Create the rule enabled (true) or disabled (false).', default: 'true' },
        'dry-run': {
            description: 'Print the rule and targets as JSON and as CloudFormation, and change nothing.',
            default: 'false',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        'rule-arn': { description: 'ARN of the rule (empty in a dry run when the rule does not exist).' },
        changed: { description: 'true when the apply changed anything; false when everything already matched.' },
        changes: { description: 'JSON list of the changes made (or, in a dry run, that would be made).' },
        rule: { description: 'JSON of the PutRule request.' },
        targets: { description: 'JSON of the PutTargets Targets list.' },
        cloudformation: { description: 'The trigger as a CloudFormation template (JSON).' },
    },
    permissions: [
        'sagemaker:DescribePipeline',
        's3:GetBucketNotification',
        'events:DescribeRule',
        'events:PutRule',
        'events:ListTargetsByRule',
        'events:PutTargets',
        'events:RemoveTargets',
        'events:DescribeConnection',
        'events:CreateConnection',
        'events:UpdateConnection',
        'events:DescribeApiDestination',
        'events:CreateApiDestination',
        'events:UpdateApiDestination',
        'iam:PassRole',
    ],
};


/***/ }),

/***/ 9309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3064);
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4693);


const comparison = _core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_NAMES */ .nU.map((n) => `${n} (risk ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL[n].risk.split(' (')[0]}, cost ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL[n].cost.split(' (')[0]})`).join('; ');
const spec = {
    action: 'deploy',
    cli: ['promote', 'deploy'],
    title: 'SageMaker CI/CD: deploy',
    description: 'Deploy an approved model package to a SageMaker endpoint with a deployment strategy (all-at-once, blue/green, canary, linear, rolling), and tell a rollback from a success.',
    icon: 'upload-cloud',
    inputs: {
        'endpoint-name': {
            description: 'Name of the SageMaker endpoint; created on the first deploy, updated afterwards.',
            required: true,
        },
        'model-package-arn': {
            description: 'ARN of the model package version to deploy; refused unless Approved in the Model Registry.',
            required: true,
        },
        'instance-type': { description: 'Hosting instance type, e.g. ml.m5.large.', required: true },
        'instance-count': { description: 'Number of instances.', default: '1' },
        'execution-role-arn': {
            description: 'IAM role SageMaker assumes to host the model (with rollback alarms it also needs cloudwatch:DescribeAlarms).',
            required: true,
        },
        strategy: {
            description: `How traffic moves to the new model: ${(0,_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .strategyChoices */ .Qd)()}. ${comparison}.`,
            default: 'blue-green',
        },
        'canary-size': {
            description: `canary: share of traffic in the first step, as a percentage (10%) or instances (1); ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.canaryPercent.text}.`,
        },
        'linear-step-size': {
            description: `linear: traffic added per step, as a percentage or instances; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.linearPercent.text}.`,
        },
        'rolling-batch-size': {
            description: `rolling: instances replaced per batch, as a percentage or instances; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.rollingPercent.text}.`,
        },
        'wait-interval': {
            description: `Baking time between traffic steps, e.g. 300, 5m; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.waitIntervalSeconds.text}. Default 5m.`,
        },
        'termination-wait': {
            description: `blue/green, canary, linear: how long the old fleet is kept after the shift; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.terminationWaitSeconds.text}. Default 0.`,
        },
        'max-execution-timeout': {
            description: `Time limit SageMaker gives the whole deployment; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.maxExecutionTimeoutSeconds.text}.`,
        },
        'rollback-alarms': {
            description: `CloudWatch alarm names (comma or line separated) that roll the deployment back when they fire; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.alarms.text}.`,
        },
        'data-capture-percent': {
            description: `Turn on data capture (for Model Monitor drift detection) for this share of requests; ${_core_promotion_strategies_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.dataCapturePercent.text}.`,
        },
        'data-capture-s3-uri': {
            description: 'Where captured requests and responses go (s3://bucket/prefix); required with data-capture-percent.',
        },
        commit: {
            description: "The commit the endpoint config is named after; defaults to the workflow's commit.",
        },
        timeout: {
            description: 'How long to wait for the endpoint to be InService, e.g. 90m, 3h. Default: 3h, or max-execution-timeout plus 1h when that is longer.',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        'endpoint-arn': { description: 'ARN of the endpoint.' },
        'endpoint-config-name': {
            description: 'Name of the endpoint config (and model) made for this deployment.',
        },
        status: { description: "The endpoint's status at the end: InService, Failed, UpdateRollbackFailed..." },
        'rolled-back': {
            description: 'true when SageMaker rolled the deployment back (the endpoint still serves the old config).',
        },
        'deployment-config': {
            description: 'The DeploymentConfig sent to UpdateEndpoint, as JSON (empty for a first deploy or a plain all-at-once).',
        },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:DescribeModel',
        'sagemaker:CreateModel',
        'sagemaker:DescribeEndpointConfig',
        'sagemaker:CreateEndpointConfig',
        'sagemaker:DescribeEndpoint',
        'sagemaker:CreateEndpoint',
        'sagemaker:UpdateEndpoint',
        'iam:PassRole',
    ],
};


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'describe-pipeline',
    cli: ['pipeline', 'describe'],
    title: 'SageMaker CI/CD: describe pipeline',
    description: "Show a SageMaker pipeline's recent executions and output the latest one.",
    icon: 'list',
    inputs: {
        'pipeline-name': { description: 'Name or ARN of the SageMaker pipeline.', required: true },
        'max-results': { description: 'How many recent executions to list (1-100).', default: '10' },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
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


/***/ }),

/***/ 8154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'report-metrics',
    cli: ['metrics', 'report'],
    title: 'SageMaker CI/CD: report model metrics',
    description: "Compare a model's metrics with the approved model's, check thresholds, and report them on the pull request (check run, comment, job summary).",
    icon: 'bar-chart-2',
    inputs: {
        'model-package-arn': {
            description: 'The candidate: a model package whose ModelMetrics.ModelQuality.Statistics report is read from S3. Give exactly one of model-package-arn, evaluation-report, execution-arn.',
        },
        'evaluation-report': {
            description: 'The candidate\'s report: an S3 URI or a workspace file with SageMaker\'s model-quality JSON or a flat {"metric": number} map.',
        },
        'execution-arn': {
            description: 'The candidate: the model package registered by this pipeline execution (its RegisterModel step).',
        },
        'model-package-group': {
            description: "The group whose latest Approved package is the baseline; defaults to the candidate package's group.",
        },
        baseline: {
            description: "The baseline: empty for the latest Approved package in the group, a model package ARN, an S3 URI or workspace file of a report, or 'none'.",
        },
        thresholds: {
            description: "One per line: 'accuracy >= 0.9', 'rmse <= 3.1', 'auc >= baseline - 0.01', 'f1 >= baseline * 1.02'. Comparisons: >=, <=, >, <; '#' starts a comment.",
        },
        directions: {
            description: "Whether higher or lower is better for metrics the toolkit does not know, as a YAML map: '{latency_ms: lower}'.",
        },
        'check-name': {
            description: 'Name of the check run; also tells reports apart (each name keeps its own pull request comment).',
            default: 'Model metrics',
        },
        'github-token': {
            description: 'Token that writes the check run (checks: write) and the comment (pull-requests: write).',
            default: '${{ github.token }}',
        },
        'require-report': {
            description: 'Fail when the check run or comment cannot be written (a read-only token, as on pull requests from forks).',
            default: 'false',
        },
        'fail-on-threshold': {
            description: 'Fail the step when a threshold fails (the check run concludes failure either way).',
            default: 'true',
        },
        commit: {
            description: "The commit to put the check run on; defaults to the pull request's head or the workflow's commit.",
        },
        'pull-request': {
            description: 'The pull request to comment on; defaults to the one that triggered the workflow.',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        metrics: {
            description: 'The candidate\'s metrics as JSON: {"accuracy": 0.93, ...}; null for a missing or NaN value.',
        },
        'baseline-metrics': {
            description: "The baseline's metrics as JSON, or empty when there is no baseline.",
        },
        passed: { description: "'true' when no threshold failed (also when there are none), else 'false'." },
        'failed-thresholds': { description: 'JSON list of the thresholds that failed, as written.' },
        'model-package-arn': { description: 'The candidate model package (empty for a report file).' },
        'baseline-model-package-arn': { description: 'The baseline model package (empty when none).' },
        'check-run-id': { description: 'ID of the check run written.' },
        'comment-id': { description: 'ID of the pull request comment written or updated.' },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:ListModelPackages',
        'sagemaker:ListPipelineExecutionSteps',
        's3:GetObject',
    ],
};


/***/ }),

/***/ 937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4693);

const spec = {
    action: 'run-codepipeline',
    cli: ['codepipeline', 'run'],
    title: 'SageMaker CI/CD: run CodePipeline',
    description: 'Start an AWS CodePipeline execution with variables, follow it stage by stage, say when a manual approval waits, and stop it when the workflow is cancelled.',
    icon: 'git-merge',
    inputs: {
        'pipeline-name': { description: 'Name of the CodePipeline pipeline.', required: true },
        variables: {
            description: 'Pipeline variables as a YAML or JSON map, e.g. {ModelPackageArn: arn:...} (V2 pipelines).',
        },
        'client-request-token': {
            description: 'Idempotency token; by default derived from the run, attempt, job and step, so a retried step does not start a second execution.',
        },
        wait: { description: 'Wait for the execution to end (true) or only start it (false).', default: 'true' },
        'wait-for-approval': {
            description: 'At a manual approval, keep waiting (true) or return with the approval waiting (false), e.g. for approve-promotion to decide.',
            default: 'true',
        },
        timeout: {
            description: 'How long to wait (e.g. 90m, 6h); the execution keeps running after a timeout.',
            default: '6h',
        },
        'cancel-mode': {
            description: 'When the workflow is cancelled: stop-and-wait (in-progress actions finish) or abandon (they are abandoned).',
            default: 'stop-and-wait',
        },
        ..._aws_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_INPUTS */ .O,
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
    permissions: [
        'codepipeline:StartPipelineExecution',
        'codepipeline:GetPipelineExecution',
        'codepipeline:GetPipelineState',
        'codepipeline:StopPipelineExecution',
    ],
};


/***/ }),

/***/ 3990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ specs)
/* harmony export */ });
/* harmony import */ var _approve_promotion_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1361);
/* harmony import */ var _build_container_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(884);
/* harmony import */ var _create_trigger_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9739);
/* harmony import */ var _deploy_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9309);
/* harmony import */ var _describe_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4772);
/* harmony import */ var _report_metrics_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8154);
/* harmony import */ var _run_codepipeline_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(937);
/* harmony import */ var _start_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2615);
/* harmony import */ var _wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4812);









/** Every command spec by action name. */
const specs = {
    'approve-promotion': _approve_promotion_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .spec */ .I,
    'build-container': _build_container_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .spec */ .I,
    'create-trigger': _create_trigger_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .spec */ .I,
    'deploy': _deploy_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .spec */ .I,
    'describe-pipeline': _describe_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .spec */ .I,
    'report-metrics': _report_metrics_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .spec */ .I,
    'run-codepipeline': _run_codepipeline_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .spec */ .I,
    'start-pipeline': _start_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .spec */ .I,
    'wait-pipeline': _wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .spec */ .IC,
};


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4812);

const spec = {
    action: 'start-pipeline',
    cli: ['pipeline', 'start'],
    title: 'SageMaker CI/CD: start pipeline',
    description: "Start a SageMaker pipeline execution (idempotently: a retried step never starts a second one), after checking the parameters against the pipeline's definition; optionally create or update the pipeline first, and wait.",
    icon: 'play',
    inputs: {
        'pipeline-name': { description: 'Name or ARN of the SageMaker pipeline.', required: true },
        parameters: {
            description: 'Pipeline parameters as a YAML or JSON map, e.g. {TrainingImage: ..., InputData: s3://...}. Checked against the definition.',
        },
        'display-name': {
            description: 'Execution display name (1-82 letters, digits, hyphens). Default: <repo>-<sha7>-run-<run id>-<attempt>.',
        },
        description: {
            description: 'Execution description (up to 3072 characters). Default: repository, commit, actor and run URL.',
        },
        'max-parallel-steps': {
            description: "At most this many steps run at once (ParallelismConfiguration); default: the pipeline's.",
        },
        'definition-file': {
            description: 'A pipeline definition JSON file: the pipeline is created, or updated when the definition differs, before starting.',
        },
        'role-arn': { description: 'The IAM role the pipeline runs as; required with definition-file.' },
        wait: { description: 'Wait for the execution to end, as wait-pipeline does.', default: 'false' },
        ..._wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .WAIT_INPUTS */ .WW,
    },
    outputs: {
        'execution-arn': { description: 'ARN of the execution, set as soon as it exists.' },
        'execution-url': { description: 'Link to the execution in the SageMaker console.' },
        'pipeline-changed': {
            description: "With definition-file: 'created', 'updated' or 'unchanged'; empty otherwise.",
        },
        ..._wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .WAIT_OUTPUTS */ .lY,
    },
    permissions: [
        'sagemaker:DescribePipeline',
        'sagemaker:StartPipelineExecution',
        'sagemaker:CreatePipeline',
        'sagemaker:UpdatePipeline',
        'iam:PassRole',
        ..._wait_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .WAIT_PERMISSIONS */ .dn,
    ],
};


/***/ }),

/***/ 4812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   WW: () => (/* binding */ WAIT_INPUTS),
/* harmony export */   dn: () => (/* binding */ WAIT_PERMISSIONS),
/* harmony export */   lY: () => (/* binding */ WAIT_OUTPUTS)
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


/***/ }),

/***/ 7815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ endpointRollbackAlarms),
/* harmony export */   em: () => (/* binding */ commandPolicy),
/* harmony export */   nC: () => (/* binding */ triggerRole)
/* harmony export */ });
const sid = (text) => text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
/** The services a command's role is passed to, for the iam:PassRole condition. */
const PASSED_TO = {
    'create-trigger': ['events.amazonaws.com'],
};
/**
 * The policy for one command. Actions are scoped by action name (resources are the user's own,
 * named by inputs, and are not known here); iam:PassRole, the one permission that could widen
 * access, is limited to the services the command hands a role to.
 */
function commandPolicy(action, permissions) {
    const calls = [...new Set(permissions.filter((p) => p !== 'iam:PassRole'))].sort();
    const statements = [{ Sid: sid(action), Effect: 'Allow', Action: calls, Resource: '*' }];
    if (permissions.includes('iam:PassRole')) {
        const services = PASSED_TO[action] ?? ['sagemaker.amazonaws.com'];
        statements.push({
            Sid: `${sid(action)}PassRole`,
            Effect: 'Allow',
            Action: ['iam:PassRole'],
            Resource: '*',
            Condition: { StringEquals: { 'iam:PassedToService': services.length === 1 ? services[0] : services } },
        });
    }
    return { Version: '2012-10-17', Statement: statements };
}
/** The role EventBridge assumes to start a trigger's target: its trust policy and its permissions. */
function triggerRole(opts) {
    const arn = (service, resource) => `arn:aws:${service}:${opts.region}:${opts.account}:${resource}`;
    const pipelines = opts.pipelines.length
        ? opts.pipelines.map((p) => arn('sagemaker', `pipeline/${p.toLowerCase()}`))
        : [arn('sagemaker', 'pipeline/*')];
    const statements = [
        {
            Sid: 'StartSageMakerPipelines',
            Effect: 'Allow',
            Action: ['sagemaker:StartPipelineExecution'],
            Resource: pipelines,
        },
    ];
    if (opts.dispatchRules.length) {
        statements.push({
            Sid: 'InvokeGitHubDispatch',
            Effect: 'Allow',
            Action: ['events:InvokeApiDestination'],
            Resource: opts.dispatchRules.map((r) => arn('events', `api-destination/${r}-dispatch/*`)),
        });
    }
    return {
        trust: {
            Version: '2012-10-17',
            Statement: [
                {
                    Sid: 'EventBridgeAssumes',
                    Effect: 'Allow',
                    Principal: { Service: 'events.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                    ...(opts.account !== '*'
                        ? { Condition: { StringEquals: { 'aws:SourceAccount': opts.account } } }
                        : {}),
                },
            ],
        },
        permissions: { Version: '2012-10-17', Statement: statements },
    };
}
/** What the endpoint's execution role needs for deployment guardrails' auto-rollback alarms. */
function endpointRollbackAlarms() {
    return {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'ReadRollbackAlarms', Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms'], Resource: '*' },
        ],
    };
}


/***/ }),

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ CODEDEPLOY_PRESET_EXAMPLES),
/* harmony export */   Qd: () => (/* binding */ strategyChoices),
/* harmony export */   Tc: () => (/* binding */ parsePreset),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   nU: () => (/* binding */ STRATEGY_NAMES)
/* harmony export */ });
/**
 * THE table of deployment strategies. The code (DeploymentConfig, checks, timeline), the `deploy`
 * inputs' descriptions, `--help` and docs/strategies.md are all derived from it, so they cannot drift.
 */
const STRATEGY_NAMES = ['all-at-once', 'blue-green', 'canary', 'linear', 'rolling'];
const STRATEGIES = {
    'all-at-once': {
        name: 'all-at-once',
        how: 'UpdateEndpoint with no update policy: SageMaker swaps the fleet in one step (its default).',
        risk: 'high (downtime likely, no baking period)',
        cost: 'low',
        complexity: 'low',
        options: [],
    },
    'blue-green': {
        name: 'blue-green',
        how: 'BlueGreenUpdatePolicy, traffic ALL_AT_ONCE: a new (green) fleet takes all traffic, the old (blue) fleet is kept for termination-wait.',
        risk: 'low (instant rollback to the old fleet)',
        cost: 'high (duplicate capacity during the update)',
        complexity: 'medium',
        options: ['wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    canary: {
        name: 'canary',
        how: 'BlueGreenUpdatePolicy, traffic CANARY: canary-size of the traffic first, the rest after wait-interval.',
        risk: 'lowest (incremental, alarms watched on a small share)',
        cost: 'medium',
        complexity: 'high',
        options: ['canary-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    linear: {
        name: 'linear',
        how: 'BlueGreenUpdatePolicy, traffic LINEAR: linear-step-size more of the traffic every wait-interval.',
        risk: 'low (steady growth)',
        cost: 'medium',
        complexity: 'medium',
        options: ['linear-step-size', 'wait-interval', 'termination-wait', 'max-execution-timeout'],
    },
    rolling: {
        name: 'rolling',
        how: 'RollingUpdatePolicy: rolling-batch-size instances replaced per step, each baked for wait-interval.',
        risk: 'medium (old and new serve side by side)',
        cost: 'low (one batch of extra capacity)',
        complexity: 'medium',
        options: ['rolling-batch-size', 'wait-interval', 'max-execution-timeout'],
    },
};
/**
 * CodeDeploy's preset names, as people know them (with or without `CodeDeployDefault.` and the
 * Lambda/ECS infix): CanaryNPercentMMinutes, LinearNPercentEveryMMinute(s), AllAtOnce.
 */
const CODEDEPLOY_PRESET_EXAMPLES = [
    'AllAtOnce',
    'Canary10Percent5Minutes',
    'Canary10Percent10Minutes',
    'Canary10Percent15Minutes',
    'Canary10Percent30Minutes',
    'Linear10PercentEvery1Minute',
    'Linear10PercentEvery2Minutes',
    'Linear10PercentEvery3Minutes',
    'Linear10PercentEvery10Minutes',
];
function parsePreset(raw) {
    const name = raw
        .trim()
        .replace(/^CodeDeployDefault\./i, '')
        .replace(/^(Lambda|ECS)/, '');
    if (/^AllAtOnce$/i.test(name))
        return { strategy: 'all-at-once' };
    const canary = /^Canary(\d+)Percent(\d+)Minutes?$/i.exec(name);
    if (canary) {
        return {
            strategy: 'canary',
            canarySize: { type: 'CAPACITY_PERCENT', value: Number(canary[1]) },
            waitIntervalSeconds: Number(canary[2]) * 60,
        };
    }
    const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/i.exec(name);
    if (linear) {
        return {
            strategy: 'linear',
            linearStepSize: { type: 'CAPACITY_PERCENT', value: Number(linear[1]) },
            waitIntervalSeconds: Number(linear[2]) * 60,
        };
    }
    return undefined;
}
/** The limits SageMaker enforces (API reference: TrafficRoutingConfig, BlueGreenUpdatePolicy, RollingUpdatePolicy, AutoRollbackConfig). */
const LIMITS = {
    canaryPercent: { min: 1, max: 50, text: 'canary at most 50% of capacity' },
    linearPercent: { min: 10, max: 50, text: 'linear step 10-50% of capacity' },
    rollingPercent: { min: 5, max: 50, text: 'rolling batch 5-50% of capacity' },
    waitIntervalSeconds: { min: 0, max: 3600, text: 'wait interval 0-3600 s' },
    terminationWaitSeconds: { min: 0, max: 3600, text: 'termination wait 0-3600 s' },
    maxExecutionTimeoutSeconds: { min: 600, max: 28800, text: 'maximum execution timeout 600-28800 s' },
    alarms: { min: 1, max: 10, text: '1-10 CloudWatch alarms' },
    dataCapturePercent: { min: 0, max: 100, text: 'data capture sampling 0-100%' },
};
/** The strategy names and preset examples as one line, for input descriptions and errors. */
function strategyChoices() {
    return `${STRATEGY_NAMES.join(' | ')}, or a CodeDeploy preset (${CODEDEPLOY_PRESET_EXAMPLES.slice(0, 3).join(', ')}, ...)`;
}


/***/ })

};
