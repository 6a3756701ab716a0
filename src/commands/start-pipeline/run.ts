import { awsFor } from '../aws-options.js';
import { sagemakerJobs } from '../../aws/sagemaker-jobs.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { InputError, UserError } from '../../core/errors.js';
import { parseDefinition } from '../../core/pipelines/definition.js';
import { executionConsoleUrl } from '../../core/pipelines/executions.js';
import type { PipelineGateway, PipelineInfo } from '../../core/pipelines/gateway.js';
import { checkParameters } from '../../core/pipelines/parameters.js';
import { clientRequestToken, createToken } from '../../core/pipelines/start.js';
import type { Host, RunContext } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from '../wait-pipeline/report.js';
import { chooseSteps } from './selection.js';
import { spec } from './spec.js';

export async function run({ host, inputs, checked, aws }: RunContext<typeof spec>): Promise<void> {
  const name = inputs['pipeline-name'];
  const { definition, displayName: display, description: desc } = checked;
  const roleArn = inputs['role-arn'] ?? '';
  const version = inputs['pipeline-version-id'];
  const settings = inputs.wait
    ? { ...waitSettings(inputs), maxParallelSteps: inputs['max-parallel-steps'] }
    : undefined;

  const context = awsFor(host, aws, spec.action);
  const gateway = sagemakerPipelines(context);

  let pipeline = await gateway.describePipeline(name);
  if (definition) pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
  else host.setOutput('pipeline-changed', '');
  // A named version's own definition: its parameters are what the start is checked against.
  if (pipeline && version !== undefined) pipeline = await describeVersion(gateway, pipeline.name, version);
  if (!pipeline)
    throw new UserError(
      `pipeline '${name}' does not exist; create it, or give 'definition-file' and 'role-arn'`,
    );

  let graph;
  try {
    graph = parseDefinition(pipeline.definition);
  } catch (err) {
    throw new UserError(`pipeline '${name}': ${(err as Error).message}`);
  }
  const parameters = checkParameters('parameters', inputs.parameters, graph.parameters);
  const { plan, preface } = await chooseSteps(host, gateway, pipeline.name, graph, parameters, inputs);
  host.setOutput('selected-steps', plan ? plan.steps : '');
  host.setOutput('source-execution-arn', plan?.source.arn ?? '');

  const arn = await gateway.startExecution({
    pipelineName: name,
    parameters,
    displayName: display,
    description: desc,
    clientRequestToken: clientRequestToken(host.run, pipeline.name, parameters),
    maxParallelSteps: inputs['max-parallel-steps'],
    ...(plan ? { selective: { steps: plan.steps, sourceArn: plan.source.arn } } : {}),
    ...(version !== undefined ? { pipelineVersionId: version } : {}),
  });
  host.setOutput('execution-arn', arn);
  host.setOutput('execution-url', executionConsoleUrl(arn));
  host.info(`Started ${display}: ${arn}`);
  host.info(executionConsoleUrl(arn));
  if (!settings) {
    await host.appendSummary(
      `### ▶️ Started pipeline \`${pipeline.name}\`\n\n[${display}](${executionConsoleUrl(arn)})\n\n${preface}`,
    );
    return;
  }
  await waitAndReport(host, gateway, [arn], settings, sagemakerJobs(context), preface);
}

/** Creates the pipeline, or updates it when its definition differs; says which in `pipeline-changed`. */
async function applyDefinition(
  host: Host,
  gateway: PipelineGateway,
  name: string,
  existing: PipelineInfo | undefined,
  definition: string,
  roleArn: string,
): Promise<PipelineInfo> {
  if (!existing) {
    const arn = await gateway.createPipeline({
      name,
      definition,
      roleArn,
      token: createToken(name, definition, host.run),
    });
    host.setOutput('pipeline-changed', 'created');
    const created = await gateway.latestVersion(name);
    host.setOutput('pipeline-version-id', created ?? '');
    host.info(`Created pipeline ${name}${created ? ` (version ${created})` : ''}`);
    return { arn, name, definition };
  }
  if (canonical(existing.definition) === canonical(definition)) {
    host.setOutput('pipeline-changed', 'unchanged');
    host.setOutput('pipeline-version-id', '');
    host.info(`Pipeline ${name}: definition unchanged`);
    return existing;
  }
  const updated = await gateway.updatePipeline({ name: existing.name, definition, roleArn });
  host.setOutput('pipeline-changed', 'updated');
  host.setOutput('pipeline-version-id', updated ?? '');
  host.info(`Updated pipeline ${name}${updated ? ` (version ${updated})` : ''}`);
  return { ...existing, definition };
}

async function describeVersion(
  gateway: PipelineGateway,
  name: string,
  version: number,
): Promise<PipelineInfo> {
  try {
    const found = await gateway.describePipeline(name, version);
    if (found) return found;
  } catch (err) {
    if ((err as Error).name !== 'ValidationException') throw err;
  }
  throw new InputError('pipeline-version-id', `must be a version of pipeline '${name}'`, String(version));
}

/** JSON with sorted keys, so formatting and key order do not count as changes. */
function canonical(text: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}
