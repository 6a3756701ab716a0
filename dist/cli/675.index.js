export const id = 675;
export const ids = [675];
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

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sagemakerPipelines)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4459);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8021);
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);




/** The pipeline gateway over the SageMaker API. Errors are classified for the domain's waits. */
function sagemakerPipelines(client) {
    const send = async (fn) => {
        try {
            return await fn();
        }
        catch (err) {
            if ((0,_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpiredCredentials */ .CW)(err))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRED_CREDENTIALS_HINT */ .j3);
            if ((0,_transient_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err))
                throw new _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientError */ .N_(`${err.name}: ${err.message}`);
            throw err;
        }
    };
    const ms = (d) => (d ? d.getTime() : undefined);
    return {
        async describePipeline(name) {
            try {
                const p = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .DescribePipelineCommand */ .XMb({ PipelineName: name })));
                return {
                    arn: p.PipelineArn ?? '',
                    name: p.PipelineName ?? name,
                    definition: p.PipelineDefinition ?? '{}',
                };
            }
            catch (err) {
                if (err.name === 'ResourceNotFound')
                    return undefined;
                throw err;
            }
        },
        async createPipeline(req) {
            const out = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .CreatePipelineCommand */ .CQC({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ClientRequestToken: req.token,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
            return out.PipelineArn ?? '';
        },
        async updatePipeline(req) {
            await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .UpdatePipelineCommand */ .vMT({
                PipelineName: req.name,
                PipelineDefinition: req.definition,
                RoleArn: req.roleArn,
                ...(req.description ? { PipelineDescription: req.description } : {}),
            })));
        },
        async startExecution(req) {
            const out = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .StartPipelineExecutionCommand */ .QqH({
                PipelineName: req.pipelineName,
                ClientRequestToken: req.clientRequestToken,
                ...(req.parameters.length ? { PipelineParameters: req.parameters } : {}),
                ...(req.displayName ? { PipelineExecutionDisplayName: req.displayName } : {}),
                ...(req.description ? { PipelineExecutionDescription: req.description } : {}),
                ...(req.maxParallelSteps
                    ? { ParallelismConfiguration: { MaxParallelExecutionSteps: req.maxParallelSteps } }
                    : {}),
            })));
            if (!out.PipelineExecutionArn)
                throw new Error('StartPipelineExecution returned no PipelineExecutionArn');
            return out.PipelineExecutionArn;
        },
        async describeExecution(arn, options) {
            const e = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .DescribePipelineExecutionCommand */ .lMO({ PipelineExecutionArn: arn }), abortable(options)));
            return {
                arn: e.PipelineExecutionArn ?? arn,
                status: e.PipelineExecutionStatus ?? 'Executing',
                displayName: e.PipelineExecutionDisplayName,
                failureReason: e.FailureReason,
                startTime: ms(e.CreationTime),
                lastModifiedTime: ms(e.LastModifiedTime),
            };
        },
        async listExecutions(pipelineName, nextToken, options) {
            const page = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .ListPipelineExecutionsCommand */ .bni({
                PipelineName: pipelineName,
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: 100,
                ...(nextToken ? { NextToken: nextToken } : {}),
            }), abortable(options)));
            return {
                executions: (page.PipelineExecutionSummaries ?? []).map((e) => ({
                    arn: e.PipelineExecutionArn ?? '',
                    status: e.PipelineExecutionStatus ?? 'Executing',
                    displayName: e.PipelineExecutionDisplayName,
                    failureReason: e.PipelineExecutionFailureReason,
                    startTime: ms(e.StartTime),
                })),
                ...(page.NextToken ? { nextToken: page.NextToken } : {}),
            };
        },
        async listSteps(arn, options) {
            const steps = [];
            let token;
            do {
                const page = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .ListPipelineExecutionStepsCommand */ .BTz({
                    PipelineExecutionArn: arn,
                    SortOrder: 'Descending',
                    MaxResults: 100,
                    ...(token ? { NextToken: token } : {}),
                }), abortable(options)));
                steps.push(...(page.PipelineExecutionSteps ?? []).map(toStep));
                token = page.NextToken;
            } while (token && !options?.firstPageOnly);
            return { steps, complete: !token };
        },
        async definitionForExecution(arn) {
            const out = await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .DescribePipelineDefinitionForExecutionCommand */ .tW0({ PipelineExecutionArn: arn })));
            return out.PipelineDefinition ?? '{}';
        },
        async stopExecution(arn, token) {
            await send(() => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_3__/* .StopPipelineExecutionCommand */ .krr({ PipelineExecutionArn: arn, ClientRequestToken: token })));
        },
    };
}
/** Reads are abandoned when the wait is cancelled; StopPipelineExecution never is. */
function abortable(options) {
    return options?.signal ? { abortSignal: options.signal } : {};
}
function toStep(s) {
    return {
        name: s.StepName ?? '',
        displayName: s.StepDisplayName,
        status: s.StepStatus ?? 'Starting',
        startTime: s.StartTime?.getTime(),
        endTime: s.EndTime?.getTime(),
        failureReason: s.FailureReason,
        attemptCount: s.AttemptCount,
        metadata: s.Metadata,
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

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ waitAndReport),
  h: () => (/* binding */ waitSettings)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/pipelines/definition.ts
var definition = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/core/pipelines/executions.ts
var pipelines_executions = __webpack_require__(9016);
;// CONCATENATED MODULE: ./src/core/pipelines/steps.ts
function outcomeOf(steps) {
    const conditions = {};
    let modelPackageArn = '';
    // Oldest first, so that the latest RegisterModel wins when there are several.
    for (const s of [...steps].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
        const outcome = dig(s.metadata, 'Condition', 'Outcome');
        if (typeof outcome === 'string')
            conditions[s.name] = outcome;
        const registered = dig(s.metadata, 'RegisterModel', 'Arn');
        if (typeof registered === 'string' && registered)
            modelPackageArn = registered;
    }
    return { conditions, modelPackageArn };
}
/** `condition-outcome`: "true" / "false" when the pipeline has exactly one condition step, else "". */
function singleConditionOutcome(conditions) {
    const values = Object.values(conditions);
    return values.length === 1 ? values[0].toLowerCase() : '';
}
/** The `steps` output: one object per step, in the order they started. */
function stepsOutput(steps) {
    return [...steps]
        .sort((a, b) => (a.startTime ?? Infinity) - (b.startTime ?? Infinity))
        .map((s) => ({
        name: s.name,
        type: stepType(s),
        status: s.status,
        start: s.startTime ? new Date(s.startTime).toISOString() : null,
        end: s.endTime ? new Date(s.endTime).toISOString() : null,
        ...(s.failureReason ? { failureReason: s.failureReason } : {}),
    }));
}
const METADATA_TYPES = {
    TrainingJob: 'Training',
    ProcessingJob: 'Processing',
    TransformJob: 'Transform',
    TuningJob: 'Tuning',
    Model: 'Model',
    RegisterModel: 'RegisterModel',
    Condition: 'Condition',
    Callback: 'Callback',
    Lambda: 'Lambda',
    EMR: 'EMR',
    QualityCheck: 'QualityCheck',
    ClarifyCheck: 'ClarifyCheck',
    Fail: 'Fail',
    AutoMLJob: 'AutoML',
    Endpoint: 'Endpoint',
    EndpointConfig: 'EndpointConfig',
};
/** The step's type, read from which Metadata member it carries. */
function stepType(s) {
    for (const key of Object.keys(s.metadata ?? {}))
        if (METADATA_TYPES[key])
            return METADATA_TYPES[key];
    return '';
}
/** The ARN of the job a step ran (training, processing, transform, tuning...), if any. */
function jobArn(s) {
    for (const key of ['TrainingJob', 'ProcessingJob', 'TransformJob', 'TuningJob', 'AutoMLJob', 'Lambda']) {
        const arn = dig(s.metadata, key, 'Arn');
        if (typeof arn === 'string' && arn)
            return arn;
    }
    return undefined;
}
const LOG_GROUPS = {
    'training-job': '/aws/sagemaker/TrainingJobs',
    'processing-job': '/aws/sagemaker/ProcessingJobs',
    'transform-job': '/aws/sagemaker/TransformJobs',
};
/** A CloudWatch Logs console link for a job ARN (its streams are prefixed by the job name). */
function logsUrl(arn) {
    const m = /^arn:(aws[a-z-]*):(sagemaker|lambda):([a-z0-9-]+):\d{12}:([a-z-]+)[/:](.+)$/.exec(arn);
    if (!m)
        return undefined;
    const [, partition, service, region, kind, name] = m;
    const group = service === 'lambda' ? `/aws/lambda/${name}` : LOG_GROUPS[kind];
    if (!group)
        return undefined;
    const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    const enc = (s) => encodeURIComponent(s).replace(/%/g, '$25');
    const filter = service === 'lambda' ? '' : `${enc('?logStreamNameFilter=')}${enc(name)}`;
    return `https://${region}.${host}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}${filter}`;
}
/** Lines describing how steps changed between two listings, e.g. `Train: Executing → Succeeded (12m 3s)`. */
function stepTransitions(before, after) {
    const previous = new Map(before.map((s) => [s.name, s.status]));
    const out = [];
    for (const s of [...after].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
        const was = previous.get(s.name);
        if (was === s.status)
            continue;
        const took = s.startTime !== undefined && s.endTime !== undefined ? ` (${formatSpan(s.endTime - s.startTime)})` : '';
        out.push({ step: s, line: `${s.name}: ${was ?? 'new'} → ${s.status}${took}` });
    }
    return out;
}
/** The steps known so far, updated with a partial listing (the newest page): matched by name. */
function mergeSteps(known, page) {
    const byName = new Map(known.map((s) => [s.name, s]));
    for (const s of page)
        byName.set(s.name, s);
    return [...byName.values()];
}
/** Lines that explain a failed step: its reason, the job it ran and where its logs are. */
function failureDetails(s) {
    const lines = [`step ${s.name} failed: ${s.failureReason ?? 'no reason given'}`];
    const arn = jobArn(s);
    if (arn)
        lines.push(`  job: ${arn}`);
    const logs = arn ? logsUrl(arn) : undefined;
    if (logs)
        lines.push(`  logs: ${logs}`);
    return lines;
}
function formatSpan(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h)
        return `${h}h ${m}m`;
    if (m)
        return `${m}m ${sec}s`;
    return `${sec}s`;
}
function dig(obj, ...path) {
    let v = obj;
    for (const k of path)
        v = v && typeof v === 'object' ? v[k] : undefined;
    return v;
}

