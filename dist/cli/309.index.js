export const id = 309;
export const ids = [309];
export const modules = {

/***/ 6309:
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
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/codepipeline-approvals.ts


function codePipelineApprovals(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CODEPIPELINE', (config) => new dist_cjs/* CodePipelineClient */.pEs(config));
    return {
        async actionStates(pipeline) {
            const state = await client().send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: pipeline }));
            return (state.stageStates ?? []).flatMap((stage) => (stage.actionStates ?? []).map((a) => ({
                stageName: stage.stageName ?? '',
                actionName: a.actionName ?? '',
                ...(a.latestExecution?.status ? { status: a.latestExecution.status } : {}),
                ...(a.latestExecution?.token ? { token: a.latestExecution.token } : {}),
            })));
        },
        async putApprovalResult(req) {
            await client().send(new dist_cjs/* PutApprovalResultCommand */.DVx({
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
// EXTERNAL MODULE: ./src/core/promotion/approval.ts
var approval = __webpack_require__(5394);
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

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
;// CONCATENATED MODULE: ./src/core/promotion/registry.ts



/** Waits for a person to approve or reject the package in SageMaker; Rejected fails with its reason. */
async function waitForRegistryDecision(arn, ctx) {
    let first = true;
    const waited = await (0,engine/* runWait */.pT)({
        what: `a decision on ${arn} in the SageMaker Model Registry`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        isTransient: ctx.isTransient,
        poll: async () => {
            const pkg = await ctx.gateway.describeModelPackage(arn);
            if (pkg.approvalStatus === 'Rejected')
                throw rejected(pkg);
            const done = pkg.approvalStatus === 'Approved';
            if (first && !done)
                ctx.log.info(`Waiting for someone to approve ${arn} in the SageMaker Model Registry (now ${pkg.approvalStatus}).`);
            first = false;
            return { done, pkg };
        },
        nextPollMs: () => ctx.pollIntervalMs,
        progress: (last) => `still ${last?.pkg.approvalStatus ?? 'unknown'}`,
    });
    if (waited.ended === 'done')
        return waited.last.pkg;
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(`cancelled while waiting for a decision on ${arn}; nothing was changed`);
    throw new errors/* TimeoutError */.MU(`no decision on ${arn} in the Model Registry after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}`);
}
function rejected(pkg) {
    return new errors/* OutcomeError */.Rz(`model package ${pkg.arn} was Rejected in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ' (no reason given)'}`);
}

;// CONCATENATED MODULE: ./src/core/promotion/self-approval.ts

/** GitHub's own committer on web merges and squashes: not a person. */
const GITHUB_COMMITTERS = new Set(['web-flow']);
/** `12345+login@users.noreply.github.com` or `login@users.noreply.github.com`. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;
/** Every self person, each login once (the first reason found), in the order of the rules. */
function selfPeople(facts) {
    const found = new Map();
    const add = (login, why) => {
        if (!login || GITHUB_COMMITTERS.has(login.toLowerCase()))
            return;
        if (!found.has(login.toLowerCase()))
            found.set(login.toLowerCase(), { login, why });
    };
    add(facts.triggeringActor, 'triggered the run');
    add(facts.actor, 'triggered the run');
    add(facts.pullRequestAuthor, 'authored the pull request');
    add(facts.headCommitAuthor, 'authored the commit');
    const emails = emailLogins(facts.pullRequests.flatMap((pr) => pr.commits));
    for (const pr of facts.pullRequests) {
        if (pr.totalCommits > pr.commits.length) {
            throw new errors/* OutcomeError */.Rz(`pull request #${pr.number} has ${pr.totalCommits} commits and GitHub lists only the first ${pr.commits.length}: ` +
                'who wrote the others cannot be checked, so self-approval cannot be ruled out; approve this promotion ' +
                "from a smaller pull request, or set 'forbid-self-approval: false' if another control covers it");
        }
        add(pr.author, `authored pull request #${pr.number}`);
        for (const c of pr.commits) {
            const short = c.sha.slice(0, 7);
            add(c.author ?? emails.get(c.authorEmail?.toLowerCase() ?? ''), `authored ${short} in #${pr.number}`);
            add(c.committer ?? emails.get(c.committerEmail?.toLowerCase() ?? ''), `committed ${short} in #${pr.number}`);
        }
    }
    return [...found.values()];
}
/**
 * Git emails that can be tied to a GitHub account: GitHub's noreply addresses, and any email
 * GitHub itself linked to an account on another of these commits.
 */
function emailLogins(commits) {
    const map = new Map();
    for (const c of commits) {
        for (const [email, login] of [
            [c.authorEmail, c.author],
            [c.committerEmail, c.committer],
        ]) {
            if (!email)
                continue;
            const noreply = NOREPLY.exec(email)?.[1];
            const who = login ?? noreply;
            if (who && !map.has(email.toLowerCase()))
                map.set(email.toLowerCase(), who);
        }
    }
    return map;
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/approvals.ts


/** GitHub lists at most 250 commits of a pull request. */
const LISTED_COMMITS = 250;
const approvals_status = (err) => err?.status;
function gitHubApprovals(ctx) {
    const octokit = (0,github_octokit/* lazyOctokit */.K)(ctx);
    return {
        async runApprovals(owner, repo, runId) {
            const { data } = await (await octokit()).request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
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
                const { data } = await (await octokit()).request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
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
        async commitPullRequests(owner, repo, sha) {
            const pulls = await lookup(`the pull requests of commit ${sha}`, async () => (await octokit()).paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
                owner,
                repo,
                commit_sha: sha,
                per_page: 100,
            }));
            const result = [];
            for (const pr of pulls)
                result.push(await this.pullRequest(owner, repo, pr.number, pr.user?.login));
            return result;
        },
        async pullRequest(owner, repo, number, author) {
            const commits = await lookup(`the commits of pull request #${number}`, async () => (await octokit()).paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
                owner,
                repo,
                pull_number: number,
                per_page: 100,
            }));
            // A full list may be cut short: the pull request itself says how many commits it has.
            const totalCommits = commits.length >= LISTED_COMMITS
                ? (await lookup(`pull request #${number}`, async () => (await octokit()).request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                    owner,
                    repo,
                    pull_number: number,
                }))).data.commits
                : commits.length;
            return {
                number,
                ...(author ? { author } : {}),
                totalCommits,
                commits: commits.map((c) => ({
                    sha: c.sha,
                    ...(c.author?.login ? { author: c.author.login } : {}),
                    ...(c.committer?.login ? { committer: c.committer.login } : {}),
                    ...(c.commit.author?.email ? { authorEmail: c.commit.author.email } : {}),
                    ...(c.commit.committer?.email ? { committerEmail: c.commit.committer.email } : {}),
                })),
            };
        },
        async commitAuthor(owner, repo, sha) {
            try {
                const { data } = await (await octokit()).request('GET /repos/{owner}/{repo}/commits/{ref}', {
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
/**
 * Who wrote a change must be known to rule out self-approval: a failed lookup fails the approval
 * (closed), naming the permission the job's token needs.
 */
async function lookup(what, call) {
    try {
        return await call();
    }
    catch (err) {
        const code = approvals_status(err);
        if (code === 401 || code === 403 || code === 404) {
            throw new errors/* UserError */.yo(`cannot read ${what} (HTTP ${code}) to rule out self-approval: give the job ` +
                "'permissions: pull-requests: read' (and contents: read), or set 'forbid-self-approval: false'");
        }
        throw err;
    }
}

// EXTERNAL MODULE: ./src/commands/approve-promotion/spec.ts + 1 modules
var spec = __webpack_require__(315);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/commands/approve-promotion/run.ts











const REGISTRY_POLL_MS = 30_000;
async function run({ host, inputs, checked, aws: awsInputs }) {
    const source = inputs['approval-source'];
    const packageArn = inputs['model-package-arn'];
    const { pipeline, registryPackage } = checked;
    const aws = (0,aws_options/* awsFor */.B)(host, awsInputs, spec.spec.action);
    const sagemaker = () => (0,sagemaker_promotion/* sagemakerPromotionGateway */.IY)(aws);
    const codepipeline = () => codePipelineApprovals(aws);
    let approvedBy = [];
    let verdict;
    if (source === 'github-environment') {
        const approvers = inputs.approvers ?? [];
        const minApprovals = inputs['min-approvals'];
        const forbidSelf = inputs['forbid-self-approval'];
        const token = inputs['github-token'] ?? '';
        const [owner, repo] = (host.run.repository ?? '').split('/');
        const runId = Number(host.run.runId);
        if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
            throw new errors/* InputError */.dz('approval-source', "github-environment needs a GitHub workflow run (GITHUB_REPOSITORY, GITHUB_RUN_ID); elsewhere use 'model-registry'");
        }
        const github = gitHubApprovals({ token, env: host.env, log: host });
        const reviews = await github.runApprovals(owner, repo, runId);
        // Who wrote the change is looked up only when it matters: self-approval forbidden, someone approved.
        const self = forbidSelf && reviews.some((r) => r.state === 'approved')
            ? await whoIsSelf(host, github, owner, repo)
            : [];
        const environment = inputs.environment;
        verdict = await (0,approval/* evaluateApprovals */.EQ)(reviews, {
            approvers,
            minApprovals,
            forbidSelfApproval: forbidSelf,
            self,
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
                const description = (0,approval/* auditDescription */.gy)({
                    approvedBy,
                    via: `${approval/* GITHUB_ENVIRONMENT_APPROVAL */.cS}${environment ? ` (${environment})` : ''}`,
                    ...(host.run.runUrl ? { runUrl: host.run.runUrl } : {}),
                    ...(host.run.repository ? { repository: host.run.repository } : {}),
                    ...(host.run.sha ? { commit: host.run.sha } : {}),
                });
                await gateway.updateModelPackageApproval(packageArn, 'Approved', description);
                host.info(`Set ${packageArn} Approved: ${description}`);
            }
        }
    }
    else if (registryPackage) {
        const timeoutMs = inputs.timeout;
        const pkg = await waitForRegistryDecision(registryPackage, {
            gateway: sagemaker(),
            clock: host.clock,
            log: host,
            signal: host.signal,
            isTransient: aws_transient/* isTransient */.d,
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
        host.info(`${registryPackage} was Approved in the Model Registry${pkg.approvalDescription ? `: ${pkg.approvalDescription}` : ''}.`);
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
/**
 * The self people of this run (see core/promotion/self-approval.ts): on push and workflow_dispatch
 * the pull requests the commit came from, on a pull_request event that pull request.
 */
async function whoIsSelf(host, github, owner, repo) {
    const { sha, eventName, pullRequest } = host.run;
    const pullRequests = pullRequest?.number
        ? [await github.pullRequest(owner, repo, pullRequest.number, pullRequest.author)]
        : sha && (eventName === 'push' || eventName === 'workflow_dispatch')
            ? await github.commitPullRequests(owner, repo, sha)
            : [];
    return selfPeople({
        ...(host.run.actor ? { actor: host.run.actor } : {}),
        ...(host.run.triggeringActor ? { triggeringActor: host.run.triggeringActor } : {}),
        ...(pullRequest?.author ? { pullRequestAuthor: pullRequest.author } : {}),
        ...(sha ? { headCommitAuthor: await github.commitAuthor(owner, repo, sha) } : {}),
        pullRequests,
    });
}
async function answerPipeline(host, codepipeline, target, status, summary) {
    const token = (0,approval/* pendingApprovalToken */.G_)(target.pipeline, target.stage, target.action, await codepipeline.actionStates(target.pipeline));
    await codepipeline.putApprovalResult({ ...target, token, status, summary: (0,approval/* approvalSummary */.C3)(summary) });
    host.info(`Answered ${status} to CodePipeline ${target.pipeline} ${target.stage}/${target.action}.`);
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ lazyOctokit)
/* harmony export */ });
/* unused harmony export createOctokit */
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
/** The client, made on first use (Octokit loads only when a step really calls GitHub). */
function lazyOctokit(ctx) {
    let client;
    return () => (client ??= createOctokit(ctx.token, ctx.env, ctx.log));
}


/***/ })

};
