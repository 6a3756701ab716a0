export const id = 470;
export const ids = [470];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   yO: () => (/* binding */ clientConfig)
/* harmony export */ });
/* unused harmony export resolveEndpoint */
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);



function resolveRegion(env, explicit) {
    const region = explicit || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("no AWS region: set the 'aws-region' input or AWS_REGION (aws-actions/configure-aws-credentials sets it)", 2);
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
        customUserAgent: [['sagemaker-cicd', _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x]],
        requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 60_000 }),
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

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ awsOptions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
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

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ stringMap),
/* harmony export */   S9: () => (/* binding */ choices),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   t$: () => (/* binding */ yamlValue),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export required */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Typed parsing of action inputs and CLI flags. Every function takes the input's name and its raw
 * string (empty when unset), and throws an InputError that names the input and what is allowed.
 */
function required(name, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(name, 'is required');
    return value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Booleans as GitHub writes them (the YAML 1.2 core schema, as @actions/core accepts). */
function boolean(name, raw, fallback) {
    const value = raw.trim();
    if (!value)
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be true or false', raw);
}
function integer(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const what = opts.unit ? `a whole number of ${opts.unit}` : 'a whole number';
    const allowed = `must be ${what} from ${opts.min} to ${opts.max}`;
    if (!/^-?\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    const n = Number(value);
    if (n < opts.min || n > opts.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return n;
}
/** One of a fixed set of words, compared case-insensitively; returns the canonical spelling. */
function choice(name, raw, allowed, fallback) {
    const value = raw.trim();
    if (!value) {
        if (fallback !== undefined)
            return fallback;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is required: one of ${allowed.join(', ')}`);
    }
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be one of ${allowed.join(', ')}`, raw);
    return found;
}
/** A list: one item per line or comma-separated; blank lines and surrounding spaces dropped. */
function list(_name, raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A list with each item one of `allowed`. */
function choices(name, raw, allowed, fallback) {
    const items = list(name, raw);
    if (!items.length)
        return fallback;
    return items.map((item) => {
        const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
        if (!found)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `items must be among ${allowed.join(', ')}`, item);
        return found;
    });
}
/**
 * A map of strings written as YAML or JSON (`{a: 1}`, or `a: 1` on lines). Scalar values are
 * turned into strings; nested objects are refused because every consumer wants strings.
 */
function stringMap(name, raw) {
    const value = raw.trim();
    if (!value)
        return {};
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be a YAML or JSON map of names to values (${first})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'must be a YAML or JSON map of names to values', raw.slice(0, 80));
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (v === null || v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has no value for '${key}'`);
        }
        if (typeof v === 'object') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must map each name to a single value; '${key}' has a nested value`);
        }
        out[key] = String(v);
    }
    return out;
}
/** Any YAML or JSON value (for inputs that carry structures, such as an `env` map with types). */
function yamlValue(name, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (err) {
        const first = String(err.message).split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `must be valid YAML or JSON (${first})`);
    }
}
const UNITS = {
    ms: 1,
    s: 1000,
    sec: 1000,
    second: 1000,
    seconds: 1000,
    m: 60_000,
    min: 60_000,
    minute: 60_000,
    minutes: 60_000,
    h: 3_600_000,
    hour: 3_600_000,
    hours: 3_600_000,
};
/** A duration such as `30s`, `5m`, `1h30m`, `1500ms`, or a bare number in the default unit. Returns ms. */
function duration(name, raw, fallback, opts) {
    const value = raw.trim();
    if (!value)
        return fallback;
    const allowed = `must be a duration from ${formatDuration(opts.minMs)} to ${formatDuration(opts.maxMs)} (e.g. 30s, 5m, 1h)`;
    let ms = 0;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * UNITS[opts.defaultUnit];
    }
    else {
        const re = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
        let consumed = 0;
        for (let m = re.exec(value); m; m = re.exec(value)) {
            const unit = UNITS[m[2]];
            if (unit === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
            ms += Number(m[1]) * unit;
            consumed = re.lastIndex;
        }
        if (consumed !== value.length || consumed === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    }
    ms = Math.round(ms);
    if (ms < opts.minMs || ms > opts.maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, allowed, raw);
    return ms;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].join('');
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


/***/ })

};
