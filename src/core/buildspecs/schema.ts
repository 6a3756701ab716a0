/**
 * The project's own JSON Schema of a CodeBuild buildspec, version 0.2, after the buildspec
 * reference (top-level keys, env, phases, reports, artifacts, cache). Strict: an unknown key is an
 * error, because CodeBuild ignores misspelt keys silently (a `post-build` phase never runs).
 */
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const yesNo = { enum: ['yes', 'no'] } as const;
const envName = { type: 'string', pattern: '^(?!CODEBUILD_)[A-Za-z_][A-Za-z0-9_]*$' } as const;
const envMap = { type: 'object', propertyNames: envName, additionalProperties: { type: 'string' } } as const;

const phase = {
  type: 'object',
  additionalProperties: false,
  required: ['commands'],
  properties: {
    'run-as': { type: 'string' },
    'on-failure': { type: 'string', pattern: '^(ABORT|CONTINUE|RETRY(-[0-9]+)?(-.+)?)$' },
    commands: { ...stringList, minItems: 1 },
    finally: stringList,
  },
} as const;

const artifactSet = {
  type: 'object',
  additionalProperties: false,
  required: ['files'],
  properties: {
    files: { ...stringList, minItems: 1 },
    name: { type: 'string' },
    'discard-paths': yesNo,
    'base-directory': { type: 'string' },
    'exclude-paths': stringList,
    'enable-symlinks': yesNo,
    's3-prefix': { type: 'string' },
  },
} as const;

export const buildspecSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'CodeBuild buildspec 0.2 (sagemaker-cicd)',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'phases'],
  properties: {
    version: { const: 0.2 },
    'run-as': { type: 'string' },
    env: {
      type: 'object',
      additionalProperties: false,
      properties: {
        shell: { enum: ['bash', '/bin/sh', 'powershell.exe', 'cmd.exe'] },
        variables: envMap,
        'parameter-store': envMap,
        'secrets-manager': envMap,
        'exported-variables': { type: 'array', items: envName, uniqueItems: true },
        'git-credential-helper': yesNo,
      },
    },
    proxy: {
      type: 'object',
      additionalProperties: false,
      properties: { 'upload-artifacts': yesNo, logs: yesNo },
    },
    phases: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        install: {
          ...phase,
          properties: {
            ...phase.properties,
            'runtime-versions': { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
          },
        },
        pre_build: phase,
        build: phase,
        post_build: phase,
      },
    },
    reports: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { ...stringList, minItems: 1 },
          'base-directory': { type: 'string' },
          'discard-paths': yesNo,
          'file-format': {
            enum: [
              'CUCUMBERJSON',
              'JUNITXML',
              'NUNITXML',
              'NUNIT3XML',
              'TESTNGXML',
              'VISUALSTUDIOTRX',
              'CLOVERXML',
              'COBERTURAXML',
              'JACOCOXML',
              'SIMPLECOV',
            ],
          },
        },
      },
    },
    artifacts: {
      ...artifactSet,
      properties: {
        ...artifactSet.properties,
        'secondary-artifacts': { type: 'object', additionalProperties: artifactSet },
      },
    },
    cache: {
      type: 'object',
      additionalProperties: false,
      properties: {
        key: { type: 'string' },
        'fallback-keys': stringList,
        action: { enum: ['restore', 'save'] },
        paths: stringList,
      },
    },
  },
} as const;
