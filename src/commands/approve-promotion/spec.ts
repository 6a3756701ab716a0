import { AWS_INPUTS } from '../aws-inputs.js';
import type { CommandSpec } from '../spec.js';

export const spec: CommandSpec = {
  action: 'approve-promotion',
  cli: ['promote', 'approve'],
  title: 'SageMaker CI/CD: approve promotion',
  description:
    "Gate a model's promotion on a human approval (GitHub environment reviewers or the SageMaker Model Registry), then record it: the package Approved with an audit trail, and a CodePipeline manual approval answered.",
  icon: 'user-check',
  inputs: {
    'approval-source': {
      description:
        "Who decides: 'github-environment' (the reviewers who approved this run's environment deployment) or 'model-registry' (wait for a person to approve the package in SageMaker).",
      default: 'github-environment',
    },
    environment: {
      description:
        'github-environment: only reviews of this environment count (default: any environment of the run).',
    },
    approvers: {
      description:
        'github-environment: who may approve, as GitHub logins and org/team names (comma or line separated); empty means any reviewer of the environment.',
    },
    'min-approvals': {
      description:
        'github-environment: how many distinct approvers are needed (1-6, as environments allow up to 6 reviewers).',
      default: '1',
    },
    'forbid-self-approval': {
      description:
        "github-environment: whoever wrote the change does not count: who triggered the run, the commit's author, and the pull request it came from (on push and workflow_dispatch, found from the commit; merge, squash or rebase): its author and its commits' authors and committers. Needs 'pull-requests: read'; fails closed.",
      default: 'true',
    },
    'github-token': {
      description:
        "Token for the GitHub API; reading team membership needs 'read:org' (the workflow's GITHUB_TOKEN cannot).",
      default: '${{ github.token }}',
    },
    'model-package-arn': {
      description:
        'Model package to approve: set Approved with an ApprovalDescription naming who, where and which commit (github-environment), or waited on (model-registry).',
    },
    timeout: { description: 'model-registry: how long to wait for a decision, e.g. 30m, 4h.', default: '1h' },
    'codepipeline-name': {
      description:
        'CodePipeline pipeline whose pending manual approval to answer (with codepipeline-stage and codepipeline-action).',
    },
    'codepipeline-stage': { description: 'Stage of the manual approval action.' },
    'codepipeline-action': { description: 'Name of the manual approval action.' },
    ...AWS_INPUTS,
  },
  outputs: {
    approved: { description: 'true when the promotion was approved.' },
    'approved-by': { description: 'Who approved, comma separated.' },
    'model-package-arn': { description: 'The approved model package ARN (for the deploy step).' },
  },
  permissions: [
    'sagemaker:DescribeModelPackage',
    'sagemaker:UpdateModelPackage',
    'codepipeline:GetPipelineState',
    'codepipeline:PutApprovalResult',
  ],
};
