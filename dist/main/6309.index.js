export const id = 6309;
export const ids = [6309];
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
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
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
    const { getOctokit } = await __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 1758));
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
