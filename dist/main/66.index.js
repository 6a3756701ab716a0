export const id = 66;
export const ids = [66];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ clientConfig)
});

// UNUSED EXPORTS: resolveEndpoint, resolveRegion

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

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4459);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1294);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9114);
/* harmony import */ var _core_pipelines_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7615);
/* harmony import */ var _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9016);






async function run(host) {
    const name = (0,_core_pipelines_names_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineName */ .a)('pipeline-name', host.input('pipeline-name'));
    const maxResults = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)('max-results', host.input('max-results'), 10, { min: 1, max: 100 });
    const sagemaker = new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_5__/* .SageMakerClient */ .kHU((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientConfig */ .yO)(host.env, 'SAGEMAKER', (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .awsOptions */ .G)(host)));
    const pipeline = await sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_5__/* .DescribePipelineCommand */ .XMb({ PipelineName: name }));
    host.setOutput('pipeline-arn', pipeline.PipelineArn ?? '');
    const page = await sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_5__/* .ListPipelineExecutionsCommand */ .bni({
        PipelineName: name,
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: maxResults,
    }));
    const executions = (page.PipelineExecutionSummaries ?? []).map((e) => ({
        arn: e.PipelineExecutionArn ?? '',
        displayName: e.PipelineExecutionDisplayName,
        status: e.PipelineExecutionStatus ?? 'Unknown',
        startTime: e.StartTime?.toISOString(),
        description: e.PipelineExecutionDescription,
    }));
    const latest = executions[0];
    host.setOutput('latest-execution-arn', latest?.arn ?? '');
    host.setOutput('latest-status', latest?.status ?? '');
    host.setOutput('executions', executions);
    for (const e of executions)
        host.info(`${e.status.padEnd(10)} ${e.arn}`);
    if (!latest)
        host.info(`Pipeline ${name} has no executions yet.`);
    await host.appendSummary((0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionsTable */ .wI)(pipeline.PipelineName ?? name, executions, _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionConsoleUrl */ .bm));
}


/***/ }),

/***/ 9016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ executionConsoleUrl),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   uY: () => (/* binding */ executionId),
/* harmony export */   wI: () => (/* binding */ executionsTable)
/* harmony export */ });
const STATUS_ICON = {
    Executing: '🔄',
    Stopping: '⏹️',
    Stopped: '⏹️',
    Failed: '❌',
    Succeeded: '✅',
    Starting: '🔄',
};
/** The job-summary table of a pipeline's recent executions, newest first. */
function executionsTable(pipeline, executions, consoleUrl) {
    if (!executions.length)
        return `### Pipeline \`${pipeline}\`\n\nNo executions yet.\n`;
    const rows = executions.map((e) => `| ${STATUS_ICON[e.status] ?? ''} ${e.status} | [${e.displayName ?? executionId(e.arn)}](${consoleUrl(e.arn)}) | ${e.startTime ?? ''} |`);
    return [
        `### Pipeline \`${pipeline}\``,
        '',
        '| Status | Execution | Started |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** The last part of an execution ARN (`.../execution/abc123` → `abc123`). */
function executionId(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/**
 * The SageMaker Studio link to an execution. Studio addresses pipelines by name and execution id:
 * https://studio.<region>.sagemaker.aws/... needs a domain, so the console's pipeline page is used.
 */
function executionConsoleUrl(arn) {
    const m = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):(\d{12}):pipeline\/([^/]+)\/execution\/(.+)$/.exec(arn);
    if (!m)
        return '';
    const [, partition, region, , pipeline, id] = m;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    return `https://${region}.${host}/sagemaker/home?region=${region}#/pipelines/${pipeline}/executions/${id}`;
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pipelineName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** PipelineName as the SageMaker API accepts it: a name, or a pipeline ARN (1–2048 characters). */
const PIPELINE_NAME = /^(arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:pipeline\/.*)?([a-zA-Z0-9](-*[a-zA-Z0-9]){0,255})$/;
function pipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is required: the name or ARN of a SageMaker pipeline');
    if (value.length > 2048 || !PIPELINE_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN', raw);
    }
    return value;
}


/***/ })

};
