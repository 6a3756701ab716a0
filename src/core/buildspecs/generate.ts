import { buildspecFor, renderBuildspec, type Buildspec } from './kinds.js';
import { containerOptions, driftOptions, metricsOptions, pipelineOptions, type BuildspecKind } from './options.js';

/**
 * A buildspec of `kind` from option values (flags or a config file, by option name), as text.
 * `version` is the toolkit version the pipeline and metrics buildspecs install.
 */
export function generateBuildspec(
  kind: BuildspecKind,
  get: (option: string) => string,
  version: string,
): { spec: Buildspec; text: string } {
  const spec =
    kind === 'container'
      ? buildspecFor('container', containerOptions(get))
      : kind === 'pipeline'
        ? buildspecFor('pipeline', pipelineOptions(get, version))
        : kind === 'drift'
          ? buildspecFor('drift', driftOptions(get, version))
          : buildspecFor('metrics', metricsOptions(get, version));
  return { spec, text: renderBuildspec(kind, spec, `sagemaker-cicd buildspec ${kind}`) };
}
