import { stringify } from 'yaml';
import type { BuildspecKind, ContainerOptions, DriftOptions, MetricsOptions, PipelineOptions } from './options.js';

/** A buildspec (version 0.2) as the toolkit writes it: only the parts it uses. */
export interface Phase {
  'runtime-versions'?: Record<string, string>;
  'on-failure'?: 'ABORT' | 'CONTINUE';
  commands: string[];
  finally?: string[];
}

export interface Buildspec {
  version: 0.2;
  env: {
    shell: 'bash';
    variables: Record<string, string>;
    'secrets-manager'?: Record<string, string>;
    'exported-variables'?: string[];
  };
  phases: { install?: Phase; pre_build?: Phase; build?: Phase; post_build?: Phase };
  reports?: Record<string, { files: string[]; 'base-directory': string; 'file-format': 'JUNITXML' }>;
  artifacts?: { files: string[]; name?: string; 'discard-paths'?: 'yes' | 'no' };
}

/*
 * Commands never contain a user's value: they read variables, always inside double quotes, so a
 * value is one word whatever it holds (spaces, quotes, `$(...)`, `;`). Tests parse every command
 * line and refuse any unquoted expansion.
 */

export function containerBuildspec(o: ContainerOptions): Buildspec {
  const buildArgNames = Object.keys(o.buildArgs).sort();
  return {
    version: 0.2,
    env: {
      shell: 'bash',
      variables: {
        ECR_REPOSITORY: o.ecrRepository,
        DOCKERFILE: o.dockerfile,
        BUILD_CONTEXT: o.buildContext,
        TEST_COMMAND: o.testCommand,
        ...Object.fromEntries(buildArgNames.map((n) => [n, o.buildArgs[n]!])),
      },
      'exported-variables': ['IMAGE_URI', 'IMAGE_TAG'],
    },
    phases: {
      pre_build: {
        commands: [
          'ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"',
          'ECR_REGISTRY="$ACCOUNT_ID.dkr.ecr.$AWS_REGION.amazonaws.com"',
          // The image is tagged by the commit being built; a build without one fails here, clearly.
          'IMAGE_TAG="${CODEBUILD_RESOLVED_SOURCE_VERSION:?no commit to tag the image with}"',
          'IMAGE_URI="$ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG"',
          'aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$ECR_REGISTRY"',
          [
            'docker build --file "$DOCKERFILE" --tag "$IMAGE_URI"',
            ...buildArgNames.map((n) => `--build-arg ${n}`),
            '"$BUILD_CONTEXT"',
          ].join(' '),
        ],
      },
      build: {
        commands: [
          'mkdir -p "$CODEBUILD_SRC_DIR/reports/junit"',
          'docker run --rm --volume "$CODEBUILD_SRC_DIR/reports/junit:/reports" --entrypoint sh "$IMAGE_URI" -c "$TEST_COMMAND"',
        ],
      },
      post_build: {
        commands: [
          // post_build runs after a failed build phase too: push only an image whose tests passed.
          'if [ "$CODEBUILD_BUILD_SUCCEEDING" = 1 ]; then docker push "$IMAGE_URI"; else echo "tests failed: image not pushed"; fi',
        ],
      },
    },
    reports: {
      [o.reportGroup]: { files: ['**/*.xml'], 'base-directory': 'reports/junit', 'file-format': 'JUNITXML' },
    },
  };
}

function install(o: { nodeVersion: string }): Phase {
  return {
    'runtime-versions': { nodejs: o.nodeVersion },
    commands: ['npm install --global "sagemaker-cicd@$SAGEMAKER_CICD_VERSION"'],
  };
}

export function pipelineBuildspec(o: PipelineOptions): Buildspec {
  return {
    version: 0.2,
    env: {
      shell: 'bash',
      variables: {
        SAGEMAKER_CICD_VERSION: o.toolkitVersion,
        PIPELINE_NAME: o.pipelineName,
        PIPELINE_PARAMETERS: o.parameters,
      },
      'exported-variables': ['PIPELINE_EXECUTION_ARN'],
    },
    phases: {
      install: install(o),
      build: {
        commands: [
          // Outputs are name=value lines on stdout; the progress log goes to stderr (the build log).
          'sagemaker-cicd pipeline start --wait true --pipeline-name "$PIPELINE_NAME" --parameters "$PIPELINE_PARAMETERS" --summary-file pipeline-summary.md > pipeline-outputs.txt',
          'cat pipeline-outputs.txt',
          'PIPELINE_EXECUTION_ARN="$(sed -n "s/^execution-arn=//p" pipeline-outputs.txt)"',
        ],
      },
    },
    artifacts: { files: ['pipeline-summary.md', 'pipeline-outputs.txt'], 'discard-paths': 'yes' },
  };
}

