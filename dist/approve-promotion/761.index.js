export const id = 761;
export const ids = [761];
export const modules = {

/***/ 7761:
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
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/aws/errors.ts

/** API operations whose IAM action has another name; null: no permission needed. */
const IAM_NAME = {
    's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
    's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
    's3:HeadObject': 's3:GetObject',
    's3:ListObjectsV2': 's3:ListBucket',
    's3:HeadBucket': 's3:ListBucket',
    'sts:GetCallerIdentity': null,
    'sts:AssumeRoleWithWebIdentity': null,
};
/** The IAM action that authorises an API operation (null when none is needed). */
function iamPermission(prefix, operation) {
    const api = `${prefix}:${operation}`;
    return api in IAM_NAME ? IAM_NAME[api] : api;
}
/** The step's role lacks a permission (or an explicit deny blocks it). */
class AccessDeniedError extends errors/* UserError */.yo {
    permission;
    name = 'AccessDeniedError';
    constructor(message, permission) {
        super(message, 1);
        this.permission = permission;
    }
}
/** No region or no credentials: AWS cannot be called at all (offline work can go on without it). */
class AwsNotConfiguredError extends errors/* UserError */.yo {
    name = 'AwsNotConfiguredError';
}
/** The credentials' session ran out (a wait outlived configure-aws-credentials' role session). */
class ExpiredSessionError extends errors/* UserError */.yo {
    name = 'ExpiredSessionError';
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'AuthorizationErrorException',
]);
function isExpiredSession(err) {
    const e = err;
    return Boolean(e?.name && EXPIRED.has(e.name));
}
function isAccessDenied(err) {
    const e = err;
    if (!e?.name)
        return false;
    // S3 answers a denied HEAD with a bare 403 (no body to name the error).
    return DENIED.has(e.name) || (e.name === 'Forbidden' && e.$metadata?.httpStatusCode === 403);
}
/** The error the user sees for `err` from `operation`, in a step of `action`. */
function applyErrorPolicy(err, operation, action) {
    if (err instanceof errors/* UserError */.yo || !err || typeof err !== 'object')
        return err;
    const e = err;
    const text = e.message ?? '';
    if (isExpiredSession(err)) {
        return new ExpiredSessionError(`the AWS session expired (${e.name} on ${operation.name}): lengthen it with 'role-duration-seconds' ` +
            "(of aws-actions/configure-aws-credentials, or of this step with 'role-to-assume'), or set " +
            "'role-to-assume' so the step refreshes its own credentials");
    }
    if (isAccessDenied(err)) {
        if (operation.prefix === 'sts' && operation.name === 'AssumeRoleWithWebIdentity') {
            return new AccessDeniedError(`'role-to-assume' cannot be assumed by this job (${e.name}: ${text}); its trust policy must trust ` +
                "GitHub's OIDC provider for this repository ('sagemaker-cicd init' writes one)", 'sts:AssumeRoleWithWebIdentity');
        }
        const named = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)/i.exec(text)?.[1];
        const permission = named ?? iamPermission(operation.prefix, operation.name) ?? operation.name;
        const who = /^User: (\S+)/.exec(text)?.[1];
        const deny = /explicit deny/i.test(text)
            ? ' (an explicit deny blocks it: a service control policy, permissions boundary or resource policy)'
            : '';
        return new AccessDeniedError(`access denied: ${who ?? "the step's AWS role"} may not call ${permission}${deny}; ` +
            `grant the policy that 'sagemaker-cicd iam-policy ${action}' prints`, permission);
    }
    if (e.name === 'CredentialsProviderError') {
        return new AwsNotConfiguredError('no AWS credentials: run aws-actions/configure-aws-credentials before this step, ' +
            "or set 'role-to-assume' (in CodeBuild, the project's service role provides them)");
    }
    if (e.name === 'InvalidClientTokenId' || e.name === 'UnrecognizedClientException') {
        return new errors/* UserError */.yo(`AWS did not accept the credentials (${e.name} on ${operation.name}: ${text}); ` +
            "check the role set by aws-actions/configure-aws-credentials or 'role-to-assume'");
    }
    return err;
}

;// CONCATENATED MODULE: ./src/aws/clients.ts



