export const id = 352;
export const ids = [352];
export const modules = {

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./src/commands/aws-options.ts + 2 modules
var aws_options = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/aws/sagemaker-jobs.ts
var sagemaker_jobs = __webpack_require__(6730);
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
// EXTERNAL MODULE: ./src/commands/wait-pipeline/report.ts + 3 modules
var report = __webpack_require__(9121);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/pipelines/selective.ts
var selective = __webpack_require__(4753);
;// CONCATENATED MODULE: ./src/core/pipelines/change-map.ts



/**
 * The map file: YAML or JSON, step name → a path or a list of paths. A path ending in `/` is a
 * folder (everything under it); `*` matches within one path segment, `**` across segments; any
 * other path is a file, or a folder when a file lies under it.
 */
function parseStepMap(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${file}: not valid YAML: ${err.message.split('\n')[0]}`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* UserError */.yo(`${file}: must map each step name to its paths, e.g. "Evaluate: [src/evaluate/]"`);
    const map = new Map();
    for (const [step, paths] of Object.entries(doc)) {
        const list = typeof paths === 'string' ? [paths] : paths;
        if (!Array.isArray(list) || !list.length || !list.every((p) => typeof p === 'string' && p.trim()))
            throw new errors/* UserError */.yo(`${file}: step '${step}' must list one or more paths (a path or a list of paths)`);
        map.set(step, list.map((p) => p.trim().replace(/^\.\//, '')));
    }
    return map;
}
const GLOB = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };
function pathMatches(pattern, path) {
    if (pattern.endsWith('/'))
        return path.startsWith(pattern);
    if (!/[*?]/.test(pattern))
        return path === pattern || path.startsWith(`${pattern}/`);
    const regex = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => GLOB[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    return new RegExp(`^${regex}$`).test(path);
}
/** The steps a change selects, or why everything must run. */
function autoSelection(graph, map, mapFile, files, filesWhy) {
    if (!map)
        return { all: true, why: `no step map (${mapFile}) in the repository` };
    const known = graph.steps.map((s) => s.name);
    const strangers = [...map.keys()].filter((s) => !known.includes(s));
    if (strangers.length)
        throw new errors/* UserError */.yo(`${mapFile} names ${strangers.map((s) => `'${s}'`).join(', ')}, not a step of the pipeline (steps: ${known.join(', ')})`);
    if (!files)
        return { all: true, why: filesWhy };
    if (!files.length)
        return { all: true, why: `the change lists no files (${filesWhy})` };
    const touched = new Map();
    for (const file of files) {
        const steps = [...map].filter(([, paths]) => paths.some((p) => pathMatches(p, file))).map(([s]) => s);
        if (!steps.length)
            return { all: true, why: `${file} is changed and ${mapFile} maps it to no step` };
        for (const s of steps)
            touched.set(s, [...(touched.get(s) ?? []), file]);
    }
    const steps = (0,selective/* downstreamClosure */._7)(graph, [...touched.keys()]);
    if (steps.length === known.length)
        return {
            all: true,
            why: `the change touches ${[...touched.keys()].join(', ')}, and every step is ${steps.length > touched.size ? 'it or downstream of it' : 'touched'}`,
        };
    return { all: false, steps, touched };
}

// EXTERNAL MODULE: ./src/core/pipelines/steps.ts
var steps = __webpack_require__(7992);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/changes.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The files a change touches, from the checkout: `git diff --name-only base...head` over the pull
 * request's base and head, or the push's before and after. Undefined, with the reason, when they
 * cannot be known (no range in the event, or history too shallow: check out with fetch-depth: 0).
 */
async function changedFiles(info) {
    const change = info.change;
    if (!change)
        return {
            why: "the run names no change to compare (neither a pull request nor a push with a commit before it); give 'changed-files'",
        };
    const range = `${change.base}...${change.head}`;
    try {
        const { stdout } = await run('git', ['diff', '--name-only', '-z', range], {
            cwd: info.workspace,
            maxBuffer: 64 * 1024 * 1024,
        });
        const files = stdout.split('\0').filter(Boolean);
        return { files, why: `git diff ${changes_short(change.base)}...${changes_short(change.head)}` };
    }
    catch (err) {
        const stderr = (err.stderr ?? err.message).trim().split('\n')[0];
        return {
            why: `could not list the change's files with git diff ${changes_short(change.base)}...${changes_short(change.head)} (${stderr}); check out with fetch-depth: 0`,
        };
    }
}
const changes_short = (sha) => sha.slice(0, 7);

