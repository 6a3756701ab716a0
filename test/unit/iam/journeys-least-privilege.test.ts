import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInit } from '../../../src/cli/init.js';
import { specs } from '../../../src/commands/specs.js';
import { scaffold } from '../../../src/core/init/scaffold.js';
import { INIT_ARGS } from '../../journeys/init-args.js';
import type { RecordedAuthorization } from '../../sandbox/iam-recording.js';
import { leastPrivilege } from '../../sandbox/least-privilege.js';

/**
 * Least privilege of the role policy `init` writes (iam/github-actions-role.json, with the flags
 * the journeys give it), proven over what the journeys' runs asked IAM for (recorded by
 * `node scripts/iam-record.mjs --journeys` into test/fixtures/iam/journeys-authorizations.json):
 * nothing a journey sent is denied, and every permission is needed by a journey request, except
 * those only a branch the journeys do not take needs (each named, with the e2e test that takes it).
 */
const recorded = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/iam/journeys-authorizations.json'), 'utf8'),
) as RecordedAuthorization[];

/** Permission → the branch no journey takes (the e2e tests take each; see e2e-least-privilege). */
const OTHER_BRANCHES: Record<string, string> = {
  'codebuild:StopBuild': 'build-container: the workflow is cancelled while the build runs',
  'codepipeline:GetPipelineState': 'approve-promotion with codepipeline-name: answers a manual approval',
  'codepipeline:PutApprovalResult': 'approve-promotion with codepipeline-name: answers a manual approval',
  'events:ListTargetsByRule': 'create-trigger: a later apply compares the rule targets that exist',
  'events:RemoveTargets': 'create-trigger: a later apply retargets a rule',
  'events:UpdateApiDestination': 'create-trigger: a later apply changes the dispatch workflow',
  'events:UpdateConnection': 'create-trigger: a later apply rotates the dispatch token',
  'sagemaker:CreateEndpoint': 'deploy: the first deployment, when the endpoint does not exist yet',
  'sagemaker:CreateInferenceComponent': 'deploy with target inference-component: the first deployment',
  'sagemaker:DescribeInferenceComponent': 'deploy with target inference-component',
  'sagemaker:UpdateInferenceComponent': 'deploy with target inference-component: a rolling update',
  'sagemaker:CreatePipeline': 'start-pipeline with pipeline-definition: creates the pipeline',
  'sagemaker:UpdatePipeline': 'start-pipeline with pipeline-definition: updates a changed pipeline',
  'sagemaker:StopPipelineExecution': 'start/wait-pipeline: cancelled or timed out, the execution is stopped',
  'sagemaker:DescribeProcessingJob':
    "start/wait-pipeline: a processing step fails, its job's log tail is read",
  'logs:DescribeLogStreams': "start/wait-pipeline: a step's job fails, its log streams are listed",
  'sagemaker:RetryPipelineExecution':
    'start/wait-pipeline with retry-on-failure: a step fails for lack of capacity',
  'sagemaker:ListPipelineVersions': 'start-pipeline with pipeline-definition: reports the version it created',
  'sagemaker:ListPipelineParametersForExecution':
    'start-pipeline with selected-steps auto and a step map: the source ran with the same parameters',
};

// The other 19 of the 53 are each needed by a branch above, which the e2e recording proves.
const FIGURE = '34 of 53 permissions needed';

describe("least privilege of init's role policy over the journeys", () => {
  const files = scaffold(parseInit(INIT_ARGS).answers, specs);
  const policy = JSON.parse(files['iam/github-actions-role.json']!);

  it('nothing the journeys sent is denied; every permission is needed by a journey or a named branch', async () => {
    expect(recorded.length).toBeGreaterThan(0);
    const report = await leastPrivilege(policy, recorded);
    expect(report.denied).toEqual([]);
    expect(report.unneeded.sort()).toEqual(Object.keys(OTHER_BRANCHES).sort());
    expect(report.figure).toBe(FIGURE);
  });
});
