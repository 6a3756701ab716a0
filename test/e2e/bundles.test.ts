import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Nothing in the shipped bundles exists only for tests: no time-scale variable (tests scale time
 * with a preload, test/sandbox/time-scale.mjs), no test helper, no sandbox. Reads dist/ as built.
 */
const dist = join(import.meta.dirname, '../../dist');
const bundles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: `dist/${f}`, text: readFileSync(join(dist, f), 'utf8') }));

const TEST_ONLY = [
  'SAGEMAKER_CICD_TIME_SCALE',
  'SAGEMAKER_CICD_TIME_EPOCH',
  'time-scale.mjs',
  'VirtualClock',
  'MemoryLog',
  'scaledClock',
  'AwsSandbox',
  'GitHubSandbox',
  'test/sandbox',
  'test/support',
];

describe('shipped bundles', () => {
  it('hold every entry', () => {
    expect(bundles.map((b) => b.file)).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/main/index.js']),
    );
  });

  it.each(TEST_ONLY)('do not contain %s', (name) => {
    expect(bundles.filter((b) => b.text.includes(name)).map((b) => b.file)).toEqual([]);
  });

  it('name no SAGEMAKER_CICD_ variable but the version the generated buildspecs install', () => {
    const names = new Set(bundles.flatMap((b) => b.text.match(/SAGEMAKER_CICD_[A-Z_]+/g) ?? []));
    expect([...names]).toEqual(['SAGEMAKER_CICD_VERSION']);
  });
});