;// CONCATENATED MODULE: ./src/commands/start-pipeline/selection.ts








/**
 * `selected-steps` with `source-execution`, or `selected-steps: auto`. Every refusal is made here,
 * before any start. `auto` never refuses what it cannot decide: it runs everything and says why.
 */
async function chooseSteps(host, gateway, pipeline, graph, parameters, i) {
    const selected = i['selected-steps'];
    if (!selected.length)
        return { preface: '' };
    if (selected.length > 1 || selected[0] !== 'auto') {
        const choice = i['source-execution'] ?? 'latest-succeeded';
        const source = await (0,selective/* resolveSource */.ev)(gateway, pipeline, choice);
        return withPreface(await (0,selective/* planSelective */.Cc)(gateway, pipeline, selected, choice, source));
    }
    const everything = (why) => {
        host.info(`selected-steps: auto: running every step: ${why}`);
        return { preface: `> **Every step ran** (\`selected-steps: auto\`): ${why}.\n\n` };
    };
    const mapFile = i['steps-map-file'];
    const map = await readMap(host.run.workspace, mapFile);
    const given = i['changed-files'];
    const change = given.length
        ? { files: given, why: "the files given in 'changed-files'" }
        : await changedFiles(host.run);
    const auto = autoSelection(graph, map, mapFile, change.files, change.why);
    if (auto.all)
        return everything(auto.why);
    const because = [...auto.touched].map(([step, files]) => `${step} (${files.join(', ')})`).join('; ');
    host.info(`selected-steps: auto: the change touches ${because}`);
    const baseRef = host.run.change?.baseRef;
    const choice = i['source-execution'];
    const source = choice
        ? await (0,selective/* resolveSource */.ev)(gateway, pipeline, choice)
        : await (0,selective/* resolveSource */.ev)(gateway, pipeline, 'latest-succeeded', (e) => startedFor(e, baseRef));
    if (!source)
        return everything(`found no Succeeded execution${baseRef ? ` started for ${baseRef}` : ''} to reuse outputs from`);
    const differs = await differentParameters(gateway, source, graph, parameters);
    if (differs)
        return everything(`${label(source)} ran with ${differs}: its outputs do not fit this run`);
    try {
        const plan = await (0,selective/* planSelective */.Cc)(gateway, pipeline, auto.steps, choice ?? 'latest-succeeded', source);
        return withPreface(plan, `the change touches ${because}`);
    }
    catch (err) {
        // A source named explicitly is the user's choice: what is wrong with it is refused.
        if (err instanceof errors/* InputError */.dz && !choice)
            return everything(err.message);
        throw err;
    }
}
function withPreface(plan, why) {
    const reused = plan.reused.length
        ? `Reused ${plan.reused.join(', ')} from [${label(plan.source)}](${(0,executions/* executionConsoleUrl */.bm)(plan.source.arn)}) (${plan.source.status}): **${(0,steps/* formatSpan */.QA)(plan.savedMs)} of step time saved**.`
        : `Outputs read from [${label(plan.source)}](${(0,executions/* executionConsoleUrl */.bm)(plan.source.arn)}).`;
    const lines = [
        `### ♻️ Selective run: ${plan.steps.join(', ')}`,
        '',
        reused,
        ...(why ? ['', `Why: ${why}.`] : []),
        '',
    ];
    return { plan, preface: lines.join('\n') + '\n' };
}
/** The toolkit's default description names the ref an execution was started for. */
function startedFor(e, baseRef) {
    if (!baseRef)
        return true;
    return Boolean(e.description && new RegExp(`, ref ${selection_escape(baseRef)}(,|$)`).test(e.description));
}
/** `Epochs=10 (this run: 20)` when the source ran with other parameter values than this start. */
async function differentParameters(gateway, source, graph, parameters) {
    const theirs = new Map((await gateway.executionParameters(source.arn)).map((p) => [p.Name, p.Value]));
    const ours = new Map(parameters.map((p) => [p.Name, p.Value]));
    const diffs = [];
    for (const p of graph.parameters) {
        const a = theirs.get(p.name) ?? p.defaultValue;
        const b = ours.get(p.name) ?? p.defaultValue;
        if (a !== b)
            diffs.push(`${p.name}=${a ?? '(unset)'} (this run: ${b ?? '(unset)'})`);
    }
    return diffs.length ? diffs.join(', ') : undefined;
}
async function readMap(workspace, file) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workspace, file), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz('steps-map-file', `must be a readable file (${err.code})`, file);
    }
    return parseStepMap(text, file);
}
const label = (e) => e.displayName ?? (0,executions/* executionId */.uY)(e.arn);
const selection_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// EXTERNAL MODULE: ./src/commands/start-pipeline/spec.ts + 1 modules
var spec = __webpack_require__(7469);
;// CONCATENATED MODULE: ./src/commands/start-pipeline/run.ts











