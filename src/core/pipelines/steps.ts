import type { StepState } from './gateway.js';

/** What a finished execution decided: its condition steps' outcomes and the model it registered. */
export interface ExecutionOutcome {
  /** Condition step name → "True" / "False". */
  conditions: Record<string, string>;
  modelPackageArn: string;
}

export function outcomeOf(steps: StepState[]): ExecutionOutcome {
  const conditions: Record<string, string> = {};
  let modelPackageArn = '';
  // Oldest first, so that the latest RegisterModel wins when there are several.
  for (const s of [...steps].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
    const outcome = dig(s.metadata, 'Condition', 'Outcome');
    if (typeof outcome === 'string') conditions[s.name] = outcome;
    const registered = dig(s.metadata, 'RegisterModel', 'Arn');
    if (typeof registered === 'string' && registered) modelPackageArn = registered;
  }
  return { conditions, modelPackageArn };
}

/** `condition-outcome`: "true" / "false" when the pipeline has exactly one condition step, else "". */
export function singleConditionOutcome(conditions: Record<string, string>): string {
  const values = Object.values(conditions);
  return values.length === 1 ? values[0]!.toLowerCase() : '';
}

/** The `steps` output: one object per step, in the order they started. */
export function stepsOutput(steps: StepState[]) {
  return [...steps]
    .sort((a, b) => (a.startTime ?? Infinity) - (b.startTime ?? Infinity))
    .map((s) => ({
      name: s.name,
      type: stepType(s),
      status: s.status,
      start: s.startTime ? new Date(s.startTime).toISOString() : null,
      end: s.endTime ? new Date(s.endTime).toISOString() : null,
      ...(s.failureReason ? { failureReason: s.failureReason } : {}),
      ...(s.reusedFrom ? { reusedFrom: s.reusedFrom } : {}),
    }));
}

const METADATA_TYPES: Record<string, string> = {
  TrainingJob: 'Training',
  ProcessingJob: 'Processing',
  TransformJob: 'Transform',
  TuningJob: 'Tuning',
  Model: 'Model',
  RegisterModel: 'RegisterModel',
  Condition: 'Condition',
  Callback: 'Callback',
  Lambda: 'Lambda',
  EMR: 'EMR',
  QualityCheck: 'QualityCheck',
  ClarifyCheck: 'ClarifyCheck',
  Fail: 'Fail',
  AutoMLJob: 'AutoML',
  Endpoint: 'Endpoint',
  EndpointConfig: 'EndpointConfig',
};

/** The step's type, read from which Metadata member it carries. */
function stepType(s: StepState): string {
  for (const key of Object.keys(s.metadata ?? {})) if (METADATA_TYPES[key]) return METADATA_TYPES[key]!;
  return '';
}

/** The ARN of the job a step ran (training, processing, transform, tuning...), if any. */
function jobArn(s: StepState): string | undefined {
  for (const key of ['TrainingJob', 'ProcessingJob', 'TransformJob', 'TuningJob', 'AutoMLJob', 'Lambda']) {
    const arn = dig(s.metadata, key, 'Arn');
    if (typeof arn === 'string' && arn) return arn;
  }
  return undefined;
}

const LOG_GROUPS: Record<string, string> = {
  'training-job': '/aws/sagemaker/TrainingJobs',
  'processing-job': '/aws/sagemaker/ProcessingJobs',
  'transform-job': '/aws/sagemaker/TransformJobs',
};

/**
 * A CloudWatch Logs console link for a job ARN (its streams are prefixed by the job name: `jobName`
 * when known, as SageMaker spells it; the ARN's is lower-cased).
 */
function logsUrl(arn: string, jobName?: string): string | undefined {
  const m = /^arn:(aws[a-z-]*):(sagemaker|lambda):([a-z0-9-]+):\d{12}:([a-z-]+)[/:](.+)$/.exec(arn);
  if (!m) return undefined;
  const [, partition, service, region, kind] = m;
  const name = jobName ?? m[5];
  const group = service === 'lambda' ? `/aws/lambda/${name}` : LOG_GROUPS[kind!];
  if (!group) return undefined;
  const host = partition === 'aws-cn' ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
  const enc = (s: string) => encodeURIComponent(s).replace(/%/g, '$25');
  const filter = service === 'lambda' ? '' : `${enc('?logStreamNameFilter=')}${enc(name!)}`;
  return `https://${region}.${host}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}${filter}`;
}

/** Lines describing how steps changed between two listings, e.g. `Train: Executing → Succeeded (12m 3s)`. */
export function stepTransitions(
  before: StepState[],
  after: StepState[],
): { step: StepState; line: string }[] {
  const previous = new Map(before.map((s) => [s.name, s.status]));
  const out: { step: StepState; line: string }[] = [];
  for (const s of [...after].sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0))) {
    const was = previous.get(s.name);
    if (was === s.status) continue;
    const took =
      s.startTime !== undefined && s.endTime !== undefined ? ` (${formatSpan(s.endTime - s.startTime)})` : '';
    // A selective run's step that did not run: its outputs come from another execution.
    const line = s.reusedFrom
      ? `${s.name}: reused from ${s.reusedFrom.slice(s.reusedFrom.lastIndexOf('/') + 1)}`
      : `${s.name}: ${was ?? 'new'} → ${s.status}${took}`;
    out.push({ step: s, line });
  }
  return out;
}

/** The steps known so far, updated with a partial listing (the newest page): matched by name. */
export function mergeSteps(known: StepState[], page: StepState[]): StepState[] {
  const byName = new Map(known.map((s) => [s.name, s]));
  for (const s of page) byName.set(s.name, s);
  return [...byName.values()];
}

/** Lines that explain a failed step: its reason, the job it ran and where its logs are. */
export function failureDetails(s: StepState, jobName?: string): string[] {
  const lines = [`step ${s.name} failed: ${s.failureReason ?? 'no reason given'}`];
  const arn = jobArn(s);
  if (arn) lines.push(`  job: ${arn}`);
  const logs = arn ? logsUrl(arn, jobName) : undefined;
  if (logs) lines.push(`  logs: ${logs}`);
  return lines;
}

export function formatSpan(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${sec}s`;
  return `${sec}s`;
}

function dig(obj: unknown, ...path: string[]): unknown {
  let v = obj;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}