;// CONCATENATED MODULE: ./src/core/pipelines/summary.ts


/**
 * The job summary of an execution: the pipeline as a mermaid flowchart (edges from DependsOn, data
 * dependencies and condition branches; each step coloured by its status, the branch not taken
 * shown as skipped), then a table of the steps with their durations.
 */
function executionSummary(e, graph, consoleUrl) {
    const title = `### ${pipelines_executions/* STATUS_ICON */.tW[e.status] ?? ''} Pipeline execution [${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}](${consoleUrl}): ${e.status}`;
    const parts = [title, ''];
    if (e.failureReason)
        parts.push(`> ${e.failureReason.replace(/\n/g, ' ')}`, '');
    if (graph?.steps.length)
        parts.push('```mermaid', flowchart(graph, e.steps), '```', '');
    parts.push(stepsTable(e.steps), '');
    return parts.join('\n');
}
const CLASSES = {
    succeeded: 'fill:#d4edda,stroke:#28a745,color:#155724',
    failed: 'fill:#f8d7da,stroke:#dc3545,color:#721c24',
    executing: 'fill:#cce5ff,stroke:#007bff,color:#004085',
    stopped: 'fill:#e2e3e5,stroke:#6c757d,color:#383d41',
    skipped: 'fill:#ffffff,stroke:#adb5bd,color:#adb5bd,stroke-dasharray:4 4',
    pending: 'fill:#ffffff,stroke:#6c757d,color:#383d41',
};
function flowchart(graph, steps) {
    const ids = new Map(graph.steps.map((s, i) => [s.name, `s${i}`]));
    const byName = new Map(steps.map((s) => [s.name, s]));
    const skipped = skippedSteps(graph, byName);
    const lines = ['flowchart TD'];
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        const status = run?.status ?? (skipped.has(node.name) ? 'Skipped' : 'Not started');
        const label = `${node.name}<br/><small>${node.type} · ${status}</small>`;
        const shape = node.type === 'Condition' ? [`{{"`, `"}}`] : [`["`, `"]`];
        lines.push(`  ${ids.get(node.name)}${shape[0]}${summary_escape(label)}${shape[1]}`);
    }
    for (const node of graph.steps) {
        for (const from of node.after)
            if (ids.has(from))
                lines.push(`  ${ids.get(from)} --> ${ids.get(node.name)}`);
        for (const [branch, label] of [
            [node.ifSteps, 'true'],
            [node.elseSteps, 'false'],
        ]) {
            for (const to of branch ?? [])
                if (ids.has(to))
                    lines.push(`  ${ids.get(node.name)} -->|${label}| ${ids.get(to)}`);
        }
    }
    for (const [cls, style] of Object.entries(CLASSES))
        lines.push(`  classDef ${cls} ${style}`);
    for (const node of graph.steps) {
        const run = byName.get(node.name);
        lines.push(`  class ${ids.get(node.name)} ${statusClass(run?.status, skipped.has(node.name))}`);
    }
    return lines.join('\n');
}
/** Steps of the branch a finished condition step did not take (and everything only they lead to). */
function skippedSteps(graph, byName) {
    const skipped = new Set();
    for (const node of graph.steps) {
        const outcome = byName.get(node.name)?.metadata?.Condition?.Outcome;
        if (outcome !== 'True' && outcome !== 'False')
            continue;
        for (const s of (outcome === 'True' ? node.elseSteps : node.ifSteps) ?? [])
            if (!byName.has(s))
                skipped.add(s);
    }
    // Steps that depend on a skipped step never run either.
    for (let changed = true; changed;) {
        changed = false;
        for (const node of graph.steps) {
            if (!skipped.has(node.name) && !byName.has(node.name) && node.after.some((a) => skipped.has(a))) {
                skipped.add(node.name);
                changed = true;
            }
        }
    }
    return skipped;
}
function statusClass(status, skipped) {
    if (skipped)
        return 'skipped';
    switch (status) {
        case 'Succeeded':
            return 'succeeded';
        case 'Failed':
            return 'failed';
        case 'Starting':
        case 'Executing':
        case 'Stopping':
            return 'executing';
        case 'Stopped':
            return 'stopped';
        default:
            return 'pending';
    }
}
function summary_escape(text) {
    return text.replace(/"/g, '#quot;');
}
function stepsTable(steps) {
    if (!steps.length)
        return '_No steps ran._';
    const rows = [...steps]
        .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))
        .map((s) => {
        const took = s.startTime && s.endTime ? formatSpan(s.endTime - s.startTime) : s.startTime ? 'running' : '';
        const reason = (s.failureReason ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
        return `| ${s.name} | ${pipelines_executions/* STATUS_ICON */.tW[s.status] ?? ''} ${s.status} | ${took} | ${reason} |`;
    });
    return ['| Step | Status | Duration | Failure reason |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./src/core/pipelines/verdict.ts




const FAIL_ON = ['failed', 'stopped', 'condition-false'];
const DEFAULT_FAIL_ON = ['failed', 'stopped'];
/** One status for all the executions waited on: the worst of them. */
function overallStatus(executions) {
    for (const s of ['Failed', 'Stopped', 'Stopping', 'Executing'])
        if (executions.some((e) => e.status === s))
            return s;
    return executions[0]?.status ?? '';
}
/** The error the step ends with, or undefined when it succeeds under the `fail-on` policy. */
function verdict(result, failOn, timeoutMs) {
    const running = result.executions.filter((e) => !['Succeeded', 'Failed', 'Stopped'].includes(e.status));
    const what = running.map((e) => `${verdict_name(e)} (${e.status})`).join(', ');
    const stopped = result.stopped.length
        ? `; stopped ${result.stopped.map((a) => (0,pipelines_executions/* executionId */.uY)(a)).join(', ')}`
        : '; left running';
    if (result.ended === 'cancelled') {
        return new errors/* CancelledError */.cc(`cancelled while waiting on ${what || 'nothing'}${running.length ? stopped : ''}`);
    }
    if (result.ended === 'timeout') {
        return new errors/* TimeoutError */.MU(`timed out after ${(0,inputs/* formatDuration */.a3)(timeoutMs)}; still running: ${what}${stopped}`);
    }
    const reasons = [];
    for (const e of result.executions) {
        if (e.status === 'Failed' && failOn.includes('failed')) {
            const step = e.steps.find((s) => s.status === 'Failed');
            reasons.push(`${verdict_name(e)} failed${step ? ` at step ${step.name}` : ''}: ${step?.failureReason ?? e.failureReason ?? 'no reason given'}`);
        }
        if (e.status === 'Stopped' && failOn.includes('stopped'))
            reasons.push(`${verdict_name(e)} was stopped`);
        if (failOn.includes('condition-false')) {
            for (const [step, outcome] of Object.entries(outcomeOf(e.steps).conditions)) {
                if (outcome === 'False')
                    reasons.push(`${verdict_name(e)}: condition ${step} is False`);
            }
        }
    }
    return reasons.length ? new errors/* OutcomeError */.Rz(reasons.join('; ')) : undefined;
}
function verdict_name(e) {
    return e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn);
}

// EXTERNAL MODULE: ./src/core/pipelines/gateway.ts
var pipelines_gateway = __webpack_require__(8021);
;// CONCATENATED MODULE: ./src/core/pipelines/schedule.ts
const ADAPTIVE = {
    minMs: 2_000,
    /** Longest gap with a previous execution to predict from, and without one. */
    maxMs: 60_000,
    maxWithoutHistoryMs: 30_000,
    ratio: 0.5,
};
function historyFrom(executionStart, executionEnd, steps) {
    const map = new Map();
    let last = 0;
    for (const s of steps) {
        if (s.startTime === undefined || s.endTime === undefined)
            continue;
        map.set(s.name, { start: s.startTime - executionStart, end: s.endTime - executionStart });
        last = Math.max(last, s.endTime - executionStart);
    }
    if (!map.size)
        return undefined;
    const total = executionEnd && executionEnd > executionStart ? Math.max(last, executionEnd - executionStart) : last;
    return { steps: map, totalMs: total };
}
/** The moments worth polling near, for executions still running. */
function predictedEvents(running, history) {
    const events = [];
    for (const e of running) {
        events.push(e.startTime);
        if (!history)
            continue;
        // How late this execution runs against the previous one, from the latest thing seen of it.
        let drift = 0;
        let latest = -Infinity;
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
function nextInterval(now, events, withHistory) {
    const max = withHistory ? ADAPTIVE.maxMs : ADAPTIVE.maxWithoutHistoryMs;
    let distance = Infinity;
    for (const e of events)
        distance = Math.min(distance, Math.abs(now - e));
    if (!Number.isFinite(distance))
        return max;
    return Math.round(Math.min(max, Math.max(ADAPTIVE.minMs, distance * ADAPTIVE.ratio)));
}

// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
;// CONCATENATED MODULE: ./src/core/pipelines/wait.ts






/**
 * Running executions whose steps are read on each poll: the one the schedule follows, then the
 * others in turn. Up to this many, every transition is logged within one poll of happening.
 */
const STEP_READS_PER_POLL = 3;
/**
 * Waits until every execution is terminal (Succeeded, Failed or Stopped), the time is up, or the
 * signal aborts. Executions of one pipeline are polled together (one ListPipelineExecutions call
 * for many). On each poll the newest steps of running executions are read (one call each, first
 * page) so transitions are logged as they happen; an ended execution's steps are read whole once.
 * Transient errors never end the wait; a cancel abandons the read in flight.
 */
async function waitForExecutions(o) {
    const { clock, log, gateway } = o;
    const tracked = o.executions.map((arn) => ({
        arn,
        status: 'Executing',
        steps: [],
        stepsFinal: false,
        lastStepRead: 0,
        pending: [],
    }));
    const deadline = clock.now() + o.timeoutMs;
    const read = { signal: o.signal };
    let poll = 0;
    let history;
    let historyLoaded = o.policy.kind !== 'adaptive';
    let transientCount = 0;
    const attempt = async (what, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            // A read abandoned by a cancel: the loop sees the signal and stops the executions.
            if (o.signal?.aborted)
                return undefined;
            if (!(err instanceof pipelines_gateway/* TransientError */.N_))
                throw err;
            transientCount++;
            log.debug(`${what}: ${(0,errors/* errorMessage */.gJ)(err)} (transient, polling again)`);
            return undefined;
        }
    };
    for (;;) {
        if (o.signal?.aborted)
            return finish('cancelled');
        poll++;
        await pollStatuses();
        if (!historyLoaded && !o.signal?.aborted) {
            historyLoaded = true;
            history = await attempt('reading the previous execution', () => loadHistory(gateway, tracked, o.signal));
        }
        await readSteps();
        logStatusLines(false);
        if (o.signal?.aborted)
            return finish('cancelled');
        if (tracked.every((t) => (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && t.stepsFinal))
            return finish('done');
        const now = clock.now();
        if (now >= deadline)
            return finish('timeout');
        const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
        const interval = o.policy.kind === 'fixed'
            ? o.policy.intervalMs
            : running.length
                ? nextInterval(now, predictedEvents(wait_focus(running, now), history), Boolean(history))
                : 2_000;
        await clock.sleep(Math.min(interval, deadline - now), o.signal);
    }
    async function pollStatuses() {
        const groups = new Map();
        const waitedOn = new Map();
        for (const t of tracked) {
            const name = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(t.arn);
            waitedOn.set(name, (waitedOn.get(name) ?? 0) + 1);
            if (!(0,pipelines_gateway/* isTerminal */.Hd)(t.status))
                groups.set(name, [...(groups.get(name) ?? []), t]);
        }
        for (const [pipeline, members] of groups) {
            if (o.signal?.aborted)
                return;
            // One execution of a pipeline: DescribePipelineExecution; several: one listing serves them all.
            if (waitedOn.get(pipeline) === 1) {
                const state = await attempt(`describing ${(0,pipelines_executions/* executionId */.uY)(members[0].arn)}`, () => gateway.describeExecution(members[0].arn, read));
                if (state)
                    update(members[0], state);
                continue;
            }
            // Newest first: the executions waited on are usually on the first page.
            const missing = new Set(members.map((m) => m.arn));
            let token;
            for (let page = 0; page < 20 && missing.size; page++) {
                const result = await attempt(`listing executions of ${pipeline}`, () => gateway.listExecutions(pipeline, token, read));
                if (!result)
                    return;
                for (const state of result.executions) {
                    const m = members.find((x) => x.arn === state.arn);
                    if (m) {
                        update(m, state);
                        missing.delete(m.arn);
                    }
                }
                token = result.nextToken;
                if (!token)
                    break;
            }
            for (const arn of missing) {
                const state = await attempt(`describing ${(0,pipelines_executions/* executionId */.uY)(arn)}`, () => gateway.describeExecution(arn, read));
                if (state)
                    update(members.find((m) => m.arn === arn), state);
            }
        }
    }
    function update(t, state) {
        const was = t.status;
        t.status = state.status;
        t.displayName = state.displayName ?? t.displayName;
        t.failureReason = state.failureReason ?? t.failureReason;
        t.startTime = state.startTime ?? t.startTime;
        if (!(0,pipelines_gateway/* isTerminal */.Hd)(was) && (0,pipelines_gateway/* isTerminal */.Hd)(state.status)) {
            t.detectedAt = clock.now();
            o.onTerminal?.(t.arn, state.status, t.detectedAt);
            t.pending.push(`${label(t)}: ${state.status}${state.failureReason ? ` (${state.failureReason})` : ''}`);
        }
        else if (was !== state.status && t.detectedAt === undefined) {
            t.pending.push(`${label(t)}: ${state.status}`);
        }
    }
    /** An execution's status lines, after its step transitions (an ended one's, once its steps are read whole). */
    function logStatusLines(all) {
        for (const t of tracked) {
            if (!all && (0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                continue;
            for (const line of t.pending.splice(0))
                log.info(line);
        }
    }
    async function readSteps() {
        // Ended executions: every step, read once after the status that says it ended.
        for (const t of tracked)
            if ((0,pipelines_gateway/* isTerminal */.Hd)(t.status) && !t.stepsFinal)
                await readStepsOf(t, false);
        // Running ones: the newest steps (one call), the execution the schedule follows first.
        const [followed, ...others] = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
        if (!followed)
            return;
        others.sort((a, b) => a.lastStepRead - b.lastStepRead);
        for (const t of [followed, ...others].slice(0, STEP_READS_PER_POLL)) {
            t.lastStepRead = poll;
            await readStepsOf(t, true);
        }
    }
    async function readStepsOf(t, firstPageOnly) {
        if (o.signal?.aborted)
            return;
        const result = await attempt(`listing steps of ${(0,pipelines_executions/* executionId */.uY)(t.arn)}`, () => gateway.listSteps(t.arn, { firstPageOnly, signal: o.signal }));
        if (!result)
            return;
        const steps = result.complete ? result.steps : mergeSteps(t.steps, result.steps);
        for (const { step, line } of stepTransitions(t.steps, steps)) {
            log.info(`${label(t)}: ${line}`);
            if (step.status === 'Failed')
                for (const l of failureDetails(step))
                    log.info(`${label(t)}: ${l}`);
        }
        t.steps = steps;
        if (!firstPageOnly)
            t.stepsFinal = true;
    }
    async function finish(ended) {
        logStatusLines(true);
        const stopped = [];
        if (ended !== 'done' && o.stopOnCancel) {
            const running = tracked.filter((t) => !(0,pipelines_gateway/* isTerminal */.Hd)(t.status));
            const results = await Promise.allSettled(running.map((t) => gateway.stopExecution(t.arn, (0,start/* stopToken */.WH)(t.arn)).then(() => stopped.push(t.arn))));
            results.forEach((r, i) => {
                if (r.status === 'rejected')
                    log.warning(`could not stop ${running[i].arn}: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
            });
        }
        if (transientCount)
            log.debug(`${transientCount} transient errors were retried during the wait`);
        return {
            ended,
            stopped,
            executions: tracked.map(({ stepsFinal: _s, lastStepRead: _l, pending: _p, ...r }) => r),
        };
    }
}
/**
 * The execution the schedule follows: the first still running. Following all of K executions whose
 * ends spread over minutes would poll densely through the whole spread; one poll serves them all.
 */
function wait_focus(running, now) {
    const t = running[0];
    return [{ startTime: t.startTime ?? now, steps: t.steps }];
}
function label(t) {
    return t.displayName ?? (0,pipelines_executions/* executionId */.uY)(t.arn);
}
/** The previous successful execution of the (first) pipeline waited on, as a timing template. */
async function loadHistory(gateway, tracked, signal) {
    const pipeline = (0,pipelines_gateway/* pipelineOfExecution */.Oc)(tracked[0].arn);
    const ours = new Set(tracked.map((t) => t.arn));
    const { executions } = await gateway.listExecutions(pipeline, undefined, { signal });
    const previous = executions.find((e) => e.status === 'Succeeded' && !ours.has(e.arn));
    if (!previous?.startTime)
        return undefined;
    const { steps } = await gateway.listSteps(previous.arn, { signal });
    return historyFrom(previous.startTime, previous.lastModifiedTime, steps);
}

;// CONCATENATED MODULE: ./src/commands/wait-pipeline/report.ts








/** The wait inputs, parsed (before any AWS call, so bad input never starts anything). */
function waitSettings(host) {
    const minutes = (0,inputs/* integer */.nd)('timeout-minutes', host.input('timeout-minutes'), 360, {
        min: 1,
        max: 4320,
        unit: 'minutes',
    });
    const rawPoll = host.input('poll-interval');
    const policy = !rawPoll || rawPoll.toLowerCase() === 'adaptive'
        ? { kind: 'adaptive' }
        : {
            kind: 'fixed',
            intervalMs: (0,inputs/* duration */.p0)('poll-interval', rawPoll, 30_000, {
                minMs: 5_000,
                maxMs: 600_000,
                defaultUnit: 's',
            }),
        };
    return {
        timeoutMs: minutes * 60_000,
        policy,
        failOn: (0,inputs/* choices */.S9)('fail-on', host.input('fail-on'), FAIL_ON, DEFAULT_FAIL_ON),
        stopOnCancel: (0,inputs/* boolean */.zM)('stop-on-cancel', host.input('stop-on-cancel'), true),
    };
}
/** Most diagrams a summary draws; further executions get a row in a table. */
const MAX_DIAGRAMS = 3;
/** Waits, sets the outputs, writes the summary, and throws when the `fail-on` policy says so. */
async function waitAndReport(host, gateway, arns, s) {
    host.info(`Waiting on ${arns.length === 1 ? arns[0] : `${arns.length} executions`} (${s.policy.kind === 'adaptive' ? 'adaptive polling' : `every ${s.policy.intervalMs / 1000}s`})`);
    const result = await waitForExecutions({
        executions: arns,
        gateway,
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs: s.timeoutMs,
        policy: s.policy,
        stopOnCancel: s.stopOnCancel,
    });
    if (result.ended === 'cancelled')
        host.warning(`cancelled: ${result.stopped.length ? `stopped ${result.stopped.join(', ')}` : 'nothing left to stop'}`);
    const first = result.executions[0];
    const outcome = outcomeOf(first.steps);
    host.setOutput('status', overallStatus(result.executions));
    host.setOutput('conditions', outcome.conditions);
    host.setOutput('condition-outcome', singleConditionOutcome(outcome.conditions));
    host.setOutput('model-package-arn', outcome.modelPackageArn);
    host.setOutput('steps', stepsOutput(first.steps));
    host.setOutput('executions', result.executions.map((e) => ({ arn: e.arn, status: e.status, ...outcomeOf(e.steps) })));
    for (const e of result.executions) {
        await host.group(`Steps of ${e.displayName ?? (0,pipelines_executions/* executionId */.uY)(e.arn)}: ${e.status}`, async () => logSteps(host, e));
    }
    await host.appendSummary(await summary(host, gateway, result.executions));
    const error = verdict(result, s.failOn, s.timeoutMs);
    if (error)
        throw error;
}
function logSteps(host, e) {
    for (const step of stepsOutput(e.steps)) {
        host.info(`${step.status.padEnd(10)} ${step.name}${step.type ? ` (${step.type})` : ''}${step.failureReason ? `: ${step.failureReason}` : ''}`);
    }
}
async function summary(host, gateway, executions) {
    const parts = [];
    for (const e of executions.slice(0, MAX_DIAGRAMS)) {
        let graph;
        try {
            graph = (0,definition/* parseDefinition */.JA)(await gateway.definitionForExecution(e.arn));
        }
        catch (err) {
            host.debug(`no diagram for ${e.arn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        parts.push(executionSummary(e, graph, (0,pipelines_executions/* executionConsoleUrl */.bm)(e.arn)));
    }
    if (executions.length > MAX_DIAGRAMS) {
        const rest = executions
            .slice(MAX_DIAGRAMS)
            .map((e) => ({ arn: e.arn, displayName: e.displayName, status: e.status }));
        parts.push((0,pipelines_executions/* executionsTable */.wI)('(more executions)', rest, pipelines_executions/* executionConsoleUrl */.bm));
    }
    return parts.join('\n');
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

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ parseDefinition)
/* harmony export */ });
/* unused harmony exports PARAMETER_TYPES, stepReferences */
/**
 * The parts of a pipeline definition JSON the toolkit reads: its Parameters (to check values before
 * starting) and its Steps as a graph (to draw the flowchart). Condition steps nest their branches'
 * steps in Arguments.IfSteps / ElseSteps; data dependencies are `{"Get": "Steps.<Name>...."}`.
 */
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'];
function parseDefinition(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`the pipeline definition is not valid JSON: ${err.message}`, { cause: err });
    }
    if (!doc || typeof doc !== 'object')
        throw new Error('the pipeline definition is not a JSON object');
    const d = doc;
    const parameters = (Array.isArray(d.Parameters) ? d.Parameters : []).map((p) => ({
        name: String(p.Name),
        type: PARAMETER_TYPES.includes(String(p.Type))
            ? p.Type
            : 'String',
        ...(p.DefaultValue !== undefined ? { defaultValue: String(p.DefaultValue) } : {}),
    }));
    const steps = [];
    const visit = (raw) => {
        if (typeof raw === 'string')
            return raw;
        if (!raw || typeof raw !== 'object')
            return undefined;
        const s = raw;
        const name = String(s.Name ?? '');
        if (!name || steps.some((x) => x.name === name))
            return name || undefined;
        const node = { name, type: String(s.Type ?? 'Unknown'), after: [] };
        steps.push(node);
        const depends = Array.isArray(s.DependsOn) ? s.DependsOn.map(String) : [];
        const args = (s.Arguments ?? {});
        const nested = new Set([args.IfSteps, args.ElseSteps]);
        const reads = stepReferences(Object.fromEntries(Object.entries(args).filter(([, v]) => !nested.has(v))), name);
        node.after = [...new Set([...depends, ...reads])];
        if (s.Type === 'Condition') {
            node.ifSteps = (Array.isArray(args.IfSteps) ? args.IfSteps : []).map(visit).filter(isString);
            node.elseSteps = (Array.isArray(args.ElseSteps) ? args.ElseSteps : []).map(visit).filter(isString);
        }
        return name;
    };
    for (const s of Array.isArray(d.Steps) ? d.Steps : [])
        visit(s);
    // Branch steps start after their condition step, even without an explicit DependsOn.
    for (const c of steps) {
        for (const b of [...(c.ifSteps ?? []), ...(c.elseSteps ?? [])]) {
            const node = steps.find((s) => s.name === b);
            if (node)
                node.after = node.after.filter((a) => a !== c.name);
        }
    }
    return { steps, parameters };
}
/** Names of the steps a value reads from: `{"Get": "Steps.Train.ModelArtifacts..."}` anywhere inside. */
function stepReferences(value, self) {
    const found = new Set();
    const walk = (v) => {
        if (Array.isArray(v))
            return v.forEach(walk);
        if (!v || typeof v !== 'object')
            return;
        for (const [k, inner] of Object.entries(v)) {
            if (k === 'Get' && typeof inner === 'string') {
                const m = /^Steps\.([^.[\]]+)/.exec(inner);
                if (m && m[1] !== self)
                    found.add(m[1]);
            }
            else {
                walk(inner);
            }
        }
    };
    walk(value);
    return [...found];
}
function isString(v) {
    return typeof v === 'string';
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

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Oc: () => (/* binding */ pipelineOfExecution),
/* harmony export */   fj: () => (/* binding */ EXECUTION_ARN)
/* harmony export */ });
/* unused harmony exports EXECUTION_STATUSES, TERMINAL */
/**
 * What the pipeline domain needs from SageMaker, as plain data. src/aws/sagemaker-pipelines.ts
 * implements it with the SDK; tests and the benchmark implement it over a scripted world.
 */
const EXECUTION_STATUSES = (/* unused pure expression or super */ null && (['Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded']));
/** The statuses after which an execution never changes again. */
const TERMINAL = ['Stopped', 'Failed', 'Succeeded'];
function isTerminal(status) {
    return TERMINAL.includes(status);
}
/** `arn:...:pipeline/<name>/execution/<id>` → `<name>` (lower-cased by SageMaker in ARNs). */
function pipelineOfExecution(arn) {
    const m = /:pipeline\/([^/]+)\/execution\//.exec(arn);
    return m ? m[1] : '';
}
const EXECUTION_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:pipeline\/[^/]+\/execution\/[^/]+$/;
/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
class TransientError extends Error {
    name = 'TransientError';
}


/***/ }),

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ createToken),
/* harmony export */   KA: () => (/* binding */ clientRequestToken),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   WH: () => (/* binding */ stopToken),
/* harmony export */   h_: () => (/* binding */ description)
/* harmony export */ });
/* unused harmony exports toDisplayName, defaultDisplayName, defaultDescription */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5415);



