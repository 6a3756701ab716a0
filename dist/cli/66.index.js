export const id = 66;
export const ids = [66];
export const modules = {

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4187);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9016);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4772);





async function run({ host, inputs, aws }) {
    const name = inputs['pipeline-name'];
    const maxResults = inputs['max-results'];
    const sagemaker = (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_0__/* .sagemakerPipelines */ ._)((0,_aws_options_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFor */ .B)(host, aws, _spec_js__WEBPACK_IMPORTED_MODULE_4__.spec.action));
    const pipeline = await sagemaker.describePipeline(name);
    if (!pipeline)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`pipeline '${name}' does not exist (DescribePipeline: ResourceNotFound)`);
    host.setOutput('pipeline-arn', pipeline.arn);
    const page = await sagemaker.listExecutions(name, undefined, { maxResults });
    const executions = page.executions.map((e) => ({
        arn: e.arn,
        displayName: e.displayName,
        status: e.status,
        startTime: e.startTime === undefined ? undefined : new Date(e.startTime).toISOString(),
        description: e.description,
    }));
    const latest = executions[0];
    host.setOutput('latest-execution-arn', latest?.arn ?? '');
    host.setOutput('latest-status', latest?.status ?? '');
    host.setOutput('executions', executions);
    for (const e of executions)
        host.info(`${e.status.padEnd(10)} ${e.arn}`);
    if (!latest)
        host.info(`Pipeline ${name} has no executions yet.`);
    await host.appendSummary((0,_core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__/* .executionsTable */ .wI)(pipeline.name, executions, _core_pipelines_executions_js__WEBPACK_IMPORTED_MODULE_3__/* .executionConsoleUrl */ .bm));
}


/***/ })

};
