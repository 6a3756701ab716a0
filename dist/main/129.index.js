export const id = 129;
export const ids = [129];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ clientConfig),
  Zv: () => (/* binding */ resolveRegion)
});

// UNUSED EXPORTS: resolveEndpoint

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts



function resolveRegion(env, explicit) {
    const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new errors/* UserError */.yo("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
    }
    return region;
}
/** AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS. */
function resolveEndpoint(env, service) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined;
}
/**
 * The configuration every client shares: adaptive retries (client-side rate limiting when
 * throttled), timeouts so a dropped connection is retried instead of hanging, a user agent that
 * names the toolkit, and the default credential chain unless told otherwise.
 */
function clientConfig(env, service, options = {}) {
    const endpoint = resolveEndpoint(env, service);
    return {
        region: resolveRegion(env, options.region),
        ...(endpoint ? { endpoint } : {}),
        // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
        ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: [['sagemaker-cicd', VERSION]],
        requestHandler: new dist_cjs.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
        ...(options.credentials ? { credentials: options.credentials } : {}),
    };
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ sagemakerPromotionGateway)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);

/** SageMaker answers a Describe* of a missing resource with a ValidationException "Could not find ...". */
function isNotFound(err) {
    const e = err;
    return ((e?.name === 'ValidationException' || e?.name === 'ResourceNotFound') &&
        /could not find|not found|does not exist/i.test(e.message ?? ''));
}
async function orUndefined(call) {
    try {
        return await call;
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
/** The promotion core's SageMaker calls, made with the AWS SDK. */
function sagemakerPromotionGateway(client) {
    return {
        async describeModelPackage(arn) {
            const out = await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeModelPackageCommand */ .Uxr({ ModelPackageName: arn }));
            const by = out.LastModifiedBy?.UserProfileName || out.LastModifiedBy?.IamIdentity?.Arn;
            return {
                arn: out.ModelPackageArn ?? arn,
                approvalStatus: out.ModelApprovalStatus ?? 'PendingManualApproval',
                ...(out.ApprovalDescription ? { approvalDescription: out.ApprovalDescription } : {}),
                ...(out.ModelPackageStatus ? { packageStatus: out.ModelPackageStatus } : {}),
                ...(by ? { lastModifiedBy: by } : {}),
            };
        },
        async updateModelPackageApproval(arn, status, description) {
            await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .UpdateModelPackageCommand */ .CCy({
                ModelPackageArn: arn,
                ModelApprovalStatus: status,
                ApprovalDescription: description,
            }));
        },
        async modelExists(name) {
            return Boolean(await orUndefined(client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeModelCommand */ .utY({ ModelName: name }))));
        },
        async createModel(name, packageArn, roleArn) {
            await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .CreateModelCommand */ .TIE({
                ModelName: name,
                ExecutionRoleArn: roleArn,
                PrimaryContainer: { ModelPackageName: packageArn },
            }));
        },
        async endpointConfigExists(name) {
            return Boolean(await orUndefined(client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeEndpointConfigCommand */ .uoq({ EndpointConfigName: name }))));
        },
        async createEndpointConfig(req) {
            await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .CreateEndpointConfigCommand */ .dH8({
                EndpointConfigName: req.name,
                ProductionVariants: [
                    {
                        VariantName: 'AllTraffic',
                        ModelName: req.modelName,
                        InstanceType: req.instanceType,
                        InitialInstanceCount: req.instanceCount,
                        InitialVariantWeight: 1,
                    },
                ],
                ...(req.dataCapture
                    ? {
                        DataCaptureConfig: {
                            EnableCapture: true,
                            InitialSamplingPercentage: req.dataCapture.percent,
                            DestinationS3Uri: req.dataCapture.destinationS3Uri,
                            CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
                        },
                    }
                    : {}),
            }));
        },
        async describeEndpoint(name) {
            const out = await orUndefined(client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeEndpointCommand */ .CX3({ EndpointName: name })));
            if (!out)
                return undefined;
            return {
                arn: out.EndpointArn ?? '',
                name: out.EndpointName ?? name,
                status: out.EndpointStatus ?? 'Unknown',
                configName: out.EndpointConfigName ?? '',
                ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                ...(out.PendingDeploymentSummary?.EndpointConfigName
                    ? { pendingConfigName: out.PendingDeploymentSummary.EndpointConfigName }
                    : {}),
            };
        },
        async createEndpoint(name, configName) {
            const out = await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .CreateEndpointCommand */ .fRi({ EndpointName: name, EndpointConfigName: configName }));
            return out.EndpointArn ?? '';
        },
        async updateEndpoint(name, configName, deploymentConfig) {
            const out = await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .UpdateEndpointCommand */ .sU7({
                EndpointName: name,
                EndpointConfigName: configName,
                ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
            }));
            return out.EndpointArn ?? '';
        },
    };
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ isExpiredCredentials),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   j3: () => (/* binding */ EXPIRED_CREDENTIALS_HINT)
/* harmony export */ });
/**
 * Errors that say "try again later" rather than "this is wrong": throttling, server faults,
 * dropped connections and timeouts. Long waits swallow these (after the SDK's own retries) and
 * poll again; they never fail a wait.
 */
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'RequestThrottled',
    'SlowDown',
    'LimitExceededException',
]);
const NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNABORTED',
]);
function isTransient(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.name && THROTTLING.has(e.name))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'RequestTimeout' || e.name === 'AbortError')
        return true;
    if (e.code && NETWORK.has(e.code))
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && status >= 500)
        return true;
    if (e.$retryable)
        return true;
    return false;
}
/** Credentials that ran out mid-wait: the role session ended. */
function isExpiredCredentials(err) {
    const name = err?.name ?? '';
    return ['ExpiredTokenException', 'ExpiredToken', 'RequestExpired', 'InvalidClientTokenId'].includes(name);
}
const EXPIRED_CREDENTIALS_HINT = "the AWS role session ended during the wait; lengthen it with 'role-duration-seconds' in " +
    "aws-actions/configure-aws-credentials, or give this step 'role-to-assume' so it refreshes its own credentials";


