import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { specs } from '../../src/commands/specs.js';
import { authorizationChecks, type AuthorizationCheck } from './aws/iam-actions.js';
import { EVENTS_SESSION_TOKEN } from './aws/eventbridge-delivery.js';
import type { AwsSandbox } from './aws/server.js';

/**
 * Records what each command run asked IAM for, so least privilege can be proven over real runs
 * (see least-privilege.ts). With `SAGEMAKER_CICD_IAM_RECORD=<dir>` set, every `runAction` /
 * `runCli` of the e2e harness appends one JSON line per authorization check of the requests it
 * sent to `<dir>/<command>.jsonl`: {command, operation, action, resource, context}.
 * `scripts/iam-record.mjs` turns a recording into test/fixtures/iam/e2e-authorizations.json.
 */
export interface RecordedAuthorization extends AuthorizationCheck {
  /** Who asked: the command (its role is the policy `iam-policy <command>` prints). */
  principal: string;
  /** `sagemaker:DescribePipeline` style service:Operation of the request. */
  operation: string;
}

export const RECORD_ENV = 'SAGEMAKER_CICD_IAM_RECORD';

/** The checks of the requests `aws` received from index `from` on, attributed to `command`. */
export function authorizationsSince(aws: AwsSandbox, from: number, command: string): RecordedAuthorization[] {
  // EventBridge's deliveries during a run act as the target's role, not as the command.
  const own = aws.requests
    .slice(from)
    .filter((r) => r.headers['x-amz-security-token'] !== EVENTS_SESSION_TOKEN);
  return own.flatMap((request) => {
    const operation = `${request.service}:${request.operation}`;
    // An operation the table lacks is recorded as such, for the least-privilege test to refuse.
    const checks = authorizationChecks(request, aws) ?? [
      { action: `unmapped:${operation}`, resource: '*', context: {} },
    ];
    return checks.map((check) => ({ principal: command, operation, ...check }));
  });
}

/** Appends a run's checks to the recording, when one is asked for. */
export function recordRun(aws: AwsSandbox | undefined, from: number, command: string | undefined): void {
  const dir = process.env[RECORD_ENV];
  if (!dir || !aws || !command) return;
  const lines = authorizationsSince(aws, from, command).map((a) => `${JSON.stringify(a)}\n`);
  if (!lines.length) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${command}.jsonl`), lines.join(''));
}

/** The command a CLI invocation runs (`['promote', 'approve', ...]` → approve-promotion). */
export function cliCommand(args: string[]): string | undefined {
  return Object.values(specs).find((s) => s.cli?.every((word, i) => args[i] === word))?.action;
}
