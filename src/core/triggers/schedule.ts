import { InputError } from '../errors.js';

/**
 * EventBridge's own schedule grammar (not Unix cron): `rate(value unit)` with the singular unit for
 * 1 and the plural otherwise, or `cron(minutes hours day-of-month month day-of-week year)` with six
 * fields, where exactly one of day-of-month and day-of-week is `?`. Times are UTC.
 */
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.*)\)$/;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Characters beyond `, - * /` that the field accepts. */
  extra: string;
}

const FIELDS: Field[] = [
  { name: 'minutes', min: 0, max: 59, extra: '' },
  { name: 'hours', min: 0, max: 23, extra: '' },
  { name: 'day-of-month', min: 1, max: 31, extra: '?LW' },
  { name: 'month', min: 1, max: 12, names: MONTHS, extra: '' },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS, extra: '?L#' },
  { name: 'year', min: 1970, max: 2199, extra: '' },
];

const HELP =
  'must be rate(<n> <minute|minutes|hour|hours|day|days>) or cron(<min> <hour> <day-of-month> <month> <day-of-week> <year>), e.g. rate(1 day) or cron(0 3 ? * MON-FRI *)';

export function scheduleExpression(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, `is required for a schedule trigger: it ${HELP}`);
  const rate = RATE.exec(value);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!;
    if (n < 1) throw new InputError(input, 'must have a rate of at least 1', raw);
    const singular = !unit.endsWith('s');
    if (n === 1 && !singular)
      throw new InputError(input, `must use the singular unit for 1: rate(1 ${unit.slice(0, -1)})`, raw);
    if (n > 1 && singular)
      throw new InputError(input, `must use the plural unit for ${n}: rate(${n} ${unit}s)`, raw);
    return value;
  }
  const cron = CRON.exec(value);
  if (!cron) throw new InputError(input, HELP, raw);
  const parts = cron[1]!.trim().split(/\s+/);
  if (parts.length !== 6) {
    throw new InputError(
      input,
      `must have 6 cron fields (minutes hours day-of-month month day-of-week year), not ${parts.length}; EventBridge cron has a year field and no seconds`,
      raw,
    );
  }
  parts.forEach((part, i) => checkField(input, raw, FIELDS[i]!, part));
  const [dom, dow] = [parts[2]!, parts[4]!];
  if ((dom === '?') === (dow === '?')) {
    throw new InputError(
      input,
      'must have ? in exactly one of day-of-month and day-of-week (e.g. cron(0 3 * * ? *) or cron(0 3 ? * MON *))',
      raw,
    );
  }
  return value;
}

function checkField(input: string, raw: string, field: Field, part: string): void {
  const bad = (why: string) => new InputError(input, `has a bad ${field.name} field '${part}': ${why}`, raw);
  if (part === '?') {
    if (!field.extra.includes('?')) throw bad('? is only allowed in day-of-month or day-of-week');
    return;
  }
  for (const item of part.split(',')) {
    if (!item) throw bad('empty list item');
    const [range, step, ...more] = item.split('/');
    if (more.length) throw bad('more than one /');
    if (step !== undefined && !/^\d+$/.test(step)) throw bad('the increment after / must be a number');
    if (range === '*') continue;
    if (field.extra.includes('L') && /^(L|\d{0,2}L|LW|\d{1,2}W)$/.test(range!)) {
      // L (last), 5L (last Friday, day-of-week), 15W (nearest weekday, day-of-month), LW.
      if (field.name === 'day-of-month' && /^\d+L$/.test(range!)) throw bad('nL is only for day-of-week');
      if (field.name === 'day-of-week' && /W/.test(range!)) throw bad('W is only for day-of-month');
      continue;
    }
    if (field.extra.includes('#') && range!.includes('#')) {
      const [day, nth] = range!.split('#');
      if (!/^[1-5]$/.test(nth ?? '')) throw bad('the week after # must be 1-5');
      value(day!, bad, field);
      continue;
    }
    const ends = range!.split('-');
    if (ends.length > 2) throw bad('a range has two ends');
    for (const end of ends) value(end, bad, field);
  }
}

function value(text: string, bad: (why: string) => InputError, field: Field): number {
  const byName = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (byName >= 0) return byName + 1;
  if (!/^\d+$/.test(text)) {
    const names = field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : '';
    throw bad(`values are ${field.min}-${field.max}${names}`);
  }
  const n = Number(text);
  if (n < field.min || n > field.max) throw bad(`values are ${field.min}-${field.max}`);
  return n;
}
