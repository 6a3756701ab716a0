import { InputError } from '../errors.js';
import type { StrategyInputs } from './strategy-inputs.js';
import {
  LIMITS,
  STRATEGIES,
  STRATEGY_NAMES,
  parsePreset,
  strategyChoices,
  type Capacity,
  type StrategyName,
} from './strategies.js';
import { TARGETS, type TargetName } from './targets.js';

/** The strategy with every option resolved and checked against SageMaker's limits. */
export interface DeployPlan {
  /** Where the model goes (targets.ts); 'endpoint' is a real-time endpoint on instances. */
  target: TargetName;
  strategy: StrategyName;
  /** The CodeDeploy preset name the user wrote, when they wrote one. */
  preset?: string;
  instanceCount: number;
  canarySize?: Capacity;
  linearStepSize?: Capacity;
  rollingBatchSize?: Capacity;
  /** rolling: how much capacity a rollback restores per batch (SageMaker's default: all at once). */
  rollbackBatchSize?: Capacity;
  waitIntervalSeconds: number;
  terminationWaitSeconds: number;
  maxExecutionTimeoutSeconds?: number;
  alarms: string[];
}

const DEFAULT_WAIT_SECONDS = 300;
const DEFAULT_SIZE: Record<'canary' | 'linear' | 'rolling', Capacity> = {
  canary: { type: 'CAPACITY_PERCENT', value: 10 },
  linear: { type: 'CAPACITY_PERCENT', value: 10 },
  rolling: { type: 'CAPACITY_PERCENT', value: 25 },
};

/**
 * Parses and checks every strategy option before any AWS call, against SageMaker's limits and
 * against what the target takes (targets.ts); errors name the input and the limit. `units` is
 * what sizes count on the target: instances, or an inference component's copies.
 */
export function parsePlan(
  raw: StrategyInputs,
  target: TargetName = 'endpoint',
  units: number = raw['instance-count'],
): DeployPlan {
  const instanceCount = units;
  const { strategy, preset, presetName } = parseStrategy(raw.strategy, TARGETS[target].defaultStrategy);
  const support = TARGETS[target].strategies[strategy];
  if (!support.ok)
    throw new InputError('strategy', `${strategy} is not supported on target ${target}: ${support.why}`);
  const uses = new Set(STRATEGIES[strategy].options);
  for (const option of [
    'canary-size',
    'linear-step-size',
    'rolling-batch-size',
    'rollback-batch-size',
    'termination-wait',
    'max-execution-timeout',
  ] as const) {
    if (raw[option] !== undefined && !uses.has(option)) {
      throw new InputError(
        option,
        `does not apply to strategy ${strategy} (it takes ${[...uses].join(', ') || 'no options'})`,
      );
    }
  }
  if (raw['wait-interval'] !== undefined && !uses.has('wait-interval')) {
    throw new InputError('wait-interval', `does not apply to strategy ${strategy}`);
  }
  if (presetName) {
    for (const option of ['canary-size', 'linear-step-size', 'wait-interval'] as const) {
      if (raw[option] !== undefined) {
        throw new InputError(
          option,
          `conflicts with strategy ${presetName}, which sets it; use strategy ${strategy} to choose it yourself`,
        );
      }
    }
  }

  const plan: DeployPlan = {
    target,
    strategy,
    ...(presetName ? { preset: presetName } : {}),
    instanceCount,
    waitIntervalSeconds:
      preset?.waitIntervalSeconds ??
      seconds('wait-interval', raw['wait-interval'], DEFAULT_WAIT_SECONDS, LIMITS.waitIntervalSeconds),
    terminationWaitSeconds: seconds(
      'termination-wait',
      raw['termination-wait'],
      0,
      LIMITS.terminationWaitSeconds,
    ),
    alarms: raw['rollback-alarms'],
  };
  if (strategy === 'all-at-once') plan.waitIntervalSeconds = 0;
  const timeout =
    raw['max-execution-timeout'] !== undefined
      ? seconds(
          'max-execution-timeout',
          raw['max-execution-timeout'],
          undefined,
          LIMITS.maxExecutionTimeoutSeconds,
        )
      : undefined;
  if (timeout !== undefined) plan.maxExecutionTimeoutSeconds = timeout;

  // A preset's own sizes are checked too; the error then names 'strategy', the input that set them.
  const from = (option: string) => (presetName ? 'strategy' : option);
  const check = (input: string, size: Capacity, limit: Limit, minPercent: number) => {
    if (TARGETS[target].capacity === 'percent only' && size.type !== 'CAPACITY_PERCENT')
      throw new InputError(
        input,
        `must be a percentage on target ${target} (it has no instances to count)`,
        String(size.value),
      );
    checkCapacity(input, size, instanceCount, limit, minPercent, TARGETS[target].capacity);
  };
  if (strategy === 'canary') {
    plan.canarySize = preset?.canarySize ?? raw['canary-size'] ?? DEFAULT_SIZE.canary;
    check(from('canary-size'), plan.canarySize, LIMITS.canaryPercent, 0);
  } else if (strategy === 'linear') {
    plan.linearStepSize = preset?.linearStepSize ?? raw['linear-step-size'] ?? DEFAULT_SIZE.linear;
    check(from('linear-step-size'), plan.linearStepSize, LIMITS.linearPercent, LIMITS.linearPercent.min);
  } else if (strategy === 'rolling') {
    plan.rollingBatchSize = raw['rolling-batch-size'] ?? DEFAULT_SIZE.rolling;
    check('rolling-batch-size', plan.rollingBatchSize, LIMITS.rollingPercent, LIMITS.rollingPercent.min);
    const rollback = raw['rollback-batch-size'];
    if (rollback) {
      check('rollback-batch-size', rollback, LIMITS.rollbackPercent, LIMITS.rollbackPercent.min);
      plan.rollbackBatchSize = rollback;
    }
  }
  if (target === 'inference-component' && strategy === 'all-at-once' && plan.alarms.length)
    throw new InputError(
      'rollback-alarms',
      'needs strategy rolling on target inference-component: AutoRollbackConfiguration goes with the RollingUpdatePolicy',
    );
  if (
    preset?.waitIntervalSeconds !== undefined &&
    preset.waitIntervalSeconds > LIMITS.waitIntervalSeconds.max
  ) {
    throw new InputError(
      'strategy',
      `waits longer than SageMaker allows (${LIMITS.waitIntervalSeconds.text})`,
      raw.strategy,
    );
  }
  return plan;
}

