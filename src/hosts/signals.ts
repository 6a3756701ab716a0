/**
 * Turns SIGINT (GitHub's cancel) and SIGTERM into an AbortSignal, so waits can stop the remote
 * work they started. A second signal exits at once: the runner is out of patience by then.
 */
export function cancellationSignal(onSecond: () => void = () => process.exit(130)): AbortSignal {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return onSecond();
    controller.abort(new Error(`received ${signal}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return controller.signal;
}
