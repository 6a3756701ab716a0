import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { iamPermission } from '../../../../src/aws/errors.js';

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
  sfn: 'states',
};

export interface SdkCall {
  /** e.g. `events:PutTargets`. */
  permission: string;
  /** The SDK symbol, the file that uses it, and the method or function it is sent from. */
  symbol: string;
  file: string;
  within: string;
}

/**
 * A method or function header: `async name(`, `name(`, `name: async (`, `function name(`; not a
 * call chain that starts a line (`client().send(` in a gateway).
 */
const HEADER =
  /^(\s*)(?:export\s+)?(?:async\s+)?(?:function\s+)?(\w+)\s*(?::\s*(?:async\s*)?\([^)]*\)\s*=>|\([^)]*\)?(?![.)]))/;

/**
 * The calls a command can make. A gateway is usually one object of methods over one client, and
 * a command uses some of them: a `new XCommand(` counts only when the method (or function) that
 * sends it is called somewhere in the command's code, or sits in the command's own run.ts.
 */
export function sdkCalls(entry: string): SdkCall[] {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    const source = readFileSync(file, 'utf8');
    files.set(file, source);
    const imports = [
      ...source.matchAll(/from\s*'(\.[^']+)'/g),
      ...source.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of imports) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  };
  const entryFile = join(ROOT, entry);
  visit(entryFile);

  // Every name called anywhere in the command's code (headers that define a name do not count).
  const called = new Set<string>();
  for (const source of files.values()) {
    for (const line of source.split('\n')) {
      const defined = HEADER.exec(line)?.[2];
      for (const m of line.matchAll(/\b(\w+)\s*\(/g))
        if (m[1] !== defined || line.includes(`.${m[1]}(`)) called.add(m[1]!);
    }
  }

  const calls: SdkCall[] = [];
  for (const [file, source] of files) {
    const symbols = new Map<string, string>();
    for (const m of source.matchAll(
      /import\s*(type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/client-([a-z0-9-]+)'/g,
    )) {
      if (m[1]) continue;
      const prefix = PREFIX[m[3]!];
      if (!prefix)
        throw new Error(`${file}: no IAM prefix known for @aws-sdk/client-${m[3]}; add it to PREFIX`);
      for (const raw of m[2]!.split(',')) {
        if (raw.trim().startsWith('type ')) continue;
        const symbol = raw
          .trim()
          .split(/\s+as\s+/)
          .pop()!;
        const op =
          /^(\w+)Command$/.exec(raw.trim().split(/\s+as\s+/)[0]!)?.[1] ?? /^paginate(\w+)$/.exec(symbol)?.[1];
        if (op) symbols.set(symbol, `${prefix}:${op}`);
      }
    }
    if (!symbols.size) continue;
    const lines = source.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/\b(\w+)\s*\(/g)) {
        const api = symbols.get(m[1]!);
        if (!api || /^\s*import\b/.test(line)) continue;
        const indent = line.length - line.trimStart().length;
        let within = '';
        for (let j = i - (HEADER.exec(line) && !line.includes(`new ${m[1]}`) ? 0 : 1); j >= 0; j--) {
          const h = HEADER.exec(lines[j]!);
          if (
            h &&
            h[1]!.length < indent &&
            !['if', 'for', 'while', 'switch', 'catch', 'return', 'await', 'new'].includes(h[2]!)
          ) {
            within = h[2]!;
            break;
          }
        }
        if (file !== entryFile && within && !called.has(within)) continue;
        const [prefix, operation] = api.split(':') as [string, string];
        const permission = iamPermission(prefix, operation);
        if (permission) calls.push({ permission, symbol: m[1]!, file: file.slice(ROOT.length + 1), within });
      }
    });
  }
  return calls;
}
