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


/***/ })

};
