import { randomUUID } from 'node:crypto';
import { AwsError, epochSeconds, type AwsSandbox, type Handler } from './server.js';
import { number, simulate, wireEvent, type Simulation, type TaskScript } from './stepfunctions-run.js';

/**
 * Step Functions in the sandbox, as the API reference describes it (JSON 1.0, target
 * `AWSStepFunctions.<Operation>`): Standard and Express state machines whose ASL definitions run
 * ahead of time (./stepfunctions-run.ts) and are revealed as sandbox time passes. StartExecution
 * (idempotent for the same name and input while running, ExecutionAlreadyExists otherwise; name and
 * input limits), StartSyncExecution (Express only; answers when the execution ends),
 * DescribeStateMachine, DescribeExecution, ListExecutions, GetExecutionHistory (maxResults ≤ 1000, nextToken,
 * reverseOrder, includeExecutionData), StopExecution, DescribeStateMachineForExecution.
 */
export interface SandboxMachine {
  arn: string;
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  definition: string;
}

export interface SandboxExecution {
  arn: string;
  name: string;
  machine: SandboxMachine;
  input: string;
  start: number;
  sim: Simulation;
  stopped?: { at: number; error?: string; cause?: string };
}

// eslint-disable-next-line no-control-regex -- the API refuses control characters in names
const NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f\ufffe\uffff]{1,80}$/;
const TOKEN_LIFE_MS = 24 * 3_600_000;

export class StepFunctionsWorld {
  readonly machines = new Map<string, SandboxMachine>();
  readonly executions: SandboxExecution[] = [];
  /** What each Task state does, by state name. */
  readonly tasks = new Map<string, TaskScript>();

  constructor(readonly sandbox: AwsSandbox) {
    const on = (op: string, fn: Handler) => sandbox.on(`AWSStepFunctions.${op}`, fn);
    on('DescribeStateMachine', (i: { stateMachineArn: string }) => {
      const m = this.machine(i.stateMachineArn);
      return { ...this.machineView(m), status: 'ACTIVE', creationDate: epochSeconds(this.sandbox.now()) };
    });
    on('StartExecution', (i) => this.start(i));
    on('StartSyncExecution', (i) => this.startSync(i));
    on('DescribeExecution', (i: { executionArn: string }) => this.describe(this.execution(i.executionArn)));
    on('GetExecutionHistory', (i) => this.history(i));
    on('StopExecution', (i: { executionArn: string; error?: string; cause?: string }) => {
      const e = this.execution(i.executionArn);
      if (this.status(e) === 'RUNNING') this.stop(e, i.error, i.cause);
      return { stopDate: epochSeconds(e.stopped?.at ?? e.sim.end) };
    });
    on('ListExecutions', (i: { stateMachineArn: string; statusFilter?: string; maxResults?: number }) => {
      const m = this.machine(i.stateMachineArn);
      const list = this.executions
        .filter((e) => e.machine === m && (!i.statusFilter || this.status(e) === i.statusFilter))
        .reverse()
        .slice(0, i.maxResults || 100);
      return {
        executions: list.map((e) => {
          const d = this.describe(e);
          return {
            executionArn: e.arn,
            stateMachineArn: m.arn,
            name: e.name,
            status: d.status,
            startDate: d.startDate,
            ...(d.stopDate !== undefined ? { stopDate: d.stopDate } : {}),
          };
        }),
      };
    });
    on('DescribeStateMachineForExecution', (i: { executionArn: string }) => {
      const e = this.execution(i.executionArn);
      return { ...this.machineView(e.machine), updateDate: epochSeconds(e.start) };
    });
  }

  addMachine(name: string, definition: object, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): string {
    const arn = this.sandbox.arn('states', `stateMachine:${name}`);
    this.machines.set(arn, { arn, name, type, definition: JSON.stringify(definition, null, 2) });
    return arn;
  }

  status(e: SandboxExecution): string {
    if (e.stopped) return 'ABORTED';
    return this.sandbox.now() >= e.sim.end ? e.sim.status : 'RUNNING';
  }

  private machineView(m: SandboxMachine) {
    return {
      stateMachineArn: m.arn,
      name: m.name,
      definition: m.definition,
      roleArn: this.sandbox.arn('iam', 'role/StepFunctionsRole').replace(`:${this.sandbox.region}:`, '::'),
      type: m.type,
    };
  }

  /** Versions (`:<n>`) run the machine's definition; an alias or a Distributed Map label is refused. */
  private machine(arn: string): SandboxMachine {
    if (arn.length > 256 || !arn.startsWith('arn:'))
      throw new AwsError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${arn}'`);
    const base = arn.split(':').slice(0, 7).join(':');
    const m = this.machines.get(/:\d+$/.test(arn) ? base : arn);
    if (!m) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return m;
  }

  private execution(arn: string): SandboxExecution {
    const e = this.executions.find((x) => x.arn === arn);
    if (!e) throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    return e;
  }

  private validate(i: { name?: string; input?: string }): string {
    if (i.name !== undefined && !NAME.test(i.name))
      throw new AwsError('InvalidName', `Invalid Name: '${i.name}'`);
    const input = i.input ?? '{}';
    if (Buffer.byteLength(input, 'utf8') > 262_144)
      throw new AwsError(
        'ValidationException',
        "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144",
      );
    try {
      JSON.parse(input);
    } catch {
      throw new AwsError(
        'InvalidExecutionInput',
        `Invalid State Machine Execution Input: '${input.slice(0, 80)}'`,
      );
    }
    return input;
  }

