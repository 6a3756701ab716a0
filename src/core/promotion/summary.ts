import type { DeployResult } from './deploy.js';
import { hostingText, type Hosting } from './hosting.js';
import type { ComponentResult } from './inference-component.js';
import type { DeployPlan } from './plan.js';
import { STRATEGIES } from './strategies.js';
import { timelineMarkdown, trafficSteps } from './timeline.js';

/** The deploy step's job summary: outcome, strategy and its trade-offs, the traffic timeline. */
export function deploySummary(
  endpoint: string,
  plan: DeployPlan,
  result: DeployResult,
  hosting?: { hosting: Hosting; instanceType?: string },
): string {
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
    ...(hosting && hosting.hosting.target !== 'endpoint'
      ? [`| Hosting | ${hostingText(hosting.hosting, hosting.instanceType, plan.instanceCount)} |`]
      : []),
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

/** The deploy step's job summary for an inference component. */
export function componentSummary(endpoint: string, plan: DeployPlan, r: ComponentResult): string {
  const s = STRATEGIES[plan.strategy];
  const icon = r.rolledBack ? '↩️' : r.status === 'InService' ? '✅' : '❌';
  const outcome = r.alreadyDeployed
    ? 'already serving this deployment (nothing changed)'
    : r.rolledBack
      ? `rolled back${r.alarm ? ` by alarm \`${r.alarm}\`` : ''}; still serving \`${r.previousModelName ?? '?'}\``
      : r.status;
  return [
    `### ${icon} Deploy inference component \`${r.componentName}\` on \`${endpoint}\`: ${outcome}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Strategy | **${plan.strategy}**${r.firstDeploy ? ' (first deploy: the component is created, no copies to replace)' : ''} |`,
    `| How | ${plan.strategy === 'rolling' ? 'RollingUpdatePolicy: rolling-batch-size copies replaced per batch, each baked for wait-interval.' : s.how} |`,
    `| Copies | ${plan.instanceCount} |`,
    `| Model | \`${r.modelName}\`${r.previousModelName && !r.firstDeploy ? ` (was \`${r.previousModelName}\`)` : ''} |`,
    ...(plan.alarms.length ? [`| Rollback alarms | ${plan.alarms.map((a) => `\`${a}\``).join(', ')} |`] : []),
    ...(r.failureReason ? [`| Failure reason | ${r.failureReason.replace(/\|/g, '\\|')} |`] : []),
    '',
    '#### Traffic over time',
    '',
    timelineMarkdown(trafficSteps(plan, r.firstDeploy)),
  ].join('\n');
}
