import { awsFor } from '../aws-options.js';
import { eventBridgeGateway } from '../../aws/eventbridge.js';
import { bucketNotifications } from '../../aws/s3-notifications.js';
import { sagemakerPipelines } from '../../aws/sagemaker-pipelines.js';
import { UserError } from '../../core/errors.js';
import { boolean } from '../../core/inputs.js';
import { applyTrigger, type EventBridgeGateway } from '../../core/triggers/apply.js';
import { cloudFormation } from '../../core/triggers/cloudformation.js';
import { ruleRequest, targetRequest, type TriggerDefinition } from '../../core/triggers/definition.js';
import { parseTrigger } from '../../core/triggers/parse.js';
import { eventBridgeOffMessage } from '../../core/triggers/s3.js';
import { triggerSummary } from '../../core/triggers/summary.js';
import type { Host } from '../../hosts/host.js';

export async function run(host: Host): Promise<void> {
  const parsed = parseTrigger((n) => host.input(n), host.run.apiUrl);
  const dryRun = boolean('dry-run', host.input('dry-run'), false);
  const rotateToken = boolean('rotate-token', host.input('rotate-token'), false);
  const githubToken = host.input('github-token');
  if (githubToken) host.mask(githubToken);
  const aws = awsFor(host);

  let def: TriggerDefinition;
  if (parsed.target.kind === 'sagemaker-pipeline') {
    const { pipeline, parameters } = parsed.target;
    let pipelineArn = pipeline;
    if (!pipeline.startsWith('arn:')) {
      // The target needs the pipeline's ARN; asking SageMaker for it also proves the pipeline exists.
      const p = await sagemakerPipelines(aws).describePipeline(pipeline);
      if (!p)
        throw new UserError(`pipeline '${pipeline}' does not exist (DescribePipeline: ResourceNotFound)`);
      pipelineArn = p.arn;
    }
    def = { ...parsed, target: { kind: 'sagemaker-pipeline', pipelineArn, parameters } };
  } else {
    def = { ...parsed, target: parsed.target };
  }

  const warnings: string[] = [];
  if (def.source.kind === 's3') {
    const s3 = bucketNotifications(aws);
    if (!(await s3.sendsToEventBridge(def.source.bucket))) {
      const message = eventBridgeOffMessage(def.source.bucket);
      warnings.push(message);
      host.warning(message);
    }
  }

  const events = eventBridgeGateway(aws);
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
