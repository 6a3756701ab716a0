import { parseApprovers } from '../../core/promotion/approval.js';
import { modelPackageArn } from '../../core/promotion/names.js';
import { AWS_INPUTS } from '../../core/spec/aws-inputs.js';
import { defineSpec } from '../../core/spec/types.js';
import { checkApproval } from './check.js';
import { ROLE_TO_ASSUME } from '../../core/spec/github-permissions.js';

/** CodePipeline names, stages and actions: 1-100 of [A-Za-z0-9.@-_]. */
const CODEPIPELINE_NAME = {
  kind: 'string',
  pattern: /^[A-Za-z0-9.@\-_]{1,100}$/,
  allowed: '1-100 characters of letters, digits, . @ - _',
} as const;

export const spec = defineSpec({
  action: 'approve-promotion',
  cli: ['promote', 'approve'],
  title: 'SageMaker CI/CD: approve promotion',
  description:
    "Gate a model's promotion on a human approval (GitHub environment reviewers or the SageMaker Model Registry), then record it: the package Approved with an audit trail, and a CodePipeline manual approval answered.",
  icon: 'user-check',
  inputs: {
    'approval-source': {
      kind: 'enum',
      choices: ['github-environment', 'model-registry'],
      description:
        "Who decides: 'github-environment' (the reviewers who approved this run's environment deployment) or 'model-registry' (wait for a person to approve the package in SageMaker).",
      default: 'github-environment',
    },
    environment: {
      kind: 'string',
      maxLength: 255,
      description:
        'github-environment: only reviews of this environment count (default: any environment of the run).',
    },
    approvers: {
      kind: 'string',
      multiline: true,
      parse: parseApprovers,
      description:
        'github-environment: who may approve, as GitHub logins and org/team names (comma or line separated); empty means any reviewer of the environment.',
    },
    'min-approvals': {
      kind: 'integer',
      min: 1,
      max: 6,
      description:
        'github-environment: how many distinct approvers are needed (1-6, as environments allow up to 6 reviewers).',
      default: '1',
    },
    'forbid-self-approval': {
      kind: 'boolean',
      description:
        "github-environment: whoever wrote the change does not count: who triggered the run, the commit's author, and the pull request it came from (on push and workflow_dispatch, found from the commit; merge, squash or rebase): its author and its commits' authors and committers. Needs 'pull-requests: read'; fails closed.",
      default: 'true',
    },
    'github-token': {
      kind: 'string',
      secret: true,
      cliEnv: 'GITHUB_TOKEN',
      description:
        "Token for the GitHub API; reading team membership needs 'read:org' (the workflow's GITHUB_TOKEN cannot). The CLI reads GITHUB_TOKEN when it is not given.",
      default: '${{ github.token }}',
    },
    'model-package-arn': {
      kind: 'string',
      parse: modelPackageArn,
      description:
        'Model package to approve: set Approved with an ApprovalDescription naming who, where and which commit (github-environment), or waited on (model-registry).',
    },
    timeout: {
      kind: 'duration',
      bareUnit: 'minutes',
      minMs: 0,
      maxMs: 72 * 3_600_000,
      description: 'model-registry: how long to wait for a decision.',
      default: '1h',
    },
    'codepipeline-name': {
      ...CODEPIPELINE_NAME,
      description:
        'CodePipeline pipeline whose pending manual approval to answer (with codepipeline-stage and codepipeline-action).',
    },
    'codepipeline-stage': { ...CODEPIPELINE_NAME, description: 'Stage of the manual approval action.' },
    'codepipeline-action': { ...CODEPIPELINE_NAME, description: 'Name of the manual approval action.' },
    ...AWS_INPUTS,
  },
  check: checkApproval,
  outputs: {
    approved: { description: 'true when the promotion was approved.' },
    'approved-by': { description: 'Who approved, comma separated.' },
    'model-package-arn': { description: 'The approved model package ARN (for the deploy step).' },
  },
  githubPermissions: {
    ...ROLE_TO_ASSUME,
    actions: { access: 'read', why: "who approved the run's environment deployment (the approval gate)" },
    contents: { access: 'read', why: "the commit's author, to refuse self-approval" },
    'pull-requests': {
      access: 'read',
      why: 'the pull request a commit came from: its authors cannot approve it',
    },
  },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:UpdateModelPackage',
    'codepipeline:GetPipelineState',
    'codepipeline:PutApprovalResult',
  ],
});
