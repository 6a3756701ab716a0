export const id = 5485;
export const ids = [5485];
export const modules = {

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
var is_object = __webpack_require__(8467);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/index.js + 3 modules
var api = __webpack_require__(7084);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
var CsvError = __webpack_require__(6892);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js + 1 modules
var normalize_options = __webpack_require__(6845);
;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/index.js
/*
CSV Parse

Please look at the [project documentation](https://csv.js.org/parse/) for
additional information.
*/







class Parser extends external_stream_.Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = (0,api/* transform */.p)({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts,
    });
    // Backward compatibility
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        // Fix #333 and break #410
        //   ko: api.stream.iterator.coffee
        //   ko with v21.4.0, ok with node v20.5.1: api.stream.finished # aborted (with generate())
        //   ko: api.stream.finished # aborted (with Readable)
        // this.destroy()
        // Fix #410 and partially break #333
        //   ok: api.stream.iterator.coffee
        //   ok: api.stream.finished # aborted (with generate())
        //   broken: api.stream.finished # aborted (with Readable)
        this.on("end", this.destroy);
      },
    );
    if (err !== undefined) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      undefined,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      },
    );
    callback(err);
  }
}

const parse = function () {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (
      data === undefined &&
      (typeof argument === "string" || Buffer.isBuffer(argument))
    ) {
      data = argument;
    } else if (options === undefined && (0,is_object/* is_object */.v)(argument)) {
      options = argument;
    } else if (callback === undefined && type === "function") {
      callback = argument;
    } else {
      throw new CsvError/* CsvError */.J(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {},
      );
    }
  }
  const parser = new Parser(options);
  if (callback) {
    const records =
      options === undefined || options.objname === undefined
        ? []
        : Object.create(null);
    parser.on("readable", function () {
      let record;
      while ((record = this.read()) !== null) {
        if (options === undefined || options.objname === undefined) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1],
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function (err) {
      callback(err, undefined, parser.api.__infoDataSet());
    });
    parser.on("end", function () {
      callback(undefined, records, parser.api.__infoDataSet());
    });
  }
  if (data !== undefined) {
    const writer = function () {
      parser.write(data);
      parser.end();
    };
    // Support Deno, Rollup doesn't provide a shim for setImmediate
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};



// EXTERNAL MODULE: ./src/aws/drift-data.ts
var drift_data = __webpack_require__(9399);
// EXTERNAL MODULE: ./src/core/drift/baseline.ts
var drift_baseline = __webpack_require__(3584);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/drift/values.ts
var values = __webpack_require__(6037);
;// CONCATENATED MODULE: ./src/core/drift/build-baseline.ts



/** Numeric values kept per feature to place the quantile edges (a uniform reservoir sample past it). */
const SAMPLE_SIZE = 100_000;
/** Distinct values counted per feature; values first seen past it count toward "other". */
const DISTINCT_TRACKED = 10_000;
/**
 * Computes a baseline from rows streamed through `add`, in bounded memory: per column a reservoir
 * sample of numbers (exact below SAMPLE_SIZE rows) and the counts of at most DISTINCT_TRACKED values.
 * The reservoir's random choice is seeded, so the same data always gives the same baseline.
 */
class BaselineBuilder {
    options;
    columns = new Map();
    rows = 0;
    seed = 0x9e3779b9;
    constructor(options) {
        this.options = options;
    }
    /** One row: column name → raw value (CSV text or a JSON value). */
    add(row) {
        this.rows++;
        for (const name of Object.keys(row)) {
            if (this.options.exclude.includes(name))
                continue;
            this.column(name);
        }
        for (const c of this.columns.values())
            this.addValue(c, row[c.name]);
    }
    column(name) {
        let c = this.columns.get(name);
        if (!c) {
            // A column first seen at row n was missing in the n-1 rows before it.
            c = {
                name,
                missing: this.rows - 1,
                present: 0,
                numeric: true,
                sample: new Float64Array(0),
                seen: 0,
                min: Infinity,
                max: -Infinity,
                counts: new Map(),
                untracked: 0,
            };
            this.columns.set(name, c);
        }
        return c;
    }
    addValue(c, raw) {
        const v = (0,values/* readValue */.w)(raw);
        if (v === undefined) {
            c.missing++;
            return;
        }
        c.present++;
        if (typeof v === 'number') {
            if (c.numeric)
                this.sampleNumber(c, v);
        }
        else if (c.numeric) {
            c.numeric = false;
            c.sample = new Float64Array(0); // no longer needed
        }
        const key = (0,values/* categoryOf */.Q)(v);
        const n = c.counts.get(key);
        if (n !== undefined)
            c.counts.set(key, n + 1);
        else if (c.counts.size < DISTINCT_TRACKED)
            c.counts.set(key, 1);
        else
            c.untracked++;
    }
    sampleNumber(c, x) {
        c.min = Math.min(c.min, x);
        c.max = Math.max(c.max, x);
        if (c.seen < SAMPLE_SIZE) {
            if (c.seen === c.sample.length) {
                const grown = new Float64Array(Math.min(SAMPLE_SIZE, Math.max(1024, c.sample.length * 2)));
                grown.set(c.sample);
                c.sample = grown;
            }
            c.sample[c.seen] = x;
        }
        else {
            const j = Math.floor(this.random() * (c.seen + 1));
            if (j < SAMPLE_SIZE)
                c.sample[j] = x;
        }
        c.seen++;
    }
    /** xorshift32: a reservoir that is the same on every run. */
    random() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed / 4294967296;
    }
    finish() {
        if (!this.rows)
            throw new errors/* UserError */.yo(`training data ${this.options.source} has no rows`);
        const features = [];
        for (const c of this.columns.values()) {
            const missingRate = c.missing / this.rows;
            if (c.numeric && c.present) {
                const sample = c.sample.slice(0, Math.min(c.seen, SAMPLE_SIZE)).sort();
                const edges = quantileEdges(sample, this.options.bins);
                const counts = new Array(edges.length + 1).fill(0);
                for (const x of sample)
                    counts[(0,drift_baseline/* binOf */.jU)(edges, x)]++;
                features.push({
                    name: c.name,
                    type: 'numeric',
                    missingRate,
                    edges,
                    proportions: counts.map((n) => n / sample.length),
                    min: c.min,
                    max: c.max,
                });
            }
            else {
                features.push({
                    name: c.name,
                    type: 'categorical',
                    missingRate,
                    ...topCategories(c, this.options.maxCategories),
                });
            }
        }
        return {
            format: drift_baseline/* BASELINE_FORMAT */.q4,
            version: drift_baseline/* BASELINE_VERSION */.d0,
            source: this.options.source,
            rows: this.rows,
            maxCategories: this.options.maxCategories,
            features,
        };
    }
}
/**
 * The k-1 interior edges at quantiles 1/k … (k-1)/k of sorted values (the lower value at each
 * quantile: the smallest x with at least q·n values ≤ x), duplicates dropped, so a value equal to
 * an edge falls in the bin below it and a feature with few distinct values gets fewer bins.
 */
