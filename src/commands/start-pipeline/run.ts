import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { awsFor } from '../aws-options.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { InputError, UserError } from '../../core/errors.js';
import { boolean, integer, stringMap } from '../../core/inputs.js';
import { parseDefinition } from '../../core/pipelines/definition.js';
import { executionConsoleUrl } from '../../core/pipelines/executions.js';
import type { PipelineGateway, PipelineInfo } from '../../core/pipelines/gateway.js';
import { pipelineName } from '../../core/pipelines/names.js';
import { checkParameters } from '../../core/pipelines/parameters.js';
import { clientRequestToken, createToken, description, displayName } from '../../core/pipelines/start.js';
import type { Host } from '../../hosts/host.js';
import { waitAndReport, waitSettings } from '../wait-pipeline/report.js';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

export async function run(host: Host): Promise<void> {
  // Every input is checked before the first AWS call: bad input never starts anything.
  const name = pipelineName('pipeline-name', host.input('pipeline-name'));
  const given = stringMap('parameters', host.input('parameters'));
  const display = displayName('display-name', host.input('display-name'), host.run);
  const desc = description('description', host.input('description'), host.run);
  const maxParallel = integer('max-parallel-steps', host.input('max-parallel-steps'), undefined, {
    min: 1,
    max: 1000,
  });
  const definition = readDefinition(host);
  const roleArn = host.input('role-arn');
  if (definition && !ROLE_ARN.test(roleArn)) {
    throw new InputError(
      'role-arn',
      'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>) when definition-file is given',
      roleArn,
    );
  }
  const wait = boolean('wait', host.input('wait'), false);
  const settings = wait ? waitSettings(host) : undefined;

  const gateway = sagemakerPipelines(awsFor(host));

  let pipeline = await gateway.describePipeline(name);
  if (definition) pipeline = await applyDefinition(host, gateway, name, pipeline, definition, roleArn);
  else host.setOutput('pipeline-changed', '');
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
  const parameters = checkParameters('parameters', given, graph.parameters);

  const arn = await gateway.startExecution({
    pipelineName: name,
    parameters,
    displayName: display,
    description: desc,
    clientRequestToken: clientRequestToken(host.run, pipeline.name, parameters),
    maxParallelSteps: maxParallel,
  });
  host.setOutput('execution-arn', arn);
  host.setOutput('execution-url', executionConsoleUrl(arn));
  host.info(`Started ${display}: ${arn}`);
  host.info(executionConsoleUrl(arn));
  if (!settings) {
    await host.appendSummary(
      `### ▶️ Started pipeline \`${pipeline.name}\`\n\n[${display}](${executionConsoleUrl(arn)})\n`,
    );
    return;
  }
  await waitAndReport(host, gateway, [arn], settings);
}

function readDefinition(host: Host): string | undefined {
  const file = host.input('definition-file');
  if (!file) return undefined;
  const path = isAbsolute(file) ? file : join(host.run.workspace, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(
      'definition-file',
      `must be a readable file (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      file,
    );
  }
  try {
    const doc = JSON.parse(text) as unknown;
    if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { Steps?: unknown }).Steps))
      throw new Error('no Steps list');
  } catch (err) {
    throw new InputError(
      'definition-file',
      `must be a pipeline definition JSON with a Steps list (${(err as Error).message})`,
      file,
    );
  }
  if (text.length > 1_048_576)
    throw new InputError('definition-file', 'must be at most 1 MiB (the API limit)', file);
  return text;
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
    host.info(`Created pipeline ${name}`);
    return { arn, name, definition };
  }
  if (canonical(existing.definition) === canonical(definition)) {
    host.setOutput('pipeline-changed', 'unchanged');
    host.info(`Pipeline ${name}: definition unchanged`);
    return existing;
  }
  await gateway.updatePipeline({ name: existing.name, definition, roleArn });
  host.setOutput('pipeline-changed', 'updated');
  host.info(`Updated pipeline ${name}`);
  return { ...existing, definition };
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
