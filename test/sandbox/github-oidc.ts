import type { GitHubSandbox } from './github.js';

/**
 * The runner's OIDC token service on the GitHub sandbox: GET ACTIONS_ID_TOKEN_REQUEST_URL with
 * `Authorization: bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN` and `audience`, answered `{ "value": jwt }`.
 * Returns the environment a job with `id-token: write` has.
 */
export function enableOidc(github: GitHubSandbox): Record<string, string> {
  let issued = 0;
  const requestToken = 'runner-request-token-5f2a';
  github.route('GET', '/_services/token/oidc', (req) => {
    if (req.headers.authorization !== `bearer ${requestToken}`)
      return { status: 401, body: { message: 'Unauthorized' } };
    issued += 1;
    const audience = req.query.get('audience') ?? 'https://github.com/acme';
    const payload = Buffer.from(
      JSON.stringify({ aud: audience, sub: 'repo:acme/churn-model:pull_request', n: issued }),
    ).toString('base64url');
    return { body: { value: `eyJhbGciOiJSUzI1NiJ9.${payload}.c2lnbmF0dXJl` } };
  });
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/_services/token/oidc?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
  };
}
