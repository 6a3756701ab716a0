/**
 * Every environment variable the toolkit reads, in one table: docs/environment.md is generated
 * from it, and a unit test fails when the code reads one that is not here (or this lists one the
 * code no longer reads). Test-only settings are not among them: tests change what the process
 * sees from outside (a `node --import` preload), never through a variable the product reads.
 * `<NAME>` stands for a family (INPUT_<NAME>: one variable per input).
 */
export interface EnvVar {
  name: string;
  purpose: string;
  /** Who sets it. */
  setBy: string;
  /** Read by the toolkit's own code, or only by a library it uses (listed for completeness). */
  readBy: 'toolkit' | 'AWS SDK';
}

const RUNNER = 'GitHub Actions runner';
const CODEBUILD = 'CodeBuild';
const toolkit = (name: string, purpose: string, setBy: string): EnvVar => ({
  name,
  purpose,
  setBy,
  readBy: 'toolkit',
});
const runner = (name: string, purpose: string) => toolkit(name, purpose, RUNNER);
const codebuild = (name: string, purpose: string) => toolkit(name, purpose, CODEBUILD);
const sdk = (name: string, purpose: string, setBy: string): EnvVar => ({
  name,
  purpose,
  setBy,
  readBy: 'AWS SDK',
});

export const ENV_VARS: readonly EnvVar[] = [
  // GitHub Actions: inputs, the runner's files, the run.
  runner('INPUT_<NAME>', "An action's inputs (`with:`)"),
  runner('GITHUB_OUTPUT', 'File the step outputs are written to'),
  runner('GITHUB_STEP_SUMMARY', 'File the job summary is appended to'),
  runner('RUNNER_DEBUG', 'Debug logging (`1` on a re-run with debug logging)'),
  runner('GITHUB_EVENT_PATH', 'The event payload (the pull request a run reports on)'),
  runner('GITHUB_EVENT_NAME', 'The triggering event'),
  toolkit(
    'GITHUB_REPOSITORY',
    'owner/name of the repository (also in CodeBuild, to override the source URL)',
    `${RUNNER}; you, in CodeBuild`,
  ),
  toolkit(
    'GITHUB_SHA',
    'The commit (also in CodeBuild, to override the resolved source version)',
    `${RUNNER}; you, in CodeBuild`,
  ),
  runner('GITHUB_REF', 'The ref of the run'),
  runner('GITHUB_RUN_ID', 'The run, for idempotency tokens, session names and links'),
  runner('GITHUB_RUN_ATTEMPT', 'The attempt, so a re-run is told apart from the first'),
  runner('GITHUB_JOB', 'The job, for idempotency tokens'),
  runner('GITHUB_ACTION', 'The step, for idempotency tokens'),
  runner('GITHUB_ACTOR', 'Who started the run (audit text)'),
  runner('GITHUB_TRIGGERING_ACTOR', 'Who triggered this attempt (self-approval is refused)'),
  runner('GITHUB_WORKSPACE', 'Where workspace paths are resolved'),
  runner('GITHUB_WORKFLOW_REF', 'The workflow file, linked from the metrics report'),
  runner('GITHUB_SERVER_URL', 'GitHub (or GitHub Enterprise Server) for links'),
  runner('GITHUB_API_URL', 'The GitHub API the reports and approvals use'),
  toolkit(
    'GITHUB_TOKEN',
    "The CLI's GitHub token when --github-token is not given (metrics report, promote approve)",
    'you (CodeBuild: a Secrets Manager secret in the generated buildspec)',
  ),
  toolkit(
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    "Where the job's OIDC token is requested (role-to-assume)",
    `${RUNNER}, with \`permissions: id-token: write\``,
  ),
  toolkit(
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'Bearer token for that request',
    `${RUNNER}, with \`permissions: id-token: write\``,
  ),
  // CodeBuild: the build, for the CLI.
  codebuild('CODEBUILD_BUILD_ID', 'Tells the CLI it runs in CodeBuild; the build, for idempotency tokens'),
  codebuild('CODEBUILD_BUILD_NUMBER', 'The build number (as the run attempt)'),
  codebuild('CODEBUILD_BUILD_URL', 'Link to the build'),
  codebuild('CODEBUILD_INITIATOR', 'Who started the build'),
  codebuild('CODEBUILD_SOURCE_REPO_URL', 'The repository, when it is on GitHub'),
  codebuild('CODEBUILD_RESOLVED_SOURCE_VERSION', 'The commit built'),
  codebuild('CODEBUILD_SOURCE_VERSION', 'The source version asked for (when none was resolved)'),
  codebuild('CODEBUILD_SRC_DIR', 'Where workspace paths are resolved'),
  codebuild('CODEBUILD_WEBHOOK_TRIGGER', 'The pull request of a webhook build (`pr/<number>`)'),
  codebuild('CODEBUILD_WEBHOOK_EVENT', 'The webhook event'),
  codebuild(
    'CODEBUILD_WEBHOOK_PREV_COMMIT',
    "A push build's commit before the push: the change's range for `selected-steps: auto`",
  ),
  codebuild(
    'CODEBUILD_WEBHOOK_HEAD_REF',
    "A push build's branch: whose executions `selected-steps: auto` reuses",
  ),
  codebuild('CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID', 'Who triggered the webhook build'),
  // AWS: region and endpoints, as the AWS SDKs' shared configuration defines them.
  toolkit(
    'AWS_REGION',
    'Region, unless the `aws-region` input is set',
    'aws-actions/configure-aws-credentials; CodeBuild',
  ),
  toolkit('AWS_DEFAULT_REGION', 'Region, when AWS_REGION is not set', 'you; CodeBuild'),
  toolkit('AWS_ENDPOINT_URL', 'One endpoint for every AWS service (e.g. a local stand-in)', 'you'),
  toolkit(
    'AWS_ENDPOINT_URL_<SERVICE>',
    'The endpoint of one service (SAGEMAKER, CODEBUILD, CODEPIPELINE, CLOUDWATCH, CLOUDWATCH_LOGS, EVENTBRIDGE, S3, SFN, STS)',
    'you',
  ),
  toolkit('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', '`true`: ignore the two above', 'you'),
  // Credentials: the AWS SDK's default chain reads these itself (unless role-to-assume is set).
  sdk(
    'AWS_ACCESS_KEY_ID',
    'Credentials (with AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)',
    'aws-actions/configure-aws-credentials',
  ),
  sdk('AWS_SECRET_ACCESS_KEY', 'Credentials', 'aws-actions/configure-aws-credentials'),
  sdk('AWS_SESSION_TOKEN', 'Credentials of a role session', 'aws-actions/configure-aws-credentials'),
  sdk('AWS_PROFILE', 'A named profile of the shared config files', 'you'),
  sdk('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', "The build's service role credentials", CODEBUILD),
];

/** docs/environment.md. */
export function envVarsMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const row = (v: EnvVar) => `| \`${v.name}\` | ${esc(v.purpose)} | ${esc(v.setBy)} |`;
  const table = (readBy: EnvVar['readBy']) => [
    '| Variable | Purpose | Set by |',
    '| --- | --- | --- |',
    ...ENV_VARS.filter((v) => v.readBy === readBy).map(row),
  ];
  return [
    "<!-- Generated from src/core/env-vars.ts by 'npm run generate'. Do not edit. -->",
    '# Environment variables',
    '',
    'Every variable the toolkit reads. Inputs and options are the way to configure it; these come',
    'from where it runs (the GitHub Actions runner, CodeBuild) or from the AWS configuration.',
    '',
    ...table('toolkit'),
    '',
    'Read by the AWS SDK itself (its default credential chain, when `role-to-assume` is not set; the AWS SDKs',
    'and Tools reference lists the rest):',
    '',
    ...table('AWS SDK'),
    '',
  ].join('\n');
}
