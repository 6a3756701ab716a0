export const id = 6059;
export const ids = [6059,3465];
export const modules = {

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./src/core/promotion/names.ts
var names = __webpack_require__(3145);
// EXTERNAL MODULE: ./src/core/inference/transform-names.ts
var transform_names = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/core/spec/aws-inputs.ts
var aws_inputs = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/core/spec/types.ts
var types = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/spec/github-permissions.ts
var github_permissions = __webpack_require__(6705);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/commands/batch-transform/check.ts

/** SageMaker's MaxPayloadInMB when none is given. */
const DEFAULT_PAYLOAD_MB = 6;
/** batch-transform's rules across inputs, as CreateTransformJob enforces them. */
function checkTransform(i) {
    const split = i['split-type'];
    if (i['batch-strategy'] && (!split || split === 'None'))
        throw new errors/* InputError */.dz('batch-strategy', `needs split-type Line, RecordIO or TFRecord (records to batch), got split-type ${split ?? 'unset'}`);
    const payload = i['max-payload'] ?? DEFAULT_PAYLOAD_MB;
    const concurrent = i['max-concurrent-transforms'];
    if (concurrent !== undefined && concurrent * payload > 100)
        throw new errors/* InputError */.dz('max-concurrent-transforms', `× max-payload must be at most 100 MB (${concurrent} × ${payload} MB${i['max-payload'] === undefined ? ', the default payload' : ''} = ${concurrent * payload})`);
}

;// CONCATENATED MODULE: ./src/commands/batch-transform/spec.ts






/** S3Uri in the API: `^(https|s3)://([^/]+)/?(.*)$`, at most 1024 characters. */
const S3_URI = {
    kind: 'string',
    pattern: /^(https|s3):\/\/([^/]+)\/?(.*)$/,
    allowed: 'an s3://bucket/prefix URI',
    maxLength: 1024,
};
/** ContentType and Accept: at most 256 characters of `.*`. */
const MEDIA_TYPE = { kind: 'string', maxLength: 256 };
/** DataProcessing's InputFilter and OutputFilter: JSONPath, at most 63 characters. */
const JSON_PATH = {
    kind: 'string',
    maxLength: 63,
    pattern: /^\$/,
    allowed: 'a JSONPath starting with $',
};
const spec = (0,types/* defineSpec */.j)({
    action: 'batch-transform',
    cli: ['inference', 'transform'],
    title: 'SageMaker CI/CD: batch transform',
    description: 'Run a SageMaker batch transform job from a model package over an S3 prefix, wait for it, and report its output location; a retried step attaches to the job it started, a cancelled one stops it.',
    icon: 'layers',
    inputs: {
        'model-package-arn': {
            kind: 'string',
            parse: names/* modelPackageArn */.$t,
            description: 'ARN of the model package version to run (refused when Rejected or not Completed); its model is made as deploy makes it.',
            required: true,
        },
        'execution-role-arn': {
            kind: 'arn',
            resource: 'iam-role',
            description: 'IAM role the model runs as (reads the input prefix, writes the output path).',
            required: true,
        },
        'input-s3-uri': { ...S3_URI, description: 'S3 prefix whose objects are transformed.', required: true },
        'output-s3-uri': {
            ...S3_URI,
            description: 'S3 path the results are written to (one `<input object>.out` per input object).',
            required: true,
        },
        'content-type': {
            ...MEDIA_TYPE,
            description: 'MIME type of the input, sent to the model (e.g. text/csv).',
        },
        'split-type': {
            kind: 'enum',
            choices: ['None', 'Line', 'RecordIO', 'TFRecord'],
            description: 'How input objects are split into records: None (whole objects), Line, RecordIO, TFRecord.',
        },
        'compression-type': {
            kind: 'enum',
            choices: ['None', 'Gzip'],
            description: 'Compression of the input objects.',
        },
        'batch-strategy': {
            kind: 'enum',
            choices: ['SingleRecord', 'MultiRecord'],
            description: 'Records per request: SingleRecord, or MultiRecord (as many as fit in max-payload). Needs split-type Line, RecordIO or TFRecord.',
        },
        accept: { ...MEDIA_TYPE, description: 'MIME type of the output (e.g. text/csv).' },
        'assemble-with': {
            kind: 'enum',
            choices: ['None', 'Line'],
            description: 'How results are joined in an output object: None (concatenated) or Line (one per line).',
        },
        'instance-type': {
            kind: 'string',
            parse: names/* instanceType */.w,
            description: 'Instance type of the job, e.g. ml.m5.xlarge.',
            required: true,
        },
        'instance-count': {
            kind: 'integer',
            min: 1,
            max: 100,
            unit: 'instances',
            description: 'How many instances run the job.',
            default: '1',
        },
        'max-payload': {
            kind: 'integer',
            min: 0,
            max: 100,
            unit: 'MB',
            description: 'Largest request payload in MB (0-100; SageMaker defaults to 6); max-concurrent-transforms × max-payload must stay ≤ 100.',
        },
        'max-concurrent-transforms': {
            kind: 'integer',
            min: 0,
            max: 100,
            unit: 'requests',
            description: 'Parallel requests per instance (0 or unset: the container decides, else 1).',
        },
        'join-source': {
            kind: 'enum',
            choices: ['None', 'Input'],
            description: 'Input joins the input record to its result in the output (DataProcessing.JoinSource).',
        },
        'input-filter': {
            ...JSON_PATH,
            description: 'JSONPath selecting what of each input record is sent, e.g. $[1:].',
        },
        'output-filter': {
            ...JSON_PATH,
            description: 'JSONPath selecting what of the (joined) record is written, e.g. $[0,-1].',
        },
        'job-name': {
            kind: 'string',
            pattern: transform_names/* JOB_NAME */.gW,
            allowed: 'letters, digits and hyphens, up to 63, starting and ending with a letter or digit',
            description: 'Name of the transform job. Default: derived from the run (run id, attempt, job, step), so a retried step attaches to its job; give the name of a running job to wait for it.',
        },
        timeout: {
            kind: 'duration',
            bareUnit: 'minutes',
            minMs: 60_000,
            maxMs: 7 * 24 * 3_600_000,
            description: 'How long to wait for the job; after it the job goes on and the step fails.',
            default: '6h',
        },
        'stop-on-cancel': {
            kind: 'boolean',
            description: 'Stop the transform job when the workflow is cancelled (a stopped job writes no output).',
            default: 'true',
        },
        ...aws_inputs/* AWS_INPUTS */.O,
    },
    check: checkTransform,
    outputs: {
        'transform-job-name': { description: 'Name of the transform job.' },
        'transform-job-arn': { description: 'ARN of the transform job (set as soon as it exists).' },
        'output-s3-uri': { description: 'Where the results are: one `<input object>.out` per input object.' },
        status: { description: "The job's status at the end: Completed, Failed or Stopped." },
        'model-name': { description: 'The SageMaker model the job ran.' },
    },
    githubPermissions: { ...github_permissions/* ROLE_TO_ASSUME */.U },
    permissions: [
        'sagemaker:DescribeModelPackage',
        'sagemaker:DescribeModel',
        'sagemaker:CreateModel',
        'sagemaker:CreateTransformJob',
        'sagemaker:DescribeTransformJob',
        'sagemaker:StopTransformJob',
        'logs:DescribeLogStreams',
        'logs:GetLogEvents',
        'iam:PassRole',
    ],
});


/***/ }),