function parseStrategy(
  raw: string | undefined,
  fallback: StrategyName,
): {
  strategy: StrategyName;
  preset?: ReturnType<typeof parsePreset>;
  presetName?: string;
} {
  const value = raw?.trim() || fallback;
  const named = STRATEGY_NAMES.find((s) => s === value.toLowerCase());
  if (named) return { strategy: named };
  const preset = parsePreset(value);
  if (!preset) throw new InputError('strategy', `must be one of ${strategyChoices()}`, raw);
  return { strategy: preset.strategy, preset, presetName: value };
}

/** `10%` → CAPACITY_PERCENT 10; `2` → INSTANCE_COUNT 2. */
export function capacity(input: string, raw: string): Capacity {
  const value = raw.trim();
  const percent = /^(\d+)\s*%$/.exec(value);
  if (percent) return { type: 'CAPACITY_PERCENT', value: Number(percent[1]) };
  if (/^\d+$/.test(value)) return { type: 'INSTANCE_COUNT', value: Number(value) };
  throw new InputError(
    input,
    'must be a percentage of capacity (e.g. 10%) or a number of instances (e.g. 2)',
    raw,
  );
}

type Limit = { min: number; max: number; text: string };

/**
 * SageMaker bounds each size as a share of the capacity: a percentage directly, a count of
 * instances (or an inference component's copies) as count / instance-count (copy-count).
 */
function checkCapacity(
  input: string,
  size: Capacity,
  instanceCount: number,
  limit: Limit,
  minPercent: number,
  units: string,
): void {
  if (size.type === 'CAPACITY_PERCENT') {
    if (size.value < limit.min || size.value > limit.max) {
      throw new InputError(input, `is outside SageMaker's limit (${limit.text})`, `${size.value}%`);
    }
    return;
  }
  const share = (size.value / instanceCount) * 100;
  if (size.value < 1 || share > limit.max || share < minPercent) {
    throw new InputError(
      input,
      `is outside SageMaker's limit (${limit.text}): ${size.value} of ${instanceCount} ${units} is ${Math.round(share)}%`,
      String(size.value),
    );
  }
}

/** A duration input (ms, already within its range) as the whole seconds SageMaker takes. */
function seconds(
  input: string,
  ms: number | undefined,
  fallback: number | undefined,
  limit: { min: number; max: number; text: string },
): number {
  if (ms === undefined) {
    if (fallback === undefined) throw new InputError(input, 'is required');
    return fallback;
  }
  if (ms % 1000) throw new InputError(input, 'must be a whole number of seconds', `${ms}ms`);
  const s = ms / 1000;
  if (s < limit.min || s > limit.max)
    throw new InputError(input, `is outside SageMaker's limit (${limit.text})`, `${s}s`);
  return s;
}
