import { describe, expect, it } from '@jest/globals';
import { drawMachine, definedStates } from '../../../../src/core/stepfunctions/diagram.js';

describe('drawMachine', () => {
  it('writes choice rules on their edges: And, Not, paths, strings, JSONata conditions', () => {
    const m = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [
            {
              And: [
                { Variable: '$.auc', NumericGreaterThanPath: '$.baseline' },
                { Not: { Variable: '$.stage', StringEquals: 'dev' } },
              ],
              Next: 'Go',
            },
            { Condition: '{% $states.input.f1 < 0.5 %}', Next: 'Stop' },
            { Variable: '$.skip', IsPresent: true, Next: 'Stop' },
          ],
        },
        Go: { Type: 'Pass', End: true },
        Stop: { Type: 'Fail', Error: 'E' },
      },
    };
    const text = drawMachine(JSON.stringify(m), new Map())!;
    expect(text).toContain('  s0 -->|"$.auc > $.baseline and not ($.stage == #quot;dev#quot;)"| s1');
    expect(text).toContain('  s0 -->|"$states.input.f1 #lt; 0.5"| s2');
    expect(text).toContain('  s0 -->|"$.skip is present"| s2');
    expect(text).not.toContain('classDef');
  });
  it('draws a legacy Map Iterator and nested states, and colours states by outcome', () => {
    const m = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          Iterator: {
            StartAt: 'Wait a bit',
            States: { 'Wait a bit': { Type: 'Wait', SecondsPath: '$.s', End: true } },
          },
          End: true,
        },
      },
    };
    const text = drawMachine(
      JSON.stringify(m),
      new Map([
        ['Each', 'failed'],
        ['Wait a bit', 'stopped'],
      ]),
    )!;
    expect(text.split('\n')).toEqual([
      'flowchart TD',
      '  subgraph s0 ["Map: Each"]',
      '    direction TB',
      '    s1{{"Wait a bit ($.s)"}}',
      '  end',
      '  sm_start(("start"))',
      '  sm_end(("end"))',
      '  sm_start --> s0',
      '  s0 --> sm_end',
      '  classDef failed fill:#ffe3e3,stroke:#c92a2a,color:#7d1a1a',
      '  class s0 failed',
      '  classDef stopped fill:#e9ecef,stroke:#495057,color:#212529',
      '  class s1 stopped',
    ]);
    expect(definedStates(JSON.stringify(m))).toEqual([
      { name: 'Each', type: 'Map' },
      { name: 'Wait a bit', type: 'Wait' },
    ]);
  });
  it('draws nothing for what is not a definition', () => {
    expect(drawMachine('not json', new Map())).toBeUndefined();
    expect(drawMachine('{"States": {}}', new Map())).toBeUndefined();
  });
});
