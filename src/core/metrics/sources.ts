import { InputError, UserError } from '../errors.js';
import { parseMetricsReport, ReportError, type Metrics } from './report.js';

/** Where a report lives: an S3 object or a file in the workspace. */
export type ReportLocation =
  { kind: 's3'; bucket: string; key: string; uri: string } | { kind: 'file'; path: string };

export interface PackageInfo {
  arn: string;
  group?: string;
  version?: number;
  approvalStatus?: string;
  /** ModelMetrics.ModelQuality.Statistics.S3Uri */
  statisticsUri?: string;
}

export interface RegisteredPackage {
  stepName: string;
  stepStatus: string;
  arn: string;
}

/** The AWS calls behind the sources (implemented in src/aws/model-registry.ts). */
export interface RegistryGateway {
  describePackage(arn: string): Promise<PackageInfo>;
  /** The newest Approved package in the group, other than `except`. */
  latestApproved(group: string, except?: string): Promise<PackageInfo | undefined>;
  /** Every RegisterModel step of the execution that produced a package (all pages). */
  registeredPackages(executionArn: string): Promise<RegisteredPackage[]>;
  /** The object's text; throws ReportError when it is missing. */
  getObject(bucket: string, key: string, uri: string): Promise<string>;
}

/** Reads a workspace file; throws ReportError when it is missing. */
export type FileReader = (path: string) => Promise<string>;

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;
const GROUP_NAME = /^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$/;

export function groupName(input: string, raw: string): string {
  const name = raw.replace(/^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package-group\//, '');
  if (!GROUP_NAME.test(name)) {
    throw new InputError(
      input,
      'must be a model package group name (1-63 letters, digits and hyphens) or its ARN',
      raw,
    );
  }
  return name;
}

/** `s3://bucket/key` or a workspace path. */
export function reportLocation(input: string, raw: string): ReportLocation {
  if (raw.startsWith('s3://')) {
    const m = S3_URI.exec(raw);
    if (!m) throw new InputError(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
    return { kind: 's3', bucket: m[1]!, key: m[2]!, uri: raw };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
    throw new InputError(input, 'must be an S3 URI (s3://bucket/key) or a file path', raw);
  return { kind: 'file', path: raw };
}

export function locationText(l: ReportLocation): string {
  return l.kind === 's3' ? l.uri : l.path;
}

export interface ResolvedMetrics {
  /** What to call it in the report. */
  label: string;
  metrics: Metrics;
  package?: PackageInfo;
}

export async function readReport(
  location: ReportLocation,
  aws: RegistryGateway,
  readFile: FileReader,
): Promise<Metrics> {
  const text =
    location.kind === 's3'
      ? await aws.getObject(location.bucket, location.key, location.uri)
      : await readFile(location.path);
  return parseMetricsReport(text, locationText(location));
}

/** The candidate's (or a given baseline's) package and its model-quality report. */
export async function packageMetrics(
  info: PackageInfo,
  aws: RegistryGateway,
  readFile: FileReader,
): Promise<Metrics | undefined> {
  if (!info.statisticsUri) return undefined;
  const location = reportLocation('ModelMetrics.ModelQuality.Statistics.S3Uri', info.statisticsUri);
  return readReport(location, aws, readFile);
}

/** The package a pipeline execution registered: its one succeeded RegisterModel step. */
export async function executionPackage(arn: string, aws: RegistryGateway): Promise<string> {
  const registered = await aws.registeredPackages(arn);
  const succeeded = registered.filter((r) => r.stepStatus === 'Succeeded');
  if (succeeded.length === 1) return succeeded[0]!.arn;
  if (succeeded.length > 1) {
    throw new UserError(
      `pipeline execution ${arn} registered ${succeeded.length} model packages (${succeeded
        .map((s) => `${s.stepName}: ${s.arn}`)
        .join(', ')}); give the one to report as 'model-package-arn'`,
      2,
    );
  }
  throw new UserError(
    `pipeline execution ${arn} has no succeeded RegisterModel step, so no model package to report ` +
      '(the execution may still be running, or a condition step skipped registration)',
    1,
  );
}

export { ReportError };
