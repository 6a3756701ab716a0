/**
 * The GITHUB_TOKEN permissions a job needs for a command (its `permissions:` block), with why:
 * generated into each action's README. Scopes and levels as GitHub's workflow syntax names them.
 */
export type GithubScope = 'actions' | 'checks' | 'contents' | 'id-token' | 'pull-requests';

export interface GithubPermission {
  access: 'read' | 'write';
  /** Why the step needs it, as the README says it (a short clause). */
  why: string;
}

export type GithubPermissions = Partial<Record<GithubScope, GithubPermission>>;

/** Every AWS command: `role-to-assume` exchanges the job's OIDC token (refreshed on long waits). */
export const ROLE_TO_ASSUME: GithubPermissions = {
  'id-token': { access: 'write', why: "only with `role-to-assume`: the step asks for the job's OIDC token" },
};

/** A command that reads a file from the workspace, which `actions/checkout` fills. */
export const WORKSPACE: GithubPermissions = {
  contents: { access: 'read', why: 'actions/checkout, for the files the step reads from the workspace' },
};
