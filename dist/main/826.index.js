export const id = 826;
export const ids = [826];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ clientConfig),
  Zv: () => (/* binding */ resolveRegion)
});

// UNUSED EXPORTS: resolveEndpoint

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

/***/ 4826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/codepipeline.ts

function codePipelineGateway(client) {
    return {
        async start(pipeline, variables, token) {
            const r = await client.send(new dist_cjs/* StartPipelineExecutionCommand */.QqH({
                name: pipeline,
                ...(variables.length ? { variables } : {}),
                clientRequestToken: token,
            }));
            return r.pipelineExecutionId ?? '';
        },
        async execution(pipeline, id) {
            const r = await client.send(new dist_cjs/* GetPipelineExecutionCommand */.qZw({ pipelineName: pipeline, pipelineExecutionId: id }));
            return {
                status: r.pipelineExecution?.status ?? 'Unknown',
                summary: r.pipelineExecution?.statusSummary,
            };
        },
        async stages(pipeline, id) {
            const r = await client.send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: pipeline }));
            return (r.stageStates ?? []).map((s) => {
                // GetPipelineState shows each stage's latest execution, which may be another one.
                const ours = s.latestExecution?.pipelineExecutionId === id;
                return {
                    name: s.stageName ?? '',
                    status: ours ? (s.latestExecution?.status ?? 'Unknown') : 'NotReached',
                    actions: (s.actionStates ?? []).map((a) => {
                        const e = ours ? a.latestExecution : undefined;
                        return {
                            name: a.actionName ?? '',
                            status: e?.status ?? 'NotReached',
                            ...(e?.summary ? { summary: e.summary } : {}),
                            ...(e?.errorDetails?.message ? { error: e.errorDetails.message } : {}),
                            ...(e?.token ? { token: e.token } : {}),
                            ...(e?.externalExecutionUrl ? { url: e.externalExecutionUrl } : {}),
                        };
                    }),
                };
            });
        },
        async stop(pipeline, id, abandon, reason) {
            await client.send(new dist_cjs/* StopPipelineExecutionCommand */.krr({
                pipelineName: pipeline,
                pipelineExecutionId: id,
                abandon,
                reason,
            }));
        },
    };
}

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/aws/transient.ts
var aws_transient = __webpack_require__(8067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
;// CONCATENATED MODULE: ./src/core/codepipeline/inputs.ts



/** CodePipeline names: 1-100 of `[A-Za-z0-9.@\-_]`. */
function codePipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new errors/* InputError */.dz(input, 'is required: the name of a CodePipeline pipeline');
    if (!/^[A-Za-z0-9.@\-_]{1,100}$/.test(value))
        throw new errors/* InputError */.dz(input, 'must be a CodePipeline name: 1-100 letters, digits, . @ - _', raw);
    return value;
}
/** Pipeline variables: names 1-128 of `[A-Za-z0-9@\-_]`, values 1-1000 characters; at most 50. */
function variables(input, map) {
    const entries = Object.entries(map);
    if (entries.length > 50)
        throw new errors/* InputError */.dz(input, 'may have at most 50 variables');
    return entries.map(([name, value]) => {
        if (!/^[A-Za-z0-9@\-_]{1,128}$/.test(name))
            throw new errors/* InputError */.dz(input, `has a bad variable name '${name}': 1-128 letters, digits, @ - _`);
        if (value.length < 1 || value.length > 1000)
            throw new errors/* InputError */.dz(input, `has a value for '${name}' that is not 1-1000 characters`);
        return { name, value };
    });
}
/**
 * clientRequestToken (1-128 of `[a-zA-Z0-9-]`): a hash of the run, its attempt, the job, the step,
 * the pipeline and the variables, so a step retried within one attempt gets the execution it
 * already started, and "Re-run jobs" (a new attempt) starts a new one. Outside CI: random.
 */
function clientRequestToken(run, pipeline, vars, explicit) {
    if (explicit) {
        if (!/^[a-zA-Z0-9-]{1,128}$/.test(explicit))
            throw new errors/* InputError */.dz('client-request-token', 'must be 1-128 letters, digits and hyphens', explicit);
        return explicit;
    }
    const variables = [...vars].sort((a, b) => a.name.localeCompare(b.name)).map((v) => `${v.name}=${v.value}`);
    return (0,run_info/* runScopedHash */.m)(run, 'run-codepipeline', [pipeline, ...variables]) ?? (0,external_node_crypto_.randomUUID)();
}

;// CONCATENATED MODULE: ./src/core/codepipeline/follow.ts

