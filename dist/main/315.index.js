export const id = 315;
export const ids = [315,3465];
export const modules = {

/***/ 315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/promotion/approval.ts
var approval = __webpack_require__(5394);
// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/commands/approve-promotion/check.ts

/** approve-promotion's rules across inputs: what each approval source needs, and the CodePipeline trio. */
function checkApproval(i) {
    if (i['approval-source'] === 'github-environment' && !i['github-token'])
        throw new errors/* InputError */.dz('github-token', 'is required to read the run approvals (approval-source github-environment)');
    const registryPackage = i['approval-source'] === 'model-registry' ? i['model-package-arn'] : undefined;
    if (i['approval-source'] === 'model-registry' && !registryPackage)
        throw new errors/* InputError */.dz('model-package-arn', 'is required with approval-source model-registry');
    const checks = registryPackage ? { registryPackage } : {};
    const [pipeline, stage, action] = [
        i['codepipeline-name'],
        i['codepipeline-stage'],
        i['codepipeline-action'],
    ];
    if (!pipeline && !stage && !action)
        return checks;
    const why = 'is required when answering a CodePipeline approval (codepipeline-name, -stage and -action go together)';
    if (!pipeline)
        throw new errors/* InputError */.dz('codepipeline-name', why);
    if (!stage)
        throw new errors/* InputError */.dz('codepipeline-stage', why);
    if (!action)
        throw new errors/* InputError */.dz('codepipeline-action', why);
    return { ...checks, pipeline: { pipeline, stage, action } };
}

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/approve-promotion/spec.ts






/** CodePipeline names, stages and actions: 1-100 of [A-Za-z0-9.@-_]. */
const CODEPIPELINE_NAME = {
    kind: 'string',
    pattern: /^[A-Za-z0-9.@\-_]{1,100}$/,
    allowed: '1-100 characters of letters, digits, . @ - _',
};
const spec = (0,types/* defineSpec */.j)({
    action: 'approve-promotion',
    cli: ['promote', 'approve'],
    title: 'SageMaker CI/CD: approve promotion',
    description: "Gate a model's promotion on a human approval (GitHub environment reviewers or the SageMaker Model Registry), then record it: the package Approved with an audit trail, and a CodePipeline manual approval answered.",
    icon: 'user-check',
    inputs: {
        'approval-source': {
            kind: 'enum',
            choices: ['github-environment', 'model-registry'],
            description: "Who decides: 'github-environment' (the reviewers who approved this run's environment deployment) or 'model-registry' (wait for a person to approve the package in SageMaker).",
            default: 'github-environment',
        },
        environment: {
            kind: 'string',
            maxLength: 255,
            description: 'github-environment: only reviews of this environment count (default: any environment of the run).',
        },
        approvers: {
            kind: 'string',
            multiline: true,
            parse: approval/* parseApprovers */.CR,
            description: 'github-environment: who may approve, as GitHub logins and org/team names (comma or line separated); empty means any reviewer of the environment.',
        },
        'min-approvals': {
            kind: 'integer',
            min: 1,
            max: 6,
            description: 'github-environment: how many distinct approvers are needed (1-6, as environments allow up to 6 reviewers).',
            default: '1',
        },
        'forbid-self-approval': {
            kind: 'boolean',
            description: "github-environment: whoever wrote the change does not count: who triggered the run, the commit's author, and the pull request it came from (on push and workflow_dispatch, found from the commit; merge, squash or rebase): its author and its commits' authors and committers. Needs 'pull-requests: read'; fails closed.",
            default: 'true',
        },
        'github-token': {
            kind: 'string',
            secret: true,
            cliEnv: 'GITHUB_TOKEN',
            description: "Token for the GitHub API; reading team membership needs 'read:org' (the workflow's GITHUB_TOKEN cannot). The CLI reads GITHUB_TOKEN when it is not given.",
            default: '${{ github.token }}',
        },
        'model-package-arn': {
            kind: 'string',
            parse: names/* modelPackageArn */.$t,
            description: 'Model package to approve: set Approved with an ApprovalDescription naming who, where and which commit (github-environment), or waited on (model-registry).',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 0,
            maxMs: 72 * 3_600_000,
            description: 'model-registry: how long to wait for a decision.',
            default: '1h',
        },
        'codepipeline-name': {
            ...CODEPIPELINE_NAME,
            description: 'CodePipeline pipeline whose pending manual approval to answer (with codepipeline-stage and codepipeline-action).',
        },
        'codepipeline-stage': { ...CODEPIPELINE_NAME, description: 'Stage of the manual approval action.' },
        'codepipeline-action': { ...CODEPIPELINE_NAME, description: 'Name of the manual approval action.' },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkApproval,
    outputs: {
        approved: { description: 'true when the promotion was approved.' },
        'approved-by': { description: 'Who approved, comma separated.' },
        'model-package-arn': { description: 'The approved model package ARN (for the deploy step).' },
    },
    githubPermissions: {
        ...github_permissions/* ROLE_TO_ASSUME */.U,
        actions: { access: 'read', why: "who approved the run's environment deployment (the approval gate)" },
        contents: { access: 'read', why: "the commit's author, to refuse self-approval" },
        'pull-requests': {
            access: 'read',
            why: 'the pull request a commit came from: its authors cannot approve it',
        },
    },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:UpdateModelPackage',
        'codepipeline:GetPipelineState',
        'codepipeline:PutApprovalResult',
    ],
});


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ approvalSummary),
/* harmony export */   CR: () => (/* binding */ parseApprovers),
/* harmony export */   EQ: () => (/* binding */ evaluateApprovals),
/* harmony export */   G_: () => (/* binding */ pendingApprovalToken),
/* harmony export */   SM: () => (/* binding */ TOOLKIT_APPROVAL_MARKER),
/* harmony export */   cS: () => (/* binding */ GITHUB_ENVIRONMENT_APPROVAL),
/* harmony export */   gy: () => (/* binding */ auditDescription)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


const LOGIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;
const TEAM = /^([a-zA-Z0-9][a-zA-Z0-9-]*)\/([a-zA-Z0-9][a-zA-Z0-9._-]*)$/;
/** `alice, my-org/ml-leads` → a user and a team; a leading @ is allowed. */
function parseApprovers(input, raw) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(input, raw).map((item) => {
        const value = item.replace(/^@/, '');
        if (TEAM.test(value))
            return { kind: 'team', name: value };
        if (LOGIN.test(value))
            return { kind: 'user', name: value };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'items must be GitHub logins or org/team-slug names', item);
    });
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Checks the run's reviews against the policy: distinct reviewers, listed (or in a listed team), not self. */
async function evaluateApprovals(reviews, policy, teams) {
    const relevant = reviews.filter((r) => !policy.environment || r.environments.some((e) => same(e, policy.environment)));
    const rejectedBy = relevant
        .filter((r) => r.state === 'rejected')
        .map((r) => ({ login: r.login, ...(r.comment ? { comment: r.comment } : {}) }));
    const approvedBy = [];
    const ignored = [];
    const seen = new Set();
    for (const review of relevant.filter((r) => r.state === 'approved')) {
        const key = review.login.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const self = policy.forbidSelfApproval && policy.self.find((s) => same(s.login, review.login));
        if (self) {
            ignored.push({ login: review.login, why: `self-approval: ${self.why}` });
            continue;
        }
        const why = await notAnApprover(review.login, policy.approvers, teams);
        if (why)
            ignored.push({ login: review.login, why });
        else
            approvedBy.push(review.login);
    }
    const approved = !rejectedBy.length && approvedBy.length >= policy.minApprovals;
    return {
        approved,
        approvedBy,
        ignored,
        rejectedBy,
        message: verdictMessage(approved, approvedBy, ignored, rejectedBy, policy, relevant.length),
    };
}
async function notAnApprover(login, approvers, teams) {
    if (!approvers.length)
        return undefined;
    if (approvers.some((a) => a.kind === 'user' && same(a.name, login)))
        return undefined;
    for (const team of approvers.filter((a) => a.kind === 'team')) {
        const [org, slug] = team.name.split('/');
        if (await teams.isTeamMember(org, slug, login))
            return undefined;
    }
    return `not among the approvers (${approvers.map((a) => a.name).join(', ')})`;
}
function verdictMessage(approved, approvedBy, ignored, rejectedBy, policy, reviews) {
    const counted = approvedBy.length ? `approved by ${approvedBy.join(', ')}` : 'no approval that counts';
    const notCounted = ignored.length
        ? `; not counted: ${ignored.map((i) => `${i.login} (${i.why})`).join(', ')}`
        : '';
    if (rejectedBy.length) {
        const who = rejectedBy.map((r) => `${r.login}${r.comment ? ` ("${r.comment}")` : ''}`).join(', ');
        return `promotion rejected by ${who}; ${counted}${notCounted}`;
    }
    if (approved)
        return `promotion ${counted} (${approvedBy.length} of ${policy.minApprovals} required)${notCounted}`;
    const where = policy.environment ? ` of environment ${policy.environment}` : '';
    const none = reviews
        ? ''
        : ` (this run has no reviews${where}: does the job use an environment with required reviewers?)`;
    return `promotion not approved: ${counted}, ${policy.minApprovals - approvedBy.length} more approval(s) needed from ${policy.approvers.length ? policy.approvers.map((a) => a.name).join(', ') : 'the environment reviewers'}${notCounted}${none}`;
}
/**
 * In every ApprovalDescription the toolkit writes after a GitHub environment approval. The
 * model-approved trigger ignores approvals carrying it: the deploy that recorded the approval is
 * already under way, and a second dispatch would ask reviewers again for the same package.
 */
