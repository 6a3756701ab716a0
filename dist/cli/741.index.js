export const id = 741;
export const ids = [741];
export const modules = {

/***/ 4741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/cloudwatch.ts


/** CloudWatch metrics and alarms, as the drift check publishes them. */
function cloudWatchMetrics(ctx) {
    const client = (0,clients/* lazyClient */.qW)(ctx, 'CLOUDWATCH', (config) => new dist_cjs/* CloudWatchClient */.WBn(config));
    return {
        async putMetricData(namespace, datums) {
            await client().send(new dist_cjs/* PutMetricDataCommand */.zmv({ Namespace: namespace, MetricData: datums }));
        },
        async describeAlarm(name) {
            const r = await client().send(new dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }));
            return r.MetricAlarms?.[0];
        },
        async putMetricAlarm(alarm) {
            await client().send(new dist_cjs/* PutMetricAlarmCommand */.AZU(alarm));
        },
    };
}

// EXTERNAL MODULE: ./src/aws/drift-data.ts
var drift_data = __webpack_require__(9399);
;// CONCATENATED MODULE: ./src/core/drift/cloudwatch.ts
/** CloudWatch's limits for one PutMetricData request (REFERENCE.md): 1000 metrics, 1 MB. */
const MAX_DATUMS_PER_REQUEST = 1000;
const MAX_REQUEST_BYTES = 1_000_000;
/** The metric the alarm watches: how many features the check found drifted (0 when none). */
const DRIFTED_FEATURES_METRIC = 'DriftedFeatures';
/**
 * The metrics of one check: per feature (dimensions EndpointName, FeatureName) its PSI and
 * missing-rate change; per endpoint the largest PSI, the drifted features' count and the records read.
 */
function driftDatums(endpoint, features, totals, at) {
    const endpointDim = { Name: 'EndpointName', Value: endpoint };
    const datum = (MetricName, Value, Unit, feature) => ({
        MetricName,
        Dimensions: feature ? [endpointDim, { Name: 'FeatureName', Value: feature }] : [endpointDim],
        Timestamp: at,
        Value,
        Unit,
    });
    const out = [];
    for (const f of features) {
        if (f.psi !== null)
            out.push(datum('PSI', f.psi, 'None', f.name));
        out.push(datum('MissingRateChange', f.missingChange, 'None', f.name));
    }
    if (totals.maxPsi !== null)
        out.push(datum('MaxPSI', totals.maxPsi, 'None'));
    out.push(datum(DRIFTED_FEATURES_METRIC, totals.drifted, 'Count'));
    out.push(datum('RecordsRead', totals.records, 'Count'));
    return out;
}
/** Splits datums into requests within both limits (the size counted as the JSON the SDK sends, with room). */
function batchDatums(namespace, datums) {
    const batches = [];
    const overhead = JSON.stringify({ Namespace: namespace, MetricData: [] }).length;
    let batch = [];
    let bytes = overhead;
    for (const d of datums) {
        const size = Buffer.byteLength(JSON.stringify(d)) + 1;
        if (batch.length && (batch.length >= MAX_DATUMS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES * 0.9)) {
            batches.push(batch);
            batch = [];
            bytes = overhead;
        }
        batch.push(d);
        bytes += size;
    }
    if (batch.length)
        batches.push(batch);
    return batches;
}
/**
 * In ALARM when a check finds any drifted feature; back to OK when a check finds none. Checks run
 * hours apart, so a period without a datapoint keeps the state (`ignore`) rather than clearing it.
 */