/***/ }),

/***/ 8129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REGISTRY_POLL_MS: () => (/* binding */ REGISTRY_POLL_MS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/codepipeline-approvals.ts

function codePipelineApprovals(client) {
    return {
        async actionStates(pipeline) {
            const state = await client.send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: pipeline }));
            return (state.stageStates ?? []).flatMap((stage) => (stage.actionStates ?? []).map((a) => ({
                stageName: stage.stageName ?? '',
                actionName: a.actionName ?? '',
                ...(a.latestExecution?.status ? { status: a.latestExecution.status } : {}),
                ...(a.latestExecution?.token ? { token: a.latestExecution.token } : {}),
            })));
        },
        async putApprovalResult(req) {
            await client.send(new dist_cjs/* PutApprovalResultCommand */.DVx({
                pipelineName: req.pipeline,
                stageName: req.stage,
                actionName: req.action,
                token: req.token,
                result: { status: req.status, summary: req.summary },
            }));
        },
    };
}

// EXTERNAL MODULE: ./src/aws/sagemaker-promotion.ts
var sagemaker_promotion = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/promotion/approval.ts


const LOGIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;
const TEAM = /^([a-zA-Z0-9][a-zA-Z0-9-]*)\/([a-zA-Z0-9][a-zA-Z0-9._-]*)$/;
/** `alice, my-org/ml-leads` → a user and a team; a leading @ is allowed. */
function parseApprovers(input, raw) {
    return (0,inputs/* list */.p_)(input, raw).map((item) => {
        const value = item.replace(/^@/, '');
        if (TEAM.test(value))
            return { kind: 'team', name: value };
        if (LOGIN.test(value))
            return { kind: 'user', name: value };
        throw new errors/* InputError */.dz(input, 'items must be GitHub logins or org/team-slug names', item);
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
        if (policy.forbidSelfApproval && policy.selfLogins.some((s) => same(s, review.login))) {
            ignored.push({ login: review.login, why: 'self-approval (triggered the run or authored the change)' });
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
        throw new errors/* InputError */.dz('codepipeline-action', `names no action of pipeline ${pipeline} (it has ${known || 'none'})`, `${stage}/${action}`);
    }
    if (found.status !== 'InProgress' || !found.token) {
        const pending = actions
            .filter((a) => a.status === 'InProgress' && a.token)
            .map((a) => `${a.stageName}/${a.actionName}`);
        throw new errors/* OutcomeError */.Rz(`no pending approval at ${pipeline} ${stage}/${action} (its latest execution is ${found.status ?? 'not started'})` +
            (pending.length ? `; pending approvals: ${pending.join(', ')}` : ''));
    }
    return found.token;
}
/** ApprovalResult.summary: at most 512 characters. */
function approvalSummary(text) {
    return text.length > 512 ? `${text.slice(0, 509)}...` : text;
}

;// CONCATENATED MODULE: ./src/core/promotion/approval-summary.ts
/** The approval step's job summary: the verdict and who counted, who did not and why. */
function approvalSummaryMarkdown(verdict, runUrl) {
    const rows = [
        ...verdict.approvedBy.map((login) => `| @${login} | ✅ approved | counted |`),
        ...verdict.ignored.map((i) => `| @${i.login} | ✅ approved | ❌ not counted: ${i.why} |`),
        ...verdict.rejectedBy.map((r) => `| @${r.login} | ❌ rejected | ${r.comment ?? ''} |`),
    ];
    return [
        `### ${verdict.approved ? '✅ Promotion approved' : '⛔ Promotion not approved'}`,
        '',
        verdict.message,
        '',
        ...(rows.length ? ['| Reviewer | Review | Counted |', '| --- | --- | --- |', ...rows, ''] : []),
        ...(runUrl ? [`Run: ${runUrl}`, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
;// CONCATENATED MODULE: ./src/core/promotion/registry.ts


/** Waits for a person to approve or reject the package in SageMaker; Rejected fails with its reason. */
async function waitForRegistryDecision(arn, ctx) {
    const start = ctx.clock.now();
    for (let first = true;; first = false) {
        if (!first)
            await ctx.clock.sleep(ctx.pollIntervalMs, ctx.signal);
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.cc(`cancelled while waiting for a decision on ${arn}; nothing was changed`);
        try {
            const pkg = await ctx.gateway.describeModelPackage(arn);
            if (pkg.approvalStatus === 'Approved')
                return pkg;
            if (pkg.approvalStatus === 'Rejected')
                throw rejected(pkg);
            if (first)
                ctx.log.info(`Waiting for someone to approve ${arn} in the SageMaker Model Registry (now ${pkg.approvalStatus}).`);
        }
        catch (err) {
            if (!ctx.isTransient(err))
                throw err;
            ctx.log.debug(`transient error while waiting (polling on): ${err.message}`);
        }
        if (ctx.clock.now() - start >= ctx.timeoutMs) {
            throw new errors/* TimeoutError */.MU(`no decision on ${arn} in the Model Registry after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}`);
        }
    }
}
function rejected(pkg) {
    return new errors/* OutcomeError */.Rz(`model package ${pkg.arn} was Rejected in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ' (no reason given)'}`);
}

;// CONCATENATED MODULE: ./src/github/approvals.ts

const approvals_status = (err) => err?.status;
function gitHubApprovals(octokit) {
    return {
        async runApprovals(owner, repo, runId) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
                owner,
                repo,
                run_id: runId,
            });
            return data.map((a) => ({
                login: a.user?.login ?? '',
                state: a.state,
                environments: (a.environments ?? []).map((e) => e.name ?? ''),
                ...(a.comment ? { comment: a.comment } : {}),
            }));
        },
        async isTeamMember(org, teamSlug, login) {
            try {
                const { data } = await octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
                    org,
                    team_slug: teamSlug,
                    username: login,
                });
                return data.state === 'active';
            }
            catch (err) {
                if (approvals_status(err) === 404)
                    return false;
                if (approvals_status(err) === 403 || approvals_status(err) === 401) {
                    throw new errors/* UserError */.yo(`cannot read the members of team ${org}/${teamSlug} (HTTP ${approvals_status(err)}): the workflow's GITHUB_TOKEN cannot read ` +
                        "organization teams; pass a token with the 'read:org' scope (or a GitHub App token with Members: read) as 'github-token'");
                }
                throw err;
            }
        },
        async commitAuthor(owner, repo, sha) {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
                    owner,
                    repo,
                    ref: sha,
                });
                return data.author?.login ?? undefined;
            }
            catch (err) {
                if (approvals_status(err) === 404 || approvals_status(err) === 422)
                    return undefined;
                throw err;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
;// CONCATENATED MODULE: ./src/commands/approve-promotion/run.ts















const SOURCES = ['github-environment', 'model-registry'];
const CODEPIPELINE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const REGISTRY_POLL_MS = 30_000;
async function run(host) {
    const source = (0,inputs/* choice */.Yq)('approval-source', host.input('approval-source'), SOURCES, 'github-environment');
    const packageArn = host.input('model-package-arn')
        ? (0,names/* modelPackageArn */.$t)('model-package-arn', host.input('model-package-arn'))
        : undefined;
    const pipeline = codePipelineTarget(host);
    const aws = (0,aws_options/* awsOptions */.G)(host);
    const sagemaker = () => (0,sagemaker_promotion/* sagemakerPromotionGateway */.I)(new client_sagemaker_dist_cjs/* SageMakerClient */.kHU((0,clients/* clientConfig */.yO)(host.env, 'SAGEMAKER', aws)));
    const codepipeline = () => codePipelineApprovals(new dist_cjs/* CodePipelineClient */.pEs((0,clients/* clientConfig */.yO)(host.env, 'CODEPIPELINE', aws)));
    let approvedBy;
    let verdict;
    if (source === 'github-environment') {
        const approvers = parseApprovers('approvers', host.input('approvers'));
        const minApprovals = (0,inputs/* integer */.nd)('min-approvals', host.input('min-approvals'), 1, { min: 1, max: 6 });
        const forbidSelf = (0,inputs/* boolean */.zM)('forbid-self-approval', host.input('forbid-self-approval'), true);
        const token = host.input('github-token');
        if (!token)
            throw new errors/* InputError */.dz('github-token', 'is required to read the run approvals');
        host.mask(token);
        const [owner, repo] = (host.run.repository ?? '').split('/');
        const runId = Number(host.run.runId);
        if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
            throw new errors/* InputError */.dz('approval-source', "github-environment needs a GitHub workflow run (GITHUB_REPOSITORY, GITHUB_RUN_ID); elsewhere use 'model-registry'");
        }
        const github = gitHubApprovals(await (0,octokit/* createOctokit */.Q)(token, host.env, host));
        const reviews = await github.runApprovals(owner, repo, runId);
        const commitAuthor = host.run.sha ? await github.commitAuthor(owner, repo, host.run.sha) : undefined;
        const selfLogins = [
            host.run.triggeringActor,
            host.run.actor,
            host.run.pullRequest?.author,
            commitAuthor,
        ].filter((x) => Boolean(x));
        const environment = host.input('environment') || undefined;
        verdict = await evaluateApprovals(reviews, {
            approvers,
            minApprovals,
            forbidSelfApproval: forbidSelf,
            selfLogins,
            ...(environment ? { environment } : {}),
        }, github);
        approvedBy = verdict.approvedBy;
        host.setOutput('approved-by', approvedBy.join(','));
        if (!verdict.approved) {
            host.setOutput('approved', false);
            if (pipeline)
                await answerPipeline(host, codepipeline(), pipeline, 'Rejected', verdict.message);
            await host.appendSummary(approvalSummaryMarkdown(verdict, host.run.runUrl));
            throw new errors/* OutcomeError */.Rz(verdict.message);
        }
        host.info(verdict.message);
        if (packageArn) {
            const gateway = sagemaker();
            const pkg = await gateway.describeModelPackage(packageArn);
            if (pkg.approvalStatus === 'Rejected')
                throw rejected(pkg);
            if (pkg.approvalStatus === 'Approved') {
                host.info(`${packageArn} is already Approved in the Model Registry (${pkg.approvalDescription ?? 'no description'}); left as it is.`);
            }
            else {
                const description = auditDescription({
                    approvedBy,
                    via: `GitHub environment approval${environment ? ` (${environment})` : ''}`,
                    ...(host.run.runUrl ? { runUrl: host.run.runUrl } : {}),
                    ...(host.run.repository ? { repository: host.run.repository } : {}),
                    ...(host.run.sha ? { commit: host.run.sha } : {}),
                });
                await gateway.updateModelPackageApproval(packageArn, 'Approved', description);
                host.info(`Set ${packageArn} Approved: ${description}`);
            }
        }
    }
    else {
        if (!packageArn)
            throw new errors/* InputError */.dz('model-package-arn', 'is required with approval-source model-registry');
        const timeoutMs = (0,inputs/* duration */.p0)('timeout', host.input('timeout'), 3_600_000, {
            minMs: 0,
            maxMs: 72 * 3_600_000,
            defaultUnit: 'm',
        });
        const pkg = await waitForRegistryDecision(packageArn, {
            gateway: sagemaker(),
            clock: host.clock,
            log: host,
            signal: host.signal,
            isTransient: aws_transient/* isTransient */.dg,
            pollIntervalMs: REGISTRY_POLL_MS,
            timeoutMs,
        }).catch(async (err) => {
            if (err instanceof errors/* OutcomeError */.Rz) {
                host.setOutput('approved', false);
                if (pipeline)
                    await answerPipeline(host, codepipeline(), pipeline, 'Rejected', err.message);
            }
            throw err;
        });
        approvedBy = [pkg.lastModifiedBy ?? 'model-registry'];
        host.setOutput('approved-by', approvedBy.join(','));
        host.info(`${packageArn} was Approved in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ''}.`);
    }
    if (pipeline) {
        const summary = `Approved by ${approvedBy.join(', ')}${host.run.runUrl ? ` in ${host.run.runUrl}` : ''}${host.run.sha ? ` (commit ${host.run.sha.slice(0, 12)})` : ''}`;
        await answerPipeline(host, codepipeline(), pipeline, 'Approved', summary);
    }
    host.setOutput('approved', true);
    if (packageArn)
        host.setOutput('model-package-arn', packageArn);
    if (verdict)
        await host.appendSummary(approvalSummaryMarkdown(verdict, host.run.runUrl));
}
function codePipelineTarget(host) {
    const pipeline = host.input('codepipeline-name');
    const stage = host.input('codepipeline-stage');
    const action = host.input('codepipeline-action');
    if (!pipeline && !stage && !action)
        return undefined;
    for (const [name, value] of [
        ['codepipeline-name', pipeline],
        ['codepipeline-stage', stage],
        ['codepipeline-action', action],
    ]) {
        if (!value)
            throw new errors/* InputError */.dz(name, 'is required when answering a CodePipeline approval (codepipeline-name, -stage and -action go together)');
        if (!CODEPIPELINE_NAME.test(value))
            throw new errors/* InputError */.dz(name, 'must be 1-100 characters of letters, digits, . @ - _', value);
    }
    return { pipeline, stage, action };
}
async function answerPipeline(host, codepipeline, target, status, summary) {
    const token = pendingApprovalToken(target.pipeline, target.stage, target.action, await codepipeline.actionStates(target.pipeline));
    await codepipeline.putApprovalResult({ ...target, token, status, summary: approvalSummary(summary) });
    host.info(`Answered ${status} to CodePipeline ${target.pipeline} ${target.stage}/${target.action}.`);
}


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ awsOptions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/credentials.ts


/**
 * Credentials for `role-to-assume`: the job's OIDC token exchanged for a role session with
 * AssumeRoleWithWebIdentity. The SDK asks again when a session is within five minutes of
 * expiring, and GitHub gives a fresh OIDC token at any time in the job, so a six-hour wait
 * outlives any one role session.
 */
function oidcRoleCredentials(options) {
    const { env, log } = options;
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new errors/* UserError */.yo("input 'role-to-assume' needs the job's OIDC token: add `permissions: id-token: write` to the job", 2);
    }
    let sessions = 0;
    return async () => {
        // Loaded on first use: steps without role-to-assume never pay for the STS client.
        const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        // AssumeRoleWithWebIdentity is unsigned: the STS client needs no credentials of its own.
        const sts = new STSClient({
            ...(0,clients/* clientConfig */.yO)(env, 'STS', { region: options.region }),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
        const token = await fetchIdToken(url, bearer, 'sts.amazonaws.com');
        options.mask(token);
        const result = await sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds,
        }));
        const c = result.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
            throw new errors/* UserError */.yo(`AssumeRoleWithWebIdentity for ${options.roleArn} returned no credentials`);
        }
        options.mask(c.SecretAccessKey);
        options.mask(c.SessionToken);
        sessions += 1;
        log.info(`${sessions === 1 ? 'Assumed' : 'Refreshed'} role ${options.roleArn}` +
            (c.Expiration ? ` (session until ${c.Expiration.toISOString()})` : ''));
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        };
    };
}
async function fetchIdToken(requestUrl, bearer, audience) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    const response = await fetch(url, {
        headers: { authorization: `bearer ${bearer}`, accept: 'application/json' },
    });
    if (!response.ok) {
        throw new errors/* UserError */.yo(`could not get the job's OIDC token (HTTP ${response.status}); is 'id-token: write' granted?`);
    }
    const body = (await response.json());
    if (!body.value)
        throw new errors/* UserError */.yo("could not get the job's OIDC token: the response had no value");
    return body.value;
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/commands/aws-options.ts



