import { describe, expect, it, jest } from '@jest/globals';
import { createCliHost } from '../../../src/hosts/cli.js';
import { spec } from '../../../src/commands/describe-pipeline/spec.js';
import type { Host } from '../../../src/hosts/host.js';

describe('CLI host masking', () => {
  it('never prints a masked value, in logs or outputs', () => {
    const err: string[] = [];
    const out: string[] = [];
    const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      const { host } = createCliHost(spec, { values: {}, json: false, debug: false }, {});
      host.mask('s3cr3t-token');
      host.info('using s3cr3t-token now');
      host.warning('bad s3cr3t-token');
      host.setOutput('pipeline-arn', 'arn-with-s3cr3t-token');
    } finally {
      e.mockRestore();
      o.mockRestore();
    }
    expect(err.join('')).toBe('using *** now\nwarning: bad ***\n');
    expect(out.join('')).toBe('pipeline-arn=arn-with-***\n');
  });
});

describe('a failing command', () => {
  it('keeps masked values out of its final error line', async () => {
    const { execute } = await import('../../../src/hosts/execute.js');
    const err: string[] = [];
    const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    let code;
    try {
      const runtime = createCliHost(
        spec,
        { values: { 'pipeline-name': 'p' }, json: false, debug: false },
        {},
      );
      ({ code } = await execute(runtime, spec, async ({ host }: { host: Host }) => {
        host.mask('s3cr3t-token');
        throw new Error('request with s3cr3t-token refused');
      }));
    } finally {
      e.mockRestore();
    }
    expect(code).toBe(1);
    expect(err.join('')).toBe('error: request with *** refused (run with debug logging for details)\n');
  });
});
