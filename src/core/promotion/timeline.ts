import { formatDuration } from '../inputs.js';
import type { DeployPlan } from './plan.js';
import type { Capacity } from './strategies.js';

/** One step of the traffic shift: from `atSeconds` after the new fleet is ready, `percent` goes to it. */
export interface TrafficStep {
  atSeconds: number;
  percent: number;
  note: string;
}

function percentOf(c: Capacity, instances: number): number {
  return c.type === 'CAPACITY_PERCENT' ? c.value : Math.min(100, (c.value / instances) * 100);
}

/** The traffic steps a plan makes, as SageMaker will run them (for a first deploy: one step). */
export function trafficSteps(plan: DeployPlan, firstDeploy: boolean): TrafficStep[] {
  if (firstDeploy) return [{ atSeconds: 0, percent: 100, note: 'new endpoint: all traffic once InService' }];
  const wait = plan.waitIntervalSeconds;
  const steps: TrafficStep[] = [];
  const ramp = (share: number, label: string) => {
    for (let i = 1, pct = share; ; i++, pct = Math.min(100, share * i)) {
      steps.push({
        atSeconds: (i - 1) * wait,
        percent: Math.round(pct * 10) / 10,
        note: pct >= 100 ? 'all traffic on the new fleet' : `${label} ${i}`,
      });
      if (pct >= 100) break;
    }
  };
  switch (plan.strategy) {
    case 'all-at-once':
      steps.push({ atSeconds: 0, percent: 100, note: 'fleet replaced in one step' });
      break;
    case 'blue-green':
      steps.push({ atSeconds: 0, percent: 100, note: 'traffic flipped to the green fleet' });
      break;
    case 'canary': {
      const canary = percentOf(plan.canarySize!, plan.instanceCount);
      steps.push({ atSeconds: 0, percent: Math.round(canary * 10) / 10, note: 'canary' });
      steps.push({ atSeconds: wait, percent: 100, note: 'all traffic on the new fleet' });
      break;
    }
    case 'linear':
      ramp(percentOf(plan.linearStepSize!, plan.instanceCount), 'step');
      break;
    case 'rolling':
      ramp(percentOf(plan.rollingBatchSize!, plan.instanceCount), 'batch');
      break;
  }
  const last = steps[steps.length - 1]!;
  if (plan.strategy !== 'rolling' && plan.strategy !== 'all-at-once') {
    // A last baking period (the wait interval) with alarms watched, then the termination wait.
    const end = last.atSeconds + wait + plan.terminationWaitSeconds;
    steps.push({
      atSeconds: end,
      percent: 100,
      note: `old fleet terminated${plan.alarms.length ? '; alarms no longer watched' : ''}`,
    });
  }
  return steps;
}

/** The job summary's timeline: a small table with a bar per step. */
export function timelineMarkdown(steps: TrafficStep[]): string {
  const bar = (pct: number) => '█'.repeat(Math.round(pct / 10)) + '░'.repeat(10 - Math.round(pct / 10));
  return [
    '| After | New fleet | Traffic | Step |',
    '| --- | ---: | --- | --- |',
    ...steps.map(
      (s) =>
        `| ${s.atSeconds ? formatDuration(s.atSeconds * 1000) : '0s'} | ${s.percent}% | \`${bar(s.percent)}\` | ${s.note} |`,
    ),
    '',
    '_Times count from when the new fleet is ready; SageMaker provisions it first._',
    '',
  ].join('\n');
}
