import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

describe('the npm package', () => {
  it('installs with no dependencies and runs the bundled CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sagemaker-cicd-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: root, stdio: 'ignore' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const prefix = join(dir, 'install');
    execFileSync(
      'npm',
      ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(dir, tarball)],
      {
        stdio: 'ignore',
      },
    );
    const bin = join(prefix, 'node_modules/.bin/sagemaker-cicd');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = execFileSync(bin, ['help', 'pipeline', 'describe'], { encoding: 'utf8' });
    expect(help).toContain('Usage: sagemaker-cicd pipeline describe [options]');
    expect(help).toContain('--pipeline-name');
  }, 60_000);
});