  private create(m: SandboxMachine, arn: string, name: string, input: string): SandboxExecution {
    const start = this.sandbox.now();
    const sim = simulate(JSON.parse(m.definition), JSON.parse(input), start, this.tasks);
    const e = { arn, name, machine: m, input, start, sim };
    this.executions.push(e);
    return e;
  }

  private start(i: { stateMachineArn: string; name?: string; input?: string; traceHeader?: string }) {
    const m = this.machine(i.stateMachineArn);
    const input = this.validate(i);
    const name = i.name ?? randomUUID();
    const arn = this.sandbox.arn('states', `execution:${m.name}:${name}`);
    const same = this.executions.find((e) => e.arn === arn);
    if (same) {
      // Idempotent only while it runs, and only for the same input.
      if (this.status(same) !== 'RUNNING' || same.input !== input)
        throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
      return { executionArn: arn, startDate: epochSeconds(same.start) };
    }
    const e = this.create(m, arn, name, input);
    return { executionArn: e.arn, startDate: epochSeconds(e.start) };
  }

  private async startSync(i: { stateMachineArn: string; name?: string; input?: string }) {
    const m = this.machine(i.stateMachineArn);
    if (m.type !== 'EXPRESS')
      throw new AwsError(
        'StateMachineTypeNotSupported',
        'This operation is not supported by this type of state machine',
      );
    const input = this.validate(i);
    const name = i.name ?? randomUUID();
    const e = this.create(
      m,
      this.sandbox.arn('states', `express:${m.name}:${name}:${randomUUID()}`),
      name,
      input,
    );
    // It answers when the execution ends.
    while (this.sandbox.now() < e.sim.end) {
      const realMs = (e.sim.end - this.sandbox.now()) / this.sandbox.clock.scale;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, realMs)));
    }
    return {
      ...this.describe(e),
      billingDetails: {
        billedMemoryUsedInMB: 64,
        billedDurationInMilliseconds: Math.max(100, e.sim.end - e.start),
      },
    };
  }

  private describe(e: SandboxExecution) {
    const status = this.status(e);
    const ended = status !== 'RUNNING';
    const error = e.stopped ? e.stopped.error : e.sim.error;
    const cause = e.stopped ? e.stopped.cause : e.sim.cause;
    return {
      executionArn: e.arn,
      stateMachineArn: e.machine.arn,
      name: e.name,
      status,
      startDate: epochSeconds(e.start),
      ...(ended ? { stopDate: epochSeconds(e.stopped?.at ?? e.sim.end) } : {}),
      input: e.input,
      inputDetails: { included: true },
      ...(status === 'SUCCEEDED' ? { output: e.sim.output, outputDetails: { included: true } } : {}),
      ...(ended && error !== undefined ? { error } : {}),
      ...(ended && cause !== undefined ? { cause } : {}),
      ...(e.machine.type === 'STANDARD' ? { redriveCount: 0, redriveStatus: 'NOT_REDRIVABLE' } : {}),
    };
  }

  stop(e: SandboxExecution, error?: string, cause?: string): void {
    const at = this.sandbox.now();
    e.stopped = { at, ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
    const events = e.sim.events.filter((x) => x.at <= at);
    const details = { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
    events.push({ type: 'ExecutionAborted', at, prev: events.at(-1)!, details });
    number(events);
    e.sim = { ...e.sim, events, end: at };
  }

  private history(i: {
    executionArn: string;
    maxResults?: number;
    reverseOrder?: boolean;
    nextToken?: string;
    includeExecutionData?: boolean;
  }) {
    const e = this.execution(i.executionArn);
    if (e.machine.type === 'EXPRESS')
      throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${i.executionArn}'`);
    const max = i.maxResults || 100;
    if (max < 0 || max > 1000)
      throw new AwsError(
        'ValidationException',
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
      );
    const now = this.sandbox.now();
    let visible = e.sim.events.filter((x) => x.at <= now);
    if (i.reverseOrder) visible = [...visible].reverse();
    let from = 0;
    if (i.nextToken) {
      const t = decodeToken(i.nextToken);
      if (!t || t.arn !== e.arn || t.reverse !== Boolean(i.reverseOrder) || now - t.issued > TOKEN_LIFE_MS)
        throw new AwsError('InvalidToken', `Invalid Token: '${i.nextToken.slice(0, 40)}'`);
      from = t.from;
    }
    const page = visible.slice(from, from + max);
    const more = from + max < visible.length;
    return {
      events: page.map((x) => wireEvent(x, i.includeExecutionData !== false)),
      ...(more
        ? {
            nextToken: encodeToken({
              arn: e.arn,
              from: from + max,
              reverse: Boolean(i.reverseOrder),
              issued: now,
            }),
          }
        : {}),
    };
  }
}

interface Token {
  arn: string;
  from: number;
  reverse: boolean;
  issued: number;
}
function encodeToken(t: Token): string {
  return Buffer.from(JSON.stringify(t)).toString('base64');
}
function decodeToken(s: string): Token | undefined {
  try {
    return JSON.parse(Buffer.from(s, 'base64').toString('utf8')) as Token;
  } catch {
    return undefined;
  }
}
