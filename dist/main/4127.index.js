export const id = 4127;
export const ids = [4127];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ clientConfig),
  qW: () => (/* binding */ lazyClient),
  pj: () => (/* binding */ withErrorPolicy)
});

// UNUSED EXPORTS: IAM_PREFIX, resolveEndpoint, resolveRegion

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
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
        throw new errors/* AwsNotConfiguredError */.B1("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
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
        requestHandler: new dist_cjs.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
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
            throw (0,errors/* applyErrorPolicy */.Fi)(err, operation, action);
        }
    }, { step: 'initialize', name: 'sagemakerCicdErrorPolicy', priority: 'high' });
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ AwsNotConfiguredError),
/* harmony export */   Fi: () => (/* binding */ applyErrorPolicy),
/* harmony export */   Uk: () => (/* binding */ AccessDeniedError)
/* harmony export */ });
/* unused harmony exports IAM_NAME, iamPermission, ExpiredSessionError, isExpiredSession, isAccessDenied */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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
class AccessDeniedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    permission;
    name = 'AccessDeniedError';
    constructor(message, permission) {
        super(message, 1);
        this.permission = permission;
    }
}
/** No region or no credentials: AWS cannot be called at all (offline work can go on without it). */
class AwsNotConfiguredError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'AwsNotConfiguredError';
}
/** The credentials' session ran out (a wait outlived configure-aws-credentials' role session). */
class ExpiredSessionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || !err || typeof err !== 'object')
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`AWS did not accept the credentials (${e.name} on ${operation.name}: ${text}); ` +
            "check the role set by aws-actions/configure-aws-credentials or 'role-to-assume'");
    }
    return err;
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ awsFor)
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
        const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 1695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        // AssumeRoleWithWebIdentity is unsigned: the STS client needs no credentials of its own.
        const sts = new STSClient({
            ...(0,clients/* clientConfig */.yO)({ env, action: options.action, region: options.region }, 'STS'),
            credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
        });
        (0,clients/* withErrorPolicy */.pj)(sts, 'STS', options.action);
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


/***/ }),

/***/ 4745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics/report.ts
var report = __webpack_require__(4695);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/model-registry.ts






