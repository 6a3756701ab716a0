export const id = 374;
export const ids = [374];
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

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(6612);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/aws/eventbridge.ts


const notFound = (err) => err.name === 'ResourceNotFoundException';
/** EventBridge through the SDK (the default event bus). */
function eventBridgeGateway(client) {
    return {
        async describeRule(name) {
            try {
                const r = await client.send(new client_eventbridge_dist_cjs/* DescribeRuleCommand */.NDC({ Name: name }));
                return {
                    Arn: r.Arn ?? '',
                    Name: r.Name,
                    Description: r.Description,
                    State: r.State,
                    EventPattern: r.EventPattern,
                    ScheduleExpression: r.ScheduleExpression,
                };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async putRule(rule) {
            const r = await client.send(new client_eventbridge_dist_cjs/* PutRuleCommand */.JOx(rule));
            return r.RuleArn ?? '';
        },
        async listTargets(rule) {
            const targets = [];
            let NextToken;
            do {
                const page = await client.send(new client_eventbridge_dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: rule, NextToken }));
                targets.push(...(page.Targets ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return targets;
        },
        async putTargets(rule, targets) {
            const r = await client.send(new client_eventbridge_dist_cjs/* PutTargetsCommand */.Ve7({ Rule: rule, Targets: targets }));
            const failed = r.FailedEntries ?? [];
            if (r.FailedEntryCount || failed.length) {
                const why = failed.map((f) => `${f.TargetId}: ${f.ErrorCode} ${f.ErrorMessage}`).join('; ');
                throw new errors/* OutcomeError */.Rz(`EventBridge refused the target of rule ${rule}: ${why}`);
            }
        },
        async removeTargets(rule, ids) {
            await client.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: rule, Ids: ids }));
        },
        async describeConnection(name) {
            try {
                const r = await client.send(new client_eventbridge_dist_cjs/* DescribeConnectionCommand */.lyC({ Name: name }));
                return { arn: r.ConnectionArn ?? '', state: r.ConnectionState ?? '' };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async createConnection(request) {
            const r = await client.send(new client_eventbridge_dist_cjs/* CreateConnectionCommand */.urd(request));
            return r.ConnectionArn ?? '';
        },
        async updateConnection(request) {
            await client.send(new client_eventbridge_dist_cjs/* UpdateConnectionCommand */.v79(request));
        },
        async describeApiDestination(name) {
            try {
                const r = await client.send(new client_eventbridge_dist_cjs/* DescribeApiDestinationCommand */.F_m({ Name: name }));
                return {
                    arn: r.ApiDestinationArn ?? '',
                    Name: r.Name ?? name,
                    Description: r.Description ?? '',
                    ConnectionArn: r.ConnectionArn ?? '',
                    InvocationEndpoint: r.InvocationEndpoint ?? '',
                    HttpMethod: r.HttpMethod,
                    InvocationRateLimitPerSecond: r.InvocationRateLimitPerSecond ?? 0,
                };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async createApiDestination(request) {
            const r = await client.send(new client_eventbridge_dist_cjs/* CreateApiDestinationCommand */.USx(request));
            return r.ApiDestinationArn ?? '';
        },
        async updateApiDestination(request) {
            const r = await client.send(new client_eventbridge_dist_cjs/* UpdateApiDestinationCommand */.jX7(request));
            return r.ApiDestinationArn ?? '';
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/s3-notifications.ts

function bucketNotifications(client) {
    return {
        async sendsToEventBridge(bucket) {
            const r = await client.send(new client_s3_dist_cjs/* GetBucketNotificationConfigurationCommand */.zP$({ Bucket: bucket }));
            return r.EventBridgeConfiguration !== undefined;
        },
    };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/triggers/definition.ts
const TRIGGER_KINDS = ['s3', 'schedule', 'drift', 'model-approved'];
const TARGET_KINDS = ['sagemaker-pipeline', 'github-workflow'];
const TARGET_IDS = {
    'sagemaker-pipeline': 'sagemaker-pipeline',
    'github-workflow': 'github-workflow-dispatch',
};
/** The event pattern for each kind of event source (JSON, as PutRule takes it). */
function eventPattern(source) {
    switch (source.kind) {
        case 's3': {
            const detail = { bucket: { name: [source.bucket] } };
            const key = keyFilter(source.prefix, source.suffix);
            if (key)
                detail.object = { key: [key] };
            return { source: ['aws.s3'], 'detail-type': ['Object Created'], detail };
        }
        case 'drift':
            return {
                source: ['aws.cloudwatch'],
                'detail-type': ['CloudWatch Alarm State Change'],
                detail: { alarmName: [source.alarmName], state: { value: ['ALARM'] } },
            };
        case 'model-approved':
            return {
                source: ['aws.sagemaker'],
                'detail-type': ['SageMaker Model Package State Change'],
                detail: { ModelPackageGroupName: [source.modelPackageGroup], ModelApprovalStatus: ['Approved'] },
            };
        case 'schedule':
            return undefined;
    }
}
/**
 * A key filter: a prefix, a suffix, or both. Two filters in one list would match either (OR), so
 * both together become one wildcard (`data/*.csv`), with `*` and `\` in the parts escaped.
 */
function keyFilter(prefix, suffix) {
    if (prefix && suffix) {
        const esc = (s) => s.replace(/[\\*]/g, (c) => `\\${c}`);
        return { wildcard: `${esc(prefix)}*${esc(suffix)}` };
    }
    if (prefix)
        return { prefix };
    if (suffix)
        return { suffix };
    return undefined;
}
function ruleRequest(def) {
    const pattern = eventPattern(def.source);
    return {
        Name: def.name,
        Description: def.description,
        State: def.state,
        ...(pattern ? { EventPattern: JSON.stringify(pattern) } : {}),
        ...(def.source.kind === 'schedule' ? { ScheduleExpression: def.source.expression } : {}),
    };
}
/** `targetArn` is the API destination's ARN for a GitHub target (known once it exists). */
function targetRequest(def, apiDestinationArn = '') {
    const common = {
        RoleArn: def.roleArn,
        RetryPolicy: {
            MaximumRetryAttempts: def.retry.maximumRetryAttempts,
            MaximumEventAgeInSeconds: def.retry.maximumEventAgeInSeconds,
        },
        ...(def.deadLetterQueueArn ? { DeadLetterConfig: { Arn: def.deadLetterQueueArn } } : {}),
    };
    const t = def.target;
    if (t.kind === 'sagemaker-pipeline') {
        return {
            Id: TARGET_IDS[t.kind],
            Arn: t.pipelineArn,
            ...common,
            SageMakerPipelineParameters: {
                PipelineParameterList: Object.entries(t.parameters).map(([Name, Value]) => ({ Name, Value })),
            },
        };
    }
    return { Id: TARGET_IDS[t.kind], Arn: apiDestinationArn, ...common, InputTransformer: dispatchBody(def) };
}
/**
 * The body of `POST /repos/{owner}/{repo}/actions/workflows/{id}/dispatches`. A model approval
 * passes the package's ARN as the `model-package-arn` input (the deploy workflow `init` writes
 * declares it); other events pass no inputs, since GitHub refuses inputs a workflow does not declare.
 */
function dispatchBody(def) {
    const ref = JSON.stringify(def.target.ref);
    if (def.source.kind === 'model-approved') {
        return {
            InputPathsMap: { modelPackageArn: '$.detail.ModelPackageArn' },
            InputTemplate: `{"ref": ${ref}, "inputs": {"model-package-arn": "<modelPackageArn>"}}`,
        };
    }
    return { InputPathsMap: {}, InputTemplate: `{"ref": ${ref}}` };
}
function connectionRequest(def, token) {
    const t = def.target;
    return {
        Name: connectionName(def.name),
        Description: `GitHub token for workflow_dispatch on ${t.repository} (sagemaker-cicd)`,
        AuthorizationType: 'API_KEY',
        AuthParameters: {
            ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${token}` },
            InvocationHttpParameters: {
                HeaderParameters: [
                    { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
                    { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false },
                ],
            },
        },
    };
}
function apiDestinationRequest(def, connectionArn) {
    const t = def.target;
    return {
        Name: apiDestinationName(def.name),
        Description: `workflow_dispatch of ${t.workflow} on ${t.repository} (sagemaker-cicd)`,
        ConnectionArn: connectionArn,
        InvocationEndpoint: `${t.apiUrl.replace(/\/+$/, '')}/repos/${t.repository}/actions/workflows/${encodeURIComponent(t.workflow)}/dispatches`,
        HttpMethod: 'POST',
        InvocationRateLimitPerSecond: 1,
    };
}
/** Names are 1-64 of `[.\-_A-Za-z0-9]`: the rule name is at most 48 so these suffixes fit. */
const connectionName = (rule) => `${rule}-github`;
const apiDestinationName = (rule) => `${rule}-dispatch`;

;// CONCATENATED MODULE: ./src/core/triggers/plan.ts
/** A JSON value with object keys sorted and empty values dropped: two equal requests compare equal. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v === undefined || v === null)
                continue;
            if (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length)
                continue;
            out[key] = canonical(v);
        }
        return out;
    }
    return value;
}
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
function parsePattern(pattern) {
    if (!pattern)
        return undefined;
    try {
        return JSON.parse(pattern);
    }
    catch {
        return pattern;
    }
}
/** The rule fields that differ between what exists and what is wanted (EventPattern compared as JSON). */
function ruleDifferences(current, wanted) {
    const diffs = [];
    if (!same(parsePattern(current.EventPattern), parsePattern(wanted.EventPattern)))
        diffs.push('EventPattern');
    if ((current.ScheduleExpression ?? '') !== (wanted.ScheduleExpression ?? ''))
        diffs.push('ScheduleExpression');
    if ((current.State ?? 'ENABLED') !== wanted.State)
        diffs.push('State');
    if ((current.Description ?? '') !== wanted.Description)
        diffs.push('Description');
    return diffs;
}
/** The top-level target fields that differ (compared as JSON, key order ignored). */
function targetDifferences(current, wanted) {
    const keys = new Set([...Object.keys(current), ...Object.keys(wanted)]);
    return [...keys].filter((k) => !same(current[k], wanted[k])).sort();
}

;// CONCATENATED MODULE: ./src/core/triggers/apply.ts



/**
 * Creates or updates the trigger, changing only what differs: DescribeRule and ListTargetsByRule
 * are compared with the wanted rule and target first, so a second apply sends no write at all.
 * Targets this toolkit manages (by id) but no longer wants are removed; other targets are kept.
 */
async function applyTrigger(def, gw, opts) {
    const changes = [];
    let apiDestinationArn;
    if (def.target.kind === 'github-workflow') {
        apiDestinationArn = await applyDispatch(def, gw, opts, changes);
    }
    const wantedRule = ruleRequest(def);
    const current = await gw.describeRule(def.name);
    let ruleArn = current?.Arn ?? '';
    if (!current) {
        ruleArn = await gw.putRule(wantedRule);
        changes.push(`created rule ${def.name}`);
    }
    else {
        const diffs = ruleDifferences(current, wantedRule);
        if (diffs.length) {
            ruleArn = (await gw.putRule(wantedRule)) || ruleArn;
            changes.push(`updated rule ${def.name}: ${diffs.join(', ')}`);
        }
    }
    const wanted = targetRequest(def, apiDestinationArn);
    const existing = current ? await gw.listTargets(def.name) : [];
    const mine = existing.find((t) => t.Id === wanted.Id);
    if (!mine) {
        await gw.putTargets(def.name, [wanted]);
        changes.push(`added target ${wanted.Id} → ${wanted.Arn}`);
    }
    else {
        const diffs = targetDifferences(mine, wanted);
        if (diffs.length) {
            await gw.putTargets(def.name, [wanted]);
            changes.push(`updated target ${wanted.Id}: ${diffs.join(', ')}`);
        }
    }
    const managed = new Set(Object.values(TARGET_IDS));
    const stale = existing.map((t) => String(t.Id)).filter((id) => managed.has(id) && id !== wanted.Id);
    if (stale.length) {
        await gw.removeTargets(def.name, stale);
        changes.push(`removed target ${stale.join(', ')}`);
    }
    const foreign = existing.map((t) => String(t.Id)).filter((id) => !managed.has(id));
    if (foreign.length)
        opts.log.info(`Kept other targets of rule ${def.name}: ${foreign.join(', ')}`);
    return { ruleArn, changes, apiDestinationArn };
}
async function applyDispatch(def, gw, opts, changes) {
    const connName = connectionName(def.name);
    const connection = await gw.describeConnection(connName);
    let connectionArn;
    if (!connection) {
        if (!opts.githubToken) {
            throw new errors/* UserError */.yo(`connection ${connName} does not exist yet: give 'github-token' (a token that may run workflows: fine-grained with Actions: write) to create it`, 2);
        }
        connectionArn = await gw.createConnection(connectionRequest(def, opts.githubToken));
        changes.push(`created connection ${connName}`);
    }
    else {
        connectionArn = connection.arn;
        if (opts.rotateToken) {
            if (!opts.githubToken)
                throw new errors/* UserError */.yo("'rotate-token' needs 'github-token'", 2);
            await gw.updateConnection(connectionRequest(def, opts.githubToken));
            changes.push(`replaced the token of connection ${connName}`);
        }
        else if (connection.state === 'DEAUTHORIZED') {
            opts.log.warning(`connection ${connName} is DEAUTHORIZED (GitHub refused its token): run again with 'rotate-token: true' and a new 'github-token'`);
        }
    }
    const wanted = apiDestinationRequest(def, connectionArn);
    const current = await gw.describeApiDestination(apiDestinationName(def.name));
    if (!current) {
        const arn = await gw.createApiDestination(wanted);
        changes.push(`created API destination ${wanted.Name} → ${wanted.InvocationEndpoint}`);
        return arn;
    }
    const fields = [
        'ConnectionArn',
        'InvocationEndpoint',
        'HttpMethod',
        'InvocationRateLimitPerSecond',
        'Description',
    ];
    const diffs = fields.filter((f) => current[f] !== wanted[f]);
    if (diffs.length) {
        await gw.updateApiDestination(wanted);
        changes.push(`updated API destination ${wanted.Name}: ${diffs.join(', ')}`);
    }
    return current.arn;
}

;// CONCATENATED MODULE: ./src/core/triggers/cloudformation.ts

/**
 * The same trigger as a CloudFormation template (JSON), for teams that keep infrastructure in
 * stacks. A GitHub target's token is a NoEcho parameter, never a literal.
 */
function cloudFormation(def) {
    const rule = ruleRequest(def);
    const id = logicalId(def.name);
    const resources = {};
    const parameters = {};
    let targetArn = '';
    if (def.target.kind === 'github-workflow') {
        parameters.GitHubToken = {
            Type: 'String',
            NoEcho: true,
            Description: 'A GitHub token that may dispatch workflows (fine-grained, Actions: write).',
        };
        const conn = connectionRequest(def, 'TOKEN');
        resources[`${id}Connection`] = {
            Type: 'AWS::Events::Connection',
            Properties: {
                ...conn,
                AuthParameters: {
                    ...conn.AuthParameters,
                    ApiKeyAuthParameters: {
                        ApiKeyName: 'Authorization',
                        ApiKeyValue: { 'Fn::Sub': 'Bearer ${GitHubToken}' },
                    },
                },
            },
        };
        const dest = apiDestinationRequest(def, '');
        resources[`${id}ApiDestination`] = {
            Type: 'AWS::Events::ApiDestination',
            Properties: { ...dest, ConnectionArn: { 'Fn::GetAtt': [`${id}Connection`, 'Arn'] } },
        };
        targetArn = { 'Fn::GetAtt': [`${id}ApiDestination`, 'Arn'] };
    }
    const target = targetRequest(def);
    const pattern = eventPattern(def.source);
    resources[`${id}Rule`] = {
        Type: 'AWS::Events::Rule',
        Properties: {
            Name: rule.Name,
            Description: rule.Description,
            State: rule.State,
            ...(pattern ? { EventPattern: pattern } : {}),
            ...(rule.ScheduleExpression ? { ScheduleExpression: rule.ScheduleExpression } : {}),
            Targets: [{ ...target, ...(targetArn ? { Arn: targetArn } : {}) }],
        },
    };
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `sagemaker-cicd trigger ${def.name}`,
        ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
        Resources: resources,
    };
}
/** CloudFormation logical ids are alphanumeric. */
function logicalId(name) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Trigger';
}

// EXTERNAL MODULE: ./src/core/pipelines/names.ts
var names = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/core/triggers/schedule.ts
var schedule = __webpack_require__(9652);
// EXTERNAL MODULE: ./src/core/triggers/validate.ts
var validate = __webpack_require__(431);
;// CONCATENATED MODULE: ./src/core/triggers/parse.ts






const FOR_KIND = {
    s3: ['bucket', 'prefix', 'suffix'],
    schedule: ['schedule'],
    drift: ['alarm-name'],
    'model-approved': ['model-package-group'],
};
/** Every input checked before any AWS call; inputs that belong to another kind are refused. */
function parseTrigger(input, apiUrl) {
    const name = validate/* ruleName */.oF('name', input('name'));
    const kind = (0,inputs/* choice */.Yq)('kind', input('kind'), TRIGGER_KINDS);
    for (const [other, names] of Object.entries(FOR_KIND)) {
        if (other === kind)
            continue;
        for (const n of names) {
            if (input(n))
                throw new errors/* InputError */.dz(n, `is for kind ${other}, not ${kind}`);
        }
    }
    const source = parseSource(kind, input);
    const targetKind = (0,inputs/* choice */.Yq)('target', input('target'), TARGET_KINDS, 'sagemaker-pipeline');
    let target;
    if (targetKind === 'sagemaker-pipeline') {
        for (const n of ['repository', 'workflow']) {
            if (input(n))
                throw new errors/* InputError */.dz(n, 'is for target github-workflow, not sagemaker-pipeline');
        }
        target = {
            kind: 'sagemaker-pipeline',
            pipeline: (0,names/* pipelineName */.a)('pipeline-name', input('pipeline-name')),
            parameters: validate/* pipelineParameters */.H4('pipeline-parameters', (0,inputs/* stringMap */.Qi)('pipeline-parameters', input('pipeline-parameters'))),
        };
    }
    else {
        for (const n of ['pipeline-name', 'pipeline-parameters']) {
            if (input(n))
                throw new errors/* InputError */.dz(n, 'is for target sagemaker-pipeline, not github-workflow');
        }
        target = {
            kind: 'github-workflow',
            repository: validate/* repository */.Jk('repository', input('repository')),
            workflow: validate/* workflowId */.l_('workflow', input('workflow')),
            ref: validate/* gitRef */.GY('ref', input('ref') || 'main'),
            apiUrl,
        };
    }
    const maxAge = (0,inputs/* duration */.p0)('max-event-age', input('max-event-age'), 86_400_000, {
        minMs: 60_000,
        maxMs: 86_400_000,
        defaultUnit: 's',
    });
    if (maxAge % 1000)
        throw new errors/* InputError */.dz('max-event-age', 'must be a whole number of seconds', input('max-event-age'));
    const dlq = input('dead-letter-queue-arn');
    const description = input('description') || defaultDescription(source, target);
    if (description.length > 512)
        throw new errors/* InputError */.dz('description', 'must be at most 512 characters');
    return {
        name,
        description,
        state: (0,inputs/* boolean */.zM)('enabled', input('enabled'), true) ? 'ENABLED' : 'DISABLED',
        source,
        target,
        roleArn: validate/* roleArn */.w3('role-arn', input('role-arn')),
        retry: {
            maximumRetryAttempts: (0,inputs/* integer */.nd)('max-retry-attempts', input('max-retry-attempts'), 185, {
                min: 0,
                max: 185,
            }),
            maximumEventAgeInSeconds: maxAge / 1000,
        },
        ...(dlq ? { deadLetterQueueArn: validate/* queueArn */.Dq('dead-letter-queue-arn', dlq) } : {}),
    };
}
function parseSource(kind, input) {
    switch (kind) {
        case 's3': {
            const prefix = validate/* keyPart */.Vs('prefix', input('prefix'));
            const suffix = validate/* keyPart */.Vs('suffix', input('suffix'));
            return {
                kind,
                bucket: validate/* bucketName */.EL('bucket', input('bucket')),
                ...(prefix ? { prefix } : {}),
                ...(suffix ? { suffix } : {}),
            };
        }
        case 'schedule':
            return { kind, expression: (0,schedule/* scheduleExpression */.K)('schedule', input('schedule')) };
        case 'drift':
            return { kind, alarmName: validate/* alarmName */.Vo('alarm-name', input('alarm-name')) };
        case 'model-approved':
            return {
                kind,
                modelPackageGroup: validate/* modelPackageGroup */.jP('model-package-group', input('model-package-group')),
            };
    }
}
function defaultDescription(source, target) {
    const what = target.kind === 'sagemaker-pipeline'
        ? `SageMaker pipeline ${target.pipeline.split('/').pop()}`
        : `GitHub workflow ${target.workflow} on ${target.repository}`;
    const when = {
        s3: () => `objects created in s3://${source.bucket}`,
        schedule: () => source.expression,
        drift: () => `alarm ${source.alarmName} in ALARM`,
        'model-approved': () => `model approved in ${source.modelPackageGroup}`,
    }[source.kind]();
    return `Starts ${what} on ${when} (sagemaker-cicd)`.slice(0, 512);
}

;// CONCATENATED MODULE: ./src/core/triggers/s3.ts
/** The warning, with the fix, when an S3 trigger's bucket does not send events to EventBridge. */
function eventBridgeOffMessage(bucket) {
    return (`bucket ${bucket} does not send events to EventBridge, so this rule will never fire. Turn it on ` +
        `(S3 console → ${bucket} → Properties → Event notifications → Amazon EventBridge: On), or ` +
        `add "EventBridgeConfiguration": {} to the bucket's notification configuration: aws s3api ` +
        `get-bucket-notification-configuration --bucket ${bucket}, add the key, then ` +
        `put-bucket-notification-configuration (it replaces the whole configuration, so keep the rest)`);
}

;// CONCATENATED MODULE: ./src/core/triggers/summary.ts
/** The job summary: what the rule listens to, what it starts, and what this run changed. */
function triggerSummary(def, rule, targets, changes, opts) {
    const lines = [`### Trigger \`${def.name}\`${opts.dryRun ? ' (dry run)' : ''}`, ''];
    lines.push(`- **When**: ${rule.ScheduleExpression ? `\`${rule.ScheduleExpression}\` (UTC)` : `\`${rule.EventPattern}\``}`);
    for (const t of targets)
        lines.push(`- **Starts**: \`${t.Arn}\` (target \`${t.Id}\`, role \`${t.RoleArn}\`)`);
    lines.push(`- **State**: ${rule.State}`);
    lines.push('');
    if (!changes.length)
        lines.push('No changes: the rule and its target already match.');
    else {
        lines.push(opts.dryRun ? 'Would change:' : 'Changed:');
        for (const c of changes)
            lines.push(`- ${c}`);
    }
    for (const w of opts.warnings)
        lines.push('', `> [!WARNING]\n> ${w}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/commands/create-trigger/run.ts














async function run(host) {
    const parsed = parseTrigger((n) => host.input(n), host.run.apiUrl);
    const dryRun = (0,inputs/* boolean */.zM)('dry-run', host.input('dry-run'), false);
    const rotateToken = (0,inputs/* boolean */.zM)('rotate-token', host.input('rotate-token'), false);
    const githubToken = host.input('github-token');
    if (githubToken)
        host.mask(githubToken);
    const aws = (0,aws_options/* awsOptions */.G)(host);
    let def;
    if (parsed.target.kind === 'sagemaker-pipeline') {
        const { pipeline, parameters } = parsed.target;
        let pipelineArn = pipeline;
        if (!pipeline.startsWith('arn:')) {
            // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
            const sagemaker = new dist_cjs/* SageMakerClient */.kHU((0,clients/* clientConfig */.yO)(host.env, 'SAGEMAKER', aws));
            const p = await sagemaker.send(new dist_cjs/* DescribePipelineCommand */.XMb({ PipelineName: pipeline }));
            pipelineArn = p.PipelineArn ?? '';
        }
        def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
    }
    else {
        def = { ...parsed, target: parsed.target };
    }
    const warnings = [];
    if (def.source.kind === 's3') {
        const s3 = bucketNotifications(new client_s3_dist_cjs/* S3Client */.YxF((0,clients/* clientConfig */.yO)(host.env, 'S3', aws)));
        if (!(await s3.sendsToEventBridge(def.source.bucket))) {
            const message = eventBridgeOffMessage(def.source.bucket);
            warnings.push(message);
            host.warning(message);
        }
    }
    const events = eventBridgeGateway(new client_eventbridge_dist_cjs/* EventBridgeClient */.Ldt((0,clients/* clientConfig */.yO)(host.env, 'EVENTBRIDGE', aws)));
    const gateway = dryRun ? readOnly(events) : events;
    // A dry run needs no token: nothing is created.
    const token = dryRun ? githubToken || 'dry-run' : githubToken;
    const result = await applyTrigger(def, gateway, { githubToken: token, rotateToken, log: host });
    const rule = ruleRequest(def);
    const targets = [targetRequest(def, result.apiDestinationArn)];
    const template = cloudFormation(def);
    host.setOutput('rule-arn', result.ruleArn);
    host.setOutput('changed', !dryRun && result.changes.length > 0);
    host.setOutput('changes', result.changes);
    host.setOutput('rule', rule);
    host.setOutput('targets', targets);
    host.setOutput('cloudformation', template);
    if (dryRun) {
        host.info(`Dry run: nothing was changed. PutRule:\n${JSON.stringify(rule, null, 2)}`);
        host.info(`PutTargets Targets:\n${JSON.stringify(targets, null, 2)}`);
        host.info(`CloudFormation:\n${JSON.stringify(template, null, 2)}`);
    }
    for (const c of result.changes)
        host.info(dryRun ? `would have ${c}` : c);
    if (!result.changes.length)
        host.info(`No changes: rule ${def.name} and its target already match.`);
    await host.appendSummary(triggerSummary(def, rule, targets, result.changes, { dryRun, warnings }));
}
/** For a dry run: reads go to EventBridge, writes are only recorded (and return placeholder ARNs). */
function readOnly(gw) {
    const placeholder = async () => '(created on apply)';
    const nothing = async () => { };
    return {
        ...gw,
        putRule: async () => '',
        putTargets: nothing,
        removeTargets: nothing,
        createConnection: placeholder,
        updateConnection: nothing,
        createApiDestination: placeholder,
        updateApiDestination: placeholder,
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


/***/ }),

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ scheduleExpression)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * EventBridge's own schedule grammar (not Unix cron): `rate(value unit)` with the singular unit for
 * 1 and the plural otherwise, or `cron(minutes hours day-of-month month day-of-week year)` with six
 * fields, where exactly one of day-of-month and day-of-week is `?`. Times are UTC.
 */
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.*)\)$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minutes', min: 0, max: 59, extra: '' },
    { name: 'hours', min: 0, max: 23, extra: '' },
    { name: 'day-of-month', min: 1, max: 31, extra: '?LW' },
    { name: 'month', min: 1, max: 12, names: MONTHS, extra: '' },
    { name: 'day-of-week', min: 1, max: 7, names: DAYS, extra: '?L#' },
    { name: 'year', min: 1970, max: 2199, extra: '' },
];
const HELP = 'must be rate(<n> <minute|minutes|hour|hours|day|days>) or cron(<min> <hour> <day-of-month> <month> <day-of-week> <year>), e.g. rate(1 day) or cron(0 3 ? * MON-FRI *)';
function scheduleExpression(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is required for a schedule trigger: it ${HELP}`);
    const rate = RATE.exec(value);
    if (rate) {
        const n = Number(rate[1]);
        const unit = rate[2];
        if (n < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must have a rate of at least 1', raw);
        const singular = !unit.endsWith('s');
        if (n === 1 && !singular)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must use the singular unit for 1: rate(1 ${unit.slice(0, -1)})`, raw);
        if (n > 1 && singular)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must use the plural unit for ${n}: rate(${n} ${unit}s)`, raw);
        return value;
    }
    const cron = CRON.exec(value);
    if (!cron)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, HELP, raw);
    const parts = cron[1].trim().split(/\s+/);
    if (parts.length !== 6) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must have 6 cron fields (minutes hours day-of-month month day-of-week year), not ${parts.length}; EventBridge cron has a year field and no seconds`, raw);
    }
    parts.forEach((part, i) => checkField(input, raw, FIELDS[i], part));
    const [dom, dow] = [parts[2], parts[4]];
    if ((dom === '?') === (dow === '?')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must have ? in exactly one of day-of-month and day-of-week (e.g. cron(0 3 * * ? *) or cron(0 3 ? * MON *))', raw);
    }
    return value;
}
function checkField(input, raw, field, part) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has a bad ${field.name} field '${part}': ${why}`, raw);
    if (part === '?') {
        if (!field.extra.includes('?'))
            throw bad('? is only allowed in day-of-month or day-of-week');
        return;
    }
    for (const item of part.split(',')) {
        if (!item)
            throw bad('empty list item');
        const [range, step, ...more] = item.split('/');
        if (more.length)
            throw bad('more than one /');
        if (step !== undefined && !/^\d+$/.test(step))
            throw bad('the increment after / must be a number');
        if (range === '*')
            continue;
        if (field.extra.includes('L') && /^(L|\d{0,2}L|LW|\d{1,2}W)$/.test(range)) {
            // L (last), 5L (last Friday, day-of-week), 15W (nearest weekday, day-of-month), LW.
            if (field.name === 'day-of-month' && /^\d+L$/.test(range))
                throw bad('nL is only for day-of-week');
            if (field.name === 'day-of-week' && /W/.test(range))
                throw bad('W is only for day-of-month');
            continue;
        }
        if (field.extra.includes('#') && range.includes('#')) {
            const [day, nth] = range.split('#');
            if (!/^[1-5]$/.test(nth ?? ''))
                throw bad('the week after # must be 1-5');
            value(day, bad, field);
            continue;
        }
        const ends = range.split('-');
        if (ends.length > 2)
            throw bad('a range has two ends');
        for (const end of ends)
            value(end, bad, field);
    }
}
function value(text, bad, field) {
    const byName = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (byName >= 0)
        return byName + 1;
    if (!/^\d+$/.test(text)) {
        const names = field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : '';
        throw bad(`values are ${field.min}-${field.max}${names}`);
    }
    const n = Number(text);
    if (n < field.min || n > field.max)
        throw bad(`values are ${field.min}-${field.max}`);
    return n;
}


/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ queueArn),
/* harmony export */   EL: () => (/* binding */ bucketName),
/* harmony export */   GY: () => (/* binding */ gitRef),
/* harmony export */   H4: () => (/* binding */ pipelineParameters),
/* harmony export */   Jk: () => (/* binding */ repository),
/* harmony export */   Vo: () => (/* binding */ alarmName),
/* harmony export */   Vs: () => (/* binding */ keyPart),
/* harmony export */   jP: () => (/* binding */ modelPackageGroup),
/* harmony export */   l_: () => (/* binding */ workflowId),
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   w3: () => (/* binding */ roleArn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Names and ARNs a trigger takes, checked against the limits and patterns of the EventBridge,
 * S3, CloudWatch and SageMaker APIs before anything is sent.
 */
function check(input, raw, re, allowed, max = Infinity) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is required: ${allowed}`);
    if (value.length > max || !re.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must be ${allowed}`, raw);
    return value;
}
/** EventBridge rule names are 1-64 of `[.\-_A-Za-z0-9]`; 55 leaves room for `-dispatch`. */
const ruleName = (input, raw) => check(input, raw, /^[.\-_A-Za-z0-9]{1,55}$/, 'an EventBridge rule name: 1-55 letters, digits, . - _');
const bucketName = (input, raw) => check(input, raw, /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens (a name, not s3:// or an ARN)');
const alarmName = (input, raw) => check(input, raw, /^[^\n]{1,255}$/, 'a CloudWatch alarm name (1-255 characters)');
const modelPackageGroup = (input, raw) => check(input, raw, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'a model package group name: 1-63 letters, digits and hyphens (not an ARN)');
const roleArn = (input, raw) => check(input, raw, /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, 'an IAM role ARN (arn:aws:iam::<account>:role/<name>) that EventBridge can assume');
const queueArn = (input, raw) => check(input, raw, /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}(\.fifo)?$/, 'an SQS queue ARN (arn:aws:sqs:<region>:<account>:<queue>)');
const repository = (input, raw) => check(input, raw, /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, 'a GitHub repository as owner/name');
const workflowId = (input, raw) => check(input, raw, /^([\w.-]+\.ya?ml|\d+)$/, 'a workflow file name in .github/workflows (deploy.yml) or a workflow id');
const gitRef = (input, raw) => check(input, raw, /^(?!\/)(?!.*\.\.)[^\s~^:?*[\\]{1,255}$/, 'a branch or tag name');
/** S3 key prefix or suffix for the event pattern: up to 1024 characters, one line. */
function keyPart(input, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    if (value.length > 1024 || /[\n\r]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be one line of at most 1024 characters', raw);
    return value;
}
/** SageMakerPipelineParameters.PipelineParameterList: up to 200 of Name `[A-Za-z0-9\-_]{1,256}`, Value ≤ 1024. */
function pipelineParameters(input, map) {
    const entries = Object.entries(map);
    if (entries.length > 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'may have at most 200 parameters');
    for (const [name, value] of entries) {
        if (!/^[A-Za-z0-9\-_]{1,256}$/.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has a bad parameter name '${name}': 1-256 letters, digits, - and _`);
        if (value.length > 1024)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `has a value for '${name}' longer than 1024 characters`);
    }
    return map;
}


/***/ })

};