/** Each service's IAM prefix, for naming the permission an AccessDenied lacks. */
const IAM_PREFIX = {
    SAGEMAKER: 'sagemaker',
    CODEBUILD: 'codebuild',
    CODEPIPELINE: 'codepipeline',
    CLOUDWATCH: 'cloudwatch',
    CLOUDWATCH_LOGS: 'logs',
    EVENTBRIDGE: 'events',
    S3: 's3',
    SFN: 'states',
    STS: 'sts',
};
function resolveRegion(env, explicit) {
    const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new AwsNotConfiguredError("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
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
 * names the toolkit, and the default credential chain unless the context brings its own.
 */
function clientConfig(ctx, service) {
    const endpoint = resolveEndpoint(ctx.env, service);
    return {
        region: async () => resolveRegion(ctx.env, ctx.region),
        ...(endpoint ? { endpoint } : {}),
        // A custom endpoint (a local S3 stand-in) rarely resolves bucket subdomains.
        ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: [['sagemaker-cicd', VERSION]],
        requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
        ...(ctx.credentials ? { credentials: ctx.credentials } : {}),
    };
}
/**
 * A client made on its first use (a step that fails on its inputs, or a dry run that needs no
 * AWS, never builds one), with the toolkit's error policy around every call it sends.
 */
function lazyClient(ctx, service, make) {
    let client;
    return () => {
        if (client)
            return client;
        client = make(clientConfig(ctx, service));
        withErrorPolicy(client, service, ctx.action);
        return client;
    };
}
/**
 * Wraps every call (after the SDK's own retries) so an expired session, a denied permission or
 * missing credentials become one line the user can act on; other errors pass through unchanged.
 */
function withErrorPolicy(client, service, action) {
    client.middlewareStack.add((next, context) => async (args) => {
        const operation = {
            prefix: IAM_PREFIX[service],
            name: String(context.commandName ?? '').replace(/Command$/, ''),
        };
        try {
            return await next(args);
        }
        catch (err) {
            throw applyErrorPolicy(err, operation, action);
        }
    }, { step: 'initialize', name: 'sagemakerCicdErrorPolicy', priority: 'high' });
}

;// CONCATENATED MODULE: ./src/aws/codepipeline-approvals.ts


function codePipelineApprovals(ctx) {
    const client = lazyClient(ctx, 'CODEPIPELINE', (config) => new dist_cjs/* CodePipelineClient */.pEs(config));
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
;// CONCATENATED MODULE: ./src/aws/sagemaker-promotion.ts


/** SageMaker answers a Describe* of a missing resource with a ValidationException "Could not find ...". */
function isNotFound(err) {
    const e = err;
    return ((e?.name === 'ValidationException' || e?.name === 'ResourceNotFound') &&
        /could not find|not found|does not exist/i.test(e.message ?? ''));
}
/** A Describe* call's answer, or undefined for a resource that does not exist. */
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
function sagemakerPromotionGateway(ctx) {
    const client = lazyClient(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeModelPackage(arn) {
            const out = await client().send(new client_sagemaker_dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: arn }));
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
            await client().send(new client_sagemaker_dist_cjs/* UpdateModelPackageCommand */.CCy({
                ModelPackageArn: arn,
                ModelApprovalStatus: status,
                ApprovalDescription: description,
            }));
        },
        async modelExists(name) {
            return Boolean(await orUndefined(client().send(new client_sagemaker_dist_cjs/* DescribeModelCommand */.utY({ ModelName: name }))));
        },
        async createModel(name, packageArn, roleArn) {
            await client().send(new client_sagemaker_dist_cjs/* CreateModelCommand */.TIE({
                ModelName: name,
                ExecutionRoleArn: roleArn,
                PrimaryContainer: { ModelPackageName: packageArn },
            }));
        },
        async endpointConfigExists(name) {
            return Boolean(await orUndefined(client().send(new client_sagemaker_dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: name }))));
        },
        async endpointConfigCreationTime(name) {
            const out = await orUndefined(client().send(new client_sagemaker_dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: name })));
            return out?.CreationTime?.getTime();
        },
        async createEndpointConfig(req) {
            const s = req.serverless;
            const a = req.async;
            await client().send(new client_sagemaker_dist_cjs/* CreateEndpointConfigCommand */.dH8({
                EndpointConfigName: req.name,
                ProductionVariants: [
                    {
                        VariantName: 'AllTraffic',
                        ModelName: req.modelName,
                        ...(s
                            ? {
                                ServerlessConfig: {
                                    MemorySizeInMB: s.memoryMb,
                                    MaxConcurrency: s.maxConcurrency,
                                    ...(s.provisionedConcurrency
                                        ? { ProvisionedConcurrency: s.provisionedConcurrency }
                                        : {}),
                                },
                            }
                            : { InstanceType: req.instanceType, InitialInstanceCount: req.instanceCount }),
                        InitialVariantWeight: 1,
                    },
                ],
                ...(a
                    ? {
                        AsyncInferenceConfig: {
                            OutputConfig: {
                                S3OutputPath: a.outputS3Uri,
                                ...(a.failureS3Uri ? { S3FailurePath: a.failureS3Uri } : {}),
                                ...(a.successTopic || a.errorTopic
                                    ? {
                                        NotificationConfig: {
                                            ...(a.successTopic ? { SuccessTopic: a.successTopic } : {}),
                                            ...(a.errorTopic ? { ErrorTopic: a.errorTopic } : {}),
                                        },
                                    }
                                    : {}),
                            },
                            ...(a.maxConcurrentInvocationsPerInstance
                                ? {
                                    ClientConfig: {
                                        MaxConcurrentInvocationsPerInstance: a.maxConcurrentInvocationsPerInstance,
                                    },
                                }
                                : {}),
                        },
                    }
                    : {}),
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
            const out = await orUndefined(client().send(new client_sagemaker_dist_cjs/* DescribeEndpointCommand */.CX3({ EndpointName: name })));
            if (!out)
                return undefined;
            return {
                arn: out.EndpointArn ?? '',
                name: out.EndpointName ?? name,
                status: out.EndpointStatus ?? 'Unknown',
                configName: out.EndpointConfigName ?? '',
                ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
                ...(out.ProductionVariants?.length
                    ? { variantNames: out.ProductionVariants.map((v) => v.VariantName ?? '') }
                    : {}),
                ...(out.PendingDeploymentSummary?.EndpointConfigName
                    ? { pendingConfigName: out.PendingDeploymentSummary.EndpointConfigName }
                    : {}),
            };
        },
        async createEndpoint(name, configName) {
            const out = await client().send(new client_sagemaker_dist_cjs/* CreateEndpointCommand */.fRi({ EndpointName: name, EndpointConfigName: configName }));
            return out.EndpointArn ?? '';
        },
        async updateEndpoint(name, configName, deploymentConfig) {
            const out = await client().send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({
                EndpointName: name,
                EndpointConfigName: configName,
                ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
            }));
            return out.EndpointArn ?? '';
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/transient.ts

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
    'PriorRequestNotComplete',
    'EC2ThrottledException',
]);
const SERVER = new Set([
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'InternalServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
]);
const NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
]);
function isTransient(err) {
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    if (e.name && (THROTTLING.has(e.name) || SERVER.has(e.name)))
        return true;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return true;
    if (e.code && NETWORK.has(e.code))
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (e.$retryable)
        return true;
    return false;
}
/**
 * Sends an SDK call for a pipeline wait: a transient error (after the SDK's own retries) becomes
 * the domain's TransientError, keeping AWS's name and words, so a step that gives up shows them.
 */
