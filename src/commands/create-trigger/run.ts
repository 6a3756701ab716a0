import { awsFor } from '../aws-options.js';
import { eventBridgeGateway } from '../../aws/eventbridge.js';
import { bucketNotifications } from '../../aws/s3-notifications.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { UserError } from '../../core/errors.js';
import { applyTrigger } from '../../core/triggers/apply.js';
import { cloudFormation } from '../../core/triggers/cloudformation.js';
import { ruleRequest, targetRequest, type TriggerDefinition } from '../../core/triggers/definition.js';
import { eventBridgeOffMessage } from '../../core/triggers/s3.js';
import { triggerSummary } from '../../core/triggers/summary.js';
import type { RunContext } from '../../hosts/host.js';
import { DryRunReads, readOnly } from './dry-run.js';
import { spec } from './spec.js';

export async function run({
  host,
  inputs,
  checked: parsed,
  aws: awsInputs,
}: RunContext<typeof spec>): Promise<void> {
  const dryRun = inputs['dry-run'];
  const rotateToken = inputs['rotate-token'];
  const githubToken = inputs['github-token'] ?? '';
  const aws = awsFor(host, awsInputs, spec.action);
  const reads = new DryRunReads(dryRun, host);

  let def: TriggerDefinition;
  if (parsed.target.kind === 'sagemaker-pipeline') {
    const { pipeline, parameters } = parsed.target;
    let pipelineArn = pipeline;
    if (!pipeline.startsWith('arn:')) {
      // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
      const p = await reads.read(() => sagemakerPipelines(aws).describePipeline(pipeline), null);
      if (p === undefined)
        throw new UserError(`pipeline '${pipeline}' does not exist (DescribePipeline: ResourceNotFound)`);
      // Offline, the plan shows where the account and region go.
      pipelineArn = p?.arn ?? `arn:aws:sagemaker:<region>:<account-id>:pipeline/${pipeline}`;
    }
    def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
  } else {
    def = { ...parsed, target: parsed.target };
  }

  const warnings: string[] = [];
  const source = def.source;
  if (source.kind === 's3') {
    const s3 = bucketNotifications(aws);
    if (!(await reads.read(() => s3.sendsToEventBridge(source.bucket), true))) {
      const message = eventBridgeOffMessage(source.bucket);
      warnings.push(message);
      host.warning(message);
    }
  }

  const events = eventBridgeGateway(aws);
  const gateway = dryRun ? readOnly(events, reads) : events;
  // A dry run needs no token: nothing is created.
  const token = dryRun ? githubToken || 'dry-run' : githubToken;
  const result = await applyTrigger(def, gateway, { githubToken: token, rotateToken, log: host });
  const rule = ruleRequest(def);
  const targets = [targetRequest(def, result.apiDestinationArn)];
  const template = cloudFormation(def);

  host.setOutput('rule-arn', result.ruleArn);
  host.setOutput('changed', !dryRun && result.changes.length > 0);
  host.setOutput('changes', result.changes);
  host.setOutput('rule', rule);
  host.setOutput('targets', targets);
  host.setOutput('cloudformation', template);

  if (dryRun) {
    host.info(`Dry run: nothing was changed. PutRule:\n${JSON.stringify(rule, null, 2)}`);
    host.info(`PutTargets Targets:\n${JSON.stringify(targets, null, 2)}`);
    host.info(`CloudFormation:\n${JSON.stringify(template, null, 2)}`);
  }
  for (const c of result.changes) host.info(dryRun ? `would have ${c}` : c);
  if (!result.changes.length) host.info(`No changes: rule ${def.name} and its target already match.`);
  await host.appendSummary(triggerSummary(def, rule, targets, result.changes, { dryRun, warnings }));
}