async function run_run({ host, inputs, checked, aws }) {
    const name = inputs['pipeline-name'];
    const { definition, displayName: display, description: desc } = checked;
    const roleArn = inputs['role-arn'] ?? '';
    const version = inputs['pipeline-version-id'];
    const settings = inputs.wait
        ? { ...(0,report/* waitSettings */.h)(inputs), maxParallelSteps: inputs['max-parallel-steps'] }
        : undefined;
    const context = (0,aws_options/* awsFor */.B)(host, aws, spec.spec.action);
    const gateway = (0,sagemaker_pipelines/* sagemakerPipelines */._)(context);
    let pipeline = await gateway.describePipeline(name);
    if (definition)
        pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
    else
        host.setOutput('pipeline-changed', '');
    // A named version's own definition: its parameters are what the start is checked against.
    if (pipeline && version !== undefined)
        pipeline = await describeVersion(gateway, pipeline.name, version);
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
    const { plan, preface } = await chooseSteps(host, gateway, pipeline.name, graph, parameters, inputs);
    host.setOutput('selected-steps', plan ? plan.steps : '');
    host.setOutput('source-execution-arn', plan?.source.arn ?? '');
    const arn = await gateway.startExecution({
        pipelineName: name,
        parameters,
        displayName: display,
        description: desc,
        clientRequestToken: (0,start/* clientRequestToken */.KA)(host.run, pipeline.name, parameters),
        maxParallelSteps: inputs['max-parallel-steps'],
        ...(plan ? { selective: { steps: plan.steps, sourceArn: plan.source.arn } } : {}),
        ...(version !== undefined ? { pipelineVersionId: version } : {}),
    });
    host.setOutput('execution-arn', arn);
    host.setOutput('execution-url', (0,executions/* executionConsoleUrl */.bm)(arn));
    host.info(`Started ${display}: ${arn}`);
    host.info((0,executions/* executionConsoleUrl */.bm)(arn));
    if (!settings) {
        await host.appendSummary(`### ▶️ Started pipeline \`${pipeline.name}\`\n\n[${display}](${(0,executions/* executionConsoleUrl */.bm)(arn)})\n\n${preface}`);
        return;
    }
    await (0,report/* waitAndReport */.L)(host, gateway, [arn], settings, (0,sagemaker_jobs/* sagemakerJobs */.Z)(context), preface);
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
        const created = await gateway.latestVersion(name);
        host.setOutput('pipeline-version-id', created ?? '');
        host.info(`Created pipeline ${name}${created ? ` (version ${created})` : ''}`);
        return { arn, name, definition };
    }
    if (canonical(existing.definition) === canonical(definition)) {
        host.setOutput('pipeline-changed', 'unchanged');
        host.setOutput('pipeline-version-id', '');
        host.info(`Pipeline ${name}: definition unchanged`);
        return existing;
    }
    const updated = await gateway.updatePipeline({ name: existing.name, definition, roleArn });
    host.setOutput('pipeline-changed', 'updated');
    host.setOutput('pipeline-version-id', updated ?? '');
    host.info(`Updated pipeline ${name}${updated ? ` (version ${updated})` : ''}`);
    return { ...existing, definition };
}
async function describeVersion(gateway, name, version) {
    try {
        const found = await gateway.describePipeline(name, version);
        if (found)
            return found;
    }
    catch (err) {
        if (err.name !== 'ValidationException')
            throw err;
    }
    throw new errors/* InputError */.dz('pipeline-version-id', `must be a version of pipeline '${name}'`, String(version));
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


/***/ })

};
