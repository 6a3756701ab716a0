/**
 * The capture files of a time window. SageMaker writes them under
 * `<DestinationS3Uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/` by the hour of the invocation (UTC), so
 * a window is read hour by hour: every hour that overlaps [end − window, end).
 */
export function windowHours(endMs: number, windowMs: number): string[] {
  const HOUR = 3_600_000;
  const first = Math.floor((endMs - windowMs) / HOUR) * HOUR;
  const hours: string[] = [];
  for (let t = first; t < endMs; t += HOUR) {
    const d = new Date(t);
    const two = (n: number) => String(n).padStart(2, '0');
    hours.push(
      `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCHours())}/`,
    );
  }
  return hours;
}

/** `s3://bucket/prefix` → bucket and prefix (no trailing slash). */
export function splitS3Uri(uri: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!m) throw new Error(`not an S3 URI: ${uri}`);
  return { bucket: m[1]!, prefix: m[2]!.replace(/\/+$/, '') };
}

/** The key prefix of one endpoint variant's hour. */
export function hourPrefix(prefix: string, endpoint: string, variant: string, hour: string): string {
  return `${prefix ? `${prefix}/` : ''}${endpoint}/${variant}/${hour}`;
}
