export const id = 890;
export const ids = [890];
export const modules = {

/***/ 9890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/commands/aws-options.ts + 1 modules
var aws_options = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/aws/sagemaker-pipelines.ts
var sagemaker_pipelines = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/pipelines/definition.ts
var pipelines_definition = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/core/pipelines/executions.ts
var executions = __webpack_require__(9016);
// EXTERNAL MODULE: ./src/core/pipelines/names.ts
var names = __webpack_require__(7615);
;// CONCATENATED MODULE: ./src/core/pipelines/parameters.ts

const NAME = /^[A-Za-z0-9\-_]*$/;
const MAX_VALUE = 1024;
/**
 * Checks the given values against the definition's Parameters before anything starts: unknown names
 * (listing the known ones) and values that are not of the parameter's type are refused. Booleans
 * are sent as `true` / `false`, the form SageMaker's definition uses.
 */
function checkParameters(input, given, defined) {
    const known = new Map(defined.map((p) => [p.name, p]));
    const out = [];
    for (const [name, raw] of Object.entries(given)) {
        if (!name || name.length > 256 || !NAME.test(name)) {
            throw new errors/* InputError */.dz(input, 'has a parameter name that is not letters, digits, - and _ (1-256)', name);
        }
        const def = known.get(name);
        if (!def) {
            const list = defined.length
                ? `known parameters: ${defined.map((p) => p.name).join(', ')}`
                : 'the pipeline defines no parameters';
            throw new errors/* InputError */.dz(input, `names an unknown parameter '${name}' (${list})`);
        }
        const value = typedValue(input, def, raw);
        if (value.length > MAX_VALUE) {
            throw new errors/* InputError */.dz(input, `has a value for '${name}' longer than ${MAX_VALUE} characters`);
        }
        out.push({ Name: name, Value: value });
    }
    return out;
}
function typedValue(input, def, raw) {
    const value = raw.trim();
    const bad = (what) => new errors/* InputError */.dz(input, `parameter '${def.name}' is ${def.type}: must be ${what}`, raw);
    switch (def.type) {
        case 'Integer':
            if (!/^[-+]?\d+$/.test(value))
                throw bad('a whole number');
            return value.replace(/^\+/, '');
        case 'Float':
            if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value))
                throw bad('a number');
            return value.replace(/^\+/, '');
        case 'Boolean':
            if (!/^(true|false)$/i.test(value))
                throw bad('true or false');
            return value.toLowerCase();
        default:
            return raw;
    }
}

// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/commands/wait-pipeline/report.ts + 5 modules
var report = __webpack_require__(9736);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/run.ts














const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
async function run(host) {
    // Every input is checked before the first AWS call: bad input never starts anything.
    const name = (0,names/* pipelineName */.a)('pipeline-name', host.input('pipeline-name'));
    const given = (0,inputs/* stringMap */.Qi)('parameters', host.input('parameters'));
    const display = (0,start/* displayName */.QC)('display-name', host.input('display-name'), host.run);
    const desc = (0,start/* description */.h_)('description', host.input('description'), host.run);
    const maxParallel = (0,inputs/* integer */.nd)('max-parallel-steps', host.input('max-parallel-steps'), undefined, {
        min: 1,
        max: 1000,
    });
    const definition = readDefinition(host);
    const roleArn = host.input('role-arn');
    if (definition && !ROLE_ARN.test(roleArn)) {
        throw new errors/* InputError */.dz('role-arn', 'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>) when definition-file is given', roleArn);
    }
    const wait = (0,inputs/* boolean */.zM)('wait', host.input('wait'), false);
    const settings = wait ? (0,report/* waitSettings */.h)(host) : undefined;
    const client = new dist_cjs/* SageMakerClient */.kHU((0,clients/* clientConfig */.yO)(host.env, 'SAGEMAKER', (0,aws_options/* awsOptions */.G)(host)));
    const gateway = (0,sagemaker_pipelines/* sagemakerPipelines */._)(client);
    let pipeline = await gateway.describePipeline(name);
    if (definition)
        pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
    else
        host.setOutput('pipeline-changed', '');
    if (!pipeline)
        throw new errors/* UserError */.yo(`pipeline '${name}' does not exist; create it, or give 'definition-file' and 'role-arn'`);
    let graph;
    try {
        graph = (0,pipelines_definition/* parseDefinition */.JA)(pipeline.definition);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`pipeline '${name}': ${err.message}`);
    }
    const parameters = checkParameters('parameters', given, graph.parameters);
    const arn = await gateway.startExecution({
        pipelineName: name,
        parameters,
        displayName: display,
        description: desc,
        clientRequestToken: (0,start/* clientRequestToken */.KA)(host.run, pipeline.name, parameters),
        maxParallelSteps: maxParallel,
    });
    host.setOutput('execution-arn', arn);
    host.setOutput('execution-url', (0,executions/* executionConsoleUrl */.bm)(arn));
    host.info(`Started ${display}: ${arn}`);
    host.info((0,executions/* executionConsoleUrl */.bm)(arn));
    if (!settings) {
        await host.appendSummary(`### ▶️ Started pipeline \`${pipeline.name}\`\n\n[${display}](${(0,executions/* executionConsoleUrl */.bm)(arn)})\n`);
        return;
    }
    await (0,report/* waitAndReport */.L)(host, gateway, [arn], settings);
}
function readDefinition(host) {
    const file = host.input('definition-file');
    if (!file)
        return undefined;
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(host.run.workspace, file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz('definition-file', `must be a readable file (${err.code ?? 'unreadable'})`, file);
    }
    try {
        const doc = JSON.parse(text);
        if (!doc || typeof doc !== 'object' || !Array.isArray(doc.Steps))
            throw new Error('no Steps list');
    }
    catch (err) {
        throw new errors/* InputError */.dz('definition-file', `must be a pipeline definition JSON with a Steps list (${err.message})`, file);
    }
    if (text.length > 1_048_576)
        throw new errors/* InputError */.dz('definition-file', 'must be at most 1 MiB (the API limit)', file);
    return text;
}
/** Creates the pipeline, or updates it when its definition differs; says which in `pipeline-changed`. */
async function applyDefinition(host, gateway, name, existing, definition, roleArn) {
    if (!existing) {
        const arn = await gateway.createPipeline({
            name,
            definition,
            roleArn,
            token: (0,start/* createToken */.Ey)(name, definition, host.run),
        });
        host.setOutput('pipeline-changed', 'created');
        host.info(`Created pipeline ${name}`);
        return { arn, name, definition };
    }
    if (canonical(existing.definition) === canonical(definition)) {
        host.setOutput('pipeline-changed', 'unchanged');
        host.info(`Pipeline ${name}: definition unchanged`);
        return existing;
    }
    await gateway.updatePipeline({ name: existing.name, definition, roleArn });
    host.setOutput('pipeline-changed', 'updated');
    host.info(`Updated pipeline ${name}`);
    return { ...existing, definition };
}
/** JSON with sorted keys, so formatting and key order do not count as changes. */
function canonical(text) {
    const sort = (v) => Array.isArray(v)
        ? v.map(sort)
        : v && typeof v === 'object'
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sort(v[k])]))
            : v;
    try {
        return JSON.stringify(sort(JSON.parse(text)));
    }
    catch {
        return text;
    }
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