const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** Region and credentials from the AWS inputs. */
function awsOptions(host) {
    const region = host.input('aws-region') || undefined;
    const roleArn = host.input('role-to-assume');
    if (!roleArn)
        return { region };
    if (!ROLE_ARN.test(roleArn)) {
        throw new errors/* InputError */.dz('role-to-assume', 'must be an IAM role ARN (arn:aws:iam::123456789012:role/name)', roleArn);
    }
    const durationSeconds = (0,inputs/* integer */.nd)('role-duration-seconds', host.input('role-duration-seconds'), 3600, {
        min: 900,
        max: 43200,
        unit: 'seconds',
    });
    // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
    const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    return {
        region,
        credentials: oidcRoleCredentials({
            roleArn,
            durationSeconds,
            sessionName,
            region,
            env: host.env,
            log: host,
            mask: (v) => host.mask(v),
        }),
    };
}


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ modelPackageArn),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   w: () => (/* binding */ instanceType),
/* harmony export */   w3: () => (/* binding */ roleArn),
/* harmony export */   zY: () => (/* binding */ endpointName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** EndpointName, EndpointConfigName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const MODEL_PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-package\/\S{1,2048}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
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
    if (value.length > 2048 || !MODEL_PACKAGE_ARN.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)', raw);
    }
    return value;
}
function roleArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the IAM role SageMaker assumes to host the model');
    if (value.length < 20 || value.length > 2048 || !ROLE_ARN.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)', raw);
    }
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6856);


/**
 * An Octokit for the GitHub REST API at GITHUB_API_URL (GitHub Enterprise Server included), with
 * retries on server errors and waits on rate limits. Loaded lazily: most steps never touch GitHub,
 * and this keeps them fast to start.
 */
async function createOctokit(token, env, log) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758));
    return getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        throttle: {
            onRateLimit: (retryAfter, options, _o, count) => {
                log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return count < 3;
            },
            onSecondaryRateLimit: (retryAfter, options) => {
                log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return true;
            },
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422] },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A);
}


/***/ })

};
