/**
 * One waited scenario of the pipeline-wait benchmark, also run by a unit test that holds the
 * K-executions cost target (not a benchmark itself: scripts/bench.ts runs only the files directly
 * in scripts/bench/). K executions of the scripted 60-minute churn pipeline, started
 * together, waited on by the core wait loop with the real SageMaker gateway over the loopback
 * sandbox, on a VirtualClock. Counts status and step-list calls and each execution's detection lag;
 * with `details`, the wait also follows the training jobs (JobProgress, as the actions run it, with
 * its after-wait reads), and their calls are counted apart.
 */
import { sagemakerJobs } from '../../../src/aws/sagemaker-jobs.js';
import { sagemakerPipelines } from '../../../src/aws/sagemaker-pipelines.js';
import { JobProgress } from '../../../src/core/pipelines/job-progress.js';
import { VirtualClock } from '../../../test/support/virtual-clock.js';
import { MemoryLog } from '../../../test/support/memory-log.js';
import type { PollPolicy } from '../../../src/core/wait/schedule.js';
import { waitForExecutions } from '../../../src/core/pipelines/wait.js';
import { AwsSandbox } from '../../../test/sandbox/aws/server.js';
import { LogsWorld } from '../../../test/sandbox/aws/cloudwatch-logs.js';
import { PipelinesWorld } from '../../../test/sandbox/aws/sagemaker-pipelines.js';
import {
  PipelineRuns,
  churnScript,
  type PipelineScript,
} from '../../../test/sandbox/aws/sagemaker-executions.js';

export function jittered(script: PipelineScript, jitter: number, seed: number): PipelineScript {
  let s = seed * 2654435761;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return {
    ...script,
    steps: script.steps.map((st) => ({
      ...st,
      durationMs: Math.round(st.durationMs * (1 + (2 * random() - 1) * jitter)),
    })),
  };
}

/** The sandbox on a VirtualClock, started, and the real SageMaker gateway to it (as `action`). */
export async function churnSandbox(
  clock: VirtualClock,
  action: string,
  /** Worlds to add before the sandbox starts (e.g. the jobs' logs). */
  setup: (aws: AwsSandbox, runs: PipelineRuns) => void = () => {},
) {
  const aws = new AwsSandbox({ clock: { now: () => clock.now(), scale: 1, epoch: clock.now(), env: {} } });
  const runs = new PipelineRuns(new PipelinesWorld(aws));
  setup(aws, runs);
  await aws.start();
  const env = aws.env();
  const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };
  const context = { env, action, credentials: async () => credentials };
  return { aws, runs, gateway: sagemakerPipelines(context), context };
}

export interface Measure {
  statusCalls: number;
  stepCalls: number;
  /** DescribeTrainingJob, DescribeProcessingJob, DescribeLogStreams, GetLogEvents: during the wait, and after it. */
  detailCalls: number;
  detailCallsAfter: number;
  waitedMs: number;
  lags: number[];
}

export async function scenario(
  policy: PollPolicy,
  k: number,
  jitter: number,
  seed: number,
  history = true,
  extra: { details?: boolean; failAt?: string } = {},
): Promise<Measure> {
  const clock = new VirtualClock();
  const { aws, runs, context } = await churnSandbox(clock, 'wait-pipeline', (aws, runs) => {
    if (extra.details) runs.jobs.serveLogs(new LogsWorld(aws));
  });
  try {
    runs.addPipeline('churn-train', churnScript());
    if (history) runs.addRun('churn-train', 'previous', clock.now() - 86_400_000);
    const t0 = clock.now();
    const arns = Array.from(
      { length: k },
      (_, i) =>
        runs.addRun(
          'churn-train',
          `run${i}`,
          t0,
          jittered(churnScript(extra.failAt ? { failAt: extra.failAt } : {}), jitter, seed * 100 + i),
        ).arn,
    );
    clock.advance(5_000); // the wait begins as start-pipeline hands over
    const gateway = sagemakerPipelines(context);
    const log = new MemoryLog();
    const jobs = extra.details ? new JobProgress(sagemakerJobs(context), log, clock) : undefined;
    const before = aws.requests.length;
    const detected = new Map<string, number>();
    const waitStart = clock.now();
    const result = await waitForExecutions({
      executions: arns,
      gateway,
      clock,
      log,
      ...(jobs ? { jobs } : {}),
      timeoutMs: 3 * 3_600_000,
      policy,
      stopOnCancel: false,
      onTerminal: (arn, _s, at) => detected.set(arn, at),
    });
    const ops = aws.requests.slice(before).map((r) => r.operation);
    const afterWait = aws.requests.length;
    await jobs?.complete(result.executions);
    const isDetail = (o: string) =>
      ['DescribeTrainingJob', 'DescribeProcessingJob', 'DescribeLogStreams', 'GetLogEvents'].includes(o);
    const ends = arns.map(
      (arn) =>
        runs.timeline(
          runs.world.executions.find((e) => e.arn === arn)!,
          clock.now(),
        )!.end,
    );
    const lastDetected = Math.max(...detected.values());
    return {
      statusCalls: ops.filter((o) => o === 'DescribePipelineExecution' || o === 'ListPipelineExecutions')
        .length,
      stepCalls: ops.filter((o) => o === 'ListPipelineExecutionSteps').length,
      detailCalls: ops.filter(isDetail).length,
      detailCallsAfter: aws.requests.slice(afterWait).filter((r) => isDetail(r.operation)).length,
      waitedMs: lastDetected - waitStart,
      lags: arns.map((arn, i) => detected.get(arn)! - ends[i]!),
    };
  } finally {
    await aws.stop();
  }
}
