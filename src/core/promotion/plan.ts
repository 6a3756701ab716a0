import { InputError } from '../errors.js';
import { duration, integer, list } from '../inputs.js';
import {
  LIMITS,
  STRATEGIES,
  STRATEGY_NAMES,
  parsePreset,
  strategyChoices,
  type Capacity,
  type StrategyName,
} from './strategies.js';

/** The strategy with every option resolved and checked against SageMaker's limits. */
export interface DeployPlan {
  strategy: StrategyName;
  /** The CodeDeploy preset name the user wrote, when they wrote one. */
  preset?: string;
  instanceCount: number;
  canarySize?: Capacity;
  linearStepSize?: Capacity;
  rollingBatchSize?: Capacity;
  waitIntervalSeconds: number;
  terminationWaitSeconds: number;
  maxExecutionTimeoutSeconds?: number;
  alarms: string[];
}

/** The raw strategy inputs of `deploy`, as strings (empty when unset). */
export interface StrategyInputs {
  strategy: string;
  'instance-count': string;
  'canary-size': string;
  'linear-step-size': string;
  'rolling-batch-size': string;
  'wait-interval': string;
  'termination-wait': string;
  'max-execution-timeout': string;
  'rollback-alarms': string;
}

const DEFAULT_WAIT_SECONDS = 300;
const DEFAULT_SIZE: Record<'canary' | 'linear' | 'rolling', string> = {
  canary: '10%',
  linear: '10%',
  rolling: '25%',
};
/** CloudWatch alarm names: 1-255 characters, no control characters. */
const ALARM_NAME = /^[^\p{Cc}]{1,255}$/u;

/** Parses and checks every strategy option before any AWS call; errors name the limit. */
export function parsePlan(raw: StrategyInputs): DeployPlan {
  const instanceCount = integer('instance-count', raw['instance-count'], 1, {
    min: 1,
    max: 1000,
    unit: 'instances',
  });
  const { strategy, preset, presetName } = parseStrategy(raw.strategy);
  const uses = new Set(STRATEGIES[strategy].options);
  for (const option of [
    'canary-size',
    'linear-step-size',
    'rolling-batch-size',
    'termination-wait',
    'max-execution-timeout',
  ] as const) {
    if (raw[option].trim() && !uses.has(option)) {
      throw new InputError(
        option,
        `does not apply to strategy ${strategy} (it takes ${[...uses].join(', ') || 'no options'})`,
      );
    }
  }
  if (raw['wait-interval'].trim() && !uses.has('wait-interval')) {
    throw new InputError('wait-interval', `does not apply to strategy ${strategy}`);
  }
  if (presetName) {
    for (const option of ['canary-size', 'linear-step-size', 'wait-interval'] as const) {
      if (raw[option].trim()) {
        throw new InputError(
          option,
          `conflicts with strategy ${presetName}, which sets it; use strategy ${strategy} to choose it yourself`,
        );
      }
    }
  }

  const plan: DeployPlan = {
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
    alarms: alarms(raw['rollback-alarms']),
  };
  if (strategy === 'all-at-once') plan.waitIntervalSeconds = 0;
  const timeout = raw['max-execution-timeout'].trim()
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
  if (strategy === 'canary') {
    plan.canarySize =
      preset?.canarySize ?? capacity('canary-size', raw['canary-size'] || DEFAULT_SIZE.canary);
    checkCapacity(from('canary-size'), plan.canarySize, instanceCount, LIMITS.canaryPercent, 0);
  } else if (strategy === 'linear') {
    plan.linearStepSize =
      preset?.linearStepSize ?? capacity('linear-step-size', raw['linear-step-size'] || DEFAULT_SIZE.linear);
    const limit = LIMITS.linearPercent;
    checkCapacity(from('linear-step-size'), plan.linearStepSize, instanceCount, limit, limit.min);
  } else if (strategy === 'rolling') {
    plan.rollingBatchSize = capacity('rolling-batch-size', raw['rolling-batch-size'] || DEFAULT_SIZE.rolling);
    const limit = LIMITS.rollingPercent;
    checkCapacity('rolling-batch-size', plan.rollingBatchSize, instanceCount, limit, limit.min);
  }
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

function parseStrategy(raw: string): {
  strategy: StrategyName;
  preset?: ReturnType<typeof parsePreset>;
  presetName?: string;
} {
  const value = raw.trim() || 'blue-green';
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

/**
 * SageMaker bounds each size as a share of the variant's instance count: a percentage directly,
 * an instance count as count / instance-count.
 */
function checkCapacity(
  input: string,
  size: Capacity,
  instanceCount: number,
  limit: { min: number; max: number; text: string },
  minPercent: number,
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
      `is outside SageMaker's limit (${limit.text}): ${size.value} of ${instanceCount} instances is ${Math.round(share)}%`,
      String(size.value),
    );
  }
}

function seconds(
  input: string,
  raw: string,
  fallback: number | undefined,
  limit: { min: number; max: number; text: string },
): number {
  const ms = duration(input, raw, fallback === undefined ? undefined : fallback * 1000, {
    minMs: 0,
    maxMs: Number.MAX_SAFE_INTEGER,
    defaultUnit: 's',
  });
  if (ms === undefined) throw new InputError(input, 'is required');
  if (ms % 1000) throw new InputError(input, 'must be a whole number of seconds', raw);
  const s = ms / 1000;
  if (s < limit.min || s > limit.max)
    throw new InputError(input, `is outside SageMaker's limit (${limit.text})`, raw);
  return s;
}

function alarms(raw: string): string[] {
  const names = [...new Set(list('rollback-alarms', raw))];
  if (names.length > LIMITS.alarms.max) {
    throw new InputError(
      'rollback-alarms',
      `names ${names.length} alarms; SageMaker allows ${LIMITS.alarms.text}`,
    );
  }
  for (const name of names) {
    if (!ALARM_NAME.test(name))
      throw new InputError(
        'rollback-alarms',
        'items must be CloudWatch alarm names (1-255 characters)',
        name,
      );
  }
  return names;
}
