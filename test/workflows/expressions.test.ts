import { describe, expect, it } from '@jest/globals';
import { evaluate } from './expressions.js';

const status = { failed: false, cancelled: false };

describe('expressions as GitHub evaluates them', () => {
  it("unescapes every '' of a string literal (the parser's format() of `run: echo '${{ x }}'`)", () => {
    const out = { steps: { refresh: { outputs: { output: '{"rows":3}' } } } };
    expect(
      evaluate("format('echo ''{0}'' | jq .rows', steps.refresh.outputs.output)", out, status).coerceString(),
    ).toBe(`echo '{"rows":3}' | jq .rows`);
    expect(evaluate("'it''s ''quoted'''", {}, status).coerceString()).toBe("it's 'quoted'");
  });
});