const TERMINAL = new Set([
    'Cancelled',
    'Stopped',
    'Succeeded',
    'Superseded',
    'Failed',
]);
const EXECUTION_CHECK_MS = 5 * 60_000;
/**
 * Follows an execution stage by stage until it ends: logs each stage and action as its status
 * changes, says when a manual approval waits (stage and action), and polls quickly after a change
 * and more slowly while nothing moves. Throttling, 5xx and dropped connections never end the
 * wait. Cancelling stops the execution (StopPipelineExecution) before giving up.
 */
async function followExecution(gw, pipeline, id, opts) {
    const min = opts.minIntervalMs ?? 5_000;
    const max = opts.maxIntervalMs ?? 30_000;
    const deadline = opts.clock.now() + opts.timeoutMs;
    const seen = new Map();
    let interval = min;
    let polls = 0;
    let approvalKey = '';
    let status;
    let checkedAt = 0;
    for (;;) {
        if (opts.signal.aborted)
            return cancel(gw, pipeline, id, opts);
        try {
            polls++;
            const stages = await gw.stages(pipeline, id);
            // While one of this execution's stages runs, GetPipelineState alone shows progress; the
            // execution's own status is read when none runs (it may have ended, been superseded or
            // stopped), and every few minutes regardless.
            const running = stages.some((s) => s.status === 'InProgress');
            if (!running || status === undefined || opts.clock.now() - checkedAt >= EXECUTION_CHECK_MS) {
                status = (await gw.execution(pipeline, id)).status;
                checkedAt = opts.clock.now();
            }
            let changed = false;
            for (const stage of stages) {
                changed = note(seen, `stage ${stage.name}`, stage.status, opts.log, '') || changed;
                for (const a of stage.actions) {
                    const detail = a.error ? `: ${a.error}` : a.summary ? `: ${a.summary}` : '';
                    changed = note(seen, `  ${stage.name} / ${a.name}`, a.status, opts.log, detail) || changed;
                }
            }
            const approval = pendingApproval(stages);
            const key = approval ? `${approval.stage}/${approval.action}` : '';
            if (key !== approvalKey) {
                approvalKey = key;
                if (approval) {
                    opts.log.warning(`Waiting for a manual approval: stage '${approval.stage}', action '${approval.action}' of pipeline ${pipeline}`);
                }
                opts.onApproval?.(approval);
            }
            if (TERMINAL.has(status))
                return { status, stages, polls };
            if (approval && !opts.waitForApproval)
                return { status, stages, approval, polls };
            interval = changed ? min : Math.min(max, Math.round(interval * 1.5));
        }
        catch (err) {
            if (!opts.isTransient(err))
                throw err;
            opts.log.debug(`transient error while polling, will retry: ${err.name}`);
        }
        if (opts.clock.now() >= deadline) {
            throw new errors/* TimeoutError */.MU(`execution ${id} of CodePipeline ${pipeline} did not finish within the timeout (still ${status ?? 'unknown'}); it keeps running`);
        }
        await opts.clock.sleep(Math.min(interval, Math.max(0, deadline - opts.clock.now())), opts.signal);
    }
}
function note(seen, what, status, log, detail) {
    if (seen.get(what) === status)
        return false;
    seen.set(what, status);
    if (status !== 'NotReached')
        log.info(`${what}: ${status}${detail}`);
    return true;
}
/** An approval waits when an in-progress action of this execution carries a token. */
function pendingApproval(stages) {
    for (const s of stages) {
        for (const a of s.actions) {
            if (a.status === 'InProgress' && a.token)
                return { stage: s.name, action: a.name };
        }
    }
    return undefined;
}
async function cancel(gw, pipeline, id, opts) {
    const how = opts.abandonOnCancel ? 'abandoning in-progress actions' : 'letting in-progress actions finish';
    opts.log.info(`Cancelled: stopping execution ${id} of ${pipeline} (${how})`);
    try {
        await gw.stop(pipeline, id, opts.abandonOnCancel, 'Cancelled by the workflow run (sagemaker-cicd)');
    }
    catch (err) {
        // Already over (PipelineExecutionNotStoppableException) is not a failure to stop.
        if (err.name !== 'PipelineExecutionNotStoppableException')
            throw err;
    }
    throw new errors/* CancelledError */.cc(`cancelled; execution ${id} of ${pipeline} was asked to stop`);
}
/** The error for an execution that ended badly, naming the failed action and its error. */
function outcomeError(pipeline, id, status, stages) {
    const failed = stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed').map((a) => ({ s, a })));
    const where = failed.map(({ s, a }) => `${s.name} / ${a.name}${a.error ? `: ${a.error}` : ''}`).join('; ');
    return new errors/* OutcomeError */.Rz(`execution ${id} of CodePipeline ${pipeline} ${status}${where ? ` at ${where}` : ''}`);
}

