import { randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox } from './server.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies as the wire sends them
type Json = Record<string, any>;

export interface Datapoint {
  namespace: string;
  metric: string;
  dimensions: Record<string, string>;
  value: number;
  time: number;
}

const COMPARISONS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];
const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];

/**
 * CloudWatch metrics and static metric alarms (JSON 1.0, `GraniteServiceVersion20100801.*`), with
 * the API's limits checked as CloudWatch checks them (REFERENCE.md "Data capture and drift"). An
 * alarm is evaluated on each datapoint of its metric (the latest period's value against its
 * threshold) and a state change is emitted as EventBridge delivers it ("CloudWatch Alarm State
 * Change") to `stateChangeListeners`. A new alarm starts INSUFFICIENT_DATA.
 */
export class CloudWatchWorld {
  readonly datapoints: Datapoint[] = [];
  readonly alarms = new Map<string, Json>();
  readonly stateChangeListeners: ((event: Record<string, unknown>) => void | Promise<void>)[] = [];

  constructor(readonly sandbox: AwsSandbox) {
    const on = (op: string, fn: (i: Json) => unknown) =>
      sandbox.on(`GraniteServiceVersion20100801.${op}`, fn);
    on('PutMetricData', (i) => this.putMetricData(i));
    on('PutMetricAlarm', (i) => this.putMetricAlarm(i));
    on('DescribeAlarms', (i) => ({
      MetricAlarms: [...this.alarms.values()]
        .filter((a) => !i.AlarmNames?.length || i.AlarmNames.includes(a.AlarmName))
        .map((a) => ({ ...a })),
      CompositeAlarms: [],
    }));
  }

