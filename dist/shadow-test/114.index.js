export const id = 114;
export const ids = [114];
export const modules = {

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
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

;// CONCATENATED MODULE: ./src/aws/cloudwatch-metrics.ts


/** GetMetricData's most queries per request. */
const MAX_QUERIES = 500;
/** Endpoint variant metrics (namespace AWS/SageMaker) from CloudWatch, following NextToken. */
function cloudWatchMetricsGateway(ctx) {
    const client = lazyClient(ctx, 'CLOUDWATCH', (config) => new dist_cjs/* CloudWatchClient */.WBn(config));
    return {
        async getMetricData(queries, start, end, periodSeconds) {
            const values = {};
            for (let i = 0; i < queries.length; i += MAX_QUERIES) {
                let token;
                do {
                    const out = await client().send(new dist_cjs/* GetMetricDataCommand */.Soe({
                        StartTime: new Date(start),
                        EndTime: new Date(end),
                        ScanBy: 'TimestampAscending',
                        MetricDataQueries: queries.slice(i, i + MAX_QUERIES).map((q) => ({
                            Id: q.id,
                            ReturnData: true,
                            MetricStat: {
                                Metric: {
                                    Namespace: 'AWS/SageMaker',
                                    MetricName: q.metricName,
                                    Dimensions: [
                                        { Name: 'EndpointName', Value: q.endpointName },
                                        { Name: 'VariantName', Value: q.variantName },
                                    ],
                                },
                                Period: periodSeconds,
                                Stat: q.stat,
                            },
                        })),
                        ...(token ? { NextToken: token } : {}),
                    }));
                    for (const r of out.MetricDataResults ?? [])
                        if (r.Id)
                            values[r.Id] = [...(values[r.Id] ?? []), ...(r.Values ?? [])];
                    token = out.NextToken;
                } while (token);
            }
            return values;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/core/drift/lines.ts

/**
 * The lines of a stream, a chunk's worth at a time (a capture file is never held whole; handing
 * out a batch rather than one line per await keeps each line's objects short-lived). Iterating the
 * body itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
async function* lineBatches(body) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of body) {
        const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
        rest = lines.pop();
        yield lines.map(withoutCr);
    }
    rest += decoder.end();
    if (rest)
        yield [withoutCr(rest)];
}
const withoutCr = (l) => (l.endsWith('\r') ? l.slice(0, -1) : l);

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

;// CONCATENATED MODULE: ./src/aws/drift-data.ts






function driftData(ctx) {
    const s3 = lazyClient(ctx, 'S3', (config) => new client_s3_dist_cjs/* S3Client */.YxF(config));
    const stream = async (bucket, key) => {
        try {
            const object = await s3().send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
            return object.Body;
        }
        catch (err) {
            const name = err.name;
            const uri = `s3://${bucket}/${key}`;
            if (name === 'NoSuchKey' || name === 'NotFound')
                throw new errors/* UserError */.yo(`${uri} does not exist (NoSuchKey)`);
            if (name === 'NoSuchBucket')
                throw new errors/* UserError */.yo(`${uri} does not exist (NoSuchBucket)`);
            if (err instanceof AccessDeniedError)
                throw new errors/* UserError */.yo(`${uri} cannot be read: ${err.message}`);
            throw err;
        }
    };
    return {
        stream,
        async getText(bucket, key) {
            const body = await stream(bucket, key);
            const chunks = [];
            for await (const chunk of body)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        },
        async putText(bucket, key, body) {
            await s3().send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
        },
        async listObjects(bucket, prefix, delimiter, max) {
            const keys = [];
            const prefixes = [];
            let ContinuationToken;
            do {
                const page = await s3().send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({
                    Bucket: bucket,
                    Prefix: prefix,
                    Delimiter: delimiter,
                    ...(max ? { MaxKeys: Math.min(1000, max - keys.length) } : {}),
                    ContinuationToken,
                }));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        keys.push(o.Key);
                for (const p of page.CommonPrefixes ?? [])
                    if (p.Prefix)
                        prefixes.push(p.Prefix);
                ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (ContinuationToken && !(max && keys.length >= max));
            return { keys, prefixes };
        },
        async *lines(bucket, key) {
            const body = await stream(bucket, key);
            yield* lineBatches(body);
        },
        isTransient: isTransient,
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

;// CONCATENATED MODULE: ./src/aws/sagemaker-experiments.ts



function variantConfig(v) {
    return {
        ModelName: v.modelName,
        VariantName: v.variantName,
        InfrastructureConfig: {
            InfrastructureType: 'RealTimeInference',
            RealTimeInferenceConfig: { InstanceType: v.instanceType, InstanceCount: v.instanceCount },
        },
    };
}
/** Inference experiments (shadow tests), with the AWS SDK. */
function sagemakerExperimentGateway(ctx) {
    const client = lazyClient(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    return {
        async describeExperiment(name) {
            let out;
            try {
                out = await client().send(new client_sagemaker_dist_cjs/* DescribeInferenceExperimentCommand */.z53({ Name: name }));
            }
            catch (err) {
                if (isNotFound(err))
                    return undefined;
                throw err;
            }
            const shadow = out.ShadowModeConfig?.ShadowModelVariants?.[0]?.ShadowModelVariantName;
            const production = out.ShadowModeConfig?.SourceModelVariantName;
            return {
                name: out.Name ?? name,
                arn: out.Arn ?? '',
                endpointName: out.EndpointMetadata?.EndpointName ?? '',
                status: out.Status ?? 'Creating',
                ...(out.StatusReason ? { statusReason: out.StatusReason } : {}),
                ...(out.Schedule?.StartTime ? { scheduleStart: out.Schedule.StartTime.getTime() } : {}),
                ...(out.Schedule?.EndTime ? { scheduleEnd: out.Schedule.EndTime.getTime() } : {}),
                ...(out.LastModifiedTime ? { lastModifiedTime: out.LastModifiedTime.getTime() } : {}),
                variants: (out.ModelVariants ?? []).map((v) => ({
                    modelName: v.ModelName ?? '',
                    variantName: v.VariantName ?? '',
                    instanceType: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceType ?? '',
                    instanceCount: v.InfrastructureConfig?.RealTimeInferenceConfig?.InstanceCount ?? 0,
                })),
                ...(shadow ? { shadowVariantName: shadow } : {}),
                ...(production ? { productionVariantName: production } : {}),
                ...(out.DataStorageConfig?.Destination ? { captureS3Uri: out.DataStorageConfig.Destination } : {}),
            };
        },
        async createExperiment(req) {
            const out = await client().send(new client_sagemaker_dist_cjs/* CreateInferenceExperimentCommand */.cVN({
                Name: req.name,
                Type: 'ShadowMode',
                ...(req.description ? { Description: req.description } : {}),
                RoleArn: req.roleArn,
                EndpointName: req.endpointName,
                Schedule: { StartTime: new Date(req.startTime), EndTime: new Date(req.endTime) },
                ModelVariants: [variantConfig(req.production), variantConfig(req.shadow)],
                ShadowModeConfig: {
                    SourceModelVariantName: req.production.variantName,
                    ShadowModelVariants: [
                        { ShadowModelVariantName: req.shadow.variantName, SamplingPercentage: req.samplingPercentage },
                    ],
                },
                ...(req.captureS3Uri ? { DataStorageConfig: { Destination: req.captureS3Uri } } : {}),
            }));
            return out.InferenceExperimentArn ?? '';
        },
        async stopExperiment(req) {
            await client().send(new client_sagemaker_dist_cjs/* StopInferenceExperimentCommand */.QF({
                Name: req.name,
                ModelVariantActions: req.actions,
                ...(req.desiredVariants ? { DesiredModelVariants: req.desiredVariants.map(variantConfig) } : {}),
                DesiredState: req.desiredState,
                Reason: req.reason,
            }));
        },
        async configVariants(configName) {
            const out = await client().send(new client_sagemaker_dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: configName }));
            return (out.ProductionVariants ?? []).map((v) => ({
                variantName: v.VariantName ?? '',
                modelName: v.ModelName ?? '',
                ...(v.InstanceType ? { instanceType: v.InstanceType } : {}),
                ...(v.InitialInstanceCount ? { instanceCount: v.InitialInstanceCount } : {}),
            }));
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/core/inference/transform-names.ts


/** TransformJobName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** `churn` and `12` from `arn:aws:sagemaker:…:model-package/churn/12`. */
function packageParts(arn) {
    const [, group = 'model', version = '0'] = /model-package\/([^/]+)\/(\d+)$/.exec(arn) ?? [];
    return { group, version };
}
/** Fits `head` before `suffix` in 63 characters, ending on a letter or digit. */
function fit(head, suffix) {
    const clean = head.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+/, '');
    return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, '') || 'm'}${suffix}`;
}
/**
 * The model a package runs as outside an endpoint: the package's group and version and a hash of
 * the package and role, so every job of that package with that role shares one model.
 */
function packageModelName(packageArn, roleArn) {
    const { group, version } = packageParts(packageArn);
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([packageArn, roleArn]))
        .digest('hex')
        .slice(0, 6);
    return fit(group, `-v${version}-${hash}`);
}
/**
 * The transform job's name, derived from the run: the run id, its attempt, the job and the step
 * (and what the job does), so a step retried within the same attempt finds the job it started
 * instead of starting another; "Re-run jobs" (a new attempt) starts a new one. Outside a CI run
 * the name is new each time.
 */
function transformJobName(run, packageArn, settings) {
    const { group } = packageParts(packageArn);
    const hash = runScopedHash(run, 'batch-transform', [JSON.stringify(settings)]) ?? randomUUID().replace(/-/g, '');
    const runPart = run.runId
        ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
        : '';
    return fit(group, `${runPart}-${hash.slice(0, 8)}`);
}

// EXTERNAL MODULE: ./src/core/inference/shadow.ts + 2 modules
var inference_shadow = __webpack_require__(9647);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/wait/engine.ts
var engine = __webpack_require__(4231);
;// CONCATENATED MODULE: ./src/core/inference/shadow-finish.ts




const SETTLE_TIMEOUT_MS = 3_600_000;
/**
 * Ends the shadow test with the outcome: Promote (the shadow replaces production; its model and
 * instances as tested) or Remove (the shadow goes, production stays as it was); then waits for
 * the experiment to end and the endpoint to be InService, so the step reports where it stands.
 */
async function finishShadow(run, promote, reason, ctx) {
    const { production, shadow, experiment } = run;
    const action = promote ? 'Promote' : 'Remove';
    const actions = promote
        ? { [production.variantName]: 'Remove', [shadow.variantName]: 'Promote' }
        : { [production.variantName]: 'Retain', [shadow.variantName]: 'Remove' };
    const stopped = await (0,inference_shadow/* stopExperiment */.gG)(ctx, {
        name: experiment.name,
        actions,
        ...(promote ? { desiredVariants: [shadow] } : {}),
        desiredState: 'Completed',
        reason: reason.slice(0, 1024),
    });
    if (!stopped)
        throw new errors/* OutcomeError */.Rz(`could not stop shadow test ${experiment.name} to ${action.toLowerCase()} its shadow variant; SageMaker ends it at its scheduled end and the endpoint goes back to its production variant`);
    ctx.log.info(promote
        ? `Promoting ${shadow.variantName} (model ${shadow.modelName}) to production on ${experiment.endpointName}.`
        : `Removing ${shadow.variantName}; ${production.variantName} (model ${production.modelName}) keeps serving ${experiment.endpointName}.`);
    let last = {};
    const waited = await (0,engine/* runWait */.pT)({
        what: `endpoint ${experiment.endpointName} after the shadow test`,
        clock: ctx.clock,
        log: ctx.log,
        signal: ctx.signal,
        timeoutMs: SETTLE_TIMEOUT_MS,
        isTransient: ctx.isTransient,
        poll: async () => {
            const e = await ctx.gateway.describeExperiment(experiment.name);
            const endpoint = await ctx.gateway.describeEndpoint(experiment.endpointName);
            const changed = e?.status !== last.experiment?.status || endpoint?.status !== last.endpoint?.status;
            if (changed)
                ctx.log.info(`Shadow test ${experiment.name}: ${e?.status ?? 'gone'}; endpoint ${endpoint?.status ?? 'gone'}`);
            last = { ...(e ? { experiment: e } : {}), ...(endpoint ? { endpoint } : {}) };
            const ended = !e || e.status === 'Completed' || e.status === 'Cancelled';
            const settled = !endpoint || ['InService', 'Failed', 'OutOfService'].includes(endpoint.status);
            return { done: ended && settled, changed };
        },
        nextPollMs: () => 15_000,
    });
    if (waited.ended === 'cancelled')
        throw new errors/* CancelledError */.cc(`cancelled after shadow test ${experiment.name} was stopped to ${action.toLowerCase()} its shadow: SageMaker goes on with that; ` +
            `endpoint ${experiment.endpointName} was ${last.endpoint?.status ?? 'in an unknown state'}`);
    if (waited.ended !== 'done')
        ctx.log.warning(`the endpoint had not settled ${(0,inputs/* formatDuration */.a3)(SETTLE_TIMEOUT_MS)} after the shadow test was stopped (${last.endpoint?.status ?? 'unknown'}); SageMaker goes on`);
    return { action, ...last, ...(waited.ended !== 'done' ? { unsettled: true } : {}) };
}

;// CONCATENATED MODULE: ./src/core/inference/shadow-agreement.ts
/** At most this many capture files are read per test: a sample is enough to measure agreement. */
const MAX_CAPTURE_FILES = 200;
/**
 * Prediction agreement from the experiment's captured data: capture files are
 * `<destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/*.jsonl`, one request per line. The same
 * request reaches both variants; it is matched by its inference id, else its event id, and the
 * two outputs agree when they are equal, numbers within `tolerance` (CSV or JSON numbers).
 */
async function captureAgreement(store, destination, endpointName, variants, tolerance) {
    // Only an s3:// destination can be listed (an https:// one yields no capture files).
    const [, bucket, prefix = ''] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination) ?? [];
    const base = `${prefix.replace(/\/+$/, '')}/${endpointName}`.replace(/^\//, '');
    const read = async (variant) => {
        const listed = bucket
            ? await store.listObjects(bucket, `${base}/${variant}/`, undefined, MAX_CAPTURE_FILES)
            : { keys: [] };
        const keys = listed.keys.filter((k) => k.endsWith('.jsonl'));
        const outputs = new Map();
        for (const key of keys) {
            for await (const batch of store.lines(bucket, key))
                for (const line of batch) {
                    const parsed = parseLine(line);
                    if (parsed)
                        outputs.set(parsed.id, parsed.output);
                }
        }
        return { outputs, files: keys.length };
    };
    const production = await read(variants.production);
    const shadow = await read(variants.shadow);
    let pairs = 0;
    let agreeing = 0;
    for (const [id, out] of shadow.outputs) {
        const prod = production.outputs.get(id);
        if (prod === undefined)
            continue;
        pairs++;
        if (sameOutput(prod, out, tolerance))
            agreeing++;
    }
    return {
        pairs,
        agreeing,
        rate: pairs ? Number((agreeing / pairs).toPrecision(6)) : null,
        files: { production: production.files, shadow: shadow.files },
    };
}
function parseLine(line) {
    if (!line.trim())
        return undefined;
    let record;
    try {
        record = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    const id = record.eventMetadata?.inferenceId ?? record.eventMetadata?.eventId;
    const out = record.captureData?.endpointOutput;
    if (!id || out?.data === undefined)
        return undefined;
    const data = out.encoding === 'BASE64' ? Buffer.from(out.data, 'base64').toString('utf8') : out.data;
    return { id, output: data.trim() };
}
/** Equal text, or the same numbers (CSV or JSON) within the tolerance. */
function sameOutput(a, b, tolerance) {
    if (a === b)
        return true;
    const x = numbers(a);
    const y = numbers(b);
    if (!x || !y || x.length !== y.length)
        return false;
    return x.every((v, i) => Math.abs(v - y[i]) <= tolerance);
}
function numbers(text) {
    let values;
    try {
        values = JSON.parse(text.includes(',') && !/^[[{]/.test(text) ? `[${text}]` : text);
    }
    catch {
        values = text.split(/[\s,]+/).map(Number);
    }
    const flat = [values].flat(Infinity);
    if (!flat.length || flat.some((v) => typeof v !== 'number' || !Number.isFinite(v)))
        return undefined;
    return flat;
}

// EXTERNAL MODULE: ./src/core/inference/shadow-metrics.ts
var shadow_metrics = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/core/inference/shadow-names.ts
var shadow_names = __webpack_require__(8858);
;// CONCATENATED MODULE: ./src/core/inference/shadow-report.ts

function shadowReportContext(name, run, packageArn) {
    return {
        name,
        labels: { candidate: 'Shadow', baseline: 'Production' },
        candidate: `${run.shadow.variantName}: ${packageArn}`,
        baseline: `${run.production.variantName}: model ${run.production.modelName}`,
    };
}
/** Why the outcome is what it is, in one line (also StopInferenceExperiment's Reason). */
function decisionText(c, approval, promoteInput) {
    if (c.failed.length)
        return {
            promote: false,
            why: `${c.failed.length} threshold(s) failed: ${c.failed.map((o) => o.threshold.text).join('; ')}`,
        };
    if (!c.outcomes.length)
        return { promote: false, why: 'no thresholds set: the shadow test only reports, and promotes nothing' };
    if (!promoteInput)
        return { promote: false, why: 'thresholds passed; promote is false: the shadow test only judges' };
    if (approval !== 'Approved')
        return {
            promote: false,
            why: `thresholds passed, but the package is ${approval}, not Approved: the approval gate holds promotion`,
        };
    return { promote: true, why: 'thresholds passed and the package is Approved' };
}
/** The part of the report after the metrics table: the experiment, the agreement, the outcome. */
function shadowFooter(run, agreement, outcome, why) {
    const lines = [
        '',
        `**Experiment:** \`${run.experiment.name}\` on \`${run.experiment.endpointName}\`, ${(0,inputs/* formatDuration */.a3)(run.window.end - run.window.start)} of shadow traffic` +
            `${run.attached ? ' (attached: started by an earlier try of this step)' : ''}`,
    ];
    if (agreement)
        lines.push(`**Agreement:** ${agreement.agreeing} of ${agreement.pairs} captured requests answered alike` +
            ` (${agreement.files.production} production and ${agreement.files.shadow} shadow capture files read)`);
    const endpoint = outcome.endpoint ? `; endpoint ${outcome.endpoint.status}` : '';
    lines.push(outcome.action === 'Promote'
        ? `**Outcome:** 🚀 promoted \`${run.shadow.variantName}\` (model \`${run.shadow.modelName}\`) to production${endpoint}. ${why}.`
        : `**Outcome:** shadow removed; \`${run.production.variantName}\` (model \`${run.production.modelName}\`) keeps serving${endpoint}. ${why}.`);
    return lines.join('  \n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/metrics/directions.ts
const HIGHER = new Set([
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f0_5',
    'f1',
    'f2',
    'f1_score',
    'auc',
    'roc_auc',
    'pr_auc',
    'average_precision',
    'true_positive_rate',
    'true_negative_rate',
    'specificity',
    'sensitivity',
    'r2',
    'r_squared',
    'explained_variance',
    'map',
    'ndcg',
    'bleu',
    'rouge',
]);
const LOWER = new Set([
    'mae',
    'mse',
    'rmse',
    'mape',
    'smape',
    'msle',
    'rmsle',
    'medae',
    'log_loss',
    'logloss',
    'cross_entropy',
    'loss',
    'error',
    'error_rate',
    'false_positive_rate',
    'false_negative_rate',
    'wer',
    'cer',
    'perplexity',
    'latency',
]);
/**
 * The direction of a metric by its name, as SageMaker's model-quality reports spell them:
 * `weighted_f1`, `macro_recall`, `f1_best_constant_classifier` share their base metric's direction.
 */
function knownDirection(metric) {
    const base = metric
        .toLowerCase()
        .replace(/^(weighted|macro|micro|validation|test|train)_/, '')
        .replace(/_best_constant_classifier$/, '');
    if (HIGHER.has(base))
        return 'higher';
    if (LOWER.has(base))
        return 'lower';
    return undefined;
}

// EXTERNAL MODULE: ./src/core/metrics/thresholds.ts
var metrics_thresholds = __webpack_require__(3173);
;// CONCATENATED MODULE: ./src/core/metrics/compare.ts


function compareMetrics({ candidate, baseline, thresholds, directions = {}, }) {
    const outcomes = thresholds.map((t) => (0,metrics_thresholds/* evaluateThreshold */.l2)(t, candidate, baseline));
    const names = unique([
        ...Object.keys(candidate),
        ...thresholds.map((t) => t.metric),
        ...Object.keys(baseline ?? {}),
    ]);
    const rows = names.map((metric) => {
        const own = outcomes.filter((o) => o.threshold.metric === metric);
        const implied = own[0] ? (0,metrics_thresholds/* impliedDirection */.a6)(own[0].threshold) : undefined;
        const direction = directions[metric] ?? knownDirection(metric) ?? implied;
        const c = candidate[metric];
        const b = baseline?.[metric];
        const row = { metric, candidate: c, baseline: b, direction, verdict: 'none', outcomes: own };
        if (typeof c === 'number' && typeof b === 'number') {
            row.change = c - b;
            if (b !== 0)
                row.relativeChange = row.change / Math.abs(b);
            row.verdict = verdictOf(row.change, b, direction);
        }
        if (own.length)
            row.result = own.some((o) => o.result === 'fail')
                ? 'fail'
                : own.some((o) => o.result === 'pass')
                    ? 'pass'
                    : 'skipped';
        return row;
    });
    const failed = outcomes.filter((o) => o.result === 'fail');
    return {
        rows,
        outcomes,
        failed,
        conclusion: !thresholds.length ? 'neutral' : failed.length ? 'failure' : 'success',
        hasBaseline: baseline !== undefined,
    };
}
/** Changes smaller than a millionth of the baseline are noise from float formatting, not a change. */
function verdictOf(change, base, direction) {
    if (Math.abs(change) <= 1e-6 * Math.max(1, Math.abs(base)))
        return 'unchanged';
    if (!direction)
        return 'changed';
    return change > 0 === (direction === 'higher') ? 'improved' : 'regressed';
}
function unique(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/core/metrics/render.ts

/** GitHub's limit on a check run's output.summary and on an issue comment body. */
const GITHUB_TEXT_LIMIT = 65_535;
function formatValue(v) {
    if (v === undefined)
        return '—';
    if (v === null)
        return 'NaN / missing';
    return String((0,metrics_thresholds/* round */.LI)(Number(v.toPrecision(4))));
}
function formatChange(row) {
    if (row.change === undefined)
        return '—';
    if (row.verdict === 'unchanged')
        return '= 0';
    const sign = row.change > 0 ? '+' : '−';
    const abs = formatValue(Math.abs(row.change));
    const pct = row.relativeChange === undefined ? '' : ` (${sign}${formatValue(Math.abs(row.relativeChange * 100))}%)`;
    const icon = row.verdict === 'improved' ? '🟢 ' : row.verdict === 'regressed' ? '🔴 ' : '';
    return `${icon}${sign}${abs}${pct}`;
}
function thresholdCell(o) {
    const t = o.threshold;
    const computed = t.bound.kind === 'baseline' && o.limit !== undefined ? ` (${formatValue(o.limit)})` : '';
    return `${t.comparison} ${(0,metrics_thresholds/* boundText */.O6)(t.bound)}${computed}`;
}
function resultCell(o) {
    if (o.result === 'pass')
        return '✅ pass';
    if (o.result === 'fail')
        return `❌ fail${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
    return `⏭️ skipped${o.reason ? `: ${escapeCell(o.reason)}` : ''}`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function tableRow(row) {
    const thresholds = row.outcomes.map(thresholdCell).join('<br>') || '';
    const results = row.outcomes.map(resultCell).join('<br>') || '';
    return `| ${escapeCell(row.metric)} | ${formatValue(row.candidate)} | ${formatValue(row.baseline)} | ${formatChange(row)} | ${thresholds} | ${results} |`;
}
function headline(name, c) {
    if (c.conclusion === 'neutral')
        return `${name}: no thresholds set`;
    if (c.conclusion === 'failure')
        return `${name}: ${c.failed.length} of ${c.outcomes.length} thresholds failed`;
    const skipped = c.outcomes.filter((o) => o.result === 'skipped').length;
    return `${name}: all thresholds passed${skipped ? ` (${skipped} skipped)` : ''}`;
}
const ICON = { success: '✅', failure: '❌', neutral: 'ℹ️' };
/**
 * The mermaid chart of candidate (bars) against baseline (line). Scores in [0, 1] share one
 * chart; metrics on other scales (rmse, mae...) get a second one, so neither is flattened.
 */
function mermaidCharts(rows, maxBars = 15) {
    const plotted = rows.filter((r) => typeof r.candidate === 'number');
    const scores = plotted.filter((r) => inUnit(r.candidate) && (r.baseline == null || inUnit(r.baseline)));
    const others = plotted.filter((r) => !scores.includes(r));
    return [
        chart('Scores', scores.slice(0, maxBars), true),
        chart('Other metrics', others.slice(0, maxBars), false),
    ]
        .filter(Boolean)
        .join('\n');
}
function inUnit(v) {
    return typeof v === 'number' && v >= 0 && v <= 1;
}
function chart(title, rows, unit) {
    if (!rows.length)
        return '';
    const values = rows
        .flatMap((r) => [r.candidate, r.baseline])
        .filter((v) => typeof v === 'number');
    const max = unit ? 1 : Math.max(...values) * 1.1 || 1;
    const min = unit ? 0 : Math.min(0, ...values);
    const withBaseline = rows.some((r) => typeof r.baseline === 'number');
    const label = withBaseline ? `${title}: candidate (bars) vs baseline (line)` : `${title}: candidate`;
    const num = (v) => typeof v === 'number' ? String((0,metrics_thresholds/* round */.LI)(Number(v.toPrecision(6)))) : '0';
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${label}"`,
        `  x-axis [${rows.map((r) => `"${r.metric.replace(/["\n]/g, '')}"`).join(', ')}]`,
        `  y-axis ${num(min)} --> ${num(max)}`,
        `  bar [${rows.map((r) => num(r.candidate)).join(', ')}]`,
        ...(withBaseline ? [`  line [${rows.map((r) => num(r.baseline)).join(', ')}]`] : []),
        '```',
        '',
    ];
    return lines.join('\n');
}
/**
 * The report in markdown: headline, candidate and baseline, the table, the chart. When it would
 * exceed `maxChars`, rows are dropped (those without thresholds first, then from the end) and a
 * line says how many are not shown: the metrics output still holds them all.
 */
function renderReport(ctx, c, opts = {}) {
    const max = opts.maxChars ?? GITHUB_TEXT_LIMIT;
    const priority = [...c.rows].sort((a, b) => rank(a) - rank(b));
    let keep = c.rows.length;
    for (;;) {
        const kept = new Set(priority.slice(0, keep));
        const rows = c.rows.filter((r) => kept.has(r));
        const text = compose(ctx, c, rows, c.rows.length - rows.length, opts);
        if (text.length <= max || keep === 0)
            return text.length <= max ? text : text.slice(0, max);
        // Shrink fast while far over, then one row at a time.
        keep = text.length > max * 1.5 ? Math.floor(keep / 2) : keep - 1;
    }
}
function rank(r) {
    if (r.result === 'fail')
        return 0;
    if (r.outcomes.length)
        return 1;
    return 2;
}
function compose(ctx, c, rows, hidden, opts) {
    const parts = [];
    if (opts.prefix)
        parts.push(opts.prefix);
    parts.push(`### ${ICON[c.conclusion]} ${headline(ctx.name, c)}`, '');
    const { candidate, baseline } = ctx.labels ?? { candidate: 'Candidate', baseline: 'Baseline' };
    parts.push(`**${candidate}:** \`${ctx.candidate}\`  `);
    parts.push(ctx.baseline
        ? `**${baseline}:** \`${ctx.baseline}\`${ctx.baselineNote ? ` (${ctx.baselineNote})` : ''}`
        : `**${baseline}:** none${ctx.noBaselineReason ? ` (${ctx.noBaselineReason})` : ''}; thresholds relative to the baseline are skipped`);
    parts.push('', `| Metric | ${candidate} | ${baseline} | Change | Threshold | Result |`, '| --- | ---: | ---: | ---: | --- | --- |');
    parts.push(...rows.map(tableRow));
    if (hidden)
        parts.push('', `_${hidden} more metric${hidden === 1 ? '' : 's'} not shown (GitHub's size limit); the \`metrics\` output has them all._`);
    parts.push('', mermaidCharts(rows));
    if (opts.footer)
        parts.push(opts.footer);
    return parts.join('\n');
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

;// CONCATENATED MODULE: ./src/core/metrics/publish.ts


/** GitHub's most annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The token may not write (a pull request from a fork gets a read-only token): HTTP 403. */
class WriteRefusedError extends Error {
    name = 'WriteRefusedError';
}
/** The hidden marker that finds a report's comment again; one per report name. */
function commentMarker(reportName) {
    const key = reportName
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-');
    return `<!-- sagemaker-cicd:report-metrics:${key} -->`;
}
/**
 * The check run's `external_id`: the report's name and this step of this run attempt, so a
 * create whose response was lost is found again (and a re-run attempt gets its own check run).
 * Outside a CI run, unique to this process.
 */
function checkRunExternalId(run, reportName) {
    const key = commentMarker(reportName).replace(/^<!-- | -->$/g, '');
    const hash = (0,run_info/* runScopedHash */.m)(run, 'report-metrics-check', [reportName]) ?? (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
    return `${key}:${hash.slice(0, 16)}`;
}
/**
 * Writes the check run (annotations in batches of 50: the first with the create, the rest as
 * updates) and the pull request comment, updated in place when its marker is found. Stops at the
 * first refused write: a read-only token refuses them all, and one warning is enough.
 */
async function publishReport(gh, req, log) {
    const result = {};
    try {
        if (req.sha) {
            const annotations = req.check.annotations ?? [];
            const batch = (i) => annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
            const created = await gh.createCheckRun({
                name: req.name,
                headSha: req.sha,
                conclusion: req.conclusion,
                output: { title: req.check.title, summary: req.check.summary, annotations: batch(0) },
                detailsUrl: req.detailsUrl,
                externalId: req.externalId,
            });
            result.checkRunId = created.id;
            result.checkRunUrl = created.url;
            for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
                await gh.updateCheckRun(created.id, {
                    title: req.check.title,
                    summary: req.check.summary,
                    annotations: batch(i),
                });
            }
            log.info(`Check run '${req.name}' (${req.conclusion}) on ${req.sha.slice(0, 7)}: ${created.url ?? created.id}`);
        }
        if (req.pullRequest) {
            const existing = await findComment(gh, req.pullRequest, req.marker);
            const comment = existing
                ? await gh.updateComment(existing.id, req.comment)
                : await gh.createComment(req.pullRequest, req.comment, req.marker);
            result.commentId = comment.id;
            result.commentUrl = comment.url;
            result.commentAction = existing ? 'updated' : 'created';
            log.info(`${existing ? 'Updated' : 'Created'} the report comment on #${req.pullRequest}: ${comment.url ?? comment.id}`);
        }
    }
    catch (err) {
        if (!(err instanceof WriteRefusedError))
            throw err;
        result.refused = true;
    }
    return result;
}
async function findComment(gh, issue, marker) {
    for await (const page of gh.commentPages(issue)) {
        const found = page.find((c) => c.body?.includes(marker));
        if (found)
            return found;
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/github/writes.ts
/**
 * GitHub's error policy for writes that create something (a comment, a check run). Octokit retries
 * reads and idempotent writes on 5xx and dropped connections; a create is never sent twice blindly,
 * because GitHub may have handled it before the connection dropped (a second comment, a second
 * check run). After a lost response the thing is looked for first, and written again only when it
 * is not there.
 */
/** Per-request Octokit option: no automatic retry (the caller decides). */
const NO_RETRY = { request: { retries: 0 } };
/**
 * The request may have been handled: a server error, or a dropped connection (which Octokit
 * reports as status 500). Anything else (a refusal, a validation error) was not written.
 */
function isLostResponse(err) {
    const status = err?.status;
    return typeof status === 'number' && status >= 500;
}
async function createOnce(op) {
    const attempts = op.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        try {
            return await op.create();
        }
        catch (err) {
            if (!isLostResponse(err) || attempt >= attempts)
                throw err;
            const why = err.status;
            op.log.warning(`Writing ${op.what}: the response was lost (${why}: ${err.message}); looking for it before writing again`);
        }
        const found = await op.find();
        if (found !== undefined) {
            op.log.info(`${op.what} had been written; found it again instead of writing a second one`);
            return found;
        }
        await new Promise((resolve) => setTimeout(resolve, (op.pauseMs ?? 1_000) * attempt));
    }
}

;// CONCATENATED MODULE: ./src/github/reports.ts



/**
 * Check runs and pull request comments through Octokit; a 403 becomes WriteRefusedError. A create
 * whose response was lost is looked for (the check run by its external_id, the comment by its
 * marker) before it is sent again.
 */
function githubReports(ctx) {
    const octokit = lazyOctokit(ctx);
    const [owner, repo] = ctx.repository.split('/');
    const refused = (err) => {
        const e = err;
        if (e.status === 403)
            throw new WriteRefusedError(e.message ?? 'Resource not accessible by integration');
        throw err;
    };
    const comment = (c) => ({
        id: c.id,
        body: c.body ?? undefined,
        url: c.html_url,
    });
    const gateway = {
        async createCheckRun(req) {
            const gh = await octokit();
            const run = (r) => ({
                id: r.id,
                url: r.html_url ?? undefined,
            });
            return createOnce({
                what: `check run '${req.name}'`,
                log: ctx.log,
                create: async () => {
                    const res = await gh.rest.checks
                        .create({
                        owner,
                        repo,
                        name: req.name,
                        head_sha: req.headSha,
                        status: 'completed',
                        conclusion: req.conclusion,
                        completed_at: new Date(ctx.now()).toISOString(),
                        output: req.output,
                        external_id: req.externalId,
                        ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
                        ...NO_RETRY,
                    })
                        .catch(refused);
                    return run(res.data);
                },
                find: async () => {
                    const { data } = await gh.rest.checks.listForRef({
                        owner,
                        repo,
                        ref: req.headSha,
                        check_name: req.name,
                        filter: 'all',
                        per_page: 100,
                    });
                    const found = data.check_runs.find((c) => c.external_id === req.externalId);
                    return found ? run(found) : undefined;
                },
            });
        },
        async updateCheckRun(id, output) {
            const gh = await octokit();
            await gh.rest.checks.update({ owner, repo, check_run_id: id, output }).catch(refused);
        },
        async *commentPages(issue) {
            const gh = await octokit();
            const pages = gh.paginate.iterator(gh.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100,
            });
            for await (const page of pages)
                yield page.data.map(comment);
        },
        async createComment(issue, body, marker) {
            const gh = await octokit();
            return createOnce({
                what: `the report comment on #${issue}`,
                log: ctx.log,
                create: async () => {
                    const res = await gh.rest.issues
                        .createComment({ owner, repo, issue_number: issue, body, ...NO_RETRY })
                        .catch(refused);
                    return comment(res.data);
                },
                find: async () => {
                    for await (const page of gateway.commentPages(issue)) {
                        const found = page.find((c) => c.body?.includes(marker));
                        if (found)
                            return found;
                    }
                    return undefined;
                },
            });
        },
        async updateComment(id, body) {
            const gh = await octokit();
            const res = await gh.rest.issues.updateComment({ owner, repo, comment_id: id, body }).catch(refused);
            return comment(res.data);
        },
    };
    return gateway;
}

;// CONCATENATED MODULE: ./src/commands/github-report.ts



/**
 * A report on the pull request, as report-metrics and shadow-test post it: a check run on the
 * commit and one comment kept up to date (outputs check-run-id and comment-id). Without a token,
 * repository or commit it says so; a read-only token warns (or fails with require-report).
 */
async function postToGitHub(host, r) {
    const sha = r.sha || host.run.sha;
    if (!r.token || !r.repository || (!sha && !r.pullRequest)) {
        host.info('No GitHub token, repository or commit: the report is not posted to GitHub.');
        return;
    }
    const marker = commentMarker(r.name);
    const footer = `\n<sub>Reported by sagemaker-cicd for ${sha ? sha.slice(0, 7) : 'this pull request'}${host.run.runUrl ? ` in [this run](${host.run.runUrl})` : ''}.</sub>`;
    const gh = githubReports({
        token: r.token,
        repository: r.repository,
        env: host.env,
        log: host,
        now: () => host.clock.now(),
    });
    const published = await publishReport(gh, {
        name: r.name,
        sha,
        pullRequest: r.pullRequest,
        conclusion: r.conclusion,
        check: { title: r.title, summary: r.summary, annotations: (await r.annotations?.()) ?? [] },
        comment: r.comment(marker, footer),
        marker,
        externalId: checkRunExternalId(host.run, r.name),
        detailsUrl: host.run.runUrl,
    }, host);
    if (published.checkRunId)
        host.setOutput('check-run-id', published.checkRunId);
    if (published.commentId)
        host.setOutput('comment-id', published.commentId);
    if (published.refused) {
        const why = 'the token cannot write check runs or comments here (pull requests from forks get a read-only token); ' +
            'the report is in the job summary';
        if (r.requireReport)
            throw new errors/* OutcomeError */.Rz(`${why}, and 'require-report' is true`);
        host.warning(`${why}. Set 'require-report: true' to fail instead.`);
    }
}

// EXTERNAL MODULE: ./src/commands/shadow-test/spec.ts + 5 modules
var spec = __webpack_require__(3908);
;// CONCATENATED MODULE: ./src/commands/shadow-test/run.ts


















async function run({ host, inputs, aws }) {
    const endpoint = inputs['endpoint-name'];
    const packageArn = inputs['model-package-arn'];
    const roleArn = inputs['execution-role-arn'];
    const capture = inputs['data-capture-s3-uri'];
    const thresholds = inputs.thresholds ?? [];
    const settings = {
        packageArn,
        roleArn,
        samplingPercentage: inputs['sampling-percentage'],
        durationMs: inputs.duration,
        ...(inputs['instance-type'] ? { instanceType: inputs['instance-type'] } : {}),
        ...(inputs['instance-count'] ? { instanceCount: inputs['instance-count'] } : {}),
        ...(capture ? { captureS3Uri: capture } : {}),
    };
    const context = awsFor(host, aws, spec/* spec */.I.action);
    const ctx = {
        gateway: { ...sagemakerPromotionGateway(context), ...sagemakerExperimentGateway(context) },
        clock: host.clock,
        log: host,
        signal: host.signal,
        isTransient: isTransient,
        onOutput: (name, value) => host.setOutput(name, value),
    };
    const shadowRun = await (0,inference_shadow/* runShadow */["if"])({
        ...settings,
        experimentName: (0,shadow_names/* experimentName */.By)(host.run, endpoint, settings),
        endpointName: endpoint,
        modelName: packageModelName(packageArn, roleArn),
    }, ctx);
    // Judge: CloudWatch per variant, agreement from the captured outputs, the thresholds.
    const variants = { production: shadowRun.production.variantName, shadow: shadowRun.shadow.variantName };
    const measured = await (0,shadow_metrics/* variantMetrics */.NJ)(cloudWatchMetricsGateway(context), endpoint, variants, shadowRun.window);
    const agreement = capture
        ? await captureAgreement(driftData(context), capture, endpoint, variants, inputs['agreement-tolerance'])
        : undefined;
    const candidate = { ...measured.shadow, ...(agreement ? { [shadow_metrics/* AGREEMENT */.Fr]: agreement.rate } : {}) };
    const comparison = compareMetrics({
        candidate,
        baseline: measured.production,
        thresholds,
        directions: shadow_metrics/* SHADOW_DIRECTIONS */.c3,
    });
    host.setOutput('metrics', { ...measured, agreement: agreement ? agreement.rate : null });
    host.setOutput('passed', comparison.failed.length === 0);
    host.setOutput('failed-thresholds', comparison.failed.map((o) => o.threshold.text));
    const checkName = inputs['check-name'];
    host.info(headline(checkName, comparison));
    for (const o of comparison.failed)
        host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);
    // Decide (the approval gate is the package's status now), then end the test accordingly.
    const approval = (await ctx.gateway.describeModelPackage(packageArn)).approvalStatus;
    const decision = decisionText(comparison, approval, inputs.promote);
    const outcome = await finishShadow(shadowRun, decision.promote, decision.why, ctx);
    host.setOutput('promoted', outcome.action === 'Promote');
    host.setOutput('endpoint-status', outcome.endpoint?.status ?? '');
    if (!decision.promote && !comparison.failed.length)
        host.warning(`not promoted: ${decision.why}`);
    const reportCtx = shadowReportContext(checkName, shadowRun, packageArn);
    const footer = shadowFooter(shadowRun, agreement, outcome, decision.why);
    const summary = renderReport(reportCtx, comparison, { footer });
    await host.appendSummary(summary);
    await postToGitHub(host, {
        token: inputs['github-token'] ?? '',
        repository: inputs.repository ?? host.run.repository,
        sha: inputs.commit,
        pullRequest: inputs['pull-request'] ?? host.run.pullRequest?.number,
        name: checkName,
        conclusion: comparison.conclusion,
        title: headline(checkName, comparison),
        summary,
        comment: (prefix, runFooter) => renderReport(reportCtx, comparison, { prefix, footer: footer + runFooter }),
        requireReport: false,
    });
    if (comparison.failed.length)
        throw new errors/* OutcomeError */.Rz(`shadow test failed, shadow removed and endpoint ${endpoint} left on ${shadowRun.production.variantName}: ` +
            comparison.failed.map((o) => `${o.threshold.text} (${o.reason})`).join('; '));
    host.info(outcome.action === 'Promote'
        ? `Shadow test passed: ${shadowRun.shadow.variantName} promoted on ${endpoint}.`
        : `Shadow test passed; shadow removed (${decision.why}).`);
}


/***/ })

};
