import type { ModelRegistryWorld } from './sagemaker-model-registry.js';
import { AwsError, epochSeconds } from './server.js';
import { SageMakerJobs, jobName } from './sagemaker-jobs.js';
import type { PipelinesWorld, SandboxExecution } from './sagemaker-pipelines.js';
import { checkSelective, installReruns } from './sagemaker-reruns.js';
import { definitionOf } from './sagemaker-scripts.js';
import { timeline, type PipelineScript, type RunRecord, type StepRow } from './sagemaker-timeline.js';

/**
 * Pipeline executions that run over sandbox time: StartPipelineExecution (idempotent on
 * ClientRequestToken, parameters checked against the definition), DescribePipelineExecution,
 * ListPipelineExecutionSteps (paginated), DescribePipelineDefinitionForExecution,
 * StopPipelineExecution, CreatePipeline and UpdatePipeline. A pipeline is given a script: its steps
 * in order, each with a duration; a condition step's outcome picks its branch; a step may fail.
 * Every state is computed from the execution's start and `now`, so any time scale works.
 */
export type { PipelineScript, StepScript } from './sagemaker-timeline.js';
export { churnScript } from './sagemaker-scripts.js';

export class PipelineRuns {
  readonly runs = new Map<string, RunRecord>();
  readonly scripts = new Map<string, PipelineScript>();
  /** Page size of ListPipelineExecutionSteps when the caller asks for more (tests pagination). */
  stepsPageSize = 100;
  /**
   * When set, a RegisterModel step that succeeds registers a real package in this registry (with
   * `registeredMetrics` as its model-quality report), so later steps can read and approve it.
   */
  registry: ModelRegistryWorld | undefined;
  registeredMetrics: unknown = {
    binary_classification_metrics: {
      accuracy: { value: 0.93, standard_deviation: 0.004 },
      auc: { value: 0.95, standard_deviation: 0.003 },
      f1: { value: 0.83, standard_deviation: 0.006 },
    },
  };
  private readonly registered = new Map<string, string>();
  private counter = 0;
  /** The training and processing jobs the steps run (their logs once given a LogsWorld). */
  readonly jobs: SageMakerJobs;

  constructor(readonly world: PipelinesWorld) {
    const sandbox = world.sandbox;
    this.jobs = new SageMakerJobs(this);
    world.advance = (e, now) => this.advance(e, now);
    sandbox.on('SageMaker.StartPipelineExecution', (input: StartInput) => this.start(input));
    sandbox.on('SageMaker.DescribePipelineExecution', (input: { PipelineExecutionArn: string }) => {
      const e = this.execution(input.PipelineExecutionArn);
      this.advance(e, sandbox.now());
      return {
        PipelineArn: world.pipeline(e.pipelineName).arn,
        PipelineExecutionArn: e.arn,
        PipelineExecutionDisplayName: e.displayName,
        PipelineExecutionDescription: e.description,
        PipelineExecutionStatus: e.status,
        ...(e.failureReason ? { FailureReason: e.failureReason } : {}),
        CreationTime: epochSeconds(e.startTime),
        LastModifiedTime: epochSeconds(e.lastModifiedTime ?? e.startTime),
        ...selectiveConfigOf(this.runs.get(e.arn)!),
      };
    });
    sandbox.on('SageMaker.ListPipelineExecutionSteps', (input: StepsInput) => this.listSteps(input));
    sandbox.on(
      'SageMaker.DescribePipelineDefinitionForExecution',
      (input: { PipelineExecutionArn: string }) => {
        const e = this.execution(input.PipelineExecutionArn);
        return {
          PipelineDefinition: this.runs.get(e.arn)!.definition,
          CreationTime: epochSeconds(e.startTime),
        };
      },
    );
    sandbox.on(
      'SageMaker.StopPipelineExecution',
      (input: { PipelineExecutionArn: string; ClientRequestToken?: string }) => {
        checkToken(input.ClientRequestToken);
        const e = this.execution(input.PipelineExecutionArn);
        this.advance(e, sandbox.now());
        if (['Succeeded', 'Failed', 'Stopped'].includes(e.status)) {
          throw new AwsError('ValidationException', `Pipeline execution ${e.arn} is already ${e.status}.`);
        }
        const run = this.runs.get(e.arn)!;
        run.stopAt ??= sandbox.now();
        this.advance(e, sandbox.now());
        return { PipelineExecutionArn: e.arn };
      },
    );
    sandbox.on('SageMaker.CreatePipeline', (input: PipelineInput & { ClientRequestToken?: string }) => {
      checkToken(input.ClientRequestToken);
      if (!input.RoleArn) throw new AwsError('ValidationException', 'RoleArn is required.');
      if ([...world.pipelines.keys()].some((n) => n.toLowerCase() === input.PipelineName.toLowerCase())) {
        throw new AwsError('ResourceInUse', `Pipeline ${input.PipelineName} already exists.`);
      }
      const p = world.addPipeline(
        input.PipelineName,
        JSON.parse(input.PipelineDefinition) as Record<string, unknown>,
      );
      return { PipelineArn: p.arn };
    });
    sandbox.on('SageMaker.UpdatePipeline', (input: PipelineInput) => {
      const p = world.pipeline(input.PipelineName);
      p.definition = JSON.parse(input.PipelineDefinition) as Record<string, unknown>;
      p.versions.push({ definition: p.definition, creationTime: sandbox.now() });
      p.lastModifiedTime = sandbox.now();
      return { PipelineArn: p.arn, PipelineVersionId: p.versions.length };
    });
    installReruns(this);
  }