/** PipelineExecutionDisplayName: 1-82 characters, `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}`. */
const DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const MAX_DISPLAY_NAME = 82;
/** PipelineExecutionDescription: 0-3072 characters. */
const MAX_DESCRIPTION = 3072;
/** Any text turned into a valid display name: other characters become hyphens, ends trimmed. */
function toDisplayName(text) {
    const cleaned = text
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, MAX_DISPLAY_NAME)
        .replace(/-+$/, '');
    return cleaned || 'execution';
}
/** The default display name: `<repo>-<sha7>-run-<id>-<attempt>`, e.g. `churn-model-1a2b3c4-run-42-1`. */
function defaultDisplayName(run) {
    const repo = run.repository?.split('/')[1] ?? 'sagemaker-cicd';
    const parts = [
        repo,
        run.sha?.slice(0, 7),
        run.runId ? `run-${shortRunId(run.runId)}` : undefined,
        run.runAttempt,
    ];
    return toDisplayName(parts.filter(Boolean).join('-'));
}
/** A CodeBuild build id is `project:uuid`: its uuid's first block is enough to tell builds apart. */
function shortRunId(id) {
    const colon = id.lastIndexOf(':');
    return colon >= 0 ? id.slice(colon + 1, colon + 9) : id;
}
function displayName(input, raw, run) {
    const value = raw.trim();
    if (!value)
        return defaultDisplayName(run);
    if (!DISPLAY_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be 1-82 letters, digits and hyphens, starting and ending with a letter or digit', raw);
    }
    return value;
}
/** The default description: what started the execution, so the SageMaker console links back to the run. */
function defaultDescription(run) {
    const what = [run.repository, run.sha ? `@${run.sha}` : ''].join('');
    const parts = [
        `Started by sagemaker-cicd${what ? ` for ${what}` : ''}`,
        run.ref ? `ref ${run.ref}` : '',
        run.actor ? `by ${run.actor}` : '',
        run.runUrl ? `run ${run.runUrl}` : '',
    ].filter(Boolean);
    return parts.join(', ').slice(0, MAX_DESCRIPTION);
}
function description(input, raw, run) {
    if (!raw.trim())
        return defaultDescription(run);
    if (raw.length > MAX_DESCRIPTION)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be at most ${MAX_DESCRIPTION} characters`);
    return raw;
}
/**
 * The ClientRequestToken (32-128 characters): a hash of the run, its attempt, the job, the step,
 * the pipeline and the parameters. A step retried within one attempt sends the same token, and
 * SageMaker returns the execution it already started; "Re-run jobs" is a new attempt, so a new
 * execution. The parameters are part of it so matrix legs (one job id) start one execution each.
 * Outside CI (no run id) there is nothing to be idempotent against: a random token.
 */
function clientRequestToken(run, pipeline, parameters) {
    const params = [...parameters]
        .sort((a, b) => a.Name.localeCompare(b.Name))
        .map((p) => `${p.Name}=${p.Value}`);
    return (0,_run_info_js__WEBPACK_IMPORTED_MODULE_2__/* .runScopedHash */ .m)(run, 'start-pipeline', [pipeline, ...params]) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
}
/** A token for StopPipelineExecution (also required, 32-128): one per execution, so repeated stops are one. */
function stopToken(executionArn) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`stop-pipeline-execution\n${executionArn}`).digest('hex');
}
/** A token for CreatePipeline: the same definition from the same run creates once. */
function createToken(pipeline, definition, run) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([
        'create-pipeline',
        pipeline,
        definition,
        run.runId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        run.runAttempt ?? '',
    ]))
        .digest('hex');
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
