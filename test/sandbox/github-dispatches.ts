import type { GitHubSandbox } from './github.js';

/**
 * `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches` in the sandbox: recorded
 * (204, as GitHub answers), for a test to run the dispatched workflow. A body without `ref`, or with
 * inputs that are not strings, gets GitHub's 422.
 */
export interface SandboxDispatch {
  repository: string;
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  token: string;
}

export class DispatchesWorld {
  readonly dispatches: SandboxDispatch[] = [];

  constructor(readonly github: GitHubSandbox) {
    github.route('POST', '/repos/:owner/:repo/actions/workflows/:workflow/dispatches', (req, p) => {
      const body = (req.body ?? {}) as { ref?: unknown; inputs?: Record<string, unknown> };
      const inputs = body.inputs ?? {};
      if (typeof body.ref !== 'string' || Object.values(inputs).some((v) => typeof v !== 'string'))
        return {
          status: 422,
          body: {
            message: 'Invalid request.',
            documentation_url: 'https://docs.github.com/rest',
            status: '422',
          },
        };
      this.dispatches.push({
        repository: `${p.owner}/${p.repo}`,
        workflow: p.workflow!,
        ref: body.ref,
        inputs: inputs as Record<string, string>,
        token: String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, ''),
      });
      return { status: 204 };
    });
  }
}
