import { defineInputs } from '../core/spec/types.js';

/** Where a pull request report goes (report-metrics, shadow-test): the commit, the pull request, the repository. */
export const REPORT_TARGET_INPUTS = defineInputs({
  commit: {
    kind: 'string',
    pattern: /^[0-9a-f]{40}$/i,
    allowed: 'a full 40-character commit SHA',
    description:
      "The commit to put the check run on; defaults to the pull request's head or the workflow's commit.",
  },
  'pull-request': {
    kind: 'integer',
    min: 1,
    max: 1e9,
    description: 'The pull request to comment on; defaults to the one that triggered the workflow.',
  },
  repository: {
    kind: 'string',
    cliOnly: true,
    pattern: /^[\w.-]+\/[\w.-]+$/,
    allowed: 'owner/name',
    description: 'owner/name; defaults to CODEBUILD_SOURCE_REPO_URL or GITHUB_REPOSITORY.',
  },
});
