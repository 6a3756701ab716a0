import { describe, expect, it } from '@jest/globals';
import {
  executionArnFor,
  executionInput,
  executionName,
  explicitExecutionName,
  MAX_INPUT_BYTES,
} from '../../../../src/core/stepfunctions/inputs.js';
import type { RunInfo } from '../../../../src/core/run-info.js';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:churn-release';
const run = (over: Partial<RunInfo> = {}): RunInfo => ({
  runId: '9876543210',
  runAttempt: '1',
  job: 'train',
  step: 'release',
  repository: 'acme/churn',
  workspace: '/w',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  ...over,
});

describe('execution names', () => {
  it('are the same for a retried step, new for a new attempt, job or step', () => {
    const a = executionName(run(), MACHINE, undefined);
    expect(a).toMatch(/^9876543210-1-[a-f0-9]{24}$/);
    expect(executionName(run(), MACHINE, undefined)).toBe(a);
    expect(executionName(run({ runAttempt: '2' }), MACHINE, undefined)).toMatch(/^9876543210-2-/);
    expect(executionName(run({ step: 'other' }), MACHINE, undefined)).not.toBe(a);
    // A version or alias of the same machine is the same machine's execution.
    expect(executionName(run(), `${MACHINE}:PROD`, undefined)).toBe(a);
  });
  it("keep to letters, digits, - and _ within 80 characters (CodeBuild's build id has a colon)", () => {
    const n = executionName(
      run({ runId: `churn-build:${'f'.repeat(60)}`, runAttempt: '12' }),
      MACHINE,
      undefined,
    );
    expect(n).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(n.startsWith('churn-build-')).toBe(true);
  });
  it('outside CI are fresh UUIDs', () => {
    const local = run({ runId: undefined });
    expect(executionName(local, MACHINE, undefined)).not.toBe(executionName(local, MACHINE, undefined));
  });
  it("given explicitly, follow StartExecution's rules", () => {
    expect(explicitExecutionName('name', 'release-2026_12-01.a')).toBe('release-2026_12-01.a');
    for (const bad of ['has space', 'a/b', 'a:b', 'x'.repeat(81), 'a#b', 'a{b}', 'a`b'])
      expect(() => explicitExecutionName('name', bad)).toThrow(
        /input 'name' must be 1-80 characters without whitespace/,
      );
  });
  it('make the execution ARN of the machine, for versions and aliases too', () => {
    expect(executionArnFor(`${MACHINE}:3`, 'n1')).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:churn-release:n1',
    );
  });
});

describe('execution input', () => {
  it('is compact JSON', () => {
    expect(executionInput('input', '{\n  "a": [1, 2],\n  "b": "é"\n}')).toBe('{"a":[1,2],"b":"é"}');
  });
  it('refuses what is not JSON, naming the input', () => {
    expect(() => executionInput('input', '{a: 1}')).toThrow(/^input 'input' must be JSON \(/);
  });
  it('is at most 262,144 bytes of UTF-8, counted as sent', () => {
    const fits = JSON.stringify({ r: 'x'.repeat(MAX_INPUT_BYTES - 8) });
    expect(Buffer.byteLength(fits)).toBe(MAX_INPUT_BYTES);
    expect(executionInput('input', fits)).toBe(fits);
    // Two bytes a character: 131,070 of them and 8 of JSON are 262,148 bytes.
    const wide = JSON.stringify({ r: 'é'.repeat(131_070) });
    expect(() => executionInput('input', wide)).toThrow(
      "input 'input' is 262,148 bytes as JSON; Step Functions accepts at most 262,144 bytes (256 KB): pass a reference (an S3 URI) instead",
    );
  });
});