/***/ 8626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ transformJobName),
/* harmony export */   T2: () => (/* binding */ packageModelName),
/* harmony export */   gW: () => (/* binding */ JOB_NAME)
/* harmony export */ });
/* unused harmony export packageParts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5415);


/** TransformJobName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** `churn` and `12` from `arn:aws:sagemaker:…:model-package/churn/12`. */
function packageParts(arn) {
    const [, group = 'model', version = '0'] = /model-package\/([^/]+)\/(\d+)$/.exec(arn) ?? [];
    return { group, version };
}
/** Fits `head` before `suffix` in 63 characters, ending on a letter or digit. */
function fit(head, suffix) {
    const clean = head.replace(/[^a-zA-Z0-9-]/g, '-').replace(/^-+/, '');
    return `${clean.slice(0, 63 - suffix.length).replace(/-+$/, '') || 'm'}${suffix}`;
}
/**
 * The model a package runs as outside an endpoint: the package's group and version and a hash of
 * the package and role, so every job of that package with that role shares one model.
 */
function packageModelName(packageArn, roleArn) {
    const { group, version } = packageParts(packageArn);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([packageArn, roleArn]))
        .digest('hex')
        .slice(0, 6);
    return fit(group, `-v${version}-${hash}`);
}
/**
 * The transform job's name, derived from the run: the run id, its attempt, the job and the step
 * (and what the job does), so a step retried within the same attempt finds the job it started
 * instead of starting another; "Re-run jobs" (a new attempt) starts a new one. Outside a CI run
 * the name is new each time.
 */
