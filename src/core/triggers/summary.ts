import type { RuleRequest, TargetRequest, TriggerDefinition } from './definition.js';

/** The job summary: what the rule listens to, what it starts, and what this run changed. */
export function triggerSummary(
  def: TriggerDefinition,
  rule: RuleRequest,
  targets: TargetRequest[],
  changes: string[],
  opts: { dryRun: boolean; warnings: string[] },
): string {
  const lines = [`### Trigger \`${def.name}\`${opts.dryRun ? ' (dry run)' : ''}`, ''];
  lines.push(
    `- **When**: ${rule.ScheduleExpression ? `\`${rule.ScheduleExpression}\` (UTC)` : `\`${rule.EventPattern}\``}`,
  );
  for (const t of targets)
    lines.push(`- **Starts**: \`${t.Arn}\` (target \`${t.Id}\`, role \`${t.RoleArn}\`)`);
  lines.push(`- **State**: ${rule.State}`);
  lines.push('');
  if (!changes.length) lines.push('No changes: the rule and its target already match.');
  else {
    lines.push(opts.dryRun ? 'Would change:' : 'Changed:');
    for (const c of changes) lines.push(`- ${c}`);
  }
  for (const w of opts.warnings) lines.push('', `> [!WARNING]\n> ${w}`);
  return `${lines.join('\n')}\n`;
}
