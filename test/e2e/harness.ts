/**
 * The e2e harness: run a bundled action (or the CLI) under Node 24 against the loopback sandbox.
 * See test/sandbox/README.md. Typical test:
 *
 *   const aws = await startAws();             // sandbox with SageMaker pipelines registered
 *   const result = await runAction('describe-pipeline', { aws, inputs: { 'pipeline-name': 'churn' } });
 *   expect(result.outputs['latest-status']).toBe('Succeeded');
 *   expect(aws.calls('ListPipelineExecutions')[0].body).toEqual({...});
 */
export {
  runAction,
  runCli,
  parseOutputFile,
  pullRequestEvent,
  REPOSITORY,
  HEAD_SHA,
} from '../sandbox/runner.js';
export type { RunOptions, RunResult } from '../sandbox/runner.js';
export { AwsSandbox, AwsError } from '../sandbox/aws/server.js';
export { GitHubSandbox } from '../sandbox/github.js';
export { scaledClock } from '../sandbox/clock.js';
