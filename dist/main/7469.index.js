export const id = 7469;
export const ids = [7469];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/pipelines/selective.ts
var selective = __webpack_require__(4753);
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
    checkSelection(i['selected-steps'] ?? [], i['source-execution'], i['changed-files'] ?? []);
    if ((i['retry-on-failure'] ?? 0) > 0 && !i.wait)
        throw new errors/* InputError */.dz('retry-on-failure', 'needs wait: true (only an execution waited on can be retried when it fails)');
    const definition = i['definition-file'] ? readDefinition(i['definition-file'], run.workspace) : undefined;
    if (definition && !i['role-arn'])
        throw new errors/* InputError */.dz('role-arn', 'is required with definition-file: the IAM role the pipeline runs as');
    return {
        displayName: (0,start/* displayName */.QC)('display-name', i['display-name'] ?? '', run),
        description: (0,start/* description */.h_)('description', i.description ?? '', run),
        ...(definition ? { definition } : {}),
    };
}
function checkSelection(selected, source, changed) {
    const auto = selected.includes('auto');
    if (auto && selected.length > 1)
        throw new errors/* InputError */.dz('selected-steps', "must be either 'auto' or step names, not both", selected.join(', '));
    if (source && !selected.length)
        throw new errors/* InputError */.dz('source-execution', 'needs selected-steps (the steps to run on its outputs)');
    if (changed.length && !auto)
        throw new errors/* InputError */.dz('changed-files', 'is read only with selected-steps: auto');
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
        'selected-steps': {
            kind: 'list',
            pattern: /^[^\s,][^\n]{0,255}$/,
            allowed: 'step names of at most 256 characters',
            maxItems: 50,
            tooMany: 'names at most 50 steps (SelectiveExecutionConfig.SelectedSteps)',
            description: "Run only these steps (1-50 names), reusing the other steps' outputs from source-execution; or 'auto': the steps the change touches (by steps-map-file) and everything downstream of them. Default: every step.",
        },
        'source-execution': {
            kind: 'string',
            parse: selective/* parseSource */.PJ,
            description: "With selected-steps: the execution whose outputs are reused: 'latest-succeeded', 'latest', or an execution ARN of this pipeline (Succeeded or Failed). Default: 'latest-succeeded'; with 'auto', the latest Succeeded execution started for the change's base branch.",
        },
        'steps-map-file': {
            kind: 'string',
            description: "With selected-steps: auto, the repository's map of step name to the paths its code and configuration live in (YAML).",
            default: '.github/sagemaker-steps.yml',
        },
        'changed-files': {
            kind: 'list',
            description: "With selected-steps: auto, the change's files (one per line); default: git diff of the pull request's base...head or the push's before...after.",
        },
        'pipeline-version-id': {
            kind: 'integer',
            min: 1,
            max: Number.MAX_SAFE_INTEGER,
            description: 'Start this version of the pipeline (PipelineVersionId); default: the latest.',
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
        'pipeline-version-id': {
            description: 'With definition-file: the pipeline version created or updated; empty when unchanged.',
        },
        'selected-steps': {
            description: 'JSON list of the steps the execution runs; empty when it runs every step.',
        },
        'source-execution-arn': {
            description: 'With selected-steps: the execution whose outputs were reused; empty otherwise.',
        },
        ...spec.WAIT_OUTPUTS,
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U, ...github_permissions/* WORKSPACE */.u },
    permissions: [
        'sagemaker:DescribePipeline',
        'sagemaker:StartPipelineExecution',
        'sagemaker:CreatePipeline',
        'sagemaker:UpdatePipeline',
        'sagemaker:ListPipelineVersions',
        'sagemaker:ListPipelineParametersForExecution',
        'iam:PassRole',
        ...spec.WAIT_PERMISSIONS,
    ],
});


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseDefinition)
/* harmony export */ });
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
    if (!PIPELINE_NAME.test(value) && !(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .isArn */ .EH)('sagemaker-pipeline', value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN', raw);
    }
    return value;
}


/***/ }),

/***/ 4753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ planSelective),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   _7: () => (/* binding */ downstreamClosure),
/* harmony export */   ev: () => (/* binding */ resolveSource)
/* harmony export */ });
/* unused harmony exports SOURCE_WORDS, upstreamOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5091);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3394);
/* harmony import */ var _executions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9016);
/* harmony import */ var _gateway_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8021);





/**
 * A selective execution (StartPipelineExecution's SelectiveExecutionConfig): run only some steps,
 * reusing the others' outputs from a source execution. Everything SageMaker would refuse, and what
 * would run on missing outputs, is refused here first, before any start, naming what is wrong.
 */
