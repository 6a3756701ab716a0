import { specs } from '../commands/specs.js';
import { commandPolicy, endpointRollbackAlarms, triggerRole } from '../core/iam/policy.js';
import { Command, CommanderError } from 'commander';
import type { CliCommand } from './command.js';

const EXTRA = ['trigger-role', 'endpoint-rollback-alarms'];

function help(): string {
  return (
    `Usage: sagemaker-cicd iam-policy <name> [options]\n\n` +
    `Print the least-privilege IAM policy (JSON) for one of:\n` +
    `  ${[...Object.keys(specs), ...EXTRA].join(', ')}\n\n` +
    `  <action>                   what the role running that action (in GitHub or CodeBuild) needs\n` +
    `  trigger-role               the role EventBridge assumes to start a trigger's target:\n` +
    `                             {"trust": ..., "permissions": ...}\n` +
    `  endpoint-rollback-alarms   what the endpoint's execution role needs for rollback alarms\n\n` +
    `Options for trigger-role:\n` +
    `  --pipeline-name <name>     a SageMaker pipeline it may start (repeatable; default all)\n` +
    `  --dispatch-rule <rule>     a rule with a GitHub target (repeatable)\n` +
    `  --region <region>          default *\n` +
    `  --account <id>             default *\n`
  );
}

/** The trigger-role options, repeatable, parsed by commander ("did you mean" for a misspelled one). */
function parseOptions(argv: string[]): Record<string, string[]> | undefined {
  const collect = (v: string, prev: string[] = []) => [...prev, v];
  const cmd = new Command('iam-policy').exitOverride().helpOption(false);
  for (const name of ['pipeline-name', 'dispatch-rule', 'region', 'account'])
    cmd.option(`--${name} <value>`, '', collect);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return undefined;
    throw err;
  }
  const opts = cmd.opts<Record<string, string[]>>();
  return {
    'pipeline-name': opts.pipelineName ?? [],
    'dispatch-rule': opts.dispatchRule ?? [],
    region: opts.region ?? [],
    account: opts.account ?? [],
  };
}

/** `sagemaker-cicd iam-policy <action>`: the policy from the command's spec.permissions. */
const command: CliCommand = {
  words: ['iam-policy'],
  summary: 'Print the least-privilege IAM policy an action (or the trigger role) needs.',
  help,
  async run(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help') {
      process.stdout.write(help());
      return name ? 0 : 2;
    }
    const flags = parseOptions(rest);
    if (!flags) return 2;
    let policy: unknown;
    if (specs[name]) policy = commandPolicy(name, specs[name].permissions);
    else if (name === 'trigger-role') {
      policy = triggerRole({
        pipelines: flags['pipeline-name']!,
        dispatchRules: flags['dispatch-rule']!,
        region: flags.region?.[0] ?? '*',
        account: flags.account?.[0] ?? '*',
      });
    } else if (name === 'endpoint-rollback-alarms') policy = endpointRollbackAlarms();
    else {
      process.stderr.write(
        `error: unknown policy '${name}': one of ${[...Object.keys(specs), ...EXTRA].join(', ')}\n`,
      );
      return 2;
    }
    process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    return 0;
  },
};
export default command;
