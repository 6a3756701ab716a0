import { AWS_INPUTS } from '../aws-inputs.js';
import type { CommandSpec } from '../spec.js';

export const spec: CommandSpec = {
  action: 'build-container',
  cli: ['build', 'run'],
  title: 'SageMaker CI/CD: build container',
  description:
    "Run a CodeBuild build (e.g. buildspecs/container.yml: build, test and push the model's container), streaming its logs live, and output its exported variables.",
  icon: 'box',
  inputs: {
    'project-name': { description: 'Name of the CodeBuild project.', required: true },
    buildspec: {
      description:
        "A buildspec file in the workspace (e.g. buildspecs/container.yml) sent as the build's buildspec, or an S3 ARN; empty: the project's own.",
    },
    'source-version': { description: 'Commit, branch or tag to build; defaults to the commit being built.' },
    env: {
      description:
        'Build environment variables as a YAML map: NAME: value, or NAME: {type: PARAMETER_STORE | SECRETS_MANAGER, value: name-or-arn}.',
    },
    image: { description: "Build image overriding the project's (e.g. aws/codebuild/standard:7.0)." },
    'compute-type': { description: "Compute type overriding the project's, e.g. BUILD_GENERAL1_MEDIUM." },
    'timeout-minutes': { description: "Build timeout in minutes (5-2160), overriding the project's." },
    'hide-logs': { description: "Do not stream the build's log into the workflow log.", default: 'false' },
    'stop-on-cancel': { description: 'Stop the build when the workflow is cancelled.', default: 'true' },
    ...AWS_INPUTS,
  },
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
  permissions: [
    'codebuild:StartBuild',
    'codebuild:BatchGetBuilds',
    'codebuild:StopBuild',
    'codebuild:ListBuildsForProject',
    'logs:GetLogEvents',
  ],
};