;// CONCATENATED MODULE: ./src/core/codepipeline/summary.ts
const ICON = {
    Succeeded: '✅',
    Failed: '❌',
    InProgress: '🔄',
    Stopped: '⏹️',
    Stopping: '⏹️',
    Cancelled: '⏹️',
    Abandoned: '⏹️',
    Skipped: '⏭️',
    NotReached: '·',
};
/** The job summary: one row per stage and action of this execution. */
function executionSummary(pipeline, id, status, stages, consoleUrl, approval) {
    const lines = [
        `### CodePipeline \`${pipeline}\`: ${ICON[status] ?? ''} ${status}`,
        '',
        `Execution [\`${id}\`](${consoleUrl})`,
        '',
    ];
    if (approval) {
        lines.push(`> [!NOTE]\n> Waiting for a manual approval: stage **${approval.stage}**, action **${approval.action}**.`, '');
    }
    lines.push('| Stage | Action | Status | Detail |', '| --- | --- | --- | --- |');
    for (const s of stages) {
        if (!s.actions.length)
            lines.push(`| ${s.name} | | ${ICON[s.status] ?? ''} ${s.status} | |`);
        for (const a of s.actions) {
            const detail = (a.error ?? a.summary ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
            lines.push(`| ${s.name} | ${a.name} | ${ICON[a.status] ?? ''} ${a.status} | ${detail} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function executionConsoleUrl(region, pipeline, id) {
    return `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipeline)}/executions/${id}/timeline?region=${region}`;
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/commands/run-codepipeline/run.ts









async function run(host) {
    const pipeline = codePipelineName('pipeline-name', host.input('pipeline-name'));
    const vars = variables('variables', (0,inputs/* stringMap */.Qi)('variables', host.input('variables')));
    const token = clientRequestToken(host.run, pipeline, vars, host.input('client-request-token'));
    const wait = (0,inputs/* boolean */.zM)('wait', host.input('wait'), true);
    const waitForApproval = (0,inputs/* boolean */.zM)('wait-for-approval', host.input('wait-for-approval'), true);
    const timeoutMs = (0,inputs/* duration */.p0)('timeout', host.input('timeout'), 6 * 3_600_000, {
        minMs: 60_000,
        maxMs: 72 * 3_600_000,
        defaultUnit: 'm',
    });
    const cancelMode = (0,inputs/* choice */.Yq)('cancel-mode', host.input('cancel-mode'), ['stop-and-wait', 'abandon'], 'stop-and-wait');
    const aws = (0,aws_options/* awsOptions */.G)(host);
    const region = (0,clients/* resolveRegion */.Zv)(host.env, aws.region);
    const gw = codePipelineGateway(new dist_cjs/* CodePipelineClient */.pEs((0,clients/* clientConfig */.yO)(host.env, 'CODEPIPELINE', aws)));
    const id = await gw.start(pipeline, vars, token);
    host.setOutput('execution-id', id);
    const url = executionConsoleUrl(region, pipeline, id);
    host.info(`Started execution ${id} of CodePipeline ${pipeline}: ${url}`);
    if (!wait) {
        host.setOutput('status', 'InProgress');
        await host.appendSummary(executionSummary(pipeline, id, 'InProgress', [], url));
        return;
    }
    const result = await followExecution(gw, pipeline, id, {
        clock: host.clock,
        log: host,
        signal: host.signal,
        timeoutMs,
        waitForApproval,
        abandonOnCancel: cancelMode === 'abandon',
        isTransient: aws_transient/* isTransient */.dg,
        onApproval: (a) => {
            host.setOutput('approval-stage', a?.stage ?? '');
            host.setOutput('approval-action', a?.action ?? '');
        },
    });
    const stages = result.stages.map(publicStage);
    host.setOutput('status', result.status);
    host.setOutput('stages', stages);
    await host.appendSummary(executionSummary(pipeline, id, result.status, stages, url, result.approval));
    if (result.status !== 'Succeeded' && !result.approval)
        throw outcomeError(pipeline, id, result.status, stages);
}
/** Stages as outputs show them: without approval tokens. */
function publicStage(s) {
    return { ...s, actions: s.actions.map(({ token: _token, ...a }) => a) };
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
