import { MemoryLog } from '../../../support/memory-log.js';
import {
  commentMarker,
  checkRunExternalId,
  publishReport,
  WriteRefusedError,
  type CheckAnnotation,
  type IssueComment,
  type ReportGateway,
} from '../../../../src/core/metrics/publish.js';

function fakeGitHub(pages: IssueComment[][], refuse = false) {
  const calls: string[] = [];
  const gh: ReportGateway = {
    async createCheckRun(req) {
      calls.push(`create ${req.output.annotations?.length}`);
      expect(req.externalId).toBe('sagemaker-cicd:report-metrics:model-metrics:0123456789abcdef');
      if (refuse) throw new WriteRefusedError('Resource not accessible by integration');
      return { id: 7, url: 'https://github.com/o/r/runs/7' };
    },
    async updateCheckRun(id, output) {
      calls.push(`update ${id} ${output.annotations?.length}`);
    },
    async *commentPages() {
      for (const [i, page] of pages.entries()) {
        calls.push(`page ${i + 1}`);
        yield page;
      }
    },
    async createComment(issue, body, marker) {
      calls.push(`comment ${issue} ${marker}`);
      return { id: 99, body };
    },
    async updateComment(id, body) {
      calls.push(`edit ${id}`);
      return { id, body };
    },
  };
  return { gh, calls };
}

const annotation = (i: number): CheckAnnotation => ({
  path: 'w.yml',
  start_line: i,
  end_line: i,
  annotation_level: 'failure',
  message: `m${i}`,
});
const marker = commentMarker('Model metrics');
const request = (annotations: CheckAnnotation[]) => ({
  name: 'Model metrics',
  sha: 'a'.repeat(40),
  pullRequest: 5,
  conclusion: 'failure' as const,
  check: { title: 't', summary: 's', annotations },
  comment: `${marker}\nreport`,
  marker,
  externalId: 'sagemaker-cicd:report-metrics:model-metrics:0123456789abcdef',
});

describe('publishReport', () => {
  it('sends annotations 50 a request and creates the comment when none has the marker', async () => {
    const { gh, calls } = fakeGitHub([[{ id: 1, body: 'hello' }]]);
    const r = await publishReport(
      gh,
      request(Array.from({ length: 101 }, (_, i) => annotation(i + 1))),
      new MemoryLog(),
    );
    expect(calls).toEqual(['create 50', 'update 7 50', 'update 7 1', 'page 1', `comment 5 ${marker}`]);
    expect(r).toMatchObject({ checkRunId: 7, commentId: 99, commentAction: 'created' });
  });

  it('updates the comment carrying its marker, and stops reading pages once found', async () => {
    const { gh, calls } = fakeGitHub([
      [{ id: 1, body: 'x' }],
      [{ id: 2, body: `${marker}\nold` }],
      [{ id: 3, body: 'y' }],
    ]);
    const r = await publishReport(gh, request([]), new MemoryLog());
    expect(calls).toEqual(['create 0', 'page 1', 'page 2', 'edit 2']);
    expect(r.commentAction).toBe('updated');
  });

  it('stops at the first refused write', async () => {
    const { gh, calls } = fakeGitHub([[]], true);
    expect(await publishReport(gh, request([]), new MemoryLog())).toEqual({ refused: true });
    expect(calls).toEqual(['create 0']);
  });

  it('gives each report name its own marker', () => {
    expect(commentMarker('Model metrics')).toBe('<!-- sagemaker-cicd:report-metrics:model-metrics -->');
    expect(commentMarker('Fraud / holdout')).toBe('<!-- sagemaker-cicd:report-metrics:fraud-holdout -->');
  });

  it('gives the check run an external_id of the report name and this step of this run attempt', () => {
    const run = {
      runId: '901',
      runAttempt: '1',
      job: 'report',
      step: 'metrics',
      workspace: '.',
      serverUrl: '',
      apiUrl: '',
    };
    const id = checkRunExternalId(run, 'Model metrics');
    expect(id).toMatch(/^sagemaker-cicd:report-metrics:model-metrics:[0-9a-f]{16}$/);
    expect(checkRunExternalId(run, 'Model metrics')).toBe(id);
    expect(checkRunExternalId({ ...run, runAttempt: '2' }, 'Model metrics')).not.toBe(id);
    expect(checkRunExternalId({ ...run, runId: undefined }, 'Model metrics')).not.toBe(
      checkRunExternalId({ ...run, runId: undefined }, 'Model metrics'),
    );
  });
});
