import { InputError } from '../../core/errors.js';

export interface PipelineTarget {
  pipeline: string;
  stage: string;
  action: string;
}

export interface ApprovalChecks {
  /** The CodePipeline manual approval to answer, when its three inputs are given. */
  pipeline?: PipelineTarget;
  /** With approval-source model-registry: the package whose decision is waited on. */
  registryPackage?: string;
}

/** approve-promotion's rules across inputs: what each approval source needs, and the CodePipeline trio. */
export function checkApproval(i: {
  'approval-source': 'github-environment' | 'model-registry';
  'github-token'?: string;
  'model-package-arn'?: string;
  'codepipeline-name'?: string;
  'codepipeline-stage'?: string;
  'codepipeline-action'?: string;
}): ApprovalChecks {
  if (i['approval-source'] === 'github-environment' && !i['github-token'])
    throw new InputError(
      'github-token',
      'is required to read the run approvals (approval-source github-environment)',
    );
  const registryPackage = i['approval-source'] === 'model-registry' ? i['model-package-arn'] : undefined;
  if (i['approval-source'] === 'model-registry' && !registryPackage)
    throw new InputError('model-package-arn', 'is required with approval-source model-registry');
  const checks: ApprovalChecks = registryPackage ? { registryPackage } : {};
  const [pipeline, stage, action] = [
    i['codepipeline-name'],
    i['codepipeline-stage'],
    i['codepipeline-action'],
  ];
  if (!pipeline && !stage && !action) return checks;
  const why =
    'is required when answering a CodePipeline approval (codepipeline-name, -stage and -action go together)';
  if (!pipeline) throw new InputError('codepipeline-name', why);
  if (!stage) throw new InputError('codepipeline-stage', why);
  if (!action) throw new InputError('codepipeline-action', why);
  return { ...checks, pipeline: { pipeline, stage, action } };
}