  /** A pipeline whose executions follow `script`; its definition is generated from the script. */
  addPipeline(name: string, script: PipelineScript) {
    this.scripts.set(name, script);
    return this.world.addPipeline(name, definitionOf(script));
  }

  /** An execution that already ran (or runs), e.g. the previous successful one. */
  addRun(pipelineName: string, id: string, startTime: number, script?: PipelineScript): SandboxExecution {
    const s = script ?? this.scripts.get(pipelineName)!;
    const e = this.world.addExecution(pipelineName, { id, startTime, displayName: id });
    this.runs.set(e.arn, {
      script: s,
      definition: JSON.stringify(definitionOf(s)),
      parameters: [],
      retries: [],
      retryTokens: [],
    });
    this.advance(e, this.world.sandbox.now());
    return e;
  }

  /** Stops an execution as someone in the console would. */
  stopFromOutside(arn: string): void {
    this.runs.get(arn)!.stopAt = this.world.sandbox.now();
  }

  parametersOf(arn: string) {
    return this.runs.get(arn)?.parameters;
  }

  private start(input: StartInput) {
    checkToken(input.ClientRequestToken);
    const p = this.world.pipeline(input.PipelineName);
    if (
      input.PipelineExecutionDisplayName !== undefined &&
      !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/.test(input.PipelineExecutionDisplayName)
    ) {
      throw new AwsError(
        'ValidationException',
        `Value '${input.PipelineExecutionDisplayName}' at 'pipelineExecutionDisplayName' failed to satisfy constraint`,
      );
    }
    for (const [arn, run] of this.runs) {
      if (run.token === input.ClientRequestToken && arn.startsWith(`${p.arn}/`))
        return { PipelineExecutionArn: arn };
    }
    const defined = ((p.definition.Parameters ?? []) as { Name: string }[]).map((x) => x.Name);
    for (const param of input.PipelineParameters ?? []) {
      if (!defined.includes(param.Name)) {
        throw new AwsError(
          'ValidationException',
          `Parameter '${param.Name}' is not defined in the pipeline definition.`,
        );
      }
    }
    const script = this.scripts.get(p.name) ?? { steps: [] };
    const selective = checkSelective(this, p.name, script, input.SelectiveExecutionConfig);
    const definition = this.world.version(p, input.PipelineVersionId);
    const id = `${(++this.counter).toString(36).padStart(4, '0')}x${Math.floor(this.world.sandbox.now() / 1000).toString(36)}`;
    const e = this.world.addExecution(p.name, {
      id,
      displayName: input.PipelineExecutionDisplayName ?? id,
      description: input.PipelineExecutionDescription,
    });
    this.runs.set(e.arn, {
      script,
      definition: JSON.stringify(definition),
      token: input.ClientRequestToken,
      parameters: input.PipelineParameters ?? [],
      retries: [],
      retryTokens: [],
      ...(selective
        ? { selected: selective.steps, ...(selective.source ? { source: selective.source } : {}) }
        : {}),
      ...(input.PipelineVersionId !== undefined ? { versionId: input.PipelineVersionId } : {}),
    });
    return { PipelineExecutionArn: e.arn };
  }

  execution(arn: string): SandboxExecution {
    const e = this.world.executions.find((x) => x.arn === arn);
    if (!e || !this.runs.has(arn))
      throw new AwsError('ResourceNotFound', `Pipeline execution ${arn} does not exist.`);
    return e;
  }

  /** The execution's steps and status at `now`, from its script. */
  timeline(e: SandboxExecution, now: number): ReturnType<typeof timeline> | undefined {
    const run = this.runs.get(e.arn);
    if (!run) return undefined;
    return timeline(run, e, now, (arn) => {
      const source = this.world.executions.find((x) => x.arn === arn);
      return (source && this.timeline(source, now)?.steps) ?? [];
    });
  }

