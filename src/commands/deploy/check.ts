import { InputError } from '../../core/errors.js';
import { parseHosting, type Hosting } from '../../core/promotion/hosting.js';
import { parsePlan, type DeployPlan } from '../../core/promotion/plan.js';
import type { StrategyInputs } from '../../core/promotion/strategy-inputs.js';
import type { TargetInputs } from '../../core/promotion/target-inputs.js';
import type { RunInfo } from '../../core/run-info.js';

export interface DeployChecks {
  plan: DeployPlan;
  hosting: Hosting;
  commit: string;
  dataCapture?: { percent: number; destinationS3Uri: string };
  timeoutMs: number;
}

/** deploy's rules across inputs: the target, the strategy plan on it, data capture's pair, the commit, the timeout. */
export function checkDeploy(
  i: StrategyInputs &
    TargetInputs & {
      'instance-type'?: string;
      'data-capture-percent'?: number;
      'data-capture-s3-uri'?: string;
      commit?: string;
      timeout?: number;
    },
  run: RunInfo,
): DeployChecks {
  const hosting = parseHosting(i);
  // Sizes count an inference component's copies; elsewhere the instances.
  const units = hosting.target === 'inference-component' ? hosting.component.copies : i['instance-count'];
  const plan = parsePlan(i, hosting.target, units);
  const percent = i['data-capture-percent'];
  const uri = i['data-capture-s3-uri'];
  if (percent !== undefined && !uri)
    throw new InputError(
      'data-capture-s3-uri',
      'is required with data-capture-percent: an s3://bucket/prefix URI',
    );
  if (uri && percent === undefined)
    throw new InputError('data-capture-percent', 'is required with data-capture-s3-uri (0-100)');
  const commit = i.commit ?? run.sha;
  if (!commit)
    throw new InputError(
      'commit',
      'is required outside a workflow: the commit the endpoint config is named after',
    );
  // Unset, the wait outlasts SageMaker's own limit for the deployment, plus an hour to provision.
  const timeoutMs =
    i.timeout ?? Math.max(3 * 3_600_000, ((plan.maxExecutionTimeoutSeconds ?? 0) + 3600) * 1000);
  return {
    plan,
    hosting,
    commit,
    timeoutMs,
    ...(percent !== undefined && uri ? { dataCapture: { percent, destinationS3Uri: uri } } : {}),
  };
}
