/**
 * Least-privilege IAM policies, built from the one table of permissions: each command's
 * `spec.permissions` (src/commands/<action>/spec.ts). The coverage test
 * (test/unit/core/iam/coverage.test.ts) proves that table matches the AWS calls each command makes.
 */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

export interface Statement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

const sid = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** The services a command's role is passed to, for the iam:PassRole condition. */
const PASSED_TO: Record<string, string[]> = {
  'create-trigger': ['events.amazonaws.com'],
};

/**
 * The policy for one command. Actions are scoped by action name (resources are the user's own,
 * named by inputs, and are not known here); iam:PassRole, the one permission that could widen
 * access, is limited to the services the command hands a role to.
 */
export function commandPolicy(
  action: string,
  permissions: readonly string[],
  passedTo: string[] = passedToServices(action),
): PolicyDocument {
  const calls = [...new Set(permissions.filter((p) => p !== 'iam:PassRole'))].sort();
  const statements: Statement[] = [{ Sid: sid(action), Effect: 'Allow', Action: calls, Resource: '*' }];
  if (permissions.includes('iam:PassRole')) {
    const services = [...new Set(passedTo)].sort();
    statements.push({
      Sid: `${sid(action)}PassRole`,
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: '*',
      Condition: { StringEquals: { 'iam:PassedToService': services.length === 1 ? services[0]! : services } },
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

const passedToServices = (action: string) => PASSED_TO[action] ?? ['sagemaker.amazonaws.com'];

/**
 * One role for several commands (the role the generated workflows assume): the union of their
 * actions, and iam:PassRole to the union of the services those that pass a role hand it to
 * (create-trigger to EventBridge, start-pipeline and deploy to SageMaker).
 */
export function combinedPolicy(name: string, commands: Record<string, readonly string[]>): PolicyDocument {
  const entries = Object.entries(commands);
  const passing = entries.filter(([, permissions]) => permissions.includes('iam:PassRole'));
  return commandPolicy(
    name,
    entries.flatMap(([, permissions]) => permissions),
    passing.flatMap(([action]) => passedToServices(action)),
  );
}

export interface TriggerRoleOptions {
  /** Pipelines the triggers start (names); `*` when none given. */
  pipelines: string[];
  /** Rules with a GitHub target (their API destinations are `<rule>-dispatch`). */
  dispatchRules: string[];
  region: string;
  account: string;
}

/** The role EventBridge assumes to start a trigger's target: its trust policy and its permissions. */
export function triggerRole(opts: TriggerRoleOptions): {
  trust: PolicyDocument & object;
  permissions: PolicyDocument;
} {
  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${opts.region}:${opts.account}:${resource}`;
  const pipelines = opts.pipelines.length
    ? opts.pipelines.map((p) => arn('sagemaker', `pipeline/${p.toLowerCase()}`))
    : [arn('sagemaker', 'pipeline/*')];
  const statements: Statement[] = [
    {
      Sid: 'StartSageMakerPipelines',
      Effect: 'Allow',
      Action: ['sagemaker:StartPipelineExecution'],
      Resource: pipelines,
    },
  ];
  if (opts.dispatchRules.length) {
    statements.push({
      Sid: 'InvokeGitHubDispatch',
      Effect: 'Allow',
      Action: ['events:InvokeApiDestination'],
      Resource: opts.dispatchRules.map((r) => arn('events', `api-destination/${r}-dispatch/*`)),
    });
  }
  return {
    trust: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EventBridgeAssumes',
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sts:AssumeRole',
          ...(opts.account !== '*'
            ? { Condition: { StringEquals: { 'aws:SourceAccount': opts.account } } }
            : {}),
        } as unknown as Statement,
      ],
    },
    permissions: { Version: '2012-10-17', Statement: statements },
  };
}

/** What the endpoint's execution role needs for deployment guardrails' auto-rollback alarms. */
export function endpointRollbackAlarms(): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadRollbackAlarms', Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms'], Resource: '*' },
    ],
  };
}