async function sendForWait(fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (!isTransient(err))
            throw err;
        const transient = new TransientError(err.message);
        transient.name = err.name;
        throw transient;
    }
}

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
;// CONCATENATED MODULE: ./src/core/wait/engine.ts


/** A long wait is never silent: a line about every 5 minutes while nothing changes. */
const HEARTBEAT_MS = 5 * 60_000;
/** How soon a terminal status is read again when its settling read failed transiently. */
const SETTLE_RETRY_MS = 2_000;
/**
 * The one wait loop: polls on the spec's schedule until the work is done, the time is up or the
 * signal aborts (a sleep or a read in flight ends at once, so the caller's stop request follows
 * within moments). Transient errors are logged in debug and polled through; a terminal status is
 * settled by a final read; a heartbeat says what still runs while nothing changes. Stopping the
 * remote work on cancel or timeout is the caller's business: it knows what to stop and how.
 */
async function runWait(spec) {
    const { clock, log, signal } = spec;
    const heartbeatMs = spec.heartbeatMs ?? HEARTBEAT_MS;
    const start = clock.now();
    const deadline = start + spec.timeoutMs;
    let last;
    let news = start;
    let polls = 0;
    let transientErrors = 0;
    const outcome = (ended) => {
        if (transientErrors)
            log.debug(`${transientErrors} transient errors were polled through`);
        return { ended, ...(last ? { last } : {}), polls, transientErrors };
    };
    for (;;) {
        if (signal?.aborted)
            return outcome('cancelled');
        let failed = false;
        let settling = false;
        try {
            polls++;
            let seen = await spec.poll();
            if (seen.changed)
                news = clock.now();
            if (seen.done && spec.settle) {
                settling = true;
                seen = await spec.settle(seen);
            }
            last = seen;
            if (seen.done)
                return outcome('done');
        }
        catch (err) {
            // A read abandoned by a cancel is no error: the caller stops the work.
            if (signal?.aborted)
                return outcome('cancelled');
            if (!spec.isTransient(err))
                throw err;
            failed = true;
            transientErrors++;
            log.debug(`${spec.what}: ${(0,errors/* errorMessage */.gJ)(err)} (transient, polling again)`);
        }
        const now = clock.now();
        if (now >= deadline)
            return outcome('timeout');
        if (now - news >= heartbeatMs) {
            news = now;
            const doing = spec.progress?.(last);
            log.info(`Still waiting for ${spec.what}${doing ? `: ${doing}` : ''} (${(0,inputs/* formatDuration */.a3)(now - start)} so far)`);
        }
        const interval = failed && settling ? SETTLE_RETRY_MS : spec.nextPollMs(now, last);
        await clock.sleep(Math.max(0, Math.min(interval, deadline - now)), signal);
    }
}
/**
 * Reads a timing hint (the previous run of the same thing). A hint never fails a wait, whatever
 * the error (a permission the role lacks included): the wait then polls without a prediction.
 */