/** The model registry and S3, as the metrics report reads them. */
function modelRegistry(ctx) {
    // Made on first use: a report from local files never needs AWS (nor a region or credentials).
    const sagemaker = (0,clients/* lazyClient */.qW)(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    const s3 = (0,clients/* lazyClient */.qW)(ctx, 'S3', (config) => new dist_cjs/* S3Client */.YxF(config));
    return {
        async describePackage(arn) {
            try {
                const p = await sagemaker().send(new client_sagemaker_dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: arn }));
                return {
                    arn: p.ModelPackageArn ?? arn,
                    group: p.ModelPackageGroupName,
                    version: p.ModelPackageVersion,
                    approvalStatus: p.ModelApprovalStatus,
                    statisticsUri: p.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
                };
            }
            catch (err) {
                if (err.name === 'ValidationException' ||
                    err.name === 'ResourceNotFound') {
                    throw new errors/* UserError */.yo(`model package ${arn} was not found: ${err.message}`, 1);
                }
                throw err;
            }
        },
        async latestApproved(group, except) {
            // Two are enough: the newest may be the candidate itself (approved before this report ran).
            const page = await sagemaker().send(new client_sagemaker_dist_cjs/* ListModelPackagesCommand */.MTG({
                ModelPackageGroupName: group,
                ModelApprovalStatus: 'Approved',
                ModelPackageType: 'Versioned',
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: 2,
            }));
            const found = (page.ModelPackageSummaryList ?? []).find((p) => p.ModelPackageArn && p.ModelPackageArn !== except);
            return found?.ModelPackageArn ? this.describePackage(found.ModelPackageArn) : undefined;
        },
        async registeredPackages(executionArn) {
            const out = [];
            let NextToken;
            do {
                const page = await sagemaker().send(new client_sagemaker_dist_cjs/* ListPipelineExecutionStepsCommand */.BTz({
                    PipelineExecutionArn: executionArn,
                    MaxResults: 100,
                    NextToken,
                }));
                for (const step of page.PipelineExecutionSteps ?? []) {
                    const arn = step.Metadata?.RegisterModel?.Arn;
                    if (arn)
                        out.push({ stepName: step.StepName ?? '', stepStatus: step.StepStatus ?? '', arn });
                }
                NextToken = page.NextToken;
            } while (NextToken);
            return out;
        },
        async getObject(bucket, key, uri) {
            try {
                const object = await s3().send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
                return (await object.Body?.transformToString('utf-8')) ?? '';
            }
            catch (err) {
                const name = err.name;
                if (name === 'NoSuchKey' || name === 'NotFound')
                    throw new report/* ReportError */.$(uri, 'does not exist (NoSuchKey)');
                if (name === 'NoSuchBucket')
                    throw new report/* ReportError */.$(uri, 'does not exist (NoSuchBucket)');
                if (err instanceof aws_errors/* AccessDeniedError */.Uk)
                    throw new report/* ReportError */.$(uri, `cannot be read: ${err.message}`);
                throw err;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/core/metrics/annotations.ts
/**
 * One failure annotation per failed threshold, on the line of `file` where the threshold is
 * written (found by its text; line 1 when the file cannot be read or does not hold it).
 */
function thresholdAnnotations(failed, path, fileText) {
    const lines = fileText?.split('\n') ?? [];
    return failed.map((o) => {
        const index = lines.findIndex((l) => l.includes(o.threshold.text));
        const line = index >= 0 ? index + 1 : 1;
        return {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: `Threshold failed: ${o.threshold.text}`,
            message: o.reason ?? `${o.threshold.text} failed`,
        };
    });
}
/** The workflow file's path in the repository, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
function workflowPath(workflowRef, repository) {
    if (!workflowRef || !repository)
        return undefined;
    const prefix = `${repository}/`;
    if (!workflowRef.startsWith(prefix))
        return undefined;
    const at = workflowRef.lastIndexOf('@');
    return workflowRef.slice(prefix.length, at > 0 ? at : undefined) || undefined;
}

// EXTERNAL MODULE: ./src/core/metrics/compare.ts + 1 modules
var compare = __webpack_require__(6113);
// EXTERNAL MODULE: ./src/core/metrics/render.ts
var render = __webpack_require__(621);
// EXTERNAL MODULE: ./src/core/metrics/sources.ts
var sources = __webpack_require__(983);
// EXTERNAL MODULE: ./src/commands/report-metrics/spec.ts + 1 modules
var spec = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/github-report.ts + 3 modules
var github_report = __webpack_require__(2403);
;// CONCATENATED MODULE: ./src/commands/report-metrics/run.ts












async function run({ host, inputs, checked, aws: awsInputs }) {
    const { candidate: candidateSource, baseline: baselineSource, directions } = checked;
    const group = inputs['model-package-group'];
    const thresholds = inputs.thresholds ?? [];
    const checkName = inputs['check-name'];
    const requireReport = inputs['require-report'];
    const failOnThreshold = inputs['fail-on-threshold'];
    const prInput = inputs['pull-request'];
    const commit = inputs.commit;
    const repository = inputs.repository ?? host.run.repository;
    const token = inputs['github-token'] ?? '';
    const aws = modelRegistry((0,aws_options/* awsFor */.B)(host, awsInputs, spec.spec.action));
    const files = workspaceReader(host.run.workspace);
    // The candidate.
    let candidatePackage;
    let candidate;
    let candidateLabel;
    if (candidateSource.kind === 'report') {
        candidate = await (0,sources/* readReport */.tL)(candidateSource.location, aws, files);
        candidateLabel = (0,sources/* locationText */.fN)(candidateSource.location);
    }
    else {
        const arn = candidateSource.kind === 'package'
            ? candidateSource.arn
            : await (0,sources/* executionPackage */.$s)(candidateSource.arn, aws);
        candidatePackage = await aws.describePackage(arn);
        host.setOutput('model-package-arn', candidatePackage.arn);
        const metrics = await (0,sources/* packageMetrics */.gD)(candidatePackage, aws, files);
        if (!metrics) {
            throw new errors/* UserError */.yo(`model package ${candidatePackage.arn} has no model-quality report (ModelMetrics.ModelQuality.Statistics); ` +
                "register it with model metrics, or give the report as 'evaluation-report'", 1);
        }
        candidate = metrics;
        candidateLabel = candidatePackage.arn;
    }
    host.setOutput('metrics', candidate);
    // The baseline.
    const ctx = { name: checkName, candidate: candidateLabel };
    let baseline;
    if (baselineSource.kind === 'none') {
        ctx.noBaselineReason = 'baseline: none';
    }
    else if (baselineSource.kind === 'report') {
        baseline = await (0,sources/* readReport */.tL)(baselineSource.location, aws, files);
        ctx.baseline = (0,sources/* locationText */.fN)(baselineSource.location);
    }
    else {
        const groupOfCandidate = group ?? candidatePackage?.group;
        let info;
        if (baselineSource.kind === 'package')
            info = await aws.describePackage(baselineSource.arn);
        else if (groupOfCandidate)
            info = await aws.latestApproved(groupOfCandidate, candidatePackage?.arn);
        else
            ctx.noBaselineReason = "no 'model-package-group' to find the approved model in";
        if (info) {
            host.setOutput('baseline-model-package-arn', info.arn);
            baseline = (await (0,sources/* packageMetrics */.gD)(info, aws, files)) ?? {};
            ctx.baseline = info.arn;
            if (baselineSource.kind === 'approved')
                ctx.baselineNote = `latest Approved in ${groupOfCandidate}`;
            if (!info.statisticsUri)
                host.warning(`baseline model package ${info.arn} has no model-quality report; comparing with nothing`);
        }
        else if (groupOfCandidate) {
            ctx.noBaselineReason = `no Approved model package in group ${groupOfCandidate} yet: this is the first model`;
        }
    }
    host.setOutput('baseline-metrics', baseline ?? '');
    const comparison = (0,compare/* compareMetrics */.f)({ candidate, baseline, thresholds, directions });
    host.setOutput('passed', comparison.failed.length === 0);
    host.setOutput('failed-thresholds', comparison.failed.map((o) => o.threshold.text));
    host.info((0,render/* headline */.Pl)(checkName, comparison));
    for (const o of comparison.failed)
        host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);
    const summary = (0,render/* renderReport */.B1)(ctx, comparison);
    await host.appendSummary(summary);
    if (inputs.format === 'markdown')
        host.print(summary);
    // GitHub: check run and pull request comment.
    await (0,github_report/* postToGitHub */.H)(host, {
        token,
        repository,
        sha: commit,
        pullRequest: prInput ?? host.run.pullRequest?.number,
        name: checkName,
        conclusion: comparison.conclusion,
        title: (0,render/* headline */.Pl)(checkName, comparison),
        summary,
        comment: (prefix, footer) => (0,render/* renderReport */.B1)(ctx, comparison, { prefix, footer }),
        annotations: async () => {
            const path = workflowPath(host.env.GITHUB_WORKFLOW_REF, repository);
            if (!path)
                return [];
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(host.run.workspace, path), 'utf8').catch(() => undefined);
            return thresholdAnnotations(comparison.failed, path, text);
        },
        requireReport,
    });
    if (comparison.failed.length && failOnThreshold) {
        throw new errors/* OutcomeError */.Rz(`${comparison.failed.length} threshold${comparison.failed.length === 1 ? '' : 's'} failed: ` +
            comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '));
    }
}
/** Reads report files relative to the workspace, with a ReportError naming the file. */
function workspaceReader(workspace) {
    return async (path) => {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace, path), 'utf8');
        }
        catch (err) {
            const code = err.code;
            throw new report/* ReportError */.$(path, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`);
        }
    };
}


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ runScopedHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The identity behind an idempotency token: the same for the same step of the same run attempt
 * (and the same `parts`), new for a new attempt ("Re-run jobs"). A sha256 in hex; undefined
 * outside a CI run, where there is no run to be idempotent within.
 */
function runScopedHash(run, scope, parts) {
    if (!run.runId)
        return undefined;
    const key = [
        scope,
        run.repository ?? '',
        run.runId,
        run.runAttempt ?? '',
        run.job ?? '',
        run.step ?? '',
        ...parts,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex');
}


/***/ })

};
