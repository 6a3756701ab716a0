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
/* harmony import */ var _aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4187);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7922);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4812);




async function run({ host, inputs, aws }) {
    const gateway = (0,_aws_sagemaker_pipelines_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerPipelines */ ._)((0,_aws_options_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFor */ .B)(host, aws, _spec_js__WEBPACK_IMPORTED_MODULE_3__.spec.action));
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .waitAndReport */ .L)(host, gateway, inputs['execution-arn'], (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .waitSettings */ .h)(inputs));
}


/***/ })

};
