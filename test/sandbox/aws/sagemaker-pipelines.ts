import { AwsError, epochSeconds, type AwsSandbox } from './server.js';

/**
 * SageMaker Pipelines in the sandbox: pipelines with a definition, and their executions.
 * This module covers DescribePipeline and ListPipelineExecutions; executions are plain records
 * here, and scenario modules make them advance over time.
 */
export interface SandboxExecution {
  arn: string;
  pipelineName: string;
  displayName?: string;
  description?: string;
  status: 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded';
  /** Sandbox time (ms). */
  startTime: number;
  lastModifiedTime?: number;
  failureReason?: string;
}

export interface SandboxPipeline {
  name: string;
  arn: string;
  definition: Record<string, unknown>;
  roleArn: string;
  description?: string;
  creationTime: number;
  lastModifiedTime: number;
  /** Every definition it had: version N is `versions[N - 1]` (PipelineVersionId). */
  versions: { definition: Record<string, unknown>; creationTime: number }[];
}

export class PipelinesWorld {
  readonly pipelines = new Map<string, SandboxPipeline>();
  readonly executions: SandboxExecution[] = [];
  /** Hook for scenario modules: called before an execution is read, to advance it to `now`. */
  advance: (execution: SandboxExecution, now: number) => void = () => {};

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.on(
      'SageMaker.DescribePipeline',
      (input: { PipelineName: string; PipelineVersionId?: number }) => {
        const p = this.pipeline(input.PipelineName);
        return {
          PipelineArn: p.arn,
          PipelineName: p.name,
          PipelineDisplayName: p.name,
          PipelineDefinition: JSON.stringify(this.version(p, input.PipelineVersionId)),
          PipelineDescription: p.description,
          RoleArn: p.roleArn,
          PipelineStatus: 'Active',
          CreationTime: epochSeconds(p.creationTime),
          LastModifiedTime: epochSeconds(p.lastModifiedTime),
        };
      },
    );
    sandbox.on('SageMaker.ListPipelineExecutions', (input: ListInput) => this.list(input));
    sandbox.on('SageMaker.ListPipelineVersions', (input: ListInput) => {
      const p = this.pipeline(input.PipelineName);
      const rows = p.versions.map((v, i) => ({
        PipelineArn: p.arn,
        PipelineVersionId: i + 1,
        CreationTime: epochSeconds(v.creationTime),
      }));
      if (input.SortOrder !== 'Ascending') rows.reverse();
      return { PipelineVersionSummaries: rows.slice(0, input.MaxResults ?? 10) };
    });
  }

  /** The definition of a version (the latest when none is named); unknown versions are refused. */
  version(p: SandboxPipeline, id: number | undefined): Record<string, unknown> {
    if (id === undefined) return p.definition;
    const v = p.versions[id - 1];
    if (!v) throw new AwsError('ResourceNotFound', `Pipeline version ${id} of ${p.name} does not exist.`);
    return v.definition;
  }

  addPipeline(
    name: string,
    definition: Record<string, unknown> = { Version: '2020-12-01', Steps: [] },
  ): SandboxPipeline {
    const now = this.sandbox.now();
    const p: SandboxPipeline = {
      name,
      arn: this.sandbox.arn('sagemaker', `pipeline/${name.toLowerCase()}`),
      definition,
      roleArn: this.sandbox
        .arn('iam', 'role/SageMakerPipelineRole')
        .replace(`:${this.sandbox.region}:`, '::'),
      creationTime: now,
      lastModifiedTime: now,
      versions: [{ definition, creationTime: now }],
    };
    this.pipelines.set(name, p);
    return p;
  }

  addExecution(pipelineName: string, fields: Partial<SandboxExecution> & { id: string }): SandboxExecution {
    const p = this.pipeline(pipelineName);
    const e: SandboxExecution = {
      arn: `${p.arn}/execution/${fields.id}`,
      pipelineName: p.name,
      status: 'Executing',
      startTime: this.sandbox.now(),
      ...fields,
    };
    this.executions.push(e);
    return e;
  }

  /** Accepts a name or a pipeline ARN, as the API does. */
  pipeline(nameOrArn: string): SandboxPipeline {
    const name = nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
    const p = [...this.pipelines.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!p) throw new AwsError('ResourceNotFound', `Pipeline '${name}' does not exist.`);
    return p;
  }

  private list(input: ListInput) {
    const p = this.pipeline(input.PipelineName);
    const now = this.sandbox.now();
    let rows = this.executions.filter((e) => e.pipelineName === p.name);
    for (const e of rows) this.advance(e, now);
    rows = [...rows].sort((a, b) => a.startTime - b.startTime);
    if (input.SortOrder !== 'Ascending') rows.reverse();
    const max = input.MaxResults ?? 50;
    if (max < 1 || max > 100)
      throw new AwsError('ValidationException', `MaxResults must be between 1 and 100`);
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const page = rows.slice(start, start + max);
    return {
      PipelineExecutionSummaries: page.map((e) => ({
        PipelineExecutionArn: e.arn,
        PipelineExecutionDisplayName: e.displayName,
        PipelineExecutionDescription: e.description,
        PipelineExecutionStatus: e.status,
        PipelineExecutionFailureReason: e.failureReason,
        StartTime: epochSeconds(e.startTime),
      })),
      ...(start + max < rows.length ? { NextToken: String(start + max) } : {}),
    };
  }
}

interface ListInput {
  PipelineName: string;
  SortBy?: string;
  SortOrder?: string;
  MaxResults?: number;
  NextToken?: string;
}
