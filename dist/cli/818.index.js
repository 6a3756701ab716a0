export const id = 818;
export const ids = [818];
export const modules = {

/***/ 7818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var _aws_sagemaker_jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6730);
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9121);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4812);





async function run({ host, inputs, aws }) {
    const context = (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFor */ .B)(host, aws, _spec_js__WEBPACK_IMPORTED_MODULE_4__.spec.action);
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .waitAndReport */ .L)(host, (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerPipelines */ ._)(context), inputs['execution-arn'], (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .waitSettings */ .h)(inputs), (0,_aws_sagemaker_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerJobs */ .Z)(context));
}


/***/ })

};
