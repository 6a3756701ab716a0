import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { UserError } from '../../core/errors.js';
import { awsFor } from '../aws-options.js';
import {
  executionConsoleUrl,
  executionsTable,
  type ExecutionSummary,
} from '../../core/pipelines/executions.js';
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const name = inputs['pipeline-name'];
  const maxResults = inputs['max-results'];
  const sagemaker = sagemakerPipelines(awsFor(host, aws, spec.action));

  const pipeline = await sagemaker.describePipeline(name);
  if (!pipeline)
    throw new UserError(`pipeline '${name}' does not exist (DescribePipeline: ResourceNotFound)`);
  host.setOutput('pipeline-arn', pipeline.arn);

  const page = await sagemaker.listExecutions(name, undefined, { maxResults });
  const executions: ExecutionSummary[] = page.executions.map((e) => ({
    arn: e.arn,
    displayName: e.displayName,
    status: e.status,
    startTime: e.startTime === undefined ? undefined : new Date(e.startTime).toISOString(),
    description: e.description,
  }));

  const latest = executions[0];
  host.setOutput('latest-execution-arn', latest?.arn ?? '');
  host.setOutput('latest-status', latest?.status ?? '');
  host.setOutput('executions', executions);
  for (const e of executions) host.info(`${e.status.padEnd(10)} ${e.arn}`);
  if (!latest) host.info(`Pipeline ${name} has no executions yet.`);
  await host.appendSummary(executionsTable(pipeline.name, executions, executionConsoleUrl));
}
