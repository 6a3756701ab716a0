export const id = 942;
export const ids = [942];
export const modules = {

/***/ 6942:
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
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/version.ts
// Generated from package.json by scripts/generate.ts.
const VERSION = '1.0.0';

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

;// CONCATENATED MODULE: ./src/aws/model-registry.ts






/** The model registry and S3, as the metrics report reads them. */
function modelRegistry(ctx) {
    // Made on first use: a report from local files never needs AWS (nor a region or credentials).
    const sagemaker = lazyClient(ctx, 'SAGEMAKER', (config) => new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(config));
    const s3 = lazyClient(ctx, 'S3', (config) => new dist_cjs/* S3Client */.YxF(config));
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
                if (err instanceof AccessDeniedError)
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

// EXTERNAL MODULE: ./src/core/metrics/sources.ts
var sources = __webpack_require__(983);
// EXTERNAL MODULE: ./src/commands/report-metrics/spec.ts + 3 modules
var spec = __webpack_require__(5908);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/run-info.ts

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
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(key)).digest('hex');
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
    const hash = runScopedHash(run, 'report-metrics-check', [reportName]) ?? (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
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
    const aws = modelRegistry(awsFor(host, awsInputs, spec/* spec */.I.action));
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
    const comparison = compareMetrics({ candidate, baseline, thresholds, directions });
    host.setOutput('passed', comparison.failed.length === 0);
    host.setOutput('failed-thresholds', comparison.failed.map((o) => o.threshold.text));
    host.info(headline(checkName, comparison));
    for (const o of comparison.failed)
        host.info(`  ✗ ${o.threshold.text}: ${o.reason}`);
    const summary = renderReport(ctx, comparison);
    await host.appendSummary(summary);
    if (inputs.format === 'markdown')
        host.print(summary);
    // GitHub: check run and pull request comment.
    await postToGitHub(host, {
        token,
        repository,
        sha: commit,
        pullRequest: prInput ?? host.run.pullRequest?.number,
        name: checkName,
        conclusion: comparison.conclusion,
        title: headline(checkName, comparison),
        summary,
        comment: (prefix, footer) => renderReport(ctx, comparison, { prefix, footer }),
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


/***/ })

};
