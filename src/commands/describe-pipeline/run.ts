import {
  DescribePipelineCommand,
  ListPipelineExecutionsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { clientConfig } from '../../aws/clients.js';
import { awsOptions } from '../aws-options.js';
import {
  executionConsoleUrl,
  executionsTable,
  type ExecutionSummary,
} from '../../core/pipelines/executions.js';
import type { RunContext } from '../../hosts/host.js';
import type { spec } from './spec.js';

export async function run({ host, inputs, aws }: RunContext<typeof spec>): Promise<void> {
  const name = inputs['pipeline-name'];
  const maxResults = inputs['max-results'];
  const sagemaker = new SageMakerClient(clientConfig(host.env, 'SAGEMAKER', awsOptions(host, aws)));

  const pipeline = await sagemaker.send(new DescribePipelineCommand({ PipelineName: name }));
  host.setOutput('pipeline-arn', pipeline.PipelineArn ?? '');

  const page = await sagemaker.send(
    new ListPipelineExecutionsCommand({
      PipelineName: name,
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: maxResults,
    }),
  );
  const executions: ExecutionSummary[] = (page.PipelineExecutionSummaries ?? []).map((e) => ({
    arn: e.PipelineExecutionArn ?? '',
    displayName: e.PipelineExecutionDisplayName,
    status: e.PipelineExecutionStatus ?? 'Unknown',
    startTime: e.StartTime?.toISOString(),
    description: e.PipelineExecutionDescription,
  }));

  const latest = executions[0];
  host.setOutput('latest-execution-arn', latest?.arn ?? '');
  host.setOutput('latest-status', latest?.status ?? '');
  host.setOutput('executions', executions);
  for (const e of executions) host.info(`${e.status.padEnd(10)} ${e.arn}`);
  if (!latest) host.info(`Pipeline ${name} has no executions yet.`);
  await host.appendSummary(executionsTable(pipeline.PipelineName ?? name, executions, executionConsoleUrl));
}
