import { describe, expect, it } from '@jest/globals';
import { codebuildRunInfo, githubRunInfo } from '../../../src/hosts/run-info.js';

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