function quantileEdges(sorted, bins) {
    const edges = [];
    const n = sorted.length;
    for (let i = 1; i < bins; i++) {
        const x = sorted[Math.max(0, Math.ceil((i / bins) * n) - 1)];
        if (x < sorted[n - 1] && edges[edges.length - 1] !== x)
            edges.push(x);
    }
    return edges;
}
function topCategories(c, max) {
    const ranked = [...c.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const categories = {};
    let kept = 0;
    for (const [name, n] of ranked.slice(0, max)) {
        categories[name] = c.present ? n / c.present : 0;
        kept += n;
    }
    return { categories, other: c.present ? (c.present - kept) / c.present : 0 };
}

// EXTERNAL MODULE: ./src/core/drift/lines.ts
var lines = __webpack_require__(3356);
// EXTERNAL MODULE: ./src/core/metrics/sources.ts
var sources = __webpack_require__(983);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/commands/drift-locations.ts
var drift_locations = __webpack_require__(9004);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/commands/drift-baseline/files.ts




/** The training data as a stream (never read whole): an S3 object or a workspace file. */
async function openData(s3, workspace, l) {
    if (l.kind === 's3')
        return s3.stream(l.bucket, l.key);
    const stream = (0,external_node_fs_.createReadStream)((0,drift_locations/* workspacePath */.X5)(workspace, l.path));
    // Opening errors (a missing file) surface here, as one line, rather than mid-parse.
    await new Promise((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (err) => reject((0,drift_locations/* fileError */.zS)(l.path, err)));
    });
    return stream;
}
async function writeText(s3, workspace, l, text) {
    if (l.kind === 's3')
        return s3.putText(l.bucket, l.key, text);
    const path = (0,drift_locations/* workspacePath */.X5)(workspace, l.path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}

// EXTERNAL MODULE: ./src/commands/drift-baseline/spec.ts
var spec = __webpack_require__(7579);
;// CONCATENATED MODULE: ./src/commands/drift-baseline/run.ts











async function run({ host, inputs, aws }) {
    const s3 = (0,drift_data/* driftData */.I)((0,aws_options/* awsFor */.B)(host, aws, spec.spec.action));
    const workspace = host.run.workspace;
    const source = (0,sources/* locationText */.fN)(inputs.data);
    const format = formatOf(inputs.format, inputs.data);
    let baseline;
    if (format === 'statistics') {
        baseline = (0,drift_baseline/* parseBaseline */.nk)(await (0,drift_locations/* readText */.yR)(s3, workspace, inputs.data), source);
    }
    else {
        const builder = new BaselineBuilder({
            bins: inputs.bins,
            maxCategories: inputs['max-categories'],
            exclude: inputs.exclude,
            source,
        });
        const stream = await openData(s3, workspace, inputs.data);
        if (format === 'csv')
            await readCsv(stream, source, (row) => builder.add(row));
        else
            await readJsonLines(stream, source, (row) => builder.add(row));
        baseline = builder.finish();
    }
    await writeText(s3, workspace, inputs.output, `${JSON.stringify(baseline, null, 2)}\n`);
    host.setOutput('baseline', (0,sources/* locationText */.fN)(inputs.output));
    host.setOutput('rows', baseline.rows);
    host.setOutput('features', baseline.features.map((f) => ({ name: f.name, type: f.type })));
    const numeric = baseline.features.filter((f) => f.type === 'numeric').length;
    host.info(`Baseline of ${baseline.rows} rows, ${baseline.features.length} features (${numeric} numeric, ` +
        `${baseline.features.length - numeric} categorical) written to ${(0,sources/* locationText */.fN)(inputs.output)}.`);
    await host.appendSummary(baselineSummary(baseline, (0,sources/* locationText */.fN)(inputs.output)));
}
function formatOf(format, data) {
    if (format !== 'auto')
        return format;
    const name = (data.kind === 's3' ? data.key : data.path).toLowerCase();
    if (name.endsWith('.csv'))
        return 'csv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    if (name.endsWith('.json'))
        return 'statistics';
    throw new errors/* InputError */.dz('format', "must be given when data's extension is not .csv, .jsonl, .ndjson or .json: one of csv, jsonl, statistics");
}
/** CSV with a header, streamed through csv-parse: one row object at a time. */
async function readCsv(stream, source, add) {
    const parser = stream.pipe(parse({ columns: true, skip_empty_lines: true, bom: true, trim: true }));
    stream.once('error', (err) => parser.destroy(err));
    try {
        for await (const row of parser)
            add(row);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw new errors/* UserError */.yo(`${source} is not CSV with a header: ${err.message}`);
    }
}
async function readJsonLines(stream, source, add) {
    let line = 0;
    for await (const batch of (0,lines/* lineBatches */.b)(stream)) {
        for (const text of batch) {
            line++;
            if (!text.trim())
                continue;
            let row;
            try {
                row = JSON.parse(text);
            }
            catch {
                throw new errors/* UserError */.yo(`${source} line ${line} is not JSON (JSON Lines: one object per line)`);
            }
            if (typeof row !== 'object' || row === null || Array.isArray(row)) {
                throw new errors/* UserError */.yo(`${source} line ${line} is not a JSON object (JSON Lines: one object per line)`);
            }
            add(row);
        }
    }
}
function baselineSummary(b, where) {
    const rows = b.features.map((f) => {
        const shape = f.type === 'numeric'
            ? `${f.proportions.length} bins, ${f.min} … ${f.max}`
            : `${Object.keys(f.categories).length} categories${f.other ? `, other ${(f.other * 100).toFixed(1)}%` : ''}`;
        return `| ${f.name.replace(/\|/g, '\\|')} | ${f.type} | ${(f.missingRate * 100).toFixed(1)}% | ${shape} |`;
    });
    return [
        `### Drift baseline: ${b.rows} rows, ${b.features.length} features`,
        '',
        `Written to ${where} (format ${b.format} v${b.version}).`,
        '',
        '| Feature | Type | Missing | Distribution |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}


/***/ }),

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(983);
/* harmony import */ var _core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4390);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6705);




