import { parseEnv } from '../../core/builds/env.js';
import { COMPUTE_TYPES } from '../../core/builds/types.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { checkBuild } from './check.js';
import { ROLE_TO_ASSUME, WORKSPACE } from '../../core/spec/github-permissions.js';

export const spec = defineSpec({
  action: 'build-container',
  cli: ['build', 'run'],
  title: 'SageMaker CI/CD: build container',
  description:
    "Run a CodeBuild build (e.g. buildspecs/container.yml: build, test and push the model's container), streaming its logs live, and output its exported variables.",
  icon: 'box',
  inputs: {
    'project-name': {
      kind: 'string',
      pattern: /^[A-Za-z0-9][A-Za-z0-9\-_]{1,254}$/,
      allowed: 'a CodeBuild project name (2-255 letters, digits, - and _)',
      description: 'Name of the CodeBuild project.',
      required: true,
    },
    buildspec: {
      kind: 'string',
      description:
        "A buildspec file in the workspace (e.g. buildspecs/container.yml) sent as the build's buildspec, or an S3 ARN; empty: the project's own.",
    },
    'source-version': {
      kind: 'string',
      maxLength: 255,
      description: 'Commit, branch or tag to build; defaults to the commit being built.',
    },
    env: {
      kind: 'string',
      multiline: true,
      parse: parseEnv,
      description:
        'Build environment variables as a YAML map: NAME: value, or NAME: {type: PARAMETER_STORE | SECRETS_MANAGER, value: name-or-arn}.',
    },
    image: {
      kind: 'string',
      maxLength: 2048,
      description: "Build image overriding the project's (e.g. aws/codebuild/standard:7.0).",
    },
    'compute-type': {
      kind: 'enum',
      choices: COMPUTE_TYPES,
      description: "Compute type overriding the project's, e.g. BUILD_GENERAL1_MEDIUM.",
    },
    'timeout-minutes': {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 5 * 60_000,
      maxMs: 2160 * 60_000,
      description: "Build timeout, overriding the project's (CodeBuild counts whole minutes).",
    },
    'hide-logs': {
      kind: 'boolean',
      description: "Do not stream the build's log into the workflow log.",
      default: 'false',
    },
    'stop-on-cancel': {
      kind: 'boolean',
      description: 'Stop the build when the workflow is cancelled.',
      default: 'true',
    },
    ...AWS_INPUTS,
  },
  check: checkBuild,
  outputs: {
    'build-id': { description: 'ID of the build, set as soon as it starts.' },
    'build-arn': { description: 'ARN of the build.' },
    'build-status': { description: 'SUCCEEDED, FAILED, FAULT, TIMED_OUT or STOPPED.' },
    'image-uri': { description: "The build's exported IMAGE_URI (empty when it exports none)." },
    'exported-variables': {
      description:
        'JSON map of every exported variable; each is also an output under its own name (e.g. IMAGE_URI).',
    },
  },
  githubPermissions: { ...ROLE_TO_ASSUME, ...WORKSPACE },
  permissions: [
    'codebuild:StartBuild',
    'codebuild:BatchGetBuilds',
    'codebuild:StopBuild',
    'codebuild:ListBuildsForProject',
    'logs:GetLogEvents',
  ],
});
