import type { CheckAnnotation } from './publish.js';
import type { ThresholdOutcome } from './thresholds.js';

/**
 * One failure annotation per failed threshold, on the line of `file` where the threshold is
 * written (found by its text; line 1 when the file cannot be read or does not hold it).
 */
export function thresholdAnnotations(
  failed: ThresholdOutcome[],
  path: string,
  fileText?: string,
): CheckAnnotation[] {
  const lines = fileText?.split('\n') ?? [];
  return failed.map((o) => {
    const index = lines.findIndex((l) => l.includes(o.threshold.text));
    const line = index >= 0 ? index + 1 : 1;
    return {
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      title: `Threshold failed: ${o.threshold.text}`,
      message: o.reason ?? `${o.threshold.text} failed`,
    };
  });
}

/** The workflow file's path in the repository, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
export function workflowPath(
  workflowRef: string | undefined,
  repository: string | undefined,
): string | undefined {
  if (!workflowRef || !repository) return undefined;
  const prefix = `${repository}/`;
  if (!workflowRef.startsWith(prefix)) return undefined;
  const at = workflowRef.lastIndexOf('@');
  return workflowRef.slice(prefix.length, at > 0 ? at : undefined) || undefined;
}
