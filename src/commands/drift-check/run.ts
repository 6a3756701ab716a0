import { cloudWatchMetrics } from '../../aws/cloudwatch.js';
import { driftData } from '../../aws/drift-data.js';
import { captureFiles, ensureAlarm, publishDatums, summarizeFiles } from '../../core/drift/check.js';
import { driftAlarm, driftDatums } from '../../core/drift/cloudwatch.js';
import { driftMetrics, featureDrift, maxPsi } from '../../core/drift/psi.js';
import { headline, renderDriftReport, type DriftOutcome } from '../../core/drift/render.js';
import { checkThresholdFeatures, driftVerdict, parseDriftThresholds } from '../../core/drift/verdict.js';
import { splitS3Uri } from '../../core/drift/window.js';
import { OutcomeError, UserError } from '../../core/errors.js';
import { locationText } from '../../core/metrics/sources.js';
import type { RunContext } from '../../hosts/host.js';
import { awsFor } from '../aws-options.js';
import { readBaseline } from '../drift-locations.js';
import { spec } from './spec.js';

export async function run({ host, inputs, aws: awsInputs }: RunContext<typeof spec>): Promise<void> {
  const endpoint = inputs['endpoint-name'];
  const thresholds = inputs.thresholds ?? parseDriftThresholds('thresholds', '');
  const minRecords = inputs['min-records'];
  const namespace = inputs.namespace;
  const alarmName = inputs['alarm-name'] ?? `${endpoint}-drift`;
  const aws = awsFor(host, awsInputs, spec.action);
  const s3 = driftData(aws);

  const baseline = await readBaseline(s3, host.run.workspace, inputs.baseline);
  checkThresholdFeatures(thresholds, baseline);

  const { bucket, prefix } = splitS3Uri(inputs['capture-s3-uri']);
  const endMs = host.clock.now();
  const windowMs = inputs.window;
  const keys = await captureFiles(s3, { bucket, prefix, endpoint, variant: inputs.variant, endMs, windowMs });
  host.info(
    `Reading ${keys.length} capture file${keys.length === 1 ? '' : 's'} of ${endpoint} (${windowText(endMs, windowMs)}).`,
  );
  const started = performance.now();
  const summary = await summarizeFiles(s3, bucket, keys, baseline, host);
  const seconds = (performance.now() - started) / 1000;
  host.info(
    `Read ${summary.records} records (${summary.malformed} malformed lines) in ${seconds.toFixed(1)} s: ` +
      `${Math.round(summary.records / Math.max(seconds, 1e-3))} records/s.`,
  );
  host.setOutput('records-read', summary.records);
  host.setOutput('malformed-lines', summary.malformed);
  host.setOutput('files-read', keys.length);

  const features = featureDrift(baseline, summary);
  const metrics = driftMetrics(features, summary);
  const verdict = driftVerdict(thresholds, metrics, features);
  const outcome: DriftOutcome =
    summary.records < minRecords
      ? 'insufficient-data'
      : verdict.drifted.length || verdict.outcomes.some((o) => o.result === 'fail')
        ? 'drift'
        : 'pass';
  const max = maxPsi(features);
  host.setOutput('outcome', outcome);
  host.setOutput('metrics', metrics);
  if (outcome !== 'insufficient-data') {
    host.setOutput('drifted-features', verdict.drifted);
    host.setOutput('max-psi', max === null ? '' : max);
  }

  const report = {
    endpoint,
    window: windowText(endMs, windowMs),
    baseline: locationText(inputs.baseline),
    files: keys.length,
    summary,
    minRecords,
    outcome,
    features,
    outcomes: verdict.outcomes,
    drifted: verdict.drifted,
  };
  await host.appendSummary(renderDriftReport(report));
  if (summary.malformed) {
    host.warning(
      `${summary.malformed} capture line${summary.malformed === 1 ? '' : 's'} could not be read and ${summary.malformed === 1 ? 'was' : 'were'} skipped (see the job summary).`,
    );
  }

  const cloudwatch = cloudWatchMetrics(aws);
  if (inputs.alarm) {
    // Before the data: the first drifted datapoint is then already watched.
    const change = await ensureAlarm(cloudwatch, driftAlarm(alarmName, namespace, endpoint));
    host.setOutput('alarm-name', alarmName);
    host.info(`Alarm ${alarmName}: ${change}.`);
  }
  if (inputs['publish-metrics']) {
    // Too few records: only the count; a drift figure from a handful of records would move the alarm.
    const datums = driftDatums(
      endpoint,
      outcome === 'insufficient-data' ? [] : features,
      {
        maxPsi: outcome === 'insufficient-data' ? null : max,
        drifted: verdict.drifted.length,
        records: summary.records,
      },
      new Date(endMs),
    );
    const published =
      outcome === 'insufficient-data' ? datums.filter((d) => d.MetricName === 'RecordsRead') : datums;
    const requests = await publishDatums(cloudwatch, namespace, published);
    host.info(
      `Published ${published.length} metrics to ${namespace} in ${requests} request${requests === 1 ? '' : 's'}.`,
    );
  }

  const line = headline(report);
  if (outcome === 'insufficient-data') {
    if (inputs['on-insufficient-data'] === 'fail') throw new UserError(line.replace(/^\S+ /, ''), 1);
    host.warning(line.replace(/^\S+ /, ''));
    return;
  }
  if (outcome === 'drift' && inputs['fail-on-drift']) throw new OutcomeError(line.replace(/^\S+ /, ''));
  host.info(line.replace(/^\S+ /, ''));
}

function windowText(endMs: number, windowMs: number): string {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  return `${iso(endMs - windowMs)} – ${iso(endMs)} UTC`;
}
