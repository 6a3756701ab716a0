import { defineInputs, type InputValues } from '../spec/types.js';
import { capacity } from './plan.js';
import { LIMITS, STRATEGIES, STRATEGY_NAMES, strategyChoices } from './strategies.js';

const comparison = STRATEGY_NAMES.map(
  (n) => `${n} (risk ${STRATEGIES[n].risk.split(' (')[0]}, cost ${STRATEGIES[n].cost.split(' (')[0]})`,
).join('; ');

/** CloudWatch alarm names: 1-255 characters, no control characters. */
const ALARM_NAME = /^[^\p{Cc}]{1,255}$/u;

/** deploy's strategy inputs, declared once: the deploy spec spreads them and `parsePlan` reads them. */
export const STRATEGY_INPUTS = defineInputs({
  strategy: {
    kind: 'string',
    description: `How traffic moves to the new model: ${strategyChoices()}. ${comparison}. Default: blue-green (rolling for target inference-component); which target takes which strategy is in docs/promotion.md.`,
  },
  'instance-count': {
    kind: 'integer',
    min: 1,
    max: 1000,
    unit: 'instances',
    description: 'Number of instances.',
    default: '1',
  },
  'canary-size': {
    kind: 'string',
    parse: capacity,
    description: `canary: share of traffic in the first step, as a percentage (10%) or instances (1); ${LIMITS.canaryPercent.text}.`,
  },
  'linear-step-size': {
    kind: 'string',
    parse: capacity,
    description: `linear: traffic added per step, as a percentage or instances; ${LIMITS.linearPercent.text}.`,
  },
  'rolling-batch-size': {
    kind: 'string',
    parse: capacity,
    description: `rolling: instances replaced per batch, as a percentage or instances; ${LIMITS.rollingPercent.text}.`,
  },
  'rollback-batch-size': {
    kind: 'string',
    parse: capacity,
    description: `rolling: capacity restored per batch if the update rolls back, as a percentage or instances (copies); ${LIMITS.rollbackPercent.text}. Default: all at once.`,
  },
  'wait-interval': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: LIMITS.waitIntervalSeconds.min * 1000,
    maxMs: LIMITS.waitIntervalSeconds.max * 1000,
    outOfRange: `is outside SageMaker's limit (${LIMITS.waitIntervalSeconds.text})`,
    description: `Baking time between traffic steps (${LIMITS.waitIntervalSeconds.text}). Default 5m.`,
  },
  'termination-wait': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: LIMITS.terminationWaitSeconds.min * 1000,
    maxMs: LIMITS.terminationWaitSeconds.max * 1000,
    outOfRange: `is outside SageMaker's limit (${LIMITS.terminationWaitSeconds.text})`,
    description: `blue/green, canary, linear: how long the old fleet is kept after the shift (${LIMITS.terminationWaitSeconds.text}). Default 0.`,
  },
  'max-execution-timeout': {
    kind: 'duration',
    bareUnit: 'seconds',
    minMs: LIMITS.maxExecutionTimeoutSeconds.min * 1000,
    maxMs: LIMITS.maxExecutionTimeoutSeconds.max * 1000,
    outOfRange: `is outside SageMaker's limit (${LIMITS.maxExecutionTimeoutSeconds.text})`,
    description: `Time limit SageMaker gives the whole deployment (${LIMITS.maxExecutionTimeoutSeconds.text}).`,
  },
  'rollback-alarms': {
    kind: 'list',
    pattern: ALARM_NAME,
    allowed: 'CloudWatch alarm names (1-255 characters)',
    maxItems: LIMITS.alarms.max,
    tooMany: `names too many alarms; SageMaker allows ${LIMITS.alarms.text}`,
    description: `CloudWatch alarm names (comma or line separated) that roll the deployment back when they fire; ${LIMITS.alarms.text}.`,
  },
});

export type StrategyInputs = InputValues<typeof STRATEGY_INPUTS>;
