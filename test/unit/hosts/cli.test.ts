import { describe, expect, it } from '@jest/globals';
import { parseFlags } from '../../../src/hosts/cli.js';
import { spec } from '../../../src/commands/describe-pipeline/spec.js';
import { codebuildRunInfo, githubRunInfo } from '../../../src/hosts/run-info.js';

describe('parseFlags', () => {
  it('reads --name value, --name=value, bare flags and repeats', () => {
    const o = parseFlags(spec, ['--pipeline-name', 'a', '--max-results=3', '--json', '--debug']);
    expect(o.flags).toMatchObject({ 'pipeline-name': 'a', 'max-results': '3' });
    expect(o.json).toBe(true);
    expect(o.debug).toBe(true);
    expect(parseFlags(spec, ['--pipeline-name', 'a', '--pipeline-name', 'b']).flags['pipeline-name']).toBe(
      'a\nb',
    );
  });
  it('refuses unknown options and stray words, exit 2', () => {
    expect(() => parseFlags(spec, ['--pipline-name', 'a'])).toThrow(
      "unknown option --pipline-name; see 'sagemaker-cicd pipeline describe --help'",
    );
    expect(() => parseFlags(spec, ['oops'])).toThrow('unexpected argument "oops"');
  });
});

describe('run info', () => {
  it('reads a CodeBuild webhook build', () => {
    const info = codebuildRunInfo({
      CODEBUILD_BUILD_ID: 'proj:uuid',
      CODEBUILD_RESOLVED_SOURCE_VERSION: 'abc123',
      CODEBUILD_SOURCE_REPO_URL: 'https://github.com/acme/churn-model.git',
      CODEBUILD_WEBHOOK_TRIGGER: 'pr/7',
      CODEBUILD_BUILD_URL: 'https://console.aws.amazon.com/codebuild/x',
    });
    expect(info).toMatchObject({
      repository: 'acme/churn-model',
      sha: 'abc123',
      pullRequest: { number: 7, headSha: 'abc123', fromFork: false },
      runUrl: 'https://console.aws.amazon.com/codebuild/x',
    });
  });
  it('reads a GitHub run and its attempt URL', () => {
    const info = githubRunInfo({
      GITHUB_REPOSITORY: 'acme/churn-model',
      GITHUB_RUN_ID: '5',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SHA: 'merge',
    });
    expect(info.runUrl).toBe('https://github.com/acme/churn-model/actions/runs/5/attempts/2');
    expect(info.sha).toBe('merge');
    expect(info.apiUrl).toBe('https://api.github.com');
  });
});
