export const id = 3503;
export const ids = [3503];
export const modules = {

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ postToGitHub)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/run-info.ts
var run_info = __webpack_require__(5415);
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

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
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
    const octokit = (0,github_octokit/* lazyOctokit */.K)(ctx);
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


/***/ }),

/***/ 6113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ compareMetrics)
});

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


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Pl: () => (/* binding */ headline)
/* harmony export */ });
/* unused harmony export mermaidCharts */
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3173);

/** GitHub's limit on a check run's output.summary and on an issue comment body. */
const GITHUB_TEXT_LIMIT = 65_535;
function formatValue(v) {
    if (v === undefined)
        return '—';
    if (v === null)
        return 'NaN / missing';
    return String((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(Number(v.toPrecision(4))));
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
    return `${t.comparison} ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundText */ .O6)(t.bound)}${computed}`;
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
    const num = (v) => typeof v === 'number' ? String((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(Number(v.toPrecision(6)))) : '0';
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


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ lazyOctokit)
/* harmony export */ });
/* unused harmony export createOctokit */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6856);


/**
 * An Octokit for the GitHub REST API at GITHUB_API_URL (GitHub Enterprise Server included), with
 * retries on server errors and waits on rate limits. Loaded lazily: most steps never touch GitHub,
 * and this keeps them fast to start.
 */
async function createOctokit(token, env, log) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 1758));
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
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A);
}
/** The client, made on first use (Octokit loads only when a step really calls GitHub). */
function lazyOctokit(ctx) {
    let client;
    return () => (client ??= createOctokit(ctx.token, ctx.env, ctx.log));
}


/***/ })

};
