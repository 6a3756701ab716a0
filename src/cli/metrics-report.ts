import { spec as actionSpec } from '../commands/report-metrics/spec.js';
import type { CommandSpec } from '../commands/spec.js';
import { commandFromSpec } from './command.js';

/**
 * `sagemaker-cicd metrics report`: the action's inputs, plus what a CodeBuild build must say
 * itself. The token comes from --github-token or GITHUB_TOKEN; repository and commit default to
 * CodeBuild's webhook variables. With --format markdown the report is printed on stdout, alone.
 */
const spec: CommandSpec = {
  ...actionSpec,
  inputs: {
    ...actionSpec.inputs,
    'github-token': { description: 'Token that writes the check run and comment; defaults to GITHUB_TOKEN.' },
    repository: { description: 'owner/name; defaults to CODEBUILD_SOURCE_REPO_URL or GITHUB_REPOSITORY.' },
    format: {
      description:
        "'markdown' prints the report on stdout (outputs are then not printed); 'text' prints outputs.",
      default: 'text',
    },
  },
};

// With --format markdown, outputs are held back (as with --json) so that stdout is the report alone.
export default commandFromSpec(
  spec,
  () => import('../commands/report-metrics/run.js'),
  (flags) => (flags.format ?? '').trim().toLowerCase() === 'markdown',
);