const SOURCE_WORDS = ['latest-succeeded', 'latest'];
/** `source-execution`: one of the words, or a pipeline execution ARN. */
function parseSource(name, value) {
    const v = value.trim();
    if (SOURCE_WORDS.includes(v) || _spec_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .ARNS */ .NO['pipeline-execution'].pattern.test(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be ${SOURCE_WORDS.map((w) => `'${w}'`).join(', ')} or ${_spec_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .ARNS */ .NO['pipeline-execution'].shape}`, value);
}
/** How many executions are looked through for `latest-succeeded` (100 a page). */
const MAX_PAGES = 5;
/** The source execution `source-execution` names, checked: this pipeline's, ended Succeeded or Failed. */
async function resolveSource(gateway, pipeline, source, accept = () => true) {
    if (source === 'latest' || source === 'latest-succeeded') {
        let token;
        for (let page = 0; page < MAX_PAGES; page++) {
            const listed = await gateway.listExecutions(pipeline, token);
            const found = listed.executions.find((e) => (source === 'latest' || e.status === 'Succeeded') && accept(e));
            if (found)
                return found;
            if (source === 'latest' && listed.executions.length)
                return undefined;
            token = listed.nextToken;
            if (!token)
                break;
        }
        return undefined;
    }
    if ((0,_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineOfExecution */ .Oc)(source) !== pipeline.toLowerCase())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-execution', `must be an execution of pipeline '${pipeline}', not of '${(0,_gateway_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineOfExecution */ .Oc)(source)}'`, source);
    try {
        return await gateway.describeExecution(source);
    }
    catch (err) {
        if (err.name !== 'ResourceNotFound')
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-execution', `must be an existing execution of pipeline '${pipeline}'`, source);
    }
}
/** Checks the selection against the source and the definition it ran; returns what will run and be reused. */
async function planSelective(gateway, pipeline, selected, sourceChoice, source) {
    if (!source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-execution', sourceChoice === 'latest-succeeded'
            ? `found no Succeeded execution of pipeline '${pipeline}' to reuse outputs from`
            : `found no execution of pipeline '${pipeline}' to reuse outputs from`, sourceChoice);
    const name = source.displayName ?? (0,_executions_js__WEBPACK_IMPORTED_MODULE_2__/* .executionId */ .uY)(source.arn);
    if (source.status !== 'Succeeded' && source.status !== 'Failed')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-execution', `must be an execution that ended Succeeded or Failed; ${name} is ${source.status}`, sourceChoice);
    const graph = (0,_definition_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDefinition */ .J)(await gateway.definitionForExecution(source.arn));
    const known = graph.steps.map((s) => s.name);
    const unknown = selected.filter((s) => !known.includes(s));
    if (unknown.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('selected-steps', `names ${unknown.map((s) => `'${s}'`).join(', ')}, not a step of the definition ${name} ran (steps: ${known.join(', ')})`);
    const { steps } = await gateway.listSteps(source.arn);
    const ran = new Map(steps.map((s) => [s.name, s]));
    const chosen = new Set(selected);
    const reused = new Set();
    for (const step of selected) {
        for (const upstream of upstreamOf(graph, step)) {
            if (chosen.has(upstream))
                continue;
            const before = ran.get(upstream);
            if (before?.status !== 'Succeeded')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('selected-steps', `cannot run ${step} on ${name}'s outputs: it reads from ${upstream}, which is not selected and did not succeed there (${before?.status ?? 'did not run'}); select ${upstream} too, or choose another source-execution`);
            reused.add(upstream);
        }
    }
    // SageMaker runs a connected selection: a step between two selected ones must be selected too.
    const below = new Set(downstreamClosure(graph, selected));
    for (const step of ancestors(graph, selected)) {
        if (below.has(step) && !chosen.has(step))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('selected-steps', `must include ${step}: it lies between selected steps, and SageMaker runs only a connected selection`);
        // Everything upstream that does not run is reused, directly or through the steps it fed.
        if (!chosen.has(step))
            reused.add(step);
    }
    const reusedList = known.filter((s) => reused.has(s));
    return {
        steps: known.filter((s) => chosen.has(s)),
        source,
        reused: reusedList,
        savedMs: stepTime(reusedList.map((s) => ran.get(s))),
    };
}
/** The steps a step runs after: its dependencies, and the condition step whose branch holds it. */
function upstreamOf(graph, step) {
    const node = graph.steps.find((s) => s.name === step);
    const conditions = graph.steps
        .filter((c) => c.ifSteps?.includes(step) || c.elseSteps?.includes(step))
        .map((c) => c.name);
    return [...(node?.after ?? []), ...conditions];
}
/** Every step upstream of `from`, transitively (not `from` themselves unless upstream of another). */
function ancestors(graph, from) {
    const found = new Set();
    const visit = (step) => {
        for (const u of upstreamOf(graph, step)) {
            if (found.has(u))
                continue;
            found.add(u);
            visit(u);
        }
    };
    from.forEach(visit);
    return found;
}
/** The steps downstream of `from` (themselves included), in the definition's order. */
function downstreamClosure(graph, from) {
    const found = new Set(from);
    for (let changed = true; changed;) {
        changed = false;
        for (const node of graph.steps) {
            if (found.has(node.name))
                continue;
            if (upstreamOf(graph, node.name).some((u) => found.has(u))) {
                found.add(node.name);
                changed = true;
            }
        }
    }
    return graph.steps.map((s) => s.name).filter((s) => found.has(s));
}
function stepTime(steps) {
    return steps.reduce((t, s) => t + (s?.startTime !== undefined && s.endTime !== undefined ? s.endTime - s.startTime : 0), 0);
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
