export const id = 129;
export const ids = [129];
export const modules = {

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
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
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