export function metricsBuildspec(o: MetricsOptions): Buildspec {
  return {
    version: 0.2,
    env: {
      shell: 'bash',
      variables: {
        SAGEMAKER_CICD_VERSION: o.toolkitVersion,
        MODEL_PACKAGE_GROUP: o.modelPackageGroup,
        THRESHOLDS: o.thresholds,
        CHECK_NAME: o.checkName,
        PIPELINE_EXECUTION_ARN: '',
      },
      // Resolved by CodeBuild at run time and masked in its logs; never written into the file.
      'secrets-manager': { GITHUB_TOKEN: o.githubTokenSecret },
    },
    phases: {
      install: install(o),
      build: {
        commands: [
          'sagemaker-cicd metrics report --model-package-group "$MODEL_PACKAGE_GROUP" --execution-arn "$PIPELINE_EXECUTION_ARN" --thresholds "$THRESHOLDS" --check-name "$CHECK_NAME" --github-token "$GITHUB_TOKEN" --summary-file metrics-summary.md',
        ],
      },
    },
    artifacts: { files: ['metrics-summary.md'], 'discard-paths': 'yes' },
  };
}

/** The drift check on a schedule (EventBridge Scheduler starting this CodeBuild project). */
export function driftBuildspec(o: DriftOptions): Buildspec {
  return {
    version: 0.2,
    env: {
      shell: 'bash',
      variables: {
        SAGEMAKER_CICD_VERSION: o.toolkitVersion,
        ENDPOINT_NAME: o.endpointName,
        CAPTURE_S3_URI: o.captureS3Uri,
        DRIFT_BASELINE: o.baseline,
        DRIFT_WINDOW: o.window,
        DRIFT_THRESHOLDS: o.thresholds,
        DRIFT_ALARM_NAME: o.alarmName,
      },
    },
    phases: {
      install: install(o),
      build: {
        commands: [
          // Drift fails the build (after metrics and alarm are published); the outputs print either way.
          'status=0; sagemaker-cicd drift check --endpoint-name "$ENDPOINT_NAME" --capture-s3-uri "$CAPTURE_S3_URI" --baseline "$DRIFT_BASELINE" --window "$DRIFT_WINDOW" --thresholds "$DRIFT_THRESHOLDS" --alarm true --alarm-name "$DRIFT_ALARM_NAME" --summary-file drift-summary.md > drift-outputs.txt || status="$?"; cat drift-outputs.txt; exit "$status"',
        ],
      },
    },
    artifacts: { files: ['drift-summary.md', 'drift-outputs.txt'], 'discard-paths': 'yes' },
  };
}

export type KindOptions = {
  container: ContainerOptions;
  pipeline: PipelineOptions;
  metrics: MetricsOptions;
  drift: DriftOptions;
};

export function buildspecFor<K extends BuildspecKind>(kind: K, options: KindOptions[K]): Buildspec {
  if (kind === 'container') return containerBuildspec(options as ContainerOptions);
  if (kind === 'pipeline') return pipelineBuildspec(options as PipelineOptions);
  if (kind === 'drift') return driftBuildspec(options as DriftOptions);
  return metricsBuildspec(options as MetricsOptions);
}

/** The file's text: a header that says how it was made, then deterministic YAML. */
export function renderBuildspec(kind: BuildspecKind, spec: Buildspec, command: string): string {
  const header = [
    `# CodeBuild buildspec (${kind}), generated by '${command}'. Do not edit: regenerate.`,
    '# Every value is a variable default below; override it per build (StartBuild environment',
    '# variables, e.g. the build-container action\'s `env` input) rather than editing commands.',
  ].join('\n');
  return `${header}\n${stringify(spec, { lineWidth: 0, sortMapEntries: false })}`;
}

/** Every command line of a buildspec, with where it is (for test messages). */
export function commandLines(spec: Buildspec): { where: string; line: string }[] {
  const out: { where: string; line: string }[] = [];
  for (const [phase, p] of Object.entries(spec.phases)) {
    for (const key of ['commands', 'finally'] as const) {
      (p as Phase)[key]?.forEach((line, i) => out.push({ where: `phases.${phase}.${key}[${i}]`, line }));
    }
  }
  return out;
}
