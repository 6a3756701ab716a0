export const id = 423;
export const ids = [423];
export const modules = {

/***/ 423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/arns.ts
var arns = __webpack_require__(5091);
// EXTERNAL MODULE: ./src/core/pipelines/names.ts
var names = __webpack_require__(7615);
// EXTERNAL MODULE: ./src/core/triggers/definition.ts
var definition = __webpack_require__(264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/triggers/schedule.ts

/**
 * EventBridge's own schedule grammar (not Unix cron): `rate(value unit)` with the singular unit for
 * 1 and the plural otherwise, or `cron(minutes hours day-of-month month day-of-week year)` with six
 * fields, where exactly one of day-of-month and day-of-week is `?`. Times are UTC.
 */
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.*)\)$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minutes', min: 0, max: 59, extra: '' },
    { name: 'hours', min: 0, max: 23, extra: '' },
    { name: 'day-of-month', min: 1, max: 31, extra: '?LW' },
    { name: 'month', min: 1, max: 12, names: MONTHS, extra: '' },
    { name: 'day-of-week', min: 1, max: 7, names: DAYS, extra: '?L#' },
    { name: 'year', min: 1970, max: 2199, extra: '' },
];
const HELP = 'must be rate(<n> <minute|minutes|hour|hours|day|days>) or cron(<min> <hour> <day-of-month> <month> <day-of-week> <year>), e.g. rate(1 day) or cron(0 3 ? * MON-FRI *)';
function scheduleExpression(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new errors/* InputError */.dz(input, `is required for a schedule trigger: it ${HELP}`);
    const rate = RATE.exec(value);
    if (rate) {
        const n = Number(rate[1]);
        const unit = rate[2];
        if (n < 1)
            throw new errors/* InputError */.dz(input, 'must have a rate of at least 1', raw);
        const singular = !unit.endsWith('s');
        if (n === 1 && !singular)
            throw new errors/* InputError */.dz(input, `must use the singular unit for 1: rate(1 ${unit.slice(0, -1)})`, raw);
        if (n > 1 && singular)
            throw new errors/* InputError */.dz(input, `must use the plural unit for ${n}: rate(${n} ${unit}s)`, raw);
        return value;
    }
    const cron = CRON.exec(value);
    if (!cron)
        throw new errors/* InputError */.dz(input, HELP, raw);
    const parts = cron[1].trim().split(/\s+/);
    if (parts.length !== 6) {
        throw new errors/* InputError */.dz(input, `must have 6 cron fields (minutes hours day-of-month month day-of-week year), not ${parts.length}; EventBridge cron has a year field and no seconds`, raw);
    }
    parts.forEach((part, i) => checkField(input, raw, FIELDS[i], part));
    const [dom, dow] = [parts[2], parts[4]];
    if ((dom === '?') === (dow === '?')) {
        throw new errors/* InputError */.dz(input, 'must have ? in exactly one of day-of-month and day-of-week (e.g. cron(0 3 * * ? *) or cron(0 3 ? * MON *))', raw);
    }
    return value;
}
function checkField(input, raw, field, part) {
    const bad = (why) => new errors/* InputError */.dz(input, `has a bad ${field.name} field '${part}': ${why}`, raw);
    if (part === '?') {
        if (!field.extra.includes('?'))
            throw bad('? is only allowed in day-of-month or day-of-week');
        return;
    }
    for (const item of part.split(',')) {
        if (!item)
            throw bad('empty list item');
        const [range, step, ...more] = item.split('/');
        if (more.length)
            throw bad('more than one /');
        if (step !== undefined && !/^\d+$/.test(step))
            throw bad('the increment after / must be a number');
        if (range === '*')
            continue;
        if (field.extra.includes('L') && /^(L|\d{0,2}L|LW|\d{1,2}W)$/.test(range)) {
            // L (last), 5L (last Friday, day-of-week), 15W (nearest weekday, day-of-month), LW.
            if (field.name === 'day-of-month' && /^\d+L$/.test(range))
                throw bad('nL is only for day-of-week');
            if (field.name === 'day-of-week' && /W/.test(range))
                throw bad('W is only for day-of-month');
            continue;
        }
        if (field.extra.includes('#') && range.includes('#')) {
            const [day, nth] = range.split('#');
            if (!/^[1-5]$/.test(nth ?? ''))
                throw bad('the week after # must be 1-5');
            value(day, bad, field);
            continue;
        }
        const ends = range.split('-');
        if (ends.length > 2)
            throw bad('a range has two ends');
        for (const end of ends)
            value(end, bad, field);
    }
}
function value(text, bad, field) {
    const byName = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (byName >= 0)
        return byName + 1;
    if (!/^\d+$/.test(text)) {
        const names = field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : '';
        throw bad(`values are ${field.min}-${field.max}${names}`);
    }
    const n = Number(text);
    if (n < field.min || n > field.max)
        throw bad(`values are ${field.min}-${field.max}`);
    return n;
}

