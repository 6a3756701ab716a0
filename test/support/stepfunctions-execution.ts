import type { Clock } from '../../src/core/clock.js';
import type { StepFunctionsGateway } from '../../src/core/stepfunctions/follow.js';
import type { HistoryEvent } from '../../src/core/stepfunctions/history.js';
import { simulate, type TaskScript } from '../sandbox/aws/stepfunctions-run.js';
import { RELEASE } from '../fixtures/stepfunctions/machines.js';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:churn-release:e1';

/**
 * A Standard execution run ahead of time (the sandbox's interpreter), its history served in pages
 * of `page` events as time passes; tokens are offsets, and `expired` makes the next token-bearing
 * read fail as an expired token does. For core's tests and benchmarks (no HTTP in between).
 */
export function simulatedExecution(
  clock: Clock,
  tasks: Record<string, TaskScript>,
  page = 5,
  definition: object = RELEASE,
  /** How long the machine's previous successful execution took (none: undefined). */
  previousMs?: number,
) {
  const start = clock.now();
  const sim = simulate(definition, {}, clock.now(), new Map(Object.entries(tasks)));
  const reads: (string | undefined)[] = [];
  const stops: unknown[][] = [];
  let expired = false;
  let calls = 0;
  const visible = (): HistoryEvent[] =>
    sim.events
      .filter((e) => e.at <= clock.now())
      .map((e) => {
        const d = (e.details ?? {}) as Record<string, string>;
        return {
          id: e.id!,
          ...(e.prev?.id ? { previousEventId: e.prev.id } : {}),
          type: e.type,
          timestamp: e.at,
          ...(d.name && /State(Entered|Exited)$/.test(e.type) ? { stateName: d.name } : {}),
          ...(d.error ? { error: d.error } : {}),
          ...(d.cause !== undefined ? { cause: d.cause } : {}),
        };
      });
  const gw: StepFunctionsGateway = {
    stateMachine: async () => ({ type: 'STANDARD' }),
    start: async () => ({ executionArn: ARN }),
    startSync: async () => {
      throw new Error('not Express');
    },
    async describe() {
      calls++;
      return {
        executionArn: ARN,
        status: clock.now() >= sim.end ? sim.status : 'RUNNING',
        ...(sim.output ? { output: sim.output } : {}),
        ...(sim.error ? { error: sim.error, cause: sim.cause } : {}),
      };
    },
    async history(_arn, token) {
      reads.push(token);
      calls++;
      if (token && expired) {
        expired = false;
        throw Object.assign(new Error('expired'), { name: 'InvalidToken' });
      }
      const from = token ? Number(token) : 0;
      const all = visible();
      const more = from + page < all.length;
      return { events: all.slice(from, from + page), ...(more ? { nextToken: String(from + page) } : {}) };
    },
    stop: async (...args) => void stops.push(args),
    definitionFor: async () => JSON.stringify(definition),
    async previousExecution() {
      calls++;
      return previousMs
        ? { startTime: start - 86_400_000, endTime: start - 86_400_000 + previousMs }
        : undefined;
    },
  };
  return { gw, sim, reads, stops, expire: () => (expired = true), calls: () => calls };
}
