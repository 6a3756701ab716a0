import { describe, expect, it } from '@jest/globals';
import { checkParameters } from '../../../../src/core/pipelines/parameters.js';
import {
  clientRequestToken,
  defaultDisplayName,
  displayName,
  toDisplayName,
} from '../../../../src/core/pipelines/start.js';
import type { RunInfo } from '../../../../src/core/run-info.js';

const run: RunInfo = {
  repository: 'acme/churn-model',
  sha: '4f2c1a9e8b7d',
  runId: '9876543210',
  runAttempt: '1',
  job: 'train',
  step: '__run_2',
  workspace: '/w',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
};
const defs = [
  { name: 'Epochs', type: 'Integer' as const },
  { name: 'Rate', type: 'Float' as const },
  { name: 'Spot', type: 'Boolean' as const },
  { name: 'Data', type: 'String' as const },
];

describe('parameters', () => {
  it('converts typed values and keeps strings as given', () => {
    expect(
      checkParameters('parameters', { Epochs: '+20', Rate: '1e-3', Spot: 'TRUE', Data: ' s3://x ' }, defs),
    ).toEqual([
      { Name: 'Epochs', Value: '20' },
      { Name: 'Rate', Value: '1e-3' },
      { Name: 'Spot', Value: 'true' },
      { Name: 'Data', Value: ' s3://x ' },
    ]);
  });
  it('refuses unknown names, listing the known ones, and ill-typed values', () => {
    expect(() => checkParameters('parameters', { Epoch: '1' }, defs)).toThrow(
      "input 'parameters' names an unknown parameter 'Epoch' (known parameters: Epochs, Rate, Spot, Data)",
    );
    expect(() => checkParameters('parameters', { Epochs: '1.5' }, defs)).toThrow(
      "parameter 'Epochs' is Integer: must be a whole number",
    );
    expect(() => checkParameters('parameters', { Rate: 'fast' }, defs)).toThrow(
      "parameter 'Rate' is Float: must be a number",
    );
    expect(() => checkParameters('parameters', { Spot: 'yes' }, defs)).toThrow(
      "parameter 'Spot' is Boolean: must be true or false",
    );
    expect(() => checkParameters('parameters', { Data: 'x'.repeat(1025) }, defs)).toThrow('longer than 1024');
  });
});

describe('display name, token', () => {
  it('defaults to repo, commit, run and attempt within the API pattern', () => {
    expect(defaultDisplayName(run)).toBe('churn-model-4f2c1a9-run-9876543210-1');
    expect(toDisplayName('__feature/Ünïcode__branch--')).toBe('feature-n-code-branch');
    expect(toDisplayName('a'.repeat(100))).toHaveLength(82);
    expect(toDisplayName('a'.repeat(81) + '-b')).toBe('a'.repeat(81));
    expect(() => displayName('display-name', 'my/run', run)).toThrow(
      "input 'display-name' must be 1-82 letters",
    );
  });
  it('is the same for a retried step and differs for a new attempt, job, step or parameters', () => {
    const p = [{ Name: 'Epochs', Value: '3' }];
    const t = clientRequestToken(run, 'churn', p);
    expect(t).toMatch(/^[0-9a-f]{64}$/);
    expect(clientRequestToken({ ...run }, 'churn', p)).toBe(t);
    expect(clientRequestToken({ ...run, runAttempt: '2' }, 'churn', p)).not.toBe(t);
    expect(clientRequestToken({ ...run, job: 'other' }, 'churn', p)).not.toBe(t);
    expect(clientRequestToken({ ...run, step: 'again' }, 'churn', p)).not.toBe(t);
    expect(clientRequestToken(run, 'churn', [{ Name: 'Epochs', Value: '4' }])).not.toBe(t);
    const local = clientRequestToken({ ...run, runId: undefined }, 'churn', p);
    expect(local.length).toBeGreaterThanOrEqual(32);
    expect(clientRequestToken({ ...run, runId: undefined }, 'churn', p)).not.toBe(local);
  });
});