  private putMetricData(i: Json) {
    const data = (i.MetricData ?? []) as Json[];
    if (!i.Namespace || /^AWS\//.test(i.Namespace))
      throw invalid('The value AWS/ for parameter Namespace is invalid.');
    if (data.length > 1000)
      throw invalid('The collection MetricData must not have a size greater than 1000.');
    const size = Buffer.byteLength(JSON.stringify(i));
    if (size > 1_000_000)
      throw new AwsError('RequestEntityTooLarge', `Request size ${size} exceeded 1000000 bytes`, 413);
    const now = this.sandbox.now();
    for (const d of data) {
      if ((d.Dimensions ?? []).length > 30)
        throw invalid('The collection Dimensions must not have a size greater than 30.');
      const time = d.Timestamp === undefined ? now : Number(d.Timestamp) * 1000;
      if (time < now - 14 * 86_400_000 || time > now + 2 * 3_600_000) {
        throw invalid(
          `The parameter MetricData.member.Timestamp must be within the last two weeks and no more than two hours in the future.`,
        );
      }
      const point: Datapoint = {
        namespace: i.Namespace,
        metric: d.MetricName,
        dimensions: Object.fromEntries((d.Dimensions ?? []).map((x: Json) => [x.Name, x.Value])),
        value: Number(d.Value),
        time,
      };
      this.datapoints.push(point);
    }
    for (const alarm of this.alarms.values()) this.evaluate(alarm);
    return {};
  }

  private putMetricAlarm(i: Json) {
    for (const k of [
      'AlarmName',
      'EvaluationPeriods',
      'Threshold',
      'ComparisonOperator',
      'MetricName',
      'Namespace',
      'Period',
    ]) {
      if (i[k] === undefined)
        throw invalid(
          `1 validation error detected: Value null at '${k}' failed to satisfy constraint: Member must not be null`,
        );
    }
    if (!COMPARISONS.includes(i.ComparisonOperator))
      throw invalid(`Invalid ComparisonOperator ${i.ComparisonOperator}`);
    if (i.Statistic !== undefined && !STATISTICS.includes(i.Statistic))
      throw invalid(`Invalid Statistic ${i.Statistic}`);
    if (i.TreatMissingData !== undefined && !TREAT_MISSING.includes(i.TreatMissingData)) {
      throw invalid(`Invalid TreatMissingData ${i.TreatMissingData}`);
    }
    if (!([10, 20, 30].includes(i.Period) || (i.Period >= 60 && i.Period % 60 === 0))) {
      throw invalid('The parameter Period must be 10, 20, 30, or a multiple of 60.');
    }
    if ((i.AlarmActions ?? []).length > 5)
      throw invalid('The collection AlarmActions must not have a size greater than 5.');
    const existing = this.alarms.get(i.AlarmName);
    const now = epochSeconds(this.sandbox.now());
    const alarm: Json = {
      ...i,
      AlarmArn: this.sandbox.arn('cloudwatch', `alarm:${i.AlarmName}`),
      AlarmConfigurationUpdatedTimestamp: now,
      StateValue: existing?.StateValue ?? 'INSUFFICIENT_DATA',
      StateReason: existing?.StateReason ?? 'Unchecked: Initial alarm creation',
      StateUpdatedTimestamp: existing?.StateUpdatedTimestamp ?? now,
      OKActions: i.OKActions ?? [],
      AlarmActions: i.AlarmActions ?? [],
      InsufficientDataActions: i.InsufficientDataActions ?? [],
    };
    this.alarms.set(i.AlarmName, alarm);
    this.evaluate(alarm);
    return {};
  }

  /** The latest datapoint of the alarm's metric within its period decides; none keeps the state (ignore). */
  private evaluate(alarm: Json): void {
    const dims = Object.fromEntries(((alarm.Dimensions ?? []) as Json[]).map((d) => [d.Name, d.Value]));
    const now = this.sandbox.now();
    const points = this.datapoints.filter(
      (p) =>
        p.namespace === alarm.Namespace &&
        p.metric === alarm.MetricName &&
        JSON.stringify(sorted(p.dimensions)) === JSON.stringify(sorted(dims)) &&
        p.time > now - alarm.Period * 1000,
    );
    if (!points.length) return;
    const value = Math.max(...points.map((p) => p.value));
    const t = Number(alarm.Threshold);
    const breaching =
      alarm.ComparisonOperator === 'GreaterThanThreshold'
        ? value > t
        : alarm.ComparisonOperator === 'GreaterThanOrEqualToThreshold'
          ? value >= t
          : alarm.ComparisonOperator === 'LessThanThreshold'
            ? value < t
            : value <= t;
    const state = breaching ? 'ALARM' : 'OK';
    if (state === alarm.StateValue) return;
    const previous = {
      value: alarm.StateValue,
      reason: alarm.StateReason,
      timestamp: iso(alarm.StateUpdatedTimestamp * 1000),
    };
    const reason = `Threshold Crossed: 1 datapoint [${value}] was ${breaching ? '' : 'not '}${alarm.ComparisonOperator.replace(
      /Threshold$/,
      '',
    )
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()} the threshold (${t}).`;
    alarm.StateValue = state;
    alarm.StateReason = reason;
    alarm.StateUpdatedTimestamp = epochSeconds(now);
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'CloudWatch Alarm State Change',
      source: 'aws.cloudwatch',
      account: this.sandbox.accountId,
      time: iso(now),
      region: this.sandbox.region,
      resources: [alarm.AlarmArn],
      detail: {
        alarmName: alarm.AlarmName,
        state: {
          value: state,
          reason,
          reasonData: JSON.stringify({ version: '1.0', recentDatapoints: [value], threshold: t }),
          timestamp: iso(now),
        },
        previousState: previous,
        configuration: {
          metrics: [
            {
              id: randomUUID(),
              metricStat: {
                metric: { namespace: alarm.Namespace, name: alarm.MetricName, dimensions: dims },
                period: alarm.Period,
                stat: alarm.Statistic,
              },
              returnData: true,
            },
          ],
        },
      },
    };
    for (const listener of this.stateChangeListeners) void listener(event);
  }
}

const invalid = (message: string) => new AwsError('InvalidParameterValue', message);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '.000+0000');
const sorted = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
