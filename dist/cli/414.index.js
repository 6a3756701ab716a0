export const id = 414;
export const ids = [414];
export const modules = {

/***/ 9414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _commands_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3990);
/* harmony import */ var _core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7815);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7375);



const EXTRA = ['trigger-role', 'endpoint-rollback-alarms'];
function help() {
    return (`Usage: sagemaker-cicd iam-policy <name> [options]\n\n` +
        `Print the least-privilege IAM policy (JSON) for one of:\n` +
        `  ${[...Object.keys(_commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d), ...EXTRA].join(', ')}\n\n` +
        `  <action>                   what the role running that action (in GitHub or CodeBuild) needs\n` +
        `  trigger-role               the role EventBridge assumes to start a trigger's target:\n` +
        `                             {"trust": ..., "permissions": ...}\n` +
        `  endpoint-rollback-alarms   what the endpoint's execution role needs for rollback alarms\n\n` +
        `Options for trigger-role:\n` +
        `  --pipeline-name <name>     a SageMaker pipeline it may start (repeatable; default all)\n` +
        `  --dispatch-rule <rule>     a rule with a GitHub target (repeatable)\n` +
        `  --region <region>          default *\n` +
        `  --account <id>             default *\n`);
}
/** The trigger-role options, repeatable, parsed by commander ("did you mean" for a misspelled one). */
function parseOptions(argv) {
    const collect = (v, prev = []) => [...prev, v];
    const cmd = new commander__WEBPACK_IMPORTED_MODULE_2__/* .Command */ .uB('iam-policy').exitOverride().helpOption(false);
    for (const name of ['pipeline-name', 'dispatch-rule', 'region', 'account'])
        cmd.option(`--${name} <value>`, '', collect);
    try {
        cmd.parse(argv, { from: 'user' });
    }
    catch (err) {
        if (err instanceof commander__WEBPACK_IMPORTED_MODULE_2__/* .CommanderError */ .b7)
            return undefined;
        throw err;
    }
    const opts = cmd.opts();
    return {
        'pipeline-name': opts.pipelineName ?? [],
        'dispatch-rule': opts.dispatchRule ?? [],
        region: opts.region ?? [],
        account: opts.account ?? [],
    };
}
/** `sagemaker-cicd iam-policy <action>`: the policy from the command's spec.permissions. */
const command = {
    words: ['iam-policy'],
    summary: 'Print the least-privilege IAM policy an action (or the trigger role) needs.',
    help,
    async run(argv) {
        const [name, ...rest] = argv;
        if (!name || name === '--help') {
            process.stdout.write(help());
            return name ? 0 : 2;
        }
        const flags = parseOptions(rest);
        if (!flags)
            return 2;
        let policy;
        if (_commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d[name])
            policy = (0,_core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .commandPolicy */ .em)(name, _commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d[name].permissions);
        else if (name === 'trigger-role') {
            policy = (0,_core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerRole */ .nC)({
                pipelines: flags['pipeline-name'],
                dispatchRules: flags['dispatch-rule'],
                region: flags.region?.[0] ?? '*',
                account: flags.account?.[0] ?? '*',
            });
        }
        else if (name === 'endpoint-rollback-alarms')
            policy = (0,_core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .endpointRollbackAlarms */ .eR)();
        else {
            process.stderr.write(`error: unknown policy '${name}': one of ${[...Object.keys(_commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d), ...EXTRA].join(', ')}\n`);
            return 2;
        }
        process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ }),

/***/ 7815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ endpointRollbackAlarms),
/* harmony export */   em: () => (/* binding */ commandPolicy),
/* harmony export */   nC: () => (/* binding */ triggerRole),
/* harmony export */   wn: () => (/* binding */ combinedPolicy)
/* harmony export */ });
const sid = (text) => text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
/** The services a command's role is passed to, for the iam:PassRole condition. */
const PASSED_TO = {
    'create-trigger': ['events.amazonaws.com'],
};
/**
 * The policy for one command. Actions are scoped by action name (resources are the user's own,
 * named by inputs, and are not known here); iam:PassRole, the one permission that could widen
 * access, is limited to the services the command hands a role to.
 */
function commandPolicy(action, permissions, passedTo = passedToServices(action)) {
    const calls = [...new Set(permissions.filter((p) => p !== 'iam:PassRole'))].sort();
    const statements = [{ Sid: sid(action), Effect: 'Allow', Action: calls, Resource: '*' }];
    if (permissions.includes('iam:PassRole')) {
        const services = [...new Set(passedTo)].sort();
        statements.push({
            Sid: `${sid(action)}PassRole`,
            Effect: 'Allow',
            Action: ['iam:PassRole'],
            Resource: '*',
            Condition: { StringEquals: { 'iam:PassedToService': services.length === 1 ? services[0] : services } },
        });
    }
    return { Version: '2012-10-17', Statement: statements };
}
const passedToServices = (action) => PASSED_TO[action] ?? ['sagemaker.amazonaws.com'];
/**
 * One role for several commands (the role the generated workflows assume): the union of their
 * actions, and iam:PassRole to the union of the services those that pass a role hand it to
 * (create-trigger to EventBridge, start-pipeline and deploy to SageMaker).
 */
function combinedPolicy(name, commands) {
    const entries = Object.entries(commands);
    const passing = entries.filter(([, permissions]) => permissions.includes('iam:PassRole'));
    return commandPolicy(name, entries.flatMap(([, permissions]) => permissions), passing.flatMap(([action]) => passedToServices(action)));
}
/** The role EventBridge assumes to start a trigger's target: its trust policy and its permissions. */
function triggerRole(opts) {
    const arn = (service, resource) => `arn:aws:${service}:${opts.region}:${opts.account}:${resource}`;
    const pipelines = opts.pipelines.length
        ? opts.pipelines.map((p) => arn('sagemaker', `pipeline/${p.toLowerCase()}`))
        : [arn('sagemaker', 'pipeline/*')];
    const statements = [
        {
            Sid: 'StartSageMakerPipelines',
            Effect: 'Allow',
            Action: ['sagemaker:StartPipelineExecution'],
            Resource: pipelines,
        },
    ];
    if (opts.dispatchRules.length) {
        statements.push({
            Sid: 'InvokeGitHubDispatch',
            Effect: 'Allow',
            Action: ['events:InvokeApiDestination'],
            Resource: opts.dispatchRules.map((r) => arn('events', `api-destination/${r}-dispatch/*`)),
        });
    }
    return {
        trust: {
            Version: '2012-10-17',
            Statement: [
                {
                    Sid: 'EventBridgeAssumes',
                    Effect: 'Allow',
                    Principal: { Service: 'events.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                    ...(opts.account !== '*'
                        ? { Condition: { StringEquals: { 'aws:SourceAccount': opts.account } } }
                        : {}),
                },
            ],
        },
        permissions: { Version: '2012-10-17', Statement: statements },
    };
}
/** What the endpoint's execution role needs for deployment guardrails' auto-rollback alarms. */
function endpointRollbackAlarms() {
    return {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'ReadRollbackAlarms', Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms'], Resource: '*' },
        ],
    };
}


/***/ })

};
