export const id = 264;
export const ids = [264];
export const modules = {

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
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
    const client = lazyClient(ctx, 'SAGEMAKER', (config) => new dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeModelPackage(arn) {
            const out = await client().send(new dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: arn }));
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
            await client().send(new dist_cjs/* UpdateModelPackageCommand */.CCy({
                ModelPackageArn: arn,
                ModelApprovalStatus: status,
                ApprovalDescription: description,
            }));
        },
        async modelExists(name) {
            return Boolean(await orUndefined(client().send(new dist_cjs/* DescribeModelCommand */.utY({ ModelName: name }))));
        },
        async createModel(name, packageArn, roleArn) {
            await client().send(new dist_cjs/* CreateModelCommand */.TIE({
                ModelName: name,
                ExecutionRoleArn: roleArn,
                PrimaryContainer: { ModelPackageName: packageArn },
            }));
        },
        async endpointConfigExists(name) {
            return Boolean(await orUndefined(client().send(new dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: name }))));
        },
        async endpointConfigCreationTime(name) {
            const out = await orUndefined(client().send(new dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: name })));
            return out?.CreationTime?.getTime();
        },
        async createEndpointConfig(req) {
            const s = req.serverless;
            const a = req.async;
            await client().send(new dist_cjs/* CreateEndpointConfigCommand */.dH8({
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
            const out = await orUndefined(client().send(new dist_cjs/* DescribeEndpointCommand */.CX3({ EndpointName: name })));
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
            const out = await client().send(new dist_cjs/* CreateEndpointCommand */.fRi({ EndpointName: name, EndpointConfigName: configName }));
            return out.EndpointArn ?? '';
        },
        async updateEndpoint(name, configName, deploymentConfig) {
            const out = await client().send(new dist_cjs/* UpdateEndpointCommand */.sU7({
                EndpointName: name,
                EndpointConfigName: configName,
                ...(deploymentConfig ? { DeploymentConfig: deploymentConfig } : {}),
            }));
            return out.EndpointArn ?? '';
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/core/pipelines/gateway.ts
/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
const EXECUTION_STATUSES = (/* unused pure expression or super */ null && (['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded']));
/** The statuses after which an execution never changes again. */
const TERMINAL = (/* unused pure expression or super */ null && (['Stopped', 'Failed', 'Succeeded']));
function isTerminal(status) {
    return TERMINAL.includes(status);
}
/** `arn:...:pipeline/<name>/execution/<id>` → `<name>` (lower-cased by SageMaker in ARNs). */
function pipelineOfExecution(arn) {
    const m = /:pipeline\/([^/]+)\/execution\//.exec(arn);
    return m ? m[1] : '';
}
/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
class TransientError extends Error {
    name = 'TransientError';
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

;// CONCATENATED MODULE: ./src/aws/job-logs.ts



/** DescribeLogStreams' largest page. */
const STREAMS_PAGE = 50;
function jobLogReader(ctx) {
    const logs = lazyClient(ctx, 'CLOUDWATCH_LOGS', (config) => new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(config));
    return {
        async logStreams(group, prefix, options, limit = STREAMS_PAGE) {
            try {
                const page = await sendForWait(() => logs().send(new client_cloudwatch_logs_dist_cjs/* DescribeLogStreamsCommand */.w$R({ logGroupName: group, logStreamNamePrefix: prefix, limit }), abortable(options)));
                return (page.logStreams ?? [])
                    .filter((s) => s.logStreamName)
                    .map((s) => ({ name: s.logStreamName, lastEventTime: s.lastEventTimestamp }));
            }
            catch (err) {
                // The group exists only once the account's first job has logged.
                if (err.name === 'ResourceNotFoundException')
                    return [];
                throw err;
            }
        },
        async lastLogEvents(group, stream, limit, options) {
            const page = await sendForWait(() => logs().send(
            // Not from the head: the newest `limit` events, returned oldest first.
            new client_cloudwatch_logs_dist_cjs/* GetLogEventsCommand */.h7S({
                logGroupName: group,
                logStreamName: stream,
                startFromHead: false,
                limit,
            }), abortable(options)));
            return (page.events ?? []).map((e) => e.message ?? '');
        },
    };
}
function abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}

;// CONCATENATED MODULE: ./src/aws/sagemaker-transform.ts




/** Batch transform jobs, with the AWS SDK. */
function sagemakerTransformGateway(ctx) {
    const client = lazyClient(ctx, 'SAGEMAKER', (config) => new dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeTransformJob(name) {
            try {
                const out = await client().send(new dist_cjs/* DescribeTransformJobCommand */.E9g({ TransformJobName: name }));
                return {
                    name: out.TransformJobName ?? name,
                    arn: out.TransformJobArn ?? '',
                    status: out.TransformJobStatus ?? 'InProgress',
                    ...(out.FailureReason ? { failureReason: out.FailureReason } : {}),
                    ...(out.ModelName ? { modelName: out.ModelName } : {}),
                    ...(out.TransformOutput?.S3OutputPath ? { outputS3Uri: out.TransformOutput.S3OutputPath } : {}),
                    ...(out.CreationTime ? { creationTime: out.CreationTime.getTime() } : {}),
                    ...(out.TransformEndTime ? { endTime: out.TransformEndTime.getTime() } : {}),
                };
            }
            catch (err) {
                if (isNotFound(err))
                    return undefined;
                throw err;
            }
        },
        async createTransformJob(req) {
            const dp = req.dataProcessing;
            const out = await client().send(new dist_cjs/* CreateTransformJobCommand */.zmV({
                TransformJobName: req.name,
                ModelName: req.modelName,
                TransformInput: {
                    DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: req.input.s3Uri } },
                    ...(req.input.contentType ? { ContentType: req.input.contentType } : {}),
                    ...(req.input.splitType ? { SplitType: req.input.splitType } : {}),
                    ...(req.input.compressionType ? { CompressionType: req.input.compressionType } : {}),
                },
                TransformOutput: {
                    S3OutputPath: req.output.s3Uri,
                    ...(req.output.accept ? { Accept: req.output.accept } : {}),
                    ...(req.output.assembleWith ? { AssembleWith: req.output.assembleWith } : {}),
                },
                TransformResources: {
                    InstanceType: req.resources.instanceType,
                    InstanceCount: req.resources.instanceCount,
                },
                ...(req.batchStrategy ? { BatchStrategy: req.batchStrategy } : {}),
                ...(req.maxPayloadInMB !== undefined ? { MaxPayloadInMB: req.maxPayloadInMB } : {}),
                ...(req.maxConcurrentTransforms !== undefined
                    ? { MaxConcurrentTransforms: req.maxConcurrentTransforms }
                    : {}),
                ...(dp && (dp.joinSource || dp.inputFilter || dp.outputFilter)
                    ? {
                        DataProcessing: {
                            ...(dp.inputFilter ? { InputFilter: dp.inputFilter } : {}),
                            ...(dp.outputFilter ? { OutputFilter: dp.outputFilter } : {}),
                            ...(dp.joinSource ? { JoinSource: dp.joinSource } : {}),
                        },
                    }
                    : {}),
            }));
            return out.TransformJobArn ?? '';
        },
        async stopTransformJob(name) {
            await client().send(new dist_cjs/* StopTransformJobCommand */.Heu({ TransformJobName: name }));
        },
    };
}
/** The last lines of a job's first two log streams (`<job>/<instance>`, in name order). */
function jobLogGateway(ctx) {
    const logs = jobLogReader(ctx);
    return {
        async tail(group, prefix, lines) {
            const streams = await logs.logStreams(group, prefix, undefined, 5);
            const out = [];
            for (const s of streams.slice(0, 2)) {
                const messages = await logs.lastLogEvents(group, s.name, lines);
                out.push({
                    stream: s.name,
                    lines: messages.flatMap((m) => m.replace(/\r?\n$/, '').split(/\r?\n/)),
                });
            }
            return out;
        },
    };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/promotion/model.ts

/**
 * The SageMaker model for a deployment, made from the model package unless an earlier run made
 * it (the name carries the commit and settings, so a re-run finds its own model).
 */
async function ensureModel(gateway, log, name, packageArn, roleArn) {
    if (await gateway.modelExists(name)) {
        log.info(`Model ${name} exists (an earlier run made it); reusing it.`);
        return;
    }
    await gateway.createModel(name, packageArn, roleArn);
    log.info(`Created model ${name} from ${packageArn}.`);
}
/** Refuses, before any change, a model package that is not Approved and Completed. */
async function requireApproved(gateway, arn) {
    const pkg = await gateway.describeModelPackage(arn);
    if (pkg.approvalStatus !== 'Approved') {
        const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
        throw new OutcomeError(`model package ${arn} is ${pkg.approvalStatus}${why}, not Approved: approve it first (approve-promotion); nothing was deployed`);
    }
    if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
        throw new OutcomeError(`model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot be deployed`);
    }
}
/**
 * A package that can run at all: registered (Completed) and not Rejected. Serving production
 * traffic asks more (requireApproved); a shadow test or a batch job is how a pending one is judged.
 */
function refuseUnusable(pkg, arn) {
    if (pkg.approvalStatus === 'Rejected') {
        const why = pkg.approvalDescription ? ` (${pkg.approvalDescription})` : '';
        throw new errors/* OutcomeError */.Rz(`model package ${arn} is Rejected${why}: nothing was started`);
    }
    if (pkg.packageStatus && pkg.packageStatus !== 'Completed') {
        throw new errors/* OutcomeError */.Rz(`model package ${arn} is ${pkg.packageStatus}, not Completed: it cannot run yet; nothing was started`);
    }
}

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

;// CONCATENATED MODULE: ./src/core/wait/schedule.ts
const ADAPTIVE = {
    minMs: 2_000,
    /** Longest gap with a previous run to predict from, and without one. */
    maxMs: 60_000,
    maxWithoutHistoryMs: 30_000,
    ratio: 0.5,
    /**
     * Runs of the same thing vary: a predicted end is uncertain by this share of the time still to
     * go when it was predicted (from the start, or the latest part seen to start or end)...
     */
    endUncertainty: 0.05,
    /** ...and within that band around it, polls come at least this often. */
    bandMaxMs: 6_000,
};
/** The previous run as a template; only its total duration when it has no parts with times. */
function historyFrom(runStart, runEnd, segments) {
    const map = new Map();
    let last = 0;
    for (const s of segments) {
        if (s.startTime === undefined || s.endTime === undefined)
            continue;
        map.set(s.name, { start: s.startTime - runStart, end: s.endTime - runStart });
        last = Math.max(last, s.endTime - runStart);
    }
    const total = runEnd && runEnd > runStart ? Math.max(last, runEnd - runStart) : last;
    if (!total)
        return undefined;
    return { steps: map, totalMs: total };
}
/** How late a run is against the previous one, from the latest thing seen of it, and when that was. */
function driftOf(e, history) {
    let drift = 0;
    let latest = e.startTime;
    for (const s of e.steps) {
        const h = history.steps.get(s.name);
        if (!h)
            continue;
        if (s.startTime !== undefined && s.startTime > latest) {
            latest = s.startTime;
            drift = s.startTime - e.startTime - h.start;
        }
        if (s.endTime !== undefined && s.endTime > latest) {
            latest = s.endTime;
            drift = s.endTime - e.startTime - h.end;
        }
    }
    return { drift, latest };
}
/** The moments worth polling near, for runs still going. */
function predictedEvents(running, history) {
    const events = [];
    for (const e of running) {
        events.push(e.startTime);
        if (!history)
            continue;
        const { drift } = driftOf(e, history);
        const seen = new Set(e.steps.map((s) => s.name));
        for (const s of e.steps) {
            const h = history.steps.get(s.name);
            if (h && s.startTime !== undefined && s.endTime === undefined)
                events.push(s.startTime + (h.end - h.start));
        }
        for (const [name, h] of history.steps)
            if (!seen.has(name))
                events.push(e.startTime + h.end + drift);
        events.push(e.startTime + history.totalMs + drift);
    }
    return events;
}
/** The band around a run's predicted end where it may well end. */
function endBand(run, history) {
    const { drift, latest } = driftOf(run, history);
    const end = run.startTime + history.totalMs + drift;
    const margin = Math.max(0, end - latest) * ADAPTIVE.endUncertainty;
    return { from: end - margin, to: end + margin };
}
function nextInterval(now, events, withHistory) {
    const max = withHistory ? ADAPTIVE.maxMs : ADAPTIVE.maxWithoutHistoryMs;
    let distance = Infinity;
    for (const e of events)
        distance = Math.min(distance, Math.abs(now - e));
    if (!Number.isFinite(distance))
        return max;
    return Math.round(Math.min(max, Math.max(ADAPTIVE.minMs, distance * ADAPTIVE.ratio)));
}
/** The next interval for one run under a policy: fixed, or adaptive from its history. */
function pollInterval(policy, now, run, history) {
    if (policy.kind === 'fixed')
        return policy.intervalMs;
    const interval = nextInterval(now, predictedEvents([run], history), Boolean(history));
    if (!history)
        return interval;
    // Inside the band, the end is as likely now as later: poll steadily rather than ever sparser.
    const band = endBand(run, history);
    if (now >= band.from && now <= band.to)
        return Math.min(interval, ADAPTIVE.bandMaxMs);
    // Just before the band: wake at its start.
    if (now < band.from)
        return Math.max(ADAPTIVE.minMs, Math.min(interval, band.from - now));
    return interval;
}

;// CONCATENATED MODULE: ./src/core/inference/transform.ts





const TRANSFORM_LOG_GROUP = '/aws/sagemaker/TransformJobs';
const transform_TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
const TAIL_LINES = 30;
/**
 * Runs a batch transform job from a model package: the model (made as deploy makes it), then the
 * job under a name derived from the run, or the job an earlier try of this step started under
 * that name; waits for it; reads a failed job's log tail. Cancelling stops the job.
 */
async function runTransform(req, ctx) {
    const { gateway, log } = ctx;
    let job = await gateway.describeTransformJob(req.name);
    let attached = Boolean(job);
    if (job) {
        refuseForeign(job, req);
        log.info(`Transform job ${req.name} exists (an earlier try of this step started it): attaching to it.`);
    }
    else {
        refuseUnusable(await gateway.describeModelPackage(req.packageArn), req.packageArn);
        await ensureModel(gateway, log, req.modelName, req.packageArn, req.roleArn);
        ctx.onOutput('model-name', req.modelName);
        if (ctx.signal.aborted)
            throw new errors/* CancelledError */.cc(`cancelled before transform job ${req.name} was started; nothing runs`);
        try {
            await gateway.createTransformJob(req);
            log.info(`Started transform job ${req.name}: ${req.input.s3Uri} → ${req.output.s3Uri} on ${req.resources.instanceCount} × ${req.resources.instanceType}.`);
        }
        catch (err) {
            // A create whose response was lost, retried: the job exists, and it is this one.
            job = await gateway.describeTransformJob(req.name).catch(() => undefined);
            if (!job)
                throw err;
            attached = true;
        }
        job = (await gateway.describeTransformJob(req.name)) ?? job;
    }
    if (!job)
        throw new errors/* OutcomeError */.Rz(`transform job ${req.name} was started but SageMaker does not find it`);
    ctx.onOutput('transform-job-name', job.name);
    ctx.onOutput('transform-job-arn', job.arn);
    const startedAt = job.creationTime ?? ctx.clock.now();
    let last = job;
    const waited = await runWait({
        what: `transform job ${req.name}`,
        clock: ctx.clock,
        log,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        isTransient: ctx.isTransient,
        poll: async () => {
            const seen = await gateway.describeTransformJob(req.name);
            if (!seen)
                throw new errors/* OutcomeError */.Rz(`transform job ${req.name} disappeared while it ran`);
            const changed = seen.status !== last.status;
            if (changed)
                log.info(`Transform job ${req.name}: ${seen.status}`);
            last = seen;
            return { done: transform_TERMINAL.has(seen.status), changed, job: seen };
        },
        nextPollMs: (now) => pollInterval({ kind: 'adaptive' }, now, { startTime: startedAt, steps: [] }, undefined),
        progress: (o) => o?.job.status ?? last.status,
    });
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(await cancelled(req.name, last, ctx));
    if (waited.ended === 'timeout') {
        throw new errors/* TimeoutError */.MU(`transform job ${req.name} was still ${last.status} after ${(0,inputs/* formatDuration */.a3)(ctx.timeoutMs)}; it goes on. ` +
            `Run this step again with job-name: ${req.name} to wait for it, or stop it (aws sagemaker stop-transform-job --transform-job-name ${req.name})`);
    }
    const final = waited.last.job;
    const logTail = final.status === 'Failed' ? await tail(req.name, ctx) : [];
    return { job: final, attached, logTail, polls: waited.polls };
}
/** A job of that name that another model or output made: not this step's to attach to. */
function refuseForeign(job, req) {
    const sameOutput = !job.outputS3Uri || job.outputS3Uri.replace(/\/$/, '') === req.output.s3Uri.replace(/\/$/, '');
    if ((job.modelName && job.modelName !== req.modelName) || !sameOutput) {
        throw new errors/* OutcomeError */.Rz(`a transform job named ${job.name} already exists for model ${job.modelName ?? '?'} writing to ${job.outputS3Uri ?? '?'}, ` +
            `not this step's (model ${req.modelName}, output ${req.output.s3Uri}): give another job-name`);
    }
}
async function cancelled(name, last, ctx) {
    if (transform_TERMINAL.has(last.status))
        return `cancelled after transform job ${name} ended ${last.status}`;
    if (!ctx.stopOnCancel)
        return `cancelled; transform job ${name} goes on (${last.status}) because stop-on-cancel is false`;
    try {
        await ctx.gateway.stopTransformJob(name);
    }
    catch (err) {
        const now = await ctx.gateway.describeTransformJob(name).catch(() => undefined);
        if (!now || !['Stopping', 'Stopped', 'Completed', 'Failed'].includes(now.status)) {
            return `cancelled, but stopping transform job ${name} failed (${err.message}): stop it with 'aws sagemaker stop-transform-job --transform-job-name ${name}'`;
        }
    }
    return `cancelled: stopped transform job ${name} (StopTransformJob sent; a stopped job writes no output)`;
}
/** The log tail never fails the step: it explains a failure SageMaker already reported. */
async function tail(name, ctx) {
    try {
        return await ctx.logs.tail(TRANSFORM_LOG_GROUP, `${name}/`, TAIL_LINES);
    }
    catch (err) {
        ctx.log.warning(`could not read the logs of transform job ${name}: ${err.message}`);
        return [];
    }
}

// EXTERNAL MODULE: ./src/core/inference/transform-names.ts + 1 modules
var transform_names = __webpack_require__(6126);
;// CONCATENATED MODULE: ./src/core/inference/transform-summary.ts
const ICON = { Completed: '✅', Failed: '❌', Stopped: '⏹️' };
/** The job summary of a batch transform: what ran where, how it ended, and a failed job's log tail. */
function transformSummary(req, result) {
    const { job } = result;
    const rows = [
        ['Job', `\`${req.name}\`${result.attached ? ' (attached: started by an earlier try of this step)' : ''}`],
        ['Model', `\`${req.modelName}\``],
        ['Input', `\`${req.input.s3Uri}\`${req.input.contentType ? ` (${req.input.contentType})` : ''}`],
        ['Output', `\`${req.output.s3Uri}\``],
        ['Instances', `${req.resources.instanceCount} × ${req.resources.instanceType}`],
        ...(req.input.splitType ? [['Split', req.input.splitType]] : []),
        ...(req.batchStrategy ? [['Batch strategy', req.batchStrategy]] : []),
        ...(req.dataProcessing?.joinSource ? [['Join source', req.dataProcessing.joinSource]] : []),
        ['Status', `${job.status}${job.failureReason ? `: ${job.failureReason.replace(/\|/g, '\\|')}` : ''}`],
    ];
    const parts = [
        `### ${ICON[job.status] ?? 'ℹ️'} Batch transform ${req.name}: ${job.status}`,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ];
    for (const t of result.logTail) {
        parts.push('', `<details><summary>Last lines of ${t.stream}</summary>`, '', '```', ...t.lines, '```', '</details>');
    }
    return parts.join('\n') + '\n';
}

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

// EXTERNAL MODULE: ./src/commands/batch-transform/spec.ts + 3 modules
var spec = __webpack_require__(1345);
;// CONCATENATED MODULE: ./src/commands/batch-transform/run.ts









async function run({ host, inputs, aws }) {
    const packageArn = inputs['model-package-arn'];
    const roleArn = inputs['execution-role-arn'];
    const settings = {
        modelName: (0,transform_names/* packageModelName */.T2)(packageArn, roleArn),
        input: {
            s3Uri: inputs['input-s3-uri'],
            ...(inputs['content-type'] ? { contentType: inputs['content-type'] } : {}),
            ...(inputs['split-type'] ? { splitType: inputs['split-type'] } : {}),
            ...(inputs['compression-type'] ? { compressionType: inputs['compression-type'] } : {}),
        },
        output: {
            s3Uri: inputs['output-s3-uri'],
            ...(inputs.accept ? { accept: inputs.accept } : {}),
            ...(inputs['assemble-with'] ? { assembleWith: inputs['assemble-with'] } : {}),
        },
        resources: { instanceType: inputs['instance-type'], instanceCount: inputs['instance-count'] },
        ...(inputs['batch-strategy'] ? { batchStrategy: inputs['batch-strategy'] } : {}),
        ...(inputs['max-payload'] !== undefined ? { maxPayloadInMB: inputs['max-payload'] } : {}),
        ...(inputs['max-concurrent-transforms'] !== undefined
            ? { maxConcurrentTransforms: inputs['max-concurrent-transforms'] }
            : {}),
        ...(inputs['join-source'] || inputs['input-filter'] || inputs['output-filter']
            ? {
                dataProcessing: {
                    ...(inputs['join-source'] ? { joinSource: inputs['join-source'] } : {}),
                    ...(inputs['input-filter'] ? { inputFilter: inputs['input-filter'] } : {}),
                    ...(inputs['output-filter'] ? { outputFilter: inputs['output-filter'] } : {}),
                },
            }
            : {}),
    };
    const name = inputs['job-name'] ?? (0,transform_names/* transformJobName */.DL)(host.run, packageArn, settings);
    host.setOutput('output-s3-uri', settings.output.s3Uri);
    const context = awsFor(host, aws, spec/* spec */.I.action);
    const result = await runTransform({ ...settings, name, packageArn, roleArn }, {
        gateway: { ...sagemakerPromotionGateway(context), ...sagemakerTransformGateway(context) },
        logs: jobLogGateway(context),
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: isTransient,
        onOutput: (output, value) => host.setOutput(output, value),
        timeoutMs: inputs.timeout,
        stopOnCancel: inputs['stop-on-cancel'],
    });
    const { job } = result;
    host.setOutput('status', job.status);
    for (const t of result.logTail) {
        host.info(`Last lines of ${t.stream}:`);
        for (const line of t.lines)
            host.remoteLine(line);
    }
    await host.appendSummary(transformSummary({ ...settings, name }, result));
    if (job.status !== 'Completed') {
        const reason = job.failureReason ? `: ${job.failureReason}` : '';
        if (job.status === 'Failed')
            host.error(`transform job ${name} failed${reason}`, { title: 'Batch transform failed' });
        throw new errors/* OutcomeError */.Rz(`transform job ${name} ended ${job.status}${reason}`);
    }
    host.info(`Transform job ${name} Completed: results in ${settings.output.s3Uri}`);
}


/***/ })

};
