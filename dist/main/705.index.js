export const id = 705;
export const ids = [705];
export const modules = {

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


/***/ })

};
