import { codePipelineGateway } from '../../aws/codepipeline.js';
import { awsFor } from '../aws-options.js';
import { isTransient } from '../../aws/transient.js';
import { clientRequestToken, codePipelineName, variables } from '../../core/codepipeline/inputs.js';
import { followExecution, outcomeError, type StageView } from '../../core/codepipeline/follow.js';
import { executionConsoleUrl, executionSummary } from '../../core/codepipeline/summary.js';
import { boolean, choice, duration, stringMap } from '../../core/inputs.js';
import type { Host } from '../../hosts/host.js';

export async function run(host: Host): Promise<void> {
  const pipeline = codePipelineName('pipeline-name', host.input('pipeline-name'));
  const vars = variables('variables', stringMap('variables', host.input('variables')));
  const token = clientRequestToken(host.run, pipeline, vars, host.input('client-request-token'));
  const wait = boolean('wait', host.input('wait'), true);
  const waitForApproval = boolean('wait-for-approval', host.input('wait-for-approval'), true);
  const timeoutMs = duration('timeout', host.input('timeout'), 6 * 3_600_000, {
    minMs: 60_000,
    maxMs: 72 * 3_600_000,
    defaultUnit: 'm',
  })!;
  const cancelMode = choice(
    'cancel-mode',
    host.input('cancel-mode'),
    ['stop-and-wait', 'abandon'] as const,
    'stop-and-wait',
  );
  const gw = codePipelineGateway(awsFor(host));

  const id = await gw.start(pipeline, vars, token);
  host.setOutput('execution-id', id);
  const url = executionConsoleUrl(await gw.region(), pipeline, id);
  host.info(`Started execution ${id} of CodePipeline ${pipeline}: ${url}`);
  if (!wait) {
    host.setOutput('status', 'InProgress');
    await host.appendSummary(executionSummary(pipeline, id, 'InProgress', [], url));
    return;
  }

  const result = await followExecution(gw, pipeline, id, {
    clock: host.clock,
    log: host,
    signal: host.signal,
    timeoutMs,
    waitForApproval,
    abandonOnCancel: cancelMode === 'abandon',
    isTransient,
    onApproval: (a) => {
      host.setOutput('approval-stage', a?.stage ?? '');
      host.setOutput('approval-action', a?.action ?? '');
    },
  });
  const stages = result.stages.map(publicStage);
  host.setOutput('status', result.status);
  host.setOutput('stages', stages);
  await host.appendSummary(executionSummary(pipeline, id, result.status, stages, url, result.approval));
  if (result.status !== 'Succeeded' && !result.approval)
    throw outcomeError(pipeline, id, result.status, stages);
}

/** Stages as outputs show them: without approval tokens. */
function publicStage(s: StageView): StageView {
  return { ...s, actions: s.actions.map(({ token: _token, ...a }) => a) };
}
