export const id = 5452;
export const ids = [5452];
export const modules = {

/***/ 8594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var dist_cjs = __webpack_require__(6612);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/aws/eventbridge.ts



const notFound = (err) => err.name === 'ResourceNotFoundException';
/** EventBridge through the SDK (the default event bus). */
function eventBridgeGateway(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'EVENTBRIDGE', (config) => new dist_cjs/* EventBridgeClient */.Ldt(config));
    return {
        async describeRule(name) {
            try {
                const r = await client().send(new dist_cjs/* DescribeRuleCommand */.NDC({ Name: name }));
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
            const r = await client().send(new dist_cjs/* PutRuleCommand */.JOx(rule));
            return r.RuleArn ?? '';
        },
        async listTargets(rule) {
            const targets = [];
            let NextToken;
            do {
                const page = await client().send(new dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: rule, NextToken }));
                targets.push(...(page.Targets ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return targets;
        },
        async putTargets(rule, targets) {
            const r = await client().send(new dist_cjs/* PutTargetsCommand */.Ve7({ Rule: rule, Targets: targets }));
            const failed = r.FailedEntries ?? [];
            if (r.FailedEntryCount || failed.length) {
                const why = failed.map((f) => `${f.TargetId}: ${f.ErrorCode} ${f.ErrorMessage}`).join('; ');
                throw new errors/* OutcomeError */.Rz(`EventBridge refused the target of rule ${rule}: ${why}`);
            }
        },
        async removeTargets(rule, ids) {
            await client().send(new dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: rule, Ids: ids }));
        },
        async describeConnection(name) {
            try {
                const r = await client().send(new dist_cjs/* DescribeConnectionCommand */.lyC({ Name: name }));
                return { arn: r.ConnectionArn ?? '', state: r.ConnectionState ?? '' };
            }
            catch (err) {
                if (notFound(err))
                    return undefined;
                throw err;
            }
        },
        async createConnection(request) {
            const r = await client().send(new dist_cjs/* CreateConnectionCommand */.urd(request));
            return r.ConnectionArn ?? '';
        },
        async updateConnection(request) {
            await client().send(new dist_cjs/* UpdateConnectionCommand */.v79(request));
        },
        async describeApiDestination(name) {
            try {
                const r = await client().send(new dist_cjs/* DescribeApiDestinationCommand */.F_m({ Name: name }));
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
            const r = await client().send(new dist_cjs/* CreateApiDestinationCommand */.USx(request));
            return r.ApiDestinationArn ?? '';
        },
        async updateApiDestination(request) {
            const r = await client().send(new dist_cjs/* UpdateApiDestinationCommand */.jX7(request));
            return r.ApiDestinationArn ?? '';
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/aws/s3-notifications.ts


function bucketNotifications(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'S3', (config) => new client_s3_dist_cjs/* S3Client */.YxF(config));
    return {
        async sendsToEventBridge(bucket) {
            const r = await client().send(new client_s3_dist_cjs/* GetBucketNotificationConfigurationCommand */.zP$({ Bucket: bucket }));
            return r.EventBridgeConfiguration !== undefined;
        },
    };
}

// EXTERNAL MODULE: ./src/aws/sagemaker-pipelines.ts
var sagemaker_pipelines = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/triggers/definition.ts
var definition = __webpack_require__(264);
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
    const wantedRule = (0,definition/* ruleRequest */.oz)(def);
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
    const wanted = (0,definition/* targetRequest */.dm)(def, apiDestinationArn);
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
    const managed = new Set(Object.values(definition/* TARGET_IDS */.vr));
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
    const connName = (0,definition/* connectionName */.u7)(def.name);
    const connection = await gw.describeConnection(connName);
    let connectionArn;
    if (!connection) {
        if (!opts.githubToken) {
            throw new errors/* UserError */.yo(`connection ${connName} does not exist yet: give 'github-token' (a token that may run workflows: fine-grained with Actions: write) to create it`, 2);
        }
        connectionArn = await gw.createConnection((0,definition/* connectionRequest */._H)(def, opts.githubToken));
        changes.push(`created connection ${connName}`);
    }
    else {
        connectionArn = connection.arn;
        if (opts.rotateToken) {
            if (!opts.githubToken)
                throw new errors/* UserError */.yo("'rotate-token' needs 'github-token'", 2);
            await gw.updateConnection((0,definition/* connectionRequest */._H)(def, opts.githubToken));
            changes.push(`replaced the token of connection ${connName}`);
        }
        else if (connection.state === 'DEAUTHORIZED') {
            opts.log.warning(`connection ${connName} is DEAUTHORIZED (GitHub refused its token): run again with 'rotate-token: true' and a new 'github-token'`);
        }
    }
    const wanted = (0,definition/* apiDestinationRequest */.eN)(def, connectionArn);
    const current = await gw.describeApiDestination((0,definition/* apiDestinationName */.oA)(def.name));
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
    const rule = (0,definition/* ruleRequest */.oz)(def);
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
        const conn = (0,definition/* connectionRequest */._H)(def, 'TOKEN');
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
        const dest = (0,definition/* apiDestinationRequest */.eN)(def, '');
        resources[`${id}ApiDestination`] = {
            Type: 'AWS::Events::ApiDestination',
            Properties: { ...dest, ConnectionArn: { 'Fn::GetAtt': [`${id}Connection`, 'Arn'] } },
        };
        targetArn = { 'Fn::GetAtt': [`${id}ApiDestination`, 'Arn'] };
    }
    const target = (0,definition/* targetRequest */.dm)(def);
    const pattern = (0,definition/* eventPattern */.Rl)(def.source);
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/commands/create-trigger/dry-run.ts

/**
 * A dry run's reads: from AWS when it can be called, so the plan shows only what would change.
 * With no region or no credentials (planning on a laptop), the plan is made as if nothing existed
 * yet, and says so once; a real run needs AWS and fails as usual.
 */
class DryRunReads {
    dryRun;
    log;
    /** Why AWS was not read, once it could not be. */
    offline;
    constructor(dryRun, log) {
        this.dryRun = dryRun;
        this.log = log;
    }
    async read(read, absent) {
        if (this.offline !== undefined)
            return absent;
        try {
            return await read();
        }
        catch (err) {
            if (!this.dryRun || !(err instanceof aws_errors/* AwsNotConfiguredError */.B1))
                throw err;
            this.offline = err.message;
            this.log.warning(`Dry run without AWS (${err.message}): nothing was compared with what exists; everything shows as it would be created`);
            return absent;
        }
    }
}
/** For a dry run: reads go to EventBridge (if it can be called), writes are only recorded. */
function readOnly(gw, reads) {
    const placeholder = async () => '(created on apply)';
    const nothing = async () => { };
    return {
        describeRule: (name) => reads.read(() => gw.describeRule(name), undefined),
        listTargets: (rule) => reads.read(() => gw.listTargets(rule), []),
        describeConnection: (name) => reads.read(() => gw.describeConnection(name), undefined),
        describeApiDestination: (name) => reads.read(() => gw.describeApiDestination(name), undefined),
        putRule: async () => '',
        putTargets: nothing,
        removeTargets: nothing,
        createConnection: placeholder,
        updateConnection: nothing,
        createApiDestination: placeholder,
        updateApiDestination: placeholder,
    };
}

// EXTERNAL MODULE: ./src/commands/create-trigger/spec.ts + 4 modules
var spec = __webpack_require__(423);
;// CONCATENATED MODULE: ./src/commands/create-trigger/run.ts












async function run({ host, inputs, checked: parsed, aws: awsInputs, }) {
    const dryRun = inputs['dry-run'];
    const rotateToken = inputs['rotate-token'];
    const githubToken = inputs['github-token'] ?? '';
    const aws = (0,aws_options/* awsFor */.B)(host, awsInputs, spec.spec.action);
    const reads = new DryRunReads(dryRun, host);
    let def;
    if (parsed.target.kind === 'sagemaker-pipeline') {
        const { pipeline, parameters } = parsed.target;
        let pipelineArn = pipeline;
        if (!pipeline.startsWith('arn:')) {
            // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
            const p = await reads.read(() => (0,sagemaker_pipelines/* sagemakerPipelines */._)(aws).describePipeline(pipeline), null);
            if (p === undefined)
                throw new errors/* UserError */.yo(`pipeline '${pipeline}' does not exist (DescribePipeline: ResourceNotFound)`);
            // Offline, the plan shows where the account and region go.
            pipelineArn = p?.arn ?? `arn:aws:sagemaker:<region>:<account-id>:pipeline/${pipeline}`;
        }
        def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
    }
    else {
        def = { ...parsed, target: parsed.target };
    }
    const warnings = [];
    const source = def.source;
    if (source.kind === 's3') {
        const s3 = bucketNotifications(aws);
        if (!(await reads.read(() => s3.sendsToEventBridge(source.bucket), true))) {
            const message = eventBridgeOffMessage(source.bucket);
            warnings.push(message);
            host.warning(message);
        }
    }
    const events = eventBridgeGateway(aws);
    const gateway = dryRun ? readOnly(events, reads) : events;
    // A dry run needs no token: nothing is created.
    const token = dryRun ? githubToken || 'dry-run' : githubToken;
    const result = await applyTrigger(def, gateway, { githubToken: token, rotateToken, log: host });
    const rule = (0,definition/* ruleRequest */.oz)(def);
    const targets = [(0,definition/* targetRequest */.dm)(def, result.apiDestinationArn)];
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


/***/ }),

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Oc: () => (/* binding */ pipelineOfExecution)
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
/**
 * A gateway call that failed in a way that says "try again later" (throttling, 5xx, a dropped
 * connection), after the client's own retries. Waits swallow it and poll again.
 */
class TransientError extends Error {
    name = 'TransientError';
}


/***/ })

};
