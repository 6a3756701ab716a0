import {
  apiDestinationRequest,
  connectionRequest,
  eventPattern,
  ruleRequest,
  targetRequest,
  type TriggerDefinition,
} from './definition.js';

/**
 * The same trigger as a CloudFormation template (JSON), for teams that keep infrastructure in
 * stacks. A GitHub target's token is a NoEcho parameter, never a literal.
 */
export function cloudFormation(def: TriggerDefinition): Record<string, unknown> {
  const rule = ruleRequest(def);
  const id = logicalId(def.name);
  const resources: Record<string, unknown> = {};
  const parameters: Record<string, unknown> = {};
  let targetArn: unknown = '';
  if (def.target.kind === 'github-workflow') {
    parameters.GitHubToken = {
      Type: 'String',
      NoEcho: true,
      Description: 'A GitHub token that may dispatch workflows (fine-grained, Actions: write).',
    };
    const conn = connectionRequest(def, 'TOKEN');
    resources[`${id}Connection`] = {
      Type: 'AWS::Events::Connection',
      Properties: {
        ...conn,
        AuthParameters: {
          ...conn.AuthParameters,
          ApiKeyAuthParameters: {
            ApiKeyName: 'Authorization',
            ApiKeyValue: { 'Fn::Sub': 'Bearer ${GitHubToken}' },
          },
        },
      },
    };
    const dest = apiDestinationRequest(def, '');
    resources[`${id}ApiDestination`] = {
      Type: 'AWS::Events::ApiDestination',
      Properties: { ...dest, ConnectionArn: { 'Fn::GetAtt': [`${id}Connection`, 'Arn'] } },
    };
    targetArn = { 'Fn::GetAtt': [`${id}ApiDestination`, 'Arn'] };
  }
  const target = targetRequest(def);
  const pattern = eventPattern(def.source);
  resources[`${id}Rule`] = {
    Type: 'AWS::Events::Rule',
    Properties: {
      Name: rule.Name,
      Description: rule.Description,
      State: rule.State,
      ...(pattern ? { EventPattern: pattern } : {}),
      ...(rule.ScheduleExpression ? { ScheduleExpression: rule.ScheduleExpression } : {}),
      Targets: [{ ...target, ...(targetArn ? { Arn: targetArn } : {}) }],
    },
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `sagemaker-cicd trigger ${def.name}`,
    ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
    Resources: resources,
  };
}

/** CloudFormation logical ids are alphanumeric. */
function logicalId(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Trigger';
}