function driftAlarm(name, namespace, endpoint) {
    return {
        AlarmName: name,
        AlarmDescription: `Data drift on SageMaker endpoint ${endpoint}: a drift check found drifted features (sagemaker-cicd)`,
        ActionsEnabled: true,
        Namespace: namespace,
        MetricName: DRIFTED_FEATURES_METRIC,
        Dimensions: [{ Name: 'EndpointName', Value: endpoint }],
        Statistic: 'Maximum',
        Period: 300,
        EvaluationPeriods: 1,
        DatapointsToAlarm: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'ignore',
    };
}
/** Whether an existing alarm (as DescribeAlarms returns it) already is `wanted`. */
function alarmMatches(existing, wanted) {
    return Object.keys(wanted).every((k) => JSON.stringify(existing[k] ?? null) === JSON.stringify(wanted[k]));
}

// EXTERNAL MODULE: ./src/core/drift/baseline.ts
var baseline = __webpack_require__(3584);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/index.js + 3 modules
var api = __webpack_require__(7084);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js + 1 modules
var normalize_options = __webpack_require__(6845);
;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = (0,api/* transform */.p)(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};



;// CONCATENATED MODULE: ./src/core/drift/capture.ts

class MalformedCapture extends Error {
}
function captureRecords(line) {
    let doc;
    try {
        doc = JSON.parse(line);
    }
    catch {
        throw new MalformedCapture('not JSON');
    }
    const input = doc?.captureData?.endpointInput;
    if (!input || typeof input.data !== 'string')
        throw new MalformedCapture('no captureData.endpointInput.data');
    const type = (input.observedContentType ?? '').toLowerCase();
    switch (input.encoding) {
        case 'CSV':
            return csvRecords(input.data);
        case 'JSON':
            return jsonRecords(input.data, type);
        case 'BASE64': {
            const text = Buffer.from(input.data, 'base64').toString('utf8');
            if (type.includes('csv'))
                return csvRecords(text);
            if (type.includes('json'))
                return jsonRecords(text, type);
            throw new MalformedCapture(`content type '${input.observedContentType}' is neither CSV nor JSON`);
        }
        default:
            throw new MalformedCapture(`encoding '${String(input.encoding)}' is not CSV, JSON or BASE64`);
    }
}
/** CSV rows without a header. Text without quotes splits exactly on commas and newlines (the hot path). */
function csvRecords(text) {
    if (!text.includes('"')) {
        return text
            .split('\n')
            .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
            .filter((l) => l !== '')
            .map((l) => l.split(','));
    }
    try {
        return parse(text, { relax_column_count: true, skip_empty_lines: true });
    }
    catch (err) {
        throw new MalformedCapture(`CSV: ${err.message}`);
    }
}
/**
 * JSON inputs as endpoints take them: one object (by feature name) or array (positional), an
 * array of those, `{"instances": [...]}`, or `{"features": [...]}`; JSON Lines hold one per line.
 */