function transformJobName(run, packageArn, settings) {
    const { group } = packageParts(packageArn);
    const hash = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_1__/* .runScopedHash */ .m)(run, 'batch-transform', [JSON.stringify(settings)]) ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replace(/-/g, '');
    const runPart = run.runId
        ? `-${run.runId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}-${run.runAttempt ?? '1'}`
        : '';
    return fit(group, `${runPart}-${hash.slice(0, 8)}`);
}


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ modelPackageArn),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   w: () => (/* binding */ instanceType),
/* harmony export */   zY: () => (/* binding */ endpointName)
/* harmony export */ });
/* unused harmony export roleArn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _spec_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5091);



/** EndpointName, EndpointConfigName and ModelName: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
function endpointName(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the name of the SageMaker endpoint');
    if (!RESOURCE_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be an endpoint name: letters, digits and hyphens, up to 63, starting and ending with a letter or digit', raw);
    }
    return value;
}
function modelPackageArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: the ARN of a versioned model package');
    if (!(0,_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isArn */ .EH)('model-package', value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be ${_spec_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .ARNS */ .NO['model-package'].shape}`, raw);
    return value;
}
function roleArn(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError(input, 'is required: the IAM role SageMaker assumes to host the model');
    if (!isArn('iam-role', value))
        throw new InputError(input, `must be ${ARNS['iam-role'].shape}`, raw);
    return value;
}
function instanceType(input, raw) {
    const value = raw.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'is required: a SageMaker hosting instance type such as ml.m5.large');
    if (!INSTANCE_TYPE.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'must be a SageMaker instance type such as ml.m5.large', raw);
    return value;
}
/**
 * The name of this deployment's model and endpoint config: the endpoint, the commit, and a short
 * hash of what is deployed. The same commit and settings give the same name, so a re-run finds
 * its own resources instead of making duplicates; other settings for the same commit get another.
 */
function deploymentName(endpoint, commit, settings) {
    const sha = (commit.replace(/[^a-zA-Z0-9]/g, '').slice(0, 7) || 'nocommit').toLowerCase();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 6);
    const suffix = `-${sha}-${hash}`;
    const head = endpoint.slice(0, 63 - suffix.length).replace(/-+$/, '');
    const name = `${head}${suffix}`;
    if (!RESOURCE_NAME.test(name))
        throw new Error(`internal: generated name ${name} is not a valid resource name`);
    return name;
}


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ runScopedHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The identity behind an idempotency token: the same for the same step of the same run attempt
 * (and the same `parts`), new for a new attempt ("Re-run jobs"). A sha256 in hex; undefined
 * outside a CI run, where there is no run to be idempotent within.
 */
function runScopedHash(run, scope, parts) {
    if (!run.runId)
        return undefined;
    const key = [
        scope,
        run.repository ?? '',
        run.runId,
        run.runAttempt ?? '',
        run.job ?? '',
        run.step ?? '',
        ...parts,
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex');
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


/***/ })

};