async function timingHint(log, what, read) {
    try {
        return await read();
    }
    catch (err) {
        log.debug(`no ${what} to predict from (${errorMessage(err)}); polling without it`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/promotion/registry.ts



/** Waits for a person to approve or reject the package in SageMaker; Rejected fails with its reason. */
async function waitForRegistryDecision(arn, ctx) {
    let first = true;
    const waited = await runWait({
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

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts


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
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The client, made on first use (Octokit loads only when a step really calls GitHub). */
function lazyOctokit(ctx) {
    let client;
    return () => (client ??= createOctokit(ctx.token, ctx.env, ctx.log));
}

;// CONCATENATED MODULE: ./src/github/approvals.ts


/** GitHub lists at most 250 commits of a pull request. */
const LISTED_COMMITS = 250;
const approvals_status = (err) => err?.status;
function gitHubApprovals(ctx) {
    const octokit = lazyOctokit(ctx);
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

// EXTERNAL MODULE: ./src/commands/approve-promotion/spec.ts + 3 modules
var spec = __webpack_require__(5601);
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
            ...clientConfig({ env, action: options.action, region: options.region }, 'STS'),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
        withErrorPolicy(sts, 'STS', options.action);
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

;// CONCATENATED MODULE: ./src/aws/context.ts

function awsContext(host, action, inputs) {
    const { region, roleToAssume } = inputs;
    if (!roleToAssume)
        return { env: host.env, action, ...(region ? { region } : {}) };
    // RoleSessionName: 2-64 characters of [\w+=,.@-]; the run id ties CloudTrail entries to the run.
    const sessionName = `sagemaker-cicd-${host.run.runId ?? 'local'}-${host.run.runAttempt ?? '1'}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    return {
        env: host.env,
        action,
        ...(region ? { region } : {}),
        credentials: oidcRoleCredentials({
            roleArn: roleToAssume,
            durationSeconds: inputs.roleDurationSeconds ?? 3600,
            sessionName,
            region,
            action,
            env: host.env,
            log: host,
            mask: (v) => host.mask(v),
        }),
    };
}

;// CONCATENATED MODULE: ./src/commands/aws-options.ts

/**
 * What the gateways build their clients from: the host's environment and the (parsed) AWS inputs;
 * `action` names the policy an AccessDenied points to (`sagemaker-cicd iam-policy <action>`).
 */
function awsFor(host, aws, action) {
    return awsContext(host, action, {
        region: aws['aws-region'],
        roleToAssume: aws['role-to-assume'],
        roleDurationSeconds: Math.round(aws['role-duration-seconds'] / 1000),
    });
}

;// CONCATENATED MODULE: ./src/commands/approve-promotion/run.ts











const REGISTRY_POLL_MS = 30_000;
async function run({ host, inputs, checked, aws: awsInputs }) {
    const source = inputs['approval-source'];
    const packageArn = inputs['model-package-arn'];
    const { pipeline, registryPackage } = checked;
    const aws = awsFor(host, awsInputs, spec/* spec */.I.action);
    const sagemaker = () => sagemakerPromotionGateway(aws);
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
            isTransient: isTransient,
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


/***/ })

};
