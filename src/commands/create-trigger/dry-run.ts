import { AwsNotConfiguredError } from '../../aws/errors.js';
import type { Log } from '../../core/log.js';
import type { EventBridgeGateway } from '../../core/triggers/apply.js';

/**
 * A dry run's reads: from AWS when it can be called, so the plan shows only what would change.
 * With no region or no credentials (planning on a laptop), the plan is made as if nothing existed
 * yet, and says so once; a real run needs AWS and fails as usual.
 */
export class DryRunReads {
  /** Why AWS was not read, once it could not be. */
  offline: string | undefined;

  constructor(
    private readonly dryRun: boolean,
    private readonly log: Log,
  ) {}

  async read<T>(read: () => Promise<T>, absent: T): Promise<T> {
    if (this.offline !== undefined) return absent;
    try {
      return await read();
    } catch (err) {
      if (!this.dryRun || !(err instanceof AwsNotConfiguredError)) throw err;
      this.offline = err.message;
      this.log.warning(
        `Dry run without AWS (${err.message}): nothing was compared with what exists; everything shows as it would be created`,
      );
      return absent;
    }
  }
}

/** For a dry run: reads go to EventBridge (if it can be called), writes are only recorded. */
export function readOnly(gw: EventBridgeGateway, reads: DryRunReads): EventBridgeGateway {
  const placeholder = async () => '(created on apply)';
  const nothing = async () => {};
  return {
    describeRule: (name) => reads.read(() => gw.describeRule(name), undefined),
    listTargets: (rule) => reads.read(() => gw.listTargets(rule), []),
    describeConnection: (name) => reads.read(() => gw.describeConnection(name), undefined),
    describeApiDestination: (name) => reads.read(() => gw.describeApiDestination(name), undefined),
    putRule: async () => '',
    putTargets: nothing,
    removeTargets: nothing,
    createConnection: placeholder,
    updateConnection: nothing,
    createApiDestination: placeholder,
    updateApiDestination: placeholder,
  };
}