const GITHUB_ENVIRONMENT_APPROVAL = 'GitHub environment approval';
const TOOLKIT_APPROVAL_MARKER = `via ${GITHUB_ENVIRONMENT_APPROVAL}`;
/**
 * The registry's ApprovalDescription: who approved, where and which commit. The API allows at
 * most 1024 characters of letters, marks, separators, symbols, numbers and punctuation (no
 * control characters, so no newlines).
 */
function auditDescription(parts) {
    const text = [
        `Approved by ${parts.approvedBy.join(', ') || 'unknown'} via ${parts.via}`,
        parts.repository && parts.commit
            ? `for ${parts.repository}@${parts.commit}`
            : parts.commit
                ? `for commit ${parts.commit}`
                : '',
        parts.runUrl ? `in ${parts.runUrl}` : '',
    ]
        .filter(Boolean)
        .join(' ');
    const clean = text.replace(/[^\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]/gu, ' ');
    return clean.length > 1024 ? `${clean.slice(0, 1021)}...` : clean;
}
/** The token of the pending manual approval (pipeline, stage, action), or an error naming what is pending. */
function pendingApprovalToken(pipeline, stage, action, actions) {
    const found = actions.find((a) => a.stageName === stage && a.actionName === action);
    if (!found) {
        const known = actions.map((a) => `${a.stageName}/${a.actionName}`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('codepipeline-action', `names no action of pipeline ${pipeline} (it has ${known || 'none'})`, `${stage}/${action}`);
    }
    if (found.status !== 'InProgress' || !found.token) {
        const pending = actions
            .filter((a) => a.status === 'InProgress' && a.token)
            .map((a) => `${a.stageName}/${a.actionName}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`no pending approval at ${pipeline} ${stage}/${action} (its latest execution is ${found.status ?? 'not started'})` +
            (pending.length ? `; pending approvals: ${pending.join(', ')}` : ''));
    }
    return found.token;
}
/** ApprovalResult.summary: at most 512 characters. */
function approvalSummary(text) {
    return text.length > 512 ? `${text.slice(0, 509)}...` : text;
}


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ modelPackageArn),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   w: () => (/* binding */ instanceType),
/* harmony export */   zY: () => (/* binding */ endpointName)
/* harmony export */ });
/* unused harmony export roleArn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5091);



/** EndpointName, EndpointConfigName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
function endpointName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name of the SageMaker endpoint');
    if (!RESOURCE_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be an endpoint name: letters, digits and hyphens, up to 63, starting and ending with a letter or digit', raw);
    }
    return value;
}
function modelPackageArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the ARN of a versioned model package');
    if (!(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isArn */ .EH)('model-package', value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be ${_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .ARNS */ .NO['model-package'].shape}`, raw);
    return value;
}
function roleArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(input, 'is required: the IAM role SageMaker assumes to host the model');
    if (!isArn('iam-role', value))
        throw new InputError(input, `must be ${ARNS['iam-role'].shape}`, raw);
    return value;
}
function instanceType(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: a SageMaker hosting instance type such as ml.m5.large');
    if (!INSTANCE_TYPE.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker instance type such as ml.m5.large', raw);
    return value;
}
/**
 * The name of this deployment's model and endpoint config: the endpoint, the commit, and a short
 * hash of what is deployed. The same commit and settings give the same name, so a re-run finds
 * its own resources instead of making duplicates; other settings for the same commit get another.
 */
function deploymentName(endpoint, commit, settings) {
    const sha = (commit.replace(/[^a-zA-Z0-9]/g, '').slice(0, 7) || 'nocommit').toLowerCase();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 6);
    const suffix = `-${sha}-${hash}`;
    const head = endpoint.slice(0, 63 - suffix.length).replace(/-+$/, '');
    const name = `${head}${suffix}`;
    if (!RESOURCE_NAME.test(name))
        throw new Error(`internal: generated name ${name} is not a valid resource name`);
    return name;
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
