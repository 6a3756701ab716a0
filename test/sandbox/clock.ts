/**
 * Time shared by the sandbox and the action under test. The action runs in another process, so
 * they agree through SAGEMAKER_CICD_TIME_SCALE/EPOCH: both see epoch + (real elapsed × scale).
 */
export interface SandboxClock {
  now(): number;
  scale: number;
  epoch: number;
  /** Environment for the child process so its clock matches this one. */
  env: Record<string, string>;
}

export function scaledClock(scale = 1, epoch = Date.now()): SandboxClock {
  return {
    now: () => epoch + (Date.now() - epoch) * scale,
    scale,
    epoch,
    env:
      scale > 1 ? { SAGEMAKER_CICD_TIME_SCALE: String(scale), SAGEMAKER_CICD_TIME_EPOCH: String(epoch) } : {},
  };
}

/** A clock moved by hand, for in-process tests of the sandbox itself. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    scale: 1,
    epoch: start,
    env: {} as Record<string, string>,
  };
}
