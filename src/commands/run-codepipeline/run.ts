import { codePipelineGateway } from '../../aws/codepipeline.js';
import { awsFor } from '../aws-options.js';
import { isTransient } from '../../aws/transient.js';
import { followExecution, outcomeError, type StageView } from '../../core/codepipeline/follow.js';
import { executionConsoleUrl, executionSummary } from '../../core/codepipeline/summary.js';
import type { RunContext } from '../../hosts/host.js';
import { spec } from './spec.js';

export async function run({ host, inputs, checked, aws }: RunContext<typeof spec>): Promise<void> {
  const pipeline = inputs['pipeline-name'];
  const { variables: vars, token } = checked;
  const wait = inputs.wait;
  const waitForApproval = inputs['wait-for-approval'];
  const timeoutMs = inputs.timeout;
  const cancelMode = inputs['cancel-mode'];
  const gw = codePipelineGateway(awsFor(host, aws, spec.action));

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
