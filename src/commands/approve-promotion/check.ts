import { InputError } from '../../core/errors.js';

export interface PipelineTarget {
  pipeline: string;
  stage: string;
  action: string;
}

/** approve-promotion's rules across inputs: what each approval source needs, and the CodePipeline trio. */
export function checkApproval(i: {
  'approval-source': 'github-environment' | 'model-registry';
  'github-token'?: string;
  'model-package-arn'?: string;
  'codepipeline-name'?: string;
  'codepipeline-stage'?: string;
  'codepipeline-action'?: string;
}): { pipeline?: PipelineTarget } {
  if (i['approval-source'] === 'github-environment' && !i['github-token'])
    throw new InputError(
      'github-token',
      'is required to read the run approvals (approval-source github-environment)',
    );
  if (i['approval-source'] === 'model-registry' && !i['model-package-arn'])
    throw new InputError('model-package-arn', 'is required with approval-source model-registry');
  const trio = [
    ['codepipeline-name', i['codepipeline-name']],
    ['codepipeline-stage', i['codepipeline-stage']],
    ['codepipeline-action', i['codepipeline-action']],
  ] as const;
  if (trio.every(([, v]) => !v)) return {};
  for (const [name, value] of trio) {
    if (!value)
      throw new InputError(
        name,
        'is required when answering a CodePipeline approval (codepipeline-name, -stage and -action go together)',
      );
  }
  return { pipeline: { pipeline: trio[0][1]!, stage: trio[1][1]!, action: trio[2][1]! } };
}
