import { describe, expect, it } from '@jest/globals';
import {
  boolean,
  choice,
  choices,
  duration,
  formatDuration,
  integer,
  list,
  required,
  stringMap,
} from '../../../src/core/inputs.js';

describe('integer', () => {
  const minutes = { min: 1, max: 4320, unit: 'minutes' };
  it('parses within range and falls back when empty', () => {
    expect(integer('timeout-minutes', '90', 60, minutes)).toBe(90);
    expect(integer('timeout-minutes', ' ', 60, minutes)).toBe(60);
  });
  it('names the input, the range and the value', () => {
    expect(() => integer('timeout-minutes', 'abc', 60, minutes)).toThrow(
      `input 'timeout-minutes' must be a whole number of minutes from 1 to 4320, got "abc"`,
    );
    expect(() => integer('timeout-minutes', '4321', 60, minutes)).toThrow('from 1 to 4320, got "4321"');
    expect(() => integer('timeout-minutes', '1.5', 60, minutes)).toThrow('got "1.5"');
  });
});

describe('boolean', () => {
  it('accepts the YAML 1.2 core spellings GitHub writes', () => {
    expect(boolean('wait', 'True', false)).toBe(true);
    expect(boolean('wait', 'FALSE', true)).toBe(false);
    expect(boolean('wait', '', true)).toBe(true);
  });
  it('refuses anything else', () => {
    expect(() => boolean('wait', 'yes', false)).toThrow(`input 'wait' must be true or false, got "yes"`);
  });
});

describe('choice and choices', () => {
  it('returns the canonical spelling', () => {
    expect(choice('strategy', 'Canary', ['all-at-once', 'canary'])).toBe('canary');
    expect(choices('fail-on', 'failed\nSTOPPED', ['failed', 'stopped', 'condition-false'], [])).toEqual([
      'failed',
      'stopped',
    ]);
  });
  it('lists what is allowed', () => {
    expect(() => choice('strategy', 'yolo', ['all-at-once', 'canary'])).toThrow(
      `input 'strategy' must be one of all-at-once, canary, got "yolo"`,
    );
    expect(() => choices('fail-on', 'failed, never', ['failed', 'stopped'], [])).toThrow(
      `input 'fail-on' items must be among failed, stopped, got "never"`,
    );
  });
});

describe('stringMap', () => {
  it('reads YAML and JSON maps, values as strings', () => {
    expect(stringMap('parameters', 'TrainingImage: 1234.dkr.ecr/x:abc\nEpochs: 10\nUseGpu: true')).toEqual({
      TrainingImage: '1234.dkr.ecr/x:abc',
      Epochs: '10',
      UseGpu: 'true',
    });
    expect(stringMap('parameters', '{"InputData": "s3://b/k", "Rate": 0.5}')).toEqual({
      InputData: 's3://b/k',
      Rate: '0.5',
    });
    expect(stringMap('parameters', '')).toEqual({});
  });
  it('refuses lists, nesting, nulls and broken YAML with the input named', () => {
    expect(() => stringMap('parameters', '- a\n- b')).toThrow(
      `input 'parameters' must be a YAML or JSON map`,
    );
    expect(() => stringMap('parameters', 'a: {b: 1}')).toThrow(`'a' has a nested value`);
    expect(() => stringMap('parameters', 'a:')).toThrow(`input 'parameters' has no value for 'a'`);
    expect(() => stringMap('parameters', '{a: 1')).toThrow(
      /^input 'parameters' must be a YAML or JSON map of names to values \(/,
    );
  });
});

describe('list and required', () => {
  it('splits on lines and commas', () => {
    expect(list('execution-arn', 'a\n\n b ,c\n')).toEqual(['a', 'b', 'c']);
  });
  it('requires a value', () => {
    expect(() => required('pipeline-name', '  ')).toThrow(`input 'pipeline-name' is required`);
  });
});

describe('duration', () => {
  const opts = { minMs: 1000, maxMs: 3_600_000, defaultUnit: 's' as const };
  it('parses units, combinations and bare numbers', () => {
    expect(duration('poll-interval', '30s', undefined, opts)).toBe(30_000);
    expect(duration('poll-interval', '1m30s', undefined, opts)).toBe(90_000);
    expect(duration('poll-interval', '45', undefined, opts)).toBe(45_000);
    expect(duration('poll-interval', '1h', undefined, opts)).toBe(3_600_000);
    expect(duration('poll-interval', '', 5000, opts)).toBe(5000);
  });
  it('refuses unknown units and out-of-range values', () => {
    expect(() => duration('poll-interval', '5 parsecs', undefined, opts)).toThrow(
      `input 'poll-interval' must be a duration from 1s to 1h, such as 90s, 15m or 2h (a bare number counts seconds), got "5 parsecs"`,
    );
    expect(() => duration('poll-interval', '2h', undefined, opts)).toThrow('got "2h"');
    expect(() => duration('poll-interval', '500ms', undefined, opts)).toThrow('got "500ms"');
  });
  it('formats durations for messages', () => {
    expect(formatDuration(5400_000)).toBe('1h30m');
    expect(formatDuration(61_000)).toBe('1m1s');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(500)).toBe('500ms');
  });
});
