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

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/aws/sagemaker-pipelines.ts
var sagemaker_pipelines = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pipelines/definition.ts
var pipelines_definition = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/core/pipelines/executions.ts
var executions = __webpack_require__(9016);
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
// EXTERNAL MODULE: ./src/commands/wait-pipeline/report.ts + 2 modules
var report = __webpack_require__(7922);
// EXTERNAL MODULE: ./src/commands/start-pipeline/spec.ts + 1 modules
var spec = __webpack_require__(7469);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/run.ts









async function run({ host, inputs, checked, aws }) {
    const name = inputs['pipeline-name'];
    const { definition, displayName: display, description: desc } = checked;
    const roleArn = inputs['role-arn'] ?? '';
    const settings = inputs.wait ? (0,report/* waitSettings */.h)(inputs) : undefined;
    const gateway = (0,sagemaker_pipelines/* sagemakerPipelines */._)((0,aws_options/* awsFor */.B)(host, aws, spec.spec.action));
    let pipeline = await gateway.describePipeline(name);
    if (definition)
        pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
    else
        host.setOutput('pipeline-changed', '');
    if (!pipeline)
        throw new errors/* UserError */.yo(`pipeline '${name}' does not exist; create it, or give 'definition-file' and 'role-arn'`);
    let graph;
    try {
        graph = (0,pipelines_definition/* parseDefinition */.J)(pipeline.definition);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`pipeline '${name}': ${err.message}`);
    }
    const parameters = checkParameters('parameters', inputs.parameters, graph.parameters);
    const arn = await gateway.startExecution({
        pipelineName: name,
        parameters,
        displayName: display,
        description: desc,
        clientRequestToken: (0,start/* clientRequestToken */.KA)(host.run, pipeline.name, parameters),
        maxParallelSteps: inputs['max-parallel-steps'],
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

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec_spec)
});

// EXTERNAL MODULE: ./src/core/pipelines/names.ts
var names = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/commands/wait-pipeline/spec.ts
var spec = __webpack_require__(4812);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pipelines/start.ts
var start = __webpack_require__(1435);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/check.ts




/** The rules across start-pipeline's inputs, and the defaults that depend on the run. */
function checkStart(i, run) {
    const definition = i['definition-file'] ? readDefinition(i['definition-file'], run.workspace) : undefined;
    if (definition && !i['role-arn'])
        throw new errors/* InputError */.dz('role-arn', 'is required with definition-file: the IAM role the pipeline runs as');
    return {
        displayName: (0,start/* displayName */.QC)('display-name', i['display-name'] ?? '', run),
        description: (0,start/* description */.h_)('description', i.description ?? '', run),
        ...(definition ? { definition } : {}),
    };
}
function readDefinition(file, workspace) {
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workspace, file);
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

;// CONCATENATED MODULE: ./src/commands/start-pipeline/spec.ts





const spec_spec = (0,types/* defineSpec */.j)({
    action: 'start-pipeline',
    cli: ['pipeline', 'start'],
    title: 'SageMaker CI/CD: start pipeline',
    description: "Start a SageMaker pipeline execution (idempotently: a retried step never starts a second one), after checking the parameters against the pipeline's definition; optionally create or update the pipeline first, and wait.",
    icon: 'play',
    inputs: {
        'pipeline-name': {
            kind: 'string',
            parse: names/* pipelineName */.a,
            description: 'Name or ARN of the SageMaker pipeline.',
            required: true,
        },
        parameters: {
            kind: 'map',
            description: 'Pipeline parameters as a YAML or JSON map, e.g. {TrainingImage: ..., InputData: s3://...}. Checked against the definition.',
        },
        'display-name': {
            kind: 'string',
            description: 'Execution display name (1-82 letters, digits, hyphens). Default: <repo>-<sha7>-run-<run id>-<attempt>.',
        },
        description: {
            kind: 'string',
            multiline: true,
            maxLength: 3072,
            description: 'Execution description (up to 3072 characters). Default: repository, commit, actor and run URL.',
        },
        'max-parallel-steps': {
            kind: 'integer',
            min: 1,
            max: 1000,
            description: "At most this many steps run at once (ParallelismConfiguration); default: the pipeline's.",
        },
        'definition-file': {
            kind: 'string',
            description: 'A pipeline definition JSON file: the pipeline is created, or updated when the definition differs, before starting.',
        },
        'role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'The IAM role the pipeline runs as; required with definition-file.',
        },
        wait: {
            kind: 'boolean',
            description: 'Wait for the execution to end, as wait-pipeline does.',
            default: 'false',
        },
        ...spec.WAIT_INPUTS,
    },
    // Every input is checked, the wait options too, even when it does not wait.
    check: checkStart,
    outputs: {
        'execution-arn': { description: 'ARN of the execution, set as soon as it exists.' },
        'execution-url': { description: 'Link to the execution in the SageMaker console.' },
        'pipeline-changed': {
            description: "With definition-file: 'created', 'updated' or 'unchanged'; empty otherwise.",
        },
        ...spec.WAIT_OUTPUTS,
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'sagemaker:DescribePipeline',
        'sagemaker:StartPipelineExecution',
        'sagemaker:CreatePipeline',
        'sagemaker:UpdatePipeline',
        'iam:PassRole',
        ...spec.WAIT_PERMISSIONS,
    ],
});


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pipelineName)
/* harmony export */ });
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** PipelineName as the SageMaker API accepts it: a name, or a pipeline ARN (1–2048 characters). */
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
function pipelineName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name or ARN of a SageMaker pipeline');
    if (!PIPELINE_NAME.test(value) && !(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .isArn */ .E)('sagemaker-pipeline', value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN', raw);
    }
    return value;
}


/***/ })

};
