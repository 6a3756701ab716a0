export const id = 17;
export const ids = [17];
export const modules = {

/***/ 6017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var _aws_sagemaker_jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6730);
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9016);
/* harmony import */ var _core_pipelines_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7977);
/* harmony import */ var _core_pipelines_steps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7992);
/* harmony import */ var _wait_pipeline_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9121);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(769);









/**
 * Retries a Failed execution in place. An execution already Executing again is the retry this
 * step made before its response was lost (or someone else's): it is waited on, not retried twice.
 */
async function run({ host, inputs, aws }) {
    const arn = inputs['execution-arn'];
    const context = (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFor */ .B)(host, aws, _spec_js__WEBPACK_IMPORTED_MODULE_8__.spec.action);
    const gateway = (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerPipelines */ ._)(context);
    const state = await gateway.describeExecution(arn);
    const name = state.displayName ?? (0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionId */ .uY)(arn);
    let preface = '';
    if (state.status === 'Failed') {
        const { steps } = await gateway.listSteps(arn);
        await gateway.retryExecution(arn, (0,_core_pipelines_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retryToken */ .Y8)(host.run, arn, 'retry-pipeline'), inputs['max-parallel-steps']);
        await (0,_core_pipelines_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .untilRetryShows */ .$o)({ gateway, arn, clock: host.clock, log: host, signal: host.signal });
        preface = resumedFrom(name, steps);
        host.info(`Retried ${name} from its failed steps: ${arn}`);
    }
    else if (state.status === 'Executing') {
        host.info(`${name} is already Executing (retried before?): not retried again`);
    }
    else {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`execution ${name} is ${state.status}: only a Failed execution can be retried (start a new one instead)`);
    }
    host.setOutput('execution-arn', arn);
    host.setOutput('execution-url', (0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionConsoleUrl */ .bm)(arn));
    host.info((0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionConsoleUrl */ .bm)(arn));
    if (!inputs.wait) {
        await host.appendSummary(`### 🔁 Retried pipeline execution [${name}](${(0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .executionConsoleUrl */ .bm)(arn)})\n\n${preface}`);
        return;
    }
    await (0,_wait_pipeline_report_js__WEBPACK_IMPORTED_MODULE_7__/* .waitAndReport */ .L)(host, gateway, [arn], { ...(0,_wait_pipeline_report_js__WEBPACK_IMPORTED_MODULE_7__/* .waitSettings */ .h)(inputs), maxParallelSteps: inputs['max-parallel-steps'] }, (0,_aws_sagemaker_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerJobs */ .Z)(context), preface);
}
/** What the retry keeps: the steps that succeeded before it, and the step time they are not run again. */
function resumedFrom(name, steps) {
    const failed = steps.filter((s) => s.status === 'Failed').map((s) => s.name);
    const kept = steps.filter((s) => s.status === 'Succeeded');
    const ms = kept.reduce((t, s) => t + (s.endTime ?? 0) - (s.startTime ?? s.endTime ?? 0), 0);
    const lines = [`### 🔁 Resumed ${name}${failed.length ? ` from ${failed.join(', ')}` : ''}`, ''];
    if (kept.length)
        lines.push(`Kept ${kept.map((s) => s.name).join(', ')} from the failed attempt: **${(0,_core_pipelines_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSpan */ .QA)(ms)} of step time not run again**.`, '');
    return lines.join('\n') + '\n';
}


/***/ })

};
