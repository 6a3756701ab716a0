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
        const flags = {};
        for (let i = 0; i < rest.length; i++) {
            const m = /^--(pipeline-name|dispatch-rule|region|account)(?:=(.*))?$/.exec(rest[i]);
            const value = m?.[2] ?? rest[i + 1];
            if (!m || value === undefined) {
                process.stderr.write(`error: unexpected argument ${JSON.stringify(rest[i])}; see 'sagemaker-cicd iam-policy --help'\n`);
                return 2;
            }
            if (m[2] === undefined)
                i++;
            (flags[m[1]] ??= []).push(value);
        }
        let policy;
        if (_commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d[name])
            policy = (0,_core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .commandPolicy */ .em)(name, _commands_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .specs */ .d[name].permissions);
        else if (name === 'trigger-role') {
            policy = (0,_core_iam_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerRole */ .nC)({
                pipelines: flags['pipeline-name'] ?? [],
                dispatchRules: flags['dispatch-rule'] ?? [],
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


/***/ })

};
