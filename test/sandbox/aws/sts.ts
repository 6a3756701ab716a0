import { randomUUID } from 'node:crypto';
import { AwsError, type AwsSandbox } from './server.js';

/**
 * STS in the sandbox: AssumeRoleWithWebIdentity over the query protocol (form-encoded POST, XML
 * answer), and expiry enforced on every other request signed with an issued session: once a
 * session has expired, requests signed with it get `ExpiredTokenException`, as AWS answers.
 *
 * Sessions last DurationSeconds of sandbox time; the action's clock runs at the sandbox's scale
 * (test/sandbox/time-scale.mjs), so the Expiration returned is in sandbox time too.
 */
export interface StsSession {
  accessKeyId: string;
  roleArn: string;
  sessionName: string;
  webIdentityToken: string;
  /** Sandbox time (ms) when the session ends. */
  expiresAt: number;
}

export class StsWorld {
  readonly sessions: StsSession[] = [];
  /** Requests refused because their session had expired. */
  expiredRefusals = 0;

  constructor(readonly sandbox: AwsSandbox) {
    sandbox.rawRoutes.push({
      match: (req) =>
        req.method === 'POST' &&
        String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'),
      describe: (_req, _url, body) => {
        const form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
        return { service: 'sts', operation: form.Action ?? 'Unknown', body: form };
      },
      handle: (_req, res, body) => {
        const form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
        const xml = this.assume(form);
        res.writeHead(xml.status, {
          'content-type': 'text/xml',
          'content-length': Buffer.byteLength(xml.body),
        });
        res.end(xml.body);
      },
    });
    sandbox.guards.push((request) => {
      const auth = String(request.headers.authorization ?? '');
      const key = /Credential=([A-Z0-9]+)\//.exec(auth)?.[1];
      const session = this.sessions.find((s) => s.accessKeyId === key);
      if (session && sandbox.now() >= session.expiresAt) {
        this.expiredRefusals += 1;
        throw new AwsError('ExpiredTokenException', 'The security token included in the request is expired');
      }
    });
  }

  private assume(form: Record<string, string>): { status: number; body: string } {
    if (form.Action !== 'AssumeRoleWithWebIdentity')
      return stsError('InvalidAction', `Could not find operation ${form.Action}`);
    const duration = Number(form.DurationSeconds ?? 3600);
    if (!(duration >= 900 && duration <= 43200)) {
      return stsError(
        'ValidationError',
        `1 validation error detected: Value '${form.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint`,
      );
    }
    if (!form.RoleSessionName || !/^[\w+=,.@-]{2,64}$/.test(form.RoleSessionName)) {
      return stsError('ValidationError', "Value at 'roleSessionName' failed to satisfy constraint");
    }
    if (!form.WebIdentityToken)
      return stsError('InvalidIdentityToken', 'No OpenIDConnect provider found in your account');
    const session: StsSession = {
      accessKeyId: `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`,
      roleArn: form.RoleArn ?? '',
      sessionName: form.RoleSessionName,
      webIdentityToken: form.WebIdentityToken,
      expiresAt: this.sandbox.now() + duration * 1000,
    };
    this.sessions.push(session);
    const role = session.roleArn.split('/').pop();
    const body = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:acme/churn-model:pull_request</SubjectFromWebIdentityToken>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::${this.sandbox.accountId}:assumed-role/${role}/${session.sessionName}</Arn>
      <AssumedRoleId>AROA3XFRBF535EXAMPLE:${session.sessionName}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>FwoGZXIvYXdzE${randomUUID()}</SessionToken>
      <SecretAccessKey>${randomUUID()}</SecretAccessKey>
      <Expiration>${new Date(session.expiresAt).toISOString()}</Expiration>
      <AccessKeyId>${session.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>arn:aws:iam::${this.sandbox.accountId}:oidc-provider/token.actions.githubusercontent.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
    return { status: 200, body };
  }
}

function stsError(code: string, message: string) {
  return {
    status: 400,
    body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
  };
}
