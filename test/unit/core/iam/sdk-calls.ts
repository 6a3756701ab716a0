import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Which AWS API calls a command can make, found statically: follow every relative import (static
 * and `import('...')`) from src/commands/<action>/run.ts, and collect the `*Command` classes and
 * `paginate*` helpers imported from `@aws-sdk/client-*`. Static, not recorded from test runs,
 * because a recording only sees the paths the tests take: the cancel path, the error branches
 * and the second-apply path would each need a test before their calls counted.
 */
const ROOT = resolve(import.meta.dirname, '../../../..');

/** IAM prefix of each SDK client package. */
const PREFIX: Record<string, string> = {
  sagemaker: 'sagemaker',
  codebuild: 'codebuild',
  codepipeline: 'codepipeline',
  eventbridge: 'events',
  s3: 's3',
  'cloudwatch-logs': 'logs',
  cloudwatch: 'cloudwatch',
  sts: 'sts',
  iam: 'iam',
  sqs: 'sqs',
  'secrets-manager': 'secretsmanager',
};

/** API operations whose IAM action has another name; null: no permission needed. */
const IAM_NAME: Record<string, string | null> = {
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
  's3:HeadObject': 's3:GetObject',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:HeadBucket': 's3:ListBucket',
  'sts:GetCallerIdentity': null,
  'sts:AssumeRoleWithWebIdentity': null,
};

export interface SdkCall {
  /** e.g. `events:PutTargets`. */
  permission: string;
  /** The SDK symbol and the file that imports it. */
  symbol: string;
  file: string;
}

export function sdkCalls(entry: string): SdkCall[] {
  const calls: SdkCall[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /import\s*(type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g,
    )) {
      if (m[1]) continue;
      const prefix = PREFIX[m[3]!];
      if (!prefix)
        throw new Error(`${file}: no IAM prefix known for @aws-sdk/client-${m[3]}; add it to PREFIX`);
      for (const raw of m[2]!.split(',')) {
        const symbol = raw
          .trim()
          .split(/\s+as\s+/)[0]!
          .replace(/^type\s+/, '');
        const op = /^(\w+)Command$/.exec(symbol)?.[1] ?? /^paginate(\w+)$/.exec(symbol)?.[1];
        if (!op || raw.trim().startsWith('type ')) continue;
        const api = `${prefix}:${op}`;
        const permission = api in IAM_NAME ? IAM_NAME[api] : api;
        if (permission) calls.push({ permission, symbol, file: file.slice(ROOT.length + 1) });
      }
    }
    const imports = [
      ...source.matchAll(/from\s*'(\.[^']+)'/g),
      ...source.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of imports) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  };
  visit(join(ROOT, entry));
  return calls;
}
