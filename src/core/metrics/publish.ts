import { randomUUID } from 'node:crypto';
import type { Log } from '../log.js';
import { runScopedHash, type RunInfo } from '../run-info.js';
import type { Conclusion } from './compare.js';

/** GitHub's most annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

export interface IssueComment {
  id: number;
  body?: string;
  url?: string;
}

/** The GitHub calls a report needs (implemented with Octokit in src/github/reports.ts). */
export interface ReportGateway {
  createCheckRun(req: {
    name: string;
    headSha: string;
    conclusion: Conclusion;
    output: CheckOutput;
    detailsUrl?: string;
    /** Finds the check run again when the response to its creation was lost. */
    externalId: string;
  }): Promise<{ id: number; url?: string }>;
  /** Adds output (more annotations) to a check run. */
  updateCheckRun(id: number, output: CheckOutput): Promise<void>;
  /** The pull request's comments, a page at a time (the caller stops early when it finds its own). */
  commentPages(issue: number): AsyncIterable<IssueComment[]>;
  /** `marker` (in `body`) finds the comment again when the response to its creation was lost. */
  createComment(issue: number, body: string, marker: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
}

/** The token may not write (a pull request from a fork gets a read-only token): HTTP 403. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/** The hidden marker that finds a report's comment again; one per report name. */
export function commentMarker(reportName: string): string {
  const key = reportName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
  return `<!-- sagemaker-cicd:report-metrics:${key} -->`;
}

/**
 * The check run's `external_id`: the report's name and this step of this run attempt, so a
 * create whose response was lost is found again (and a re-run attempt gets its own check run).
 * Outside a CI run, unique to this process.
 */
export function checkRunExternalId(run: RunInfo, reportName: string): string {
  const key = commentMarker(reportName).replace(/^<!-- | -->$/g, '');
  const hash = runScopedHash(run, 'report-metrics-check', [reportName]) ?? randomUUID().replace(/-/g, '');
  return `${key}:${hash.slice(0, 16)}`;
}

export interface PublishRequest {
  name: string;
  sha?: string;
  pullRequest?: number;
  conclusion: Conclusion;
  check: CheckOutput;
  /** The comment body; must start with (or contain) `marker`. */
  comment: string;
  marker: string;
  /** From checkRunExternalId. */
  externalId: string;
  detailsUrl?: string;
}

export interface PublishResult {
  checkRunId?: number;
  checkRunUrl?: string;
  commentId?: number;
  commentUrl?: string;
  commentAction?: 'created' | 'updated';
  /** The token could not write; nothing (more) was written. */
  refused?: boolean;
}

/**
 * Writes the check run (annotations in batches of 50: the first with the create, the rest as
 * updates) and the pull request comment, updated in place when its marker is found. Stops at the
 * first refused write: a read-only token refuses them all, and one warning is enough.
 */
export async function publishReport(
  gh: ReportGateway,
  req: PublishRequest,
  log: Log,
): Promise<PublishResult> {
  const result: PublishResult = {};
  try {
    if (req.sha) {
      const annotations = req.check.annotations ?? [];
      const batch = (i: number) => annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
      const created = await gh.createCheckRun({
        name: req.name,
        headSha: req.sha,
        conclusion: req.conclusion,
        output: { title: req.check.title, summary: req.check.summary, annotations: batch(0) },
        detailsUrl: req.detailsUrl,
        externalId: req.externalId,
      });
      result.checkRunId = created.id;
      result.checkRunUrl = created.url;
      for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        await gh.updateCheckRun(created.id, {
          title: req.check.title,
          summary: req.check.summary,
          annotations: batch(i),
        });
      }
      log.info(
        `Check run '${req.name}' (${req.conclusion}) on ${req.sha.slice(0, 7)}: ${created.url ?? created.id}`,
      );
    }
    if (req.pullRequest) {
      const existing = await findComment(gh, req.pullRequest, req.marker);
      const comment = existing
        ? await gh.updateComment(existing.id, req.comment)
        : await gh.createComment(req.pullRequest, req.comment, req.marker);
      result.commentId = comment.id;
      result.commentUrl = comment.url;
      result.commentAction = existing ? 'updated' : 'created';
      log.info(
        `${existing ? 'Updated' : 'Created'} the report comment on #${req.pullRequest}: ${comment.url ?? comment.id}`,
      );
    }
  } catch (err) {
    if (!(err instanceof WriteRefusedError)) throw err;
    result.refused = true;
  }
  return result;
}

async function findComment(
  gh: ReportGateway,
  issue: number,
  marker: string,
): Promise<IssueComment | undefined> {
  for await (const page of gh.commentPages(issue)) {
    const found = page.find((c) => c.body?.includes(marker));
    if (found) return found;
  }
  return undefined;
}