function jsonRecords(text, contentType) {
    const docs = contentType.includes('jsonlines') ? text.split('\n').filter((l) => l.trim()) : [text];
    const out = [];
    for (const d of docs) {
        let value;
        try {
            value = JSON.parse(d);
        }
        catch {
            throw new MalformedCapture('endpointInput.data is not JSON');
        }
        out.push(...instances(value));
    }
    return out;
}
function instances(value) {
    if (Array.isArray(value)) {
        if (value.every((v) => Array.isArray(v) || isObject(v)))
            return value.flatMap(instance);
        return [value];
    }
    if (isObject(value)) {
        if (Array.isArray(value.instances))
            return value.instances.flatMap(instance);
        return instance(value);
    }
    throw new MalformedCapture('endpointInput.data is neither a JSON object nor an array');
}
function instance(v) {
    if (Array.isArray(v))
        return [v];
    if (isObject(v))
        return Array.isArray(v.features) ? [v.features] : [v];
    throw new MalformedCapture('an instance is neither a JSON object nor an array');
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

// EXTERNAL MODULE: ./src/core/drift/values.ts
var values = __webpack_require__(6037);
;// CONCATENATED MODULE: ./src/core/drift/summary.ts



const EXAMPLES = 10;
function emptySummary(baseline) {
    return {
        records: 0,
        malformed: 0,
        malformedExamples: [],
        features: baseline.features.map((f) => ({
            present: 0,
            missing: 0,
            bins: new Array(f.type === 'numeric' ? f.edges.length + 1 : Object.keys(f.categories).length + 1).fill(0),
            unseen: 0,
            unseenExamples: [],
        })),
    };
}
/** Counts capture lines into a partial summary against a baseline. */
class SummaryBuilder {
    baseline;
    summary;
    names;
    categoryIndex;
    constructor(baseline) {
        this.baseline = baseline;
        this.summary = emptySummary(baseline);
        this.names = baseline.features.map((f) => f.name);
        this.categoryIndex = baseline.features.map((f) => f.type === 'categorical' ? new Map(Object.keys(f.categories).map((c, i) => [c, i])) : undefined);
    }
    /** One capture line; a line that cannot be read is counted and remembered, never thrown. */
    addLine(key, line, text) {
        if (!text.trim())
            return;
        try {
            const records = captureRecords(text);
            for (const r of records)
                this.checkShape(r);
            for (const r of records)
                this.addRecord(r);
        }
        catch (err) {
            if (!(err instanceof MalformedCapture))
                throw err;
            this.summary.malformed++;
            addExample(this.summary.malformedExamples, { key, line, reason: err.message }, compareLines);
        }
    }
    checkShape(r) {
        if (Array.isArray(r) && r.length !== this.names.length) {
            throw new MalformedCapture(`${r.length} values, the baseline has ${this.names.length} features`);
        }
    }
    addRecord(r) {
        const s = this.summary;
        s.records++;
        const positional = Array.isArray(r);
        for (let i = 0; i < this.names.length; i++) {
            const raw = positional ? r[i] : r[this.names[i]];
            const counts = s.features[i];
            const v = (0,values/* readValue */.w)(raw);
            const f = this.baseline.features[i];
            if (v === undefined || (f.type === 'numeric' && typeof v !== 'number')) {
                counts.missing++;
                continue;
            }
            counts.present++;
            if (f.type === 'numeric') {
                counts.bins[(0,baseline/* binOf */.jU)(f.edges, v)]++;
                continue;
            }
            const category = (0,values/* categoryOf */.Q)(v);
            const index = this.categoryIndex[i].get(category);
            if (index !== undefined) {
                counts.bins[index]++;
            }
            else {
                counts.bins[counts.bins.length - 1]++;
                counts.unseen++;
                addExample(counts.unseenExamples, category, compareText);
            }
        }
    }
}
/** Adds partial summaries (of the same baseline): associative and commutative. */
function mergeSummaries(a, b) {
    let examples = a.malformedExamples.slice();
    for (const e of b.malformedExamples)
        examples = withExample(examples, e, compareLines);
    return {
        records: a.records + b.records,
        malformed: a.malformed + b.malformed,
        malformedExamples: examples,
        features: a.features.map((fa, i) => {
            const fb = b.features[i];
            let unseenExamples = fa.unseenExamples.slice();
            for (const e of fb.unseenExamples)
                unseenExamples = withExample(unseenExamples, e, compareText);
            return {
                present: fa.present + fb.present,
                missing: fa.missing + fb.missing,
                bins: fa.bins.map((n, j) => n + fb.bins[j]),
                unseen: fa.unseen + fb.unseen,
                unseenExamples,
            };
        }),
    };
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareLines = (a, b) => compareText(a.key, b.key) || a.line - b.line;
/** Keeps the EXAMPLES smallest distinct items, sorted: the same set whatever the order they came in. */
function addExample(list, item, compare) {
    const next = withExample(list, item, compare);
    list.splice(0, list.length, ...next);
}
function withExample(list, item, compare) {
    if (list.length >= EXAMPLES && compare(item, list[list.length - 1]) >= 0)
        return list;
    if (list.some((x) => compare(x, item) === 0))
        return list;
    return [...list, item].sort(compare).slice(0, EXAMPLES);
}

;// CONCATENATED MODULE: ./src/core/drift/window.ts
/**
 * The capture files of a time window. SageMaker writes them under
 * `<DestinationS3Uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/` by the hour of the invocation (UTC), so
 * a window is read hour by hour: every hour that overlaps [end − window, end).
 */
function windowHours(endMs, windowMs) {
    const HOUR = 3_600_000;
    const first = Math.floor((endMs - windowMs) / HOUR) * HOUR;
    const hours = [];
    for (let t = first; t < endMs; t += HOUR) {
        const d = new Date(t);
        const two = (n) => String(n).padStart(2, '0');
        hours.push(`${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCHours())}/`);
    }
    return hours;
}
/** `s3://bucket/prefix` → bucket and prefix (no trailing slash). */
function splitS3Uri(uri) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!m)
        throw new Error(`not an S3 URI: ${uri}`);
    return { bucket: m[1], prefix: m[2].replace(/\/+$/, '') };
}
/** The key prefix of one endpoint variant's hour. */
function hourPrefix(prefix, endpoint, variant, hour) {
    return `${prefix ? `${prefix}/` : ''}${endpoint}/${variant}/${hour}`;
}