;// CONCATENATED MODULE: ./src/core/triggers/validate.ts


/**
 * Names and ARNs a trigger takes, checked against the limits and patterns of the EventBridge,
 * S3, CloudWatch and SageMaker APIs before anything is sent.
 */
function check(input, raw, re, allowed, max = Infinity) {
    const value = raw.trim();
    if (!value)
        throw new errors/* InputError */.dz(input, `is required: ${allowed}`);
    if (value.length > max || !re.test(value))
        throw new errors/* InputError */.dz(input, `must be ${allowed}`, raw);
    return value;
}
/** EventBridge rule names are 1-64 of `[.\-_A-Za-z0-9]`; 55 leaves room for `-dispatch`. */
const ruleName = (input, raw) => check(input, raw, /^[.\-_A-Za-z0-9]{1,55}$/, 'an EventBridge rule name: 1-55 letters, digits, . - _');
const bucketName = (input, raw) => check(input, raw, /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens (a name, not s3:// or an ARN)');
const alarmName = (input, raw) => check(input, raw, /^[^\p{Cc}]{1,255}$/u, 'a CloudWatch alarm name (1-255 characters, no control characters)');
const modelPackageGroup = (input, raw) => check(input, raw, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'a model package group name: 1-63 letters, digits and hyphens (not an ARN)');
const roleArn = (input, raw) => check(input, raw, ARNS['iam-role'].pattern, `${ARNS['iam-role'].shape} that EventBridge can assume`);
const queueArn = (input, raw) => check(input, raw, ARNS['sqs-queue'].pattern, ARNS['sqs-queue'].shape);
const repository = (input, raw) => check(input, raw, /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, 'a GitHub repository as owner/name');
const workflowId = (input, raw) => check(input, raw, /^([\w.-]+\.ya?ml|\d+)$/, 'a workflow file name in .github/workflows (deploy.yml) or a workflow id');
const gitRef = (input, raw) => check(input, raw, /^(?!\/)(?!.*\.\.)[^\s~^:?*[\\]{1,255}$/, 'a branch or tag name');
/** S3 key prefix or suffix for the event pattern: up to 1024 characters, one line. */
function keyPart(input, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    if (value.length > 1024 || /[\n\r]/.test(value))
        throw new errors/* InputError */.dz(input, 'must be one line of at most 1024 characters', raw);
    return value;
}
/** SageMakerPipelineParameters.PipelineParameterList: up to 200 of Name `[A-Za-z0-9\-_]{1,256}`, Value ≤ 1024. */
function pipelineParameters(input, map) {
    const entries = Object.entries(map);
    if (entries.length > 200)
        throw new errors/* InputError */.dz(input, 'may have at most 200 parameters');
    for (const [name, value] of entries) {
        if (!/^[A-Za-z0-9\-_]{1,256}$/.test(name))
            throw new errors/* InputError */.dz(input, `has a bad parameter name '${name}': 1-256 letters, digits, - and _`);
        if (value.length > 1024)
            throw new errors/* InputError */.dz(input, `has a value for '${name}' longer than 1024 characters`);
    }
    return map;
}

;// CONCATENATED MODULE: ./src/core/triggers/inputs.ts






/** create-trigger's inputs, declared once: the spec spreads them and `parseTrigger` reads them. */
const TRIGGER_INPUTS = (0,types/* defineInputs */.p)({
    name: {
        kind: 'string',
        parse: ruleName,
        description: 'Name of the EventBridge rule (1-55 letters, digits, . - _).',
        required: true,
    },
    kind: {
        kind: 'enum',
        choices: definition/* TRIGGER_KINDS */.V9,
        description: 'What starts it: s3, schedule, drift or model-approved.',
        required: true,
    },
    bucket: {
        kind: 'string',
        parse: bucketName,
        description: 's3: the bucket whose Object Created events start it.',
    },
    prefix: {
        kind: 'string',
        parse: keyPart,
        description: 's3: only keys starting with this (e.g. data/train/).',
    },
    suffix: { kind: 'string', parse: keyPart, description: 's3: only keys ending with this (e.g. .csv).' },
    schedule: {
        kind: 'string',
        parse: scheduleExpression,
        description: 'schedule: an EventBridge schedule in UTC, rate(1 day) or cron(0 3 ? * MON-FRI *) (six fields, one of day-of-month/day-of-week is ?).',
    },
    'alarm-name': {
        kind: 'string',
        parse: alarmName,
        description: 'drift: the CloudWatch alarm (e.g. a Model Monitor violation alarm) whose ALARM state starts it.',
    },
    'model-package-group': {
        kind: 'string',
        parse: modelPackageGroup,
        description: 'model-approved: the model package group whose approvals start it.',
    },
    target: {
        kind: 'enum',
        choices: definition/* TARGET_KINDS */.aO,
        description: 'What it starts: sagemaker-pipeline, or github-workflow (a workflow_dispatch through an EventBridge API destination).',
        default: 'sagemaker-pipeline',
    },
    'pipeline-name': {
        kind: 'string',
        parse: names/* pipelineName */.a,
        description: 'sagemaker-pipeline: name or ARN of the SageMaker pipeline.',
    },
    'pipeline-parameters': {
        kind: 'map',
        description: 'sagemaker-pipeline: parameters as a YAML or JSON map, e.g. {InputData: s3://bucket/data}.',
    },
    repository: {
        kind: 'string',
        parse: repository,
        description: 'github-workflow: owner/name of the repository.',
    },
    workflow: {
        kind: 'string',
        parse: workflowId,
        description: 'github-workflow: the workflow file (deploy.yml) or id; it must have a workflow_dispatch trigger.',
    },
    ref: {
        kind: 'string',
        parse: gitRef,
        description: 'github-workflow: the branch or tag to run the workflow on.',
        default: 'main',
    },
    'github-token': {
        kind: 'string',
        secret: true,
        description: 'github-workflow: a token that may dispatch workflows (fine-grained, Actions: write), stored in the EventBridge connection. Needed to create the connection or rotate its token.',
    },
    'rotate-token': {
        kind: 'boolean',
        description: 'github-workflow: replace the token of an existing connection.',
        default: 'false',
    },
    'role-arn': {
        kind: 'arn',
        resource: 'iam-role',
        description: 'IAM role EventBridge assumes to start the target (see sagemaker-cicd iam-policy trigger-role).',
        required: true,
    },
    'max-retry-attempts': {
        kind: 'integer',
        min: 0,
        max: 185,
        description: 'RetryPolicy: how many times EventBridge retries a failed delivery (0-185).',
        default: '185',
    },
    'max-event-age': {
        kind: 'duration',
        bareUnit: 'seconds',
        minMs: 60_000,
        maxMs: 86_400_000,
        description: 'RetryPolicy: how long an event may wait for delivery.',
        default: '24h',
    },
    'dead-letter-queue-arn': {
        kind: 'arn',
        resource: 'sqs-queue',
        description: `SQS queue ARN for events that could not be delivered (${arns/* ARNS */.NO['sqs-queue'].shape.replace(/^an /, '')}).`,
    },
    description: { kind: 'string', maxLength: 512, description: 'Description of the rule.' },
    enabled: {
        kind: 'boolean',
        description: 'Create the rule enabled (true) or disabled (false).',
        default: 'true',
    },
    'dry-run': {
        kind: 'boolean',
        description: 'Print the rule and targets as JSON and as CloudFormation, and change nothing.',
        default: 'false',
    },
});

;// CONCATENATED MODULE: ./src/core/triggers/parse.ts


const FOR_KIND = {
    s3: ['bucket', 'prefix', 'suffix'],
    schedule: ['schedule'],
    drift: ['alarm-name'],
    'model-approved': ['model-package-group'],
};
/** Every input checked before any AWS call; inputs that belong to another kind are refused. */
function parseTrigger(i, apiUrl) {
    const kind = i.kind;
    for (const [other, names] of Object.entries(FOR_KIND)) {
        if (other === kind)
            continue;
        for (const n of names) {
            if (i[n] !== undefined)
                throw new errors/* InputError */.dz(n, `is for kind ${other}, not ${kind}`);
        }
    }
    const source = parseSource(i);
    let target;
    if (i.target === 'sagemaker-pipeline') {
        for (const n of ['repository', 'workflow']) {
            if (i[n] !== undefined)
                throw new errors/* InputError */.dz(n, 'is for target github-workflow, not sagemaker-pipeline');
        }
        target = {
            kind: 'sagemaker-pipeline',
            pipeline: required('pipeline-name', i['pipeline-name'], 'the name or ARN of a SageMaker pipeline'),
            parameters: pipelineParameters('pipeline-parameters', i['pipeline-parameters']),
        };
    }
    else {
        for (const n of ['pipeline-name']) {
            if (i[n] !== undefined)
                throw new errors/* InputError */.dz(n, 'is for target sagemaker-pipeline, not github-workflow');
        }
        if (Object.keys(i['pipeline-parameters']).length)
            throw new errors/* InputError */.dz('pipeline-parameters', 'is for target sagemaker-pipeline, not github-workflow');
        target = {
            kind: 'github-workflow',
            repository: required('repository', i.repository, 'a GitHub repository as owner/name'),
            workflow: required('workflow', i.workflow, 'a workflow file name in .github/workflows (deploy.yml) or a workflow id'),
            ref: i.ref,
            apiUrl,
        };
    }
    const maxAge = i['max-event-age'];
    if (maxAge % 1000)
        throw new errors/* InputError */.dz('max-event-age', 'must be a whole number of seconds', `${maxAge}ms`);
    const dlq = i['dead-letter-queue-arn'];
    return {
        name: i.name,
        description: i.description ?? defaultDescription(source, target),
        state: i.enabled ? 'ENABLED' : 'DISABLED',
        source,
        target,
        roleArn: i['role-arn'],
        retry: { maximumRetryAttempts: i['max-retry-attempts'], maximumEventAgeInSeconds: maxAge / 1000 },
        ...(dlq ? { deadLetterQueueArn: dlq } : {}),
    };
}
function required(input, value, what) {
    if (value === undefined)
        throw new errors/* InputError */.dz(input, `is required: ${what}`);
    return value;
}
function parseSource(i) {
    switch (i.kind) {
        case 's3':
            return {
                kind: 's3',
                bucket: required('bucket', i.bucket, 'an S3 bucket name'),
                ...(i.prefix ? { prefix: i.prefix } : {}),
                ...(i.suffix ? { suffix: i.suffix } : {}),
            };
        case 'schedule':
            return { kind: 'schedule', expression: required('schedule', i.schedule, 'rate(...) or cron(...)') };
        case 'drift':
            return { kind: 'drift', alarmName: required('alarm-name', i['alarm-name'], 'a CloudWatch alarm name') };
        case 'model-approved':
            return {
                kind: 'model-approved',
                modelPackageGroup: required('model-package-group', i['model-package-group'], 'a model package group name'),
            };
    }
}
function defaultDescription(source, target) {
    const what = target.kind === 'sagemaker-pipeline'
        ? `SageMaker pipeline ${target.pipeline.split('/').pop()}`
        : `GitHub workflow ${target.workflow} on ${target.repository}`;
    const when = {
        s3: () => `objects created in s3://${source.bucket}`,
        schedule: () => source.expression,
        drift: () => `alarm ${source.alarmName} in ALARM`,
        'model-approved': () => `model approved in ${source.modelPackageGroup}`,
    }[source.kind]();
    return `Starts ${what} on ${when} (sagemaker-cicd)`.slice(0, 512);
}

// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
;// CONCATENATED MODULE: ./src/commands/create-trigger/spec.ts





const spec = (0,types/* defineSpec */.j)({
    action: 'create-trigger',
    cli: ['trigger', 'create'],
    title: 'SageMaker CI/CD: create trigger',
    description: 'Create or update an EventBridge rule that starts a SageMaker pipeline (or a GitHub workflow) when data lands in S3, on a schedule, when a drift alarm fires, or when a model is approved.',
    icon: 'zap',
    inputs: { ...TRIGGER_INPUTS, ...aws_inputs/* AWS_INPUTS */.O },
    check: (i, run) => parseTrigger(i, run.apiUrl),
    outputs: {
        'rule-arn': { description: 'ARN of the rule (empty in a dry run when the rule does not exist).' },
        changed: { description: 'true when the apply changed anything; false when everything already matched.' },
        changes: { description: 'JSON list of the changes made (or, in a dry run, that would be made).' },
        rule: { description: 'JSON of the PutRule request.' },
        targets: { description: 'JSON of the PutTargets Targets list.' },
        cloudformation: { description: 'The trigger as a CloudFormation template (JSON).' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'sagemaker:DescribePipeline',
        's3:GetBucketNotification',
        'events:DescribeRule',
        'events:PutRule',
        'events:ListTargetsByRule',
        'events:PutTargets',
        'events:RemoveTargets',
        'events:DescribeConnection',
        'events:CreateConnection',
        'events:UpdateConnection',
        'events:DescribeApiDestination',
        'events:CreateApiDestination',
        'events:UpdateApiDestination',
        'iam:PassRole',
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

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ approvalSummary),
/* harmony export */   CR: () => (/* binding */ parseApprovers),
/* harmony export */   EQ: () => (/* binding */ evaluateApprovals),
/* harmony export */   G_: () => (/* binding */ pendingApprovalToken),
/* harmony export */   SM: () => (/* binding */ TOOLKIT_APPROVAL_MARKER),
/* harmony export */   cS: () => (/* binding */ GITHUB_ENVIRONMENT_APPROVAL),
/* harmony export */   gy: () => (/* binding */ auditDescription)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);


const LOGIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;
const TEAM = /^([a-zA-Z0-9][a-zA-Z0-9-]*)\/([a-zA-Z0-9][a-zA-Z0-9._-]*)$/;
/** `alice, my-org/ml-leads` → a user and a team; a leading @ is allowed. */
function parseApprovers(input, raw) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(input, raw).map((item) => {
        const value = item.replace(/^@/, '');
        if (TEAM.test(value))
            return { kind: 'team', name: value };
        if (LOGIN.test(value))
            return { kind: 'user', name: value };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'items must be GitHub logins or org/team-slug names', item);
    });
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Checks the run's reviews against the policy: distinct reviewers, listed (or in a listed team), not self. */
async function evaluateApprovals(reviews, policy, teams) {
    const relevant = reviews.filter((r) => !policy.environment || r.environments.some((e) => same(e, policy.environment)));
    const rejectedBy = relevant
        .filter((r) => r.state === 'rejected')
        .map((r) => ({ login: r.login, ...(r.comment ? { comment: r.comment } : {}) }));
    const approvedBy = [];
    const ignored = [];
    const seen = new Set();
    for (const review of relevant.filter((r) => r.state === 'approved')) {
        const key = review.login.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const self = policy.forbidSelfApproval && policy.self.find((s) => same(s.login, review.login));
        if (self) {
            ignored.push({ login: review.login, why: `self-approval: ${self.why}` });
            continue;
        }
        const why = await notAnApprover(review.login, policy.approvers, teams);
        if (why)
            ignored.push({ login: review.login, why });
        else
            approvedBy.push(review.login);
    }
    const approved = !rejectedBy.length && approvedBy.length >= policy.minApprovals;
    return {
        approved,
        approvedBy,
        ignored,
        rejectedBy,
        message: verdictMessage(approved, approvedBy, ignored, rejectedBy, policy, relevant.length),
    };
}
async function notAnApprover(login, approvers, teams) {
    if (!approvers.length)
        return undefined;
    if (approvers.some((a) => a.kind === 'user' && same(a.name, login)))
        return undefined;
    for (const team of approvers.filter((a) => a.kind === 'team')) {
        const [org, slug] = team.name.split('/');
        if (await teams.isTeamMember(org, slug, login))
            return undefined;
    }
    return `not among the approvers (${approvers.map((a) => a.name).join(', ')})`;
}
function verdictMessage(approved, approvedBy, ignored, rejectedBy, policy, reviews) {
    const counted = approvedBy.length ? `approved by ${approvedBy.join(', ')}` : 'no approval that counts';
    const notCounted = ignored.length
        ? `; not counted: ${ignored.map((i) => `${i.login} (${i.why})`).join(', ')}`
        : '';
    if (rejectedBy.length) {
        const who = rejectedBy.map((r) => `${r.login}${r.comment ? ` ("${r.comment}")` : ''}`).join(', ');
        return `promotion rejected by ${who}; ${counted}${notCounted}`;
    }
    if (approved)
        return `promotion ${counted} (${approvedBy.length} of ${policy.minApprovals} required)${notCounted}`;
    const where = policy.environment ? ` of environment ${policy.environment}` : '';
    const none = reviews
        ? ''
        : ` (this run has no reviews${where}: does the job use an environment with required reviewers?)`;
    return `promotion not approved: ${counted}, ${policy.minApprovals - approvedBy.length} more approval(s) needed from ${policy.approvers.length ? policy.approvers.map((a) => a.name).join(', ') : 'the environment reviewers'}${notCounted}${none}`;
}
/**
 * In every ApprovalDescription the toolkit writes after a GitHub environment approval. The
 * model-approved trigger ignores approvals carrying it: the deploy that recorded the approval is
 * already under way, and a second dispatch would ask reviewers again for the same package.
 */
const GITHUB_ENVIRONMENT_APPROVAL = 'GitHub environment approval';
const TOOLKIT_APPROVAL_MARKER = `via ${GITHUB_ENVIRONMENT_APPROVAL}`;
/**
 * The registry's ApprovalDescription: who approved, where and which commit. The API allows at
 * most 1024 characters of letters, marks, separators, symbols, numbers and punctuation (no
 * control characters, so no newlines).
 */
function auditDescription(parts) {
    const text = [
        `Approved by ${parts.approvedBy.join(', ') || 'unknown'} via ${parts.via}`,
        parts.repository && parts.commit
            ? `for ${parts.repository}@${parts.commit}`
            : parts.commit
                ? `for commit ${parts.commit}`
                : '',
        parts.runUrl ? `in ${parts.runUrl}` : '',
    ]
        .filter(Boolean)
        .join(' ');
    const clean = text.replace(/[^\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]/gu, ' ');
    return clean.length > 1024 ? `${clean.slice(0, 1021)}...` : clean;
}
/** The token of the pending manual approval (pipeline, stage, action), or an error naming what is pending. */
function pendingApprovalToken(pipeline, stage, action, actions) {
    const found = actions.find((a) => a.stageName === stage && a.actionName === action);
    if (!found) {
        const known = actions.map((a) => `${a.stageName}/${a.actionName}`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('codepipeline-action', `names no action of pipeline ${pipeline} (it has ${known || 'none'})`, `${stage}/${action}`);
    }
    if (found.status !== 'InProgress' || !found.token) {
        const pending = actions
            .filter((a) => a.status === 'InProgress' && a.token)
            .map((a) => `${a.stageName}/${a.actionName}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeError */ .Rz(`no pending approval at ${pipeline} ${stage}/${action} (its latest execution is ${found.status ?? 'not started'})` +
            (pending.length ? `; pending approvals: ${pending.join(', ')}` : ''));
    }
    return found.token;
}
/** ApprovalResult.summary: at most 512 characters. */
function approvalSummary(text) {
    return text.length > 512 ? `${text.slice(0, 509)}...` : text;
}


/***/ }),

/***/ 6705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ROLE_TO_ASSUME),
/* harmony export */   u: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/** Every AWS command: `role-to-assume` exchanges the job's OIDC token (refreshed on long waits). */
const ROLE_TO_ASSUME = {
    'id-token': { access: 'write', why: "only with `role-to-assume`: the step asks for the job's OIDC token" },
};
/** A command that reads a file from the workspace, which `actions/checkout` fills. */
const WORKSPACE = {
    contents: { access: 'read', why: 'actions/checkout, for the files the step reads from the workspace' },
};


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rl: () => (/* binding */ eventPattern),
/* harmony export */   V9: () => (/* binding */ TRIGGER_KINDS),
/* harmony export */   _H: () => (/* binding */ connectionRequest),
/* harmony export */   aO: () => (/* binding */ TARGET_KINDS),
/* harmony export */   dm: () => (/* binding */ targetRequest),
/* harmony export */   eN: () => (/* binding */ apiDestinationRequest),
/* harmony export */   oA: () => (/* binding */ apiDestinationName),
/* harmony export */   oz: () => (/* binding */ ruleRequest),
/* harmony export */   u7: () => (/* binding */ connectionName),
/* harmony export */   vr: () => (/* binding */ TARGET_IDS)
/* harmony export */ });
/* harmony import */ var _promotion_approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5394);

const TRIGGER_KINDS = ['s3', 'schedule', 'drift', 'model-approved'];
const TARGET_KINDS = ['sagemaker-pipeline', 'github-workflow'];
const TARGET_IDS = {
    'sagemaker-pipeline': 'sagemaker-pipeline',
    'github-workflow': 'github-workflow-dispatch',
};
/** The event pattern for each kind of event source (JSON, as PutRule takes it). */
function eventPattern(source) {
    switch (source.kind) {
        case 's3': {
            const detail = { bucket: { name: [source.bucket] } };
            const key = keyFilter(source.prefix, source.suffix);
            if (key)
                detail.object = { key: [key] };
            return { source: ['aws.s3'], 'detail-type': ['Object Created'], detail };
        }
        case 'drift':
            return {
                source: ['aws.cloudwatch'],
                'detail-type': ['CloudWatch Alarm State Change'],
                detail: { alarmName: [source.alarmName], state: { value: ['ALARM'] } },
            };
        case 'model-approved':
            return {
                source: ['aws.sagemaker'],
                'detail-type': ['SageMaker Model Package State Change'],
                detail: {
                    ModelPackageGroupName: [source.modelPackageGroup],
                    ModelApprovalStatus: ['Approved'],
                    // Not the approvals the toolkit records itself (its deploy is already running); the
                    // event carries ApprovalDescription only when one was given.
                    $or: [
                        { ApprovalDescription: [{ exists: false }] },
                        { ApprovalDescription: [{ 'anything-but': { wildcard: `*${_promotion_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOLKIT_APPROVAL_MARKER */ .SM}*` } }] },
                    ],
                },
            };
        case 'schedule':
            return undefined;
    }
}
/**
 * A key filter: a prefix, a suffix, or both. Two filters in one list would match either (OR), so
 * both together become one wildcard (`data/*.csv`), with `*` and `\` in the parts escaped.
 */
function keyFilter(prefix, suffix) {
    if (prefix && suffix) {
        const esc = (s) => s.replace(/[\\*]/g, (c) => `\\${c}`);
        return { wildcard: `${esc(prefix)}*${esc(suffix)}` };
    }
    if (prefix)
        return { prefix };
    if (suffix)
        return { suffix };
    return undefined;
}
function ruleRequest(def) {
    const pattern = eventPattern(def.source);
    return {
        Name: def.name,
        Description: def.description,
        State: def.state,
        ...(pattern ? { EventPattern: JSON.stringify(pattern) } : {}),
        ...(def.source.kind === 'schedule' ? { ScheduleExpression: def.source.expression } : {}),
    };
}
/** `targetArn` is the API destination's ARN for a GitHub target (known once it exists). */
function targetRequest(def, apiDestinationArn = '') {
    const common = {
        RoleArn: def.roleArn,
        RetryPolicy: {
            MaximumRetryAttempts: def.retry.maximumRetryAttempts,
            MaximumEventAgeInSeconds: def.retry.maximumEventAgeInSeconds,
        },
        ...(def.deadLetterQueueArn ? { DeadLetterConfig: { Arn: def.deadLetterQueueArn } } : {}),
    };
    const t = def.target;
    if (t.kind === 'sagemaker-pipeline') {
        return {
            Id: TARGET_IDS[t.kind],
            Arn: t.pipelineArn,
            ...common,
            SageMakerPipelineParameters: {
                PipelineParameterList: Object.entries(t.parameters).map(([Name, Value]) => ({ Name, Value })),
            },
        };
    }
    return { Id: TARGET_IDS[t.kind], Arn: apiDestinationArn, ...common, InputTransformer: dispatchBody(def) };
}
/**
 * The body of `POST /repos/{owner}/{repo}/actions/workflows/{id}/dispatches`. A model approval
 * passes the package's ARN as the `model-package-arn` input (the deploy workflow `init` writes
 * declares it); other events pass no inputs, since GitHub refuses inputs a workflow does not declare.
 */
function dispatchBody(def) {
    const ref = JSON.stringify(def.target.ref);
    if (def.source.kind === 'model-approved') {
        return {
            InputPathsMap: { modelPackageArn: '$.detail.ModelPackageArn' },
            InputTemplate: `{"ref": ${ref}, "inputs": {"model-package-arn": "<modelPackageArn>"}}`,
        };
    }
    return { InputPathsMap: {}, InputTemplate: `{"ref": ${ref}}` };
}
function connectionRequest(def, token) {
    const t = def.target;
    return {
        Name: connectionName(def.name),
        Description: `GitHub token for workflow_dispatch on ${t.repository} (sagemaker-cicd)`,
        AuthorizationType: 'API_KEY',
        AuthParameters: {
            ApiKeyAuthParameters: { ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${token}` },
            InvocationHttpParameters: {
                HeaderParameters: [
                    { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
                    { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false },
                ],
            },
        },
    };
}
function apiDestinationRequest(def, connectionArn) {
    const t = def.target;
    return {
        Name: apiDestinationName(def.name),
        Description: `workflow_dispatch of ${t.workflow} on ${t.repository} (sagemaker-cicd)`,
        ConnectionArn: connectionArn,
        InvocationEndpoint: `${t.apiUrl.replace(/\/+$/, '')}/repos/${t.repository}/actions/workflows/${encodeURIComponent(t.workflow)}/dispatches`,
        HttpMethod: 'POST',
        InvocationRateLimitPerSecond: 1,
    };
}
/** Names are 1-64 of `[.\-_A-Za-z0-9]`: the rule name is at most 48 so these suffixes fit. */
const connectionName = (rule) => `${rule}-github`;
const apiDestinationName = (rule) => `${rule}-dispatch`;


/***/ })

};
