export const id = 818;
export const ids = [818];
export const modules = {

/***/ 7818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4459);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1294);
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9114);
/* harmony import */ var _core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8021);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9736);








async function run(host) {
    const arns = [...new Set((0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)('execution-arn', host.input('execution-arn')))];
    if (!arns.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('execution-arn', 'is required: one or more pipeline execution ARNs, one per line');
    for (const arn of arns) {
        if (!_core_pipelines_gateway_js__WEBPACK_IMPORTED_MODULE_6__/* .EXECUTION_ARN */ .fj.test(arn)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('execution-arn', 'must be pipeline execution ARNs (arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>)', arn);
        }
    }
    const settings = (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .waitSettings */ .h)(host);
    const client = new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_7__/* .SageMakerClient */ .kHU((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientConfig */ .yO)(host.env, 'SAGEMAKER', (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .awsOptions */ .G)(host)));
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .waitAndReport */ .L)(host, (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerPipelines */ ._)(client), arns, settings);
}


/***/ })

};