;// CONCATENATED MODULE: ./src/core/drift/check.ts



async function captureFiles(store, w) {
    let variants = w.variant ? [w.variant] : [];
    if (!w.variant) {
        const base = `${w.prefix ? `${w.prefix}/` : ''}${w.endpoint}/`;
        const { prefixes } = await store.listObjects(w.bucket, base, '/');
        variants = prefixes.map((p) => p.slice(base.length).replace(/\/$/, ''));
    }
    const keys = [];
    for (const variant of variants) {
        for (const hour of windowHours(w.endMs, w.windowMs)) {
            const { keys: found } = await store.listObjects(w.bucket, hourPrefix(w.prefix, w.endpoint, variant, hour));
            keys.push(...found.filter((k) => k.endsWith('.jsonl')));
        }
    }
    return keys;
}
const ATTEMPTS = 3;
const CONCURRENCY = 4;
/**
 * One partial summary per file, merged: files are read CONCURRENCY at a time, and a file whose
 * stream breaks is read again from the start (its partial summary thrown away), so no record is
 * lost or counted twice.
 */
async function summarizeFiles(store, bucket, keys, baseline, log) {
    let total = emptySummary(baseline);
    let next = 0;
    const worker = async () => {
        while (next < keys.length) {
            const key = keys[next++];
            const part = await summarizeFile(store, bucket, key, baseline, log);
            total = mergeSummaries(total, part);
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
    return total;
}
async function summarizeFile(store, bucket, key, baseline, log) {
    for (let attempt = 1;; attempt++) {
        const builder = new SummaryBuilder(baseline);
        try {
            let line = 0;
            for await (const batch of store.lines(bucket, key))
                for (const text of batch)
                    builder.addLine(key, ++line, text);
            return builder.summary;
        }
        catch (err) {
            if (attempt >= ATTEMPTS || !store.isTransient(err))
                throw err;
            log.info(`Reading s3://${bucket}/${key} again (attempt ${attempt + 1} of ${ATTEMPTS}): ${String(err)}`);
        }
    }
}
/** Publishes the datums in batches within CloudWatch's limits; returns the number of requests. */
async function publishDatums(gw, namespace, datums) {
    const batches = batchDatums(namespace, datums);
    for (const b of batches)
        await gw.putMetricData(namespace, b);
    return batches.length;
}
/** Creates or updates the alarm only when it differs: a second run with the same inputs changes nothing. */
async function ensureAlarm(gw, alarm) {
    const existing = await gw.describeAlarm(alarm.AlarmName);
    if (existing && alarmMatches(existing, alarm))
        return 'unchanged';
    await gw.putMetricAlarm(alarm);
    return existing ? 'updated' : 'created';
}

;// CONCATENATED MODULE: ./src/core/drift/psi.ts
/** Shares below this count as this in PSI, so an empty bin adds a large but finite term. */
const PSI_FLOOR = 1e-4;
/**
 * Population stability index of `actual` against `expected` shares over the same bins:
 * Σ (a − e) · ln(a / e), each share floored at PSI_FLOOR.
 */
function psi(expected, actual) {
    let sum = 0;
    for (let i = 0; i < expected.length; i++) {
        const e = Math.max(expected[i], PSI_FLOOR);
        const a = Math.max(actual[i], PSI_FLOOR);
        sum += (a - e) * Math.log(a / e);
    }
    return sum;
}
function featureDrift(baseline, summary) {
    return baseline.features.map((f, i) => {
        const c = summary.features[i];
        const expected = f.type === 'numeric' ? f.proportions.slice() : [...Object.values(f.categories), f.other];
        const actual = c.bins.map((n) => (c.present ? n / c.present : 0));
        const rows = c.present + c.missing;
        const missingRate = rows ? c.missing / rows : 0;
        return {
            name: f.name,
            type: f.type,
            psi: c.present ? round(psi(expected, actual)) : null,
            baselineMissingRate: f.missingRate,
            missingRate: round(missingRate),
            missingChange: round(Math.abs(missingRate - f.missingRate)),
            unseenRate: c.present ? round(c.unseen / c.present) : 0,
            unseenExamples: c.unseenExamples,
            expected,
            actual,
        };
    });
}
/**
 * The values thresholds name: `psi(f)`, `missing(f)` (missing-rate change), `unseen(f)` for each
 * feature, and `max_psi`, `records`, `malformed`.
 */
function driftMetrics(features, summary) {
    const metrics = {};
    for (const f of features) {
        metrics[`psi(${f.name})`] = f.psi;
        metrics[`missing(${f.name})`] = f.missingChange;
        metrics[`unseen(${f.name})`] = f.unseenRate;
    }
    metrics.max_psi = maxPsi(features);
    metrics.records = summary.records;
    metrics.malformed = summary.malformed;
    return metrics;
}
function maxPsi(features) {
    const values = features.map((f) => f.psi).filter((p) => p !== null);
    return values.length ? Math.max(...values) : null;
}
/** Rounded for reports and metrics (12 significant digits: floating noise off, nothing real lost). */
function round(n) {
    return Number(n.toPrecision(12));
}

// EXTERNAL MODULE: ./src/core/metrics/thresholds.ts
var thresholds = __webpack_require__(3173);
;// CONCATENATED MODULE: ./src/core/drift/render.ts

const fmt = (n) => (n === null ? '–' : Number(n.toPrecision(3)).toString());
const pct = (n) => `${Number((n * 100).toPrecision(3))}%`;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function headline(r) {
    const n = r.summary.records;
    if (r.outcome === 'insufficient-data') {
        return `⚠️ Drift check of ${r.endpoint}: too few records (${n} read, at least ${r.minRecords} needed)`;
    }
    if (r.outcome === 'drift') {
        const n = r.drifted.length;
        if (!n)
            return `❌ Drift check of ${r.endpoint} failed: ${r.outcomes
                .filter((o) => o.result === 'fail')
                .map((o) => o.threshold.text)
                .join('; ')}`;
        return `❌ Drift on ${r.endpoint}: ${n} feature${n === 1 ? '' : 's'} drifted (${r.drifted.join(', ')})`;
    }
    return `✅ No drift on ${r.endpoint} (${n} records)`;
}
/** The job summary: headline, what was read, thresholds, the per-feature table and a PSI chart. */
function renderDriftReport(r) {
    const s = r.summary;
    const parts = [
        `### ${headline(r)}`,
        '',
        `Window: ${r.window} · ${r.files} capture file${r.files === 1 ? '' : 's'} · ${s.records} records read · ` +
            `${s.malformed} malformed line${s.malformed === 1 ? '' : 's'} · baseline ${r.baseline}`,
        '',
    ];
    if (s.malformed)
        parts.push(malformedList(s.malformedExamples, s.malformed), '');
    if (r.outcome === 'insufficient-data')
        return parts.join('\n');
    if (r.outcomes.length) {
        parts.push('| Threshold | Result |', '| --- | --- |');
        for (const o of r.outcomes) {
            const result = o.result === 'pass' ? '✅ pass' : o.result === 'fail' ? `❌ ${o.reason ?? 'fail'}` : `⏭️ ${o.reason}`;
            parts.push(`| \`${cell(o.threshold.metric)} ${o.threshold.comparison} ${(0,thresholds/* boundText */.O6)(o.threshold.bound)}\` | ${cell(result)} |`);
        }
        parts.push('');
    }
    parts.push('| Feature | Type | PSI | Missing (baseline → now) | Unseen categories | |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of r.features) {
        const unseen = f.type === 'categorical' && f.unseenRate
            ? `${pct(f.unseenRate)} (${f.unseenExamples
                .slice(0, 3)
                .map((e) => `\`${cell(e)}\``)
                .join(', ')})`
            : '–';
        parts.push(`| ${cell(f.name)} | ${f.type} | ${fmt(f.psi)} | ${pct(f.baselineMissingRate)} → ${pct(f.missingRate)} | ${unseen} | ${r.drifted.includes(f.name) ? '❌ drifted' : ''} |`);
    }
    parts.push('', psiChart(r.features));
    return parts.join('\n');
}
function malformedList(examples, total) {
    const lines = examples.map((e) => `- \`${cell(e.key)}\` line ${e.line}: ${cell(e.reason)}`);
    const more = total > examples.length ? [`- … and ${total - examples.length} more`] : [];
    return [`Malformed capture lines (skipped, counted):`, ...lines, ...more].join('\n');
}
/** PSI per feature as a bar chart (the 20 largest, so the chart stays readable). */
function psiChart(features, maxBars = 20) {
    const shown = features
        .filter((f) => f.psi !== null)
        .sort((a, b) => b.psi - a.psi)
        .slice(0, maxBars);
    if (!shown.length)
        return '';
    const top = Math.max(0.3, ...shown.map((f) => f.psi)) * 1.1;
    return [
        '```mermaid',
        'xychart-beta',
        '  title "PSI per feature (0.1: watch, 0.2: drift)"',
        `  x-axis [${shown.map((f) => `"${f.name.replace(/["\n]/g, '')}"`).join(', ')}]`,
        `  y-axis 0 --> ${fmt(top)}`,
        `  bar [${shown.map((f) => fmt(f.psi)).join(', ')}]`,
        '```',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/drift/verdict.ts
