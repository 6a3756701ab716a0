import { describe, expect, it, jest } from '@jest/globals';
import { createCliHost, parseFlags } from '../../../src/hosts/cli.js';
import { spec } from '../../../src/commands/describe-pipeline/spec.js';

describe('CLI host masking', () => {
  it('never prints a masked value, in logs or outputs', () => {
    const err: string[] = [];
    const out: string[] = [];
    const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      const host = createCliHost(spec, parseFlags(spec, []), {});
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