const spec = (0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineSpec */ .j)({
    action: 'drift-baseline',
    cli: ['drift', 'baseline'],
    title: 'SageMaker CI/CD: drift baseline',
    description: 'Compute the drift baseline of training data (CSV with a header or JSON Lines, streamed from S3 or the workspace): per feature its type, missing rate, quantile bins or category shares; or convert a Model Monitor statistics.json.',
    icon: 'sliders',
    inputs: {
        data: {
            kind: 'string',
            required: true,
            parse: _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLocation */ .mC,
            description: 'The training data: an S3 URI or workspace file, CSV with a header (.csv) or JSON Lines (.jsonl), or a Model Monitor statistics.json (.json) to convert.',
        },
        format: {
            kind: 'enum',
            choices: ['auto', 'csv', 'jsonl', 'statistics'],
            description: "How to read data; 'auto' goes by its extension (.csv, .jsonl or .ndjson, .json).",
            default: 'auto',
        },
        output: {
            kind: 'string',
            required: true,
            parse: _core_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .reportLocation */ .mC,
            description: 'Where to write the baseline JSON: an S3 URI or a workspace file.',
        },
        bins: {
            kind: 'integer',
            min: 2,
            max: 100,
            unit: 'bins',
            description: 'Quantile bins per numeric feature (fewer when a feature has fewer distinct values).',
            default: '10',
        },
        'max-categories': {
            kind: 'integer',
            min: 1,
            max: 1000,
            unit: 'categories',
            description: 'Categories kept per categorical feature; rarer ones share an "other" bucket.',
            default: '50',
        },
        exclude: {
            kind: 'list',
            description: 'Columns that are not model inputs (the label), left out of the baseline.',
        },
        ..._core_spec_aws_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_INPUTS */ .O,
    },
    outputs: {
        baseline: { description: 'Where the baseline was written (the output input).' },
        rows: { description: 'Rows read.' },
        features: { description: 'JSON list of the features: [{"name": "age", "type": "numeric"}, ...].' },
    },
    githubPermissions: { ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_TO_ASSUME */ .U, ..._core_spec_github_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKSPACE */ .u },
    permissions: ['s3:GetObject', 's3:PutObject'],
});


/***/ })

};
