import { DescribePipelineCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { clientConfig } from '../../aws/clients.js';
import { awsOptions } from '../aws-options.js';
import { eventBridgeGateway } from '../../aws/eventbridge.js';
import { bucketNotifications } from '../../aws/s3-notifications.js';
import { applyTrigger, type EventBridgeGateway } from '../../core/triggers/apply.js';
import { cloudFormation } from '../../core/triggers/cloudformation.js';
import { ruleRequest, targetRequest, type TriggerDefinition } from '../../core/triggers/definition.js';
import { eventBridgeOffMessage } from '../../core/triggers/s3.js';
import { triggerSummary } from '../../core/triggers/summary.js';
import type { RunContext } from '../../hosts/host.js';
import type { spec } from './spec.js';

export async function run({
  host,
  inputs,
  checked: parsed,
  aws: awsInputs,
}: RunContext<typeof spec>): Promise<void> {
  const dryRun = inputs['dry-run'];
  const rotateToken = inputs['rotate-token'];
  const githubToken = inputs['github-token'] ?? '';
  const aws = awsOptions(host, awsInputs);

  let def: TriggerDefinition;
  if (parsed.target.kind === 'sagemaker-pipeline') {
    const { pipeline, parameters } = parsed.target;
    let pipelineArn = pipeline;
    if (!pipeline.startsWith('arn:')) {
      // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
      const sagemaker = new SageMakerClient(clientConfig(host.env, 'SAGEMAKER', aws));
      const p = await sagemaker.send(new DescribePipelineCommand({ PipelineName: pipeline }));
      pipelineArn = p.PipelineArn ?? '';
    }
    def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
  } else {
    def = { ...parsed, target: parsed.target };
  }

  const warnings: string[] = [];
  if (def.source.kind === 's3') {
    const s3 = bucketNotifications(new S3Client(clientConfig(host.env, 'S3', aws)));
    if (!(await s3.sendsToEventBridge(def.source.bucket))) {
      const message = eventBridgeOffMessage(def.source.bucket);
      warnings.push(message);
      host.warning(message);
    }
  }

  const events = eventBridgeGateway(new EventBridgeClient(clientConfig(host.env, 'EVENTBRIDGE', aws)));
  const gateway = dryRun ? readOnly(events) : events;
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

/** For a dry run: reads go to EventBridge, writes are only recorded (and return placeholder ARNs). */
function readOnly(gw: EventBridgeGateway): EventBridgeGateway {
  const placeholder = async () => '(created on apply)';
  const nothing = async () => {};
  return {
    ...gw,
    putRule: async () => '',
    putTargets: nothing,
    removeTargets: nothing,
    createConnection: placeholder,
    updateConnection: nothing,
    createApiDestination: placeholder,
    updateApiDestination: placeholder,
  };
}
