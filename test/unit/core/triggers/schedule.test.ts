import { describe, expect, it } from '@jest/globals';
import { scheduleExpression } from '../../../../src/core/triggers/schedule.js';

describe('EventBridge schedule expressions', () => {
  it.each([
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 hour)',
    'rate(12 hours)',
    'rate(1 day)',
    'rate(7 days)',
    'cron(0 3 * * ? *)',
    'cron(0 3 ? * MON-FRI *)',
    'cron(15 10 ? * 6L 2026-2030)',
    'cron(0/15 * * * ? *)',
    'cron(0 8 1,15 * ? *)',
    'cron(0 18 ? * 2#1 *)',
    'cron(0 9 L * ? *)',
    'cron(0 9 15W JAN,JUL ? *)',
  ])('accepts %s', (expr) => {
    expect(scheduleExpression('schedule', expr)).toBe(expr);
  });

  it.each([
    ['rate(1 days)', `input 'schedule' must use the singular unit for 1: rate(1 day), got "rate(1 days)"`],
    [
      'rate(5 minute)',
      `input 'schedule' must use the plural unit for 5: rate(5 minutes), got "rate(5 minute)"`,
    ],
    ['rate(0 minutes)', `input 'schedule' must have a rate of at least 1, got "rate(0 minutes)"`],
    [
      'cron(0 3 * * *)',
      `input 'schedule' must have 6 cron fields (minutes hours day-of-month month day-of-week year), not 5; EventBridge cron has a year field and no seconds, got "cron(0 3 * * *)"`,
    ],
    [
      'cron(0 3 * * * *)',
      `input 'schedule' must have ? in exactly one of day-of-month and day-of-week (e.g. cron(0 3 * * ? *) or cron(0 3 ? * MON *)), got "cron(0 3 * * * *)"`,
    ],
    [
      'cron(0 3 ? * ? *)',
      `input 'schedule' must have ? in exactly one of day-of-month and day-of-week (e.g. cron(0 3 * * ? *) or cron(0 3 ? * MON *)), got "cron(0 3 ? * ? *)"`,
    ],
    [
      'cron(60 3 * * ? *)',
      `input 'schedule' has a bad minutes field '60': values are 0-59, got "cron(60 3 * * ? *)"`,
    ],
    [
      'cron(0 24 * * ? *)',
      `input 'schedule' has a bad hours field '24': values are 0-23, got "cron(0 24 * * ? *)"`,
    ],
    [
      'cron(0 3 ? * FUN *)',
      `input 'schedule' has a bad day-of-week field 'FUN': values are 1-7 or SUN-SAT, got "cron(0 3 ? * FUN *)"`,
    ],
    [
      'cron(0 3 ? 13 MON *)',
      `input 'schedule' has a bad month field '13': values are 1-12, got "cron(0 3 ? 13 MON *)"`,
    ],
    [
      'cron(? 3 * * ? *)',
      `input 'schedule' has a bad minutes field '?': ? is only allowed in day-of-month or day-of-week, got "cron(? 3 * * ? *)"`,
    ],
    [
      'cron(0 3 * * ? 1969)',
      `input 'schedule' has a bad year field '1969': values are 1970-2199, got "cron(0 3 * * ? 1969)"`,
    ],
    [
      '0 3 * * *',
      expect.stringContaining(
        `input 'schedule' must be rate(<n> <minute|minutes|hour|hours|day|days>) or cron(`,
      ),
    ],
    ['every day', expect.stringContaining('e.g. rate(1 day) or cron(0 3 ? * MON-FRI *)')],
  ])('refuses %s with a clear error', (expr, message) => {
    expect(() => scheduleExpression('schedule', expr)).toThrow(expect.objectContaining({ message }));
  });
});
