import type { DeployResult } from './deploy.js';
import type { DeployPlan } from './plan.js';
import { STRATEGIES } from './strategies.js';
import { timelineMarkdown, trafficSteps } from './timeline.js';

/** The deploy step's job summary: outcome, strategy and its trade-offs, the traffic timeline. */
export function deploySummary(endpoint: string, plan: DeployPlan, result: DeployResult): string {
  const s = STRATEGIES[plan.strategy];
  const icon = result.rolledBack ? '↩️' : result.status === 'InService' ? '✅' : '❌';
  const outcome = result.alreadyDeployed
    ? 'already serving this deployment (nothing changed)'
    : result.rolledBack
      ? `rolled back${result.alarm ? ` by alarm \`${result.alarm}\`` : ''}; still serving \`${result.previousConfigName ?? '?'}\``
      : result.status;
  const lines = [
    `### ${icon} Deploy to \`${endpoint}\`: ${outcome}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Strategy | **${plan.strategy}**${plan.preset ? ` (from \`${plan.preset}\`)` : ''}${result.firstDeploy ? ' (first deploy: the endpoint is created, no traffic to shift)' : ''} |`,
    `| How | ${s.how} |`,
    `| Risk / cost / complexity | ${s.risk} / ${s.cost} / ${s.complexity} |`,
    `| Endpoint config | \`${result.endpointConfigName}\`${result.previousConfigName && !result.firstDeploy ? ` (was \`${result.previousConfigName}\`)` : ''} |`,
    ...(plan.alarms.length ? [`| Rollback alarms | ${plan.alarms.map((a) => `\`${a}\``).join(', ')} |`] : []),
    ...(result.failureReason ? [`| Failure reason | ${result.failureReason.replace(/\|/g, '\\|')} |`] : []),
    '',
    '#### Traffic over time',
    '',
    timelineMarkdown(trafficSteps(plan, result.firstDeploy)),
  ];
  return lines.join('\n');
}