  advance(e: SandboxExecution, now: number): void {
    const tl = this.timeline(e, now);
    if (!tl) return;
    e.status = tl.status;
    e.failureReason = tl.failure;
    e.lastModifiedTime = ['Succeeded', 'Failed', 'Stopped'].includes(tl.status) ? tl.end : now;
  }

  private listSteps(input: StepsInput) {
    const e = this.execution(input.PipelineExecutionArn);
    const now = this.world.sandbox.now();
    this.advance(e, now);
    const rows = this.timeline(e, now)!.steps.map((r) => this.stepOut(e, r));
    if (input.SortOrder !== 'Ascending') rows.reverse();
    const max = Math.min(input.MaxResults ?? 100, this.stepsPageSize);
    if (max < 1 || max > 100)
      throw new AwsError('ValidationException', 'MaxResults must be between 1 and 100');
    const from = input.NextToken ? Number(input.NextToken) : 0;
    return {
      PipelineExecutionSteps: rows.slice(from, from + max),
      ...(from + max < rows.length ? { NextToken: String(from + max) } : {}),
    };
  }

  private stepOut(e: SandboxExecution, r: StepRow) {
    const sandbox = this.world.sandbox;
    // ARNs spell job names in lower case.
    const job = jobName(e.arn, r.s.name).toLowerCase();
    const metadata: Record<string, unknown> = {};
    if (r.s.type === 'Training')
      metadata.TrainingJob = { Arn: sandbox.arn('sagemaker', `training-job/${job}`) };
    if (r.s.type === 'Processing')
      metadata.ProcessingJob = { Arn: sandbox.arn('sagemaker', `processing-job/${job}`) };
    if (r.s.type === 'Condition' && r.status === 'Succeeded')
      metadata.Condition = { Outcome: r.s.outcome ?? 'True' };
    if (r.s.type === 'RegisterModel' && r.status === 'Succeeded') {
      metadata.RegisterModel = { Arn: this.registeredPackage(e) };
    }
    return {
      StepName: r.s.name,
      StepStatus: r.status,
      StartTime: epochSeconds(r.start),
      ...(r.end !== undefined ? { EndTime: epochSeconds(r.end) } : {}),
      ...(r.status === 'Failed' ? { FailureReason: r.s.fail } : {}),
      AttemptCount: r.attempt + 1,
      Metadata: metadata,
      ...(r.reusedFrom ? { SelectiveExecutionResult: { SourcePipelineExecutionArn: r.reusedFrom } } : {}),
    };
  }

  private registeredPackage(e: SandboxExecution): string {
    const known = this.registered.get(e.arn);
    if (known) return known;
    const group = `${e.pipelineName}-models`;
    const arn = this.registry
      ? this.registry.addPackage(group, { metrics: this.registeredMetrics }).arn
      : this.world.sandbox.arn(
          'sagemaker',
          `model-package/${group}/${this.world.executions.filter((x) => x.pipelineName === e.pipelineName).indexOf(e) + 1}`,
        );
    this.registered.set(e.arn, arn);
    return arn;
  }
}

interface StartInput {
  PipelineName: string;
  SelectiveExecutionConfig?: { SourcePipelineExecutionArn?: string; SelectedSteps?: { StepName: string }[] };
  PipelineVersionId?: number;
  ClientRequestToken?: string;
  PipelineExecutionDisplayName?: string;
  PipelineExecutionDescription?: string;
  PipelineParameters?: { Name: string; Value: string }[];
}
interface StepsInput {
  PipelineExecutionArn: string;
  MaxResults?: number;
  NextToken?: string;
  SortOrder?: string;
}
interface PipelineInput {
  PipelineName: string;
  PipelineDefinition: string;
  RoleArn?: string;
}

function selectiveConfigOf(run: RunRecord) {
  return {
    ...(run.selected
      ? {
          SelectiveExecutionConfig: {
            SelectedSteps: run.selected.map((StepName) => ({ StepName })),
            ...(run.source ? { SourcePipelineExecutionArn: run.source } : {}),
          },
        }
      : {}),
    ...(run.versionId !== undefined ? { PipelineVersionId: run.versionId } : {}),
  };
}

export function checkToken(token: string | undefined): void {
  if (!token || token.length < 32 || token.length > 128) {
    throw new AwsError(
      'ValidationException',
      "1 validation error detected: Value at 'clientRequestToken' failed to satisfy constraint: Member must have length between 32 and 128",
    );
  }
}