var drift_verdict = __webpack_require__(4982);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics/sources.ts
var sources = __webpack_require__(983);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/drift-locations.ts
var drift_locations = __webpack_require__(9004);
// EXTERNAL MODULE: ./src/commands/drift-check/spec.ts
var spec = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/commands/drift-check/run.ts













async function run({ host, inputs, aws: awsInputs }) {
    const endpoint = inputs['endpoint-name'];
    const thresholds = inputs.thresholds ?? (0,drift_verdict/* parseDriftThresholds */.Ts)('thresholds', '');
    const minRecords = inputs['min-records'];
    const namespace = inputs.namespace;
    const alarmName = inputs['alarm-name'] ?? `${endpoint}-drift`;
    const aws = (0,aws_options/* awsFor */.B)(host, awsInputs, spec.spec.action);
    const s3 = (0,drift_data/* driftData */.I)(aws);
    const baseline = await (0,drift_locations/* readBaseline */.mF)(s3, host.run.workspace, inputs.baseline);
    (0,drift_verdict/* checkThresholdFeatures */.PX)(thresholds, baseline);
    const { bucket, prefix } = splitS3Uri(inputs['capture-s3-uri']);
    const endMs = host.clock.now();
    const windowMs = inputs.window;
    const keys = await captureFiles(s3, { bucket, prefix, endpoint, variant: inputs.variant, endMs, windowMs });
    host.info(`Reading ${keys.length} capture file${keys.length === 1 ? '' : 's'} of ${endpoint} (${windowText(endMs, windowMs)}).`);
    const started = performance.now();
    const summary = await summarizeFiles(s3, bucket, keys, baseline, host);
    const seconds = (performance.now() - started) / 1000;
    host.info(`Read ${summary.records} records (${summary.malformed} malformed lines) in ${seconds.toFixed(1)} s: ` +
        `${Math.round(summary.records / Math.max(seconds, 1e-3))} records/s.`);
    host.setOutput('records-read', summary.records);
    host.setOutput('malformed-lines', summary.malformed);
    host.setOutput('files-read', keys.length);
    const features = featureDrift(baseline, summary);
    const metrics = driftMetrics(features, summary);
    const verdict = (0,drift_verdict/* driftVerdict */.Zk)(thresholds, metrics, features);
    const outcome = summary.records < minRecords
        ? 'insufficient-data'
        : verdict.drifted.length || verdict.outcomes.some((o) => o.result === 'fail')
            ? 'drift'
            : 'pass';
    const max = maxPsi(features);
    host.setOutput('outcome', outcome);
    host.setOutput('metrics', metrics);
    if (outcome !== 'insufficient-data') {
        host.setOutput('drifted-features', verdict.drifted);
        host.setOutput('max-psi', max === null ? '' : max);
    }
    const report = {
        endpoint,
        window: windowText(endMs, windowMs),
        baseline: (0,sources/* locationText */.fN)(inputs.baseline),
        files: keys.length,
        summary,
        minRecords,
        outcome,
        features,
        outcomes: verdict.outcomes,
        drifted: verdict.drifted,
    };
    await host.appendSummary(renderDriftReport(report));
    if (summary.malformed) {
        host.warning(`${summary.malformed} capture line${summary.malformed === 1 ? '' : 's'} could not be read and ${summary.malformed === 1 ? 'was' : 'were'} skipped (see the job summary).`);
    }
    const cloudwatch = cloudWatchMetrics(aws);
    if (inputs.alarm) {
        // Before the data: the first drifted datapoint is then already watched.
        const change = await ensureAlarm(cloudwatch, driftAlarm(alarmName, namespace, endpoint));
        host.setOutput('alarm-name', alarmName);
        host.info(`Alarm ${alarmName}: ${change}.`);
    }
    if (inputs['publish-metrics']) {
        // Too few records: only the count; a drift figure from a handful of records would move the alarm.
        const datums = driftDatums(endpoint, outcome === 'insufficient-data' ? [] : features, {
            maxPsi: outcome === 'insufficient-data' ? null : max,
            drifted: verdict.drifted.length,
            records: summary.records,
        }, new Date(endMs));
        const published = outcome === 'insufficient-data' ? datums.filter((d) => d.MetricName === 'RecordsRead') : datums;
        const requests = await publishDatums(cloudwatch, namespace, published);
        host.info(`Published ${published.length} metrics to ${namespace} in ${requests} request${requests === 1 ? '' : 's'}.`);
    }
    const line = headline(report);
    if (outcome === 'insufficient-data') {
        if (inputs['on-insufficient-data'] === 'fail')
            throw new errors/* UserError */.yo(line.replace(/^\S+ /, ''), 1);
        host.warning(line.replace(/^\S+ /, ''));
        return;
    }
    if (outcome === 'drift' && inputs['fail-on-drift'])
        throw new errors/* OutcomeError */.Rz(line.replace(/^\S+ /, ''));
    host.info(line.replace(/^\S+ /, ''));
}
function windowText(endMs, windowMs) {
    const iso = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    return `${iso(endMs - windowMs)} – ${iso(endMs)} UTC`;
}


/***/ })

};
