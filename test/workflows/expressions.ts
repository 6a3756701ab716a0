import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { TokenType } from '@actions/expressions/lexer';
import { parse as parseYaml } from 'yaml';
import { truthy } from '@actions/expressions/result';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/**
 * Expressions as GitHub evaluates them, with GitHub's own expression library: the contexts are plain
 * JSON, the status functions (success/failure/always/cancelled) answer from the job or run state,
 * and anything the runner cannot answer here (hashFiles) is refused, never guessed.
 */
export interface Status {
  /** success() and failure(): has anything before this point failed? */
  failed: boolean;
  cancelled: boolean;
}

export type Contexts = Record<string, unknown>;

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'steps',
  'needs',
  'job',
  'runner',
  'strategy',
  'matrix',
];

export class UnsupportedError extends Error {}

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  return new Map([
    fn('success', () => !status.failed && !status.cancelled),
    fn('failure', () => status.failed && !status.cancelled),
    fn('always', () => true),
    fn('cancelled', () => status.cancelled),
    [
      'hashFiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new UnsupportedError('hashFiles() is not supported by the test workflow runner');
        },
      },
    ],
  ]);
}

const INFO = ['success', 'failure', 'always', 'cancelled', 'hashFiles'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: name === 'hashFiles' ? 255 : 0,
}));

export function evaluate(expression: string, contexts: Contexts, status: Status): data.ExpressionData {
  const tokens = new Lexer(expression).lex().tokens;
  // The library's lexer unescapes only the first '' of a string literal; GitHub's runner all of
  // them (`run: echo '${{ x }}'` becomes format('echo ''{0}''', x)).
  for (const t of tokens)
    if (t.type === TokenType.STRING) t.value = t.lexeme.slice(1, -1).replaceAll("''", "'");
  const tree = new Parser(tokens, CONTEXT_NAMES, INFO).parse();
  const ctx = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(tree, ctx, statusFunctions(status)).evaluate();
}

export function evaluateCondition(expression: string, contexts: Contexts, status: Status): boolean {
  return truthy(evaluate(expression, contexts, status));
}

/** A template token (a `with:` value, an env value, a `run:` script) to the string the runner passes on. */
export function tokenToString(token: TemplateToken, contexts: Contexts, status: Status): string {
  if (isString(token)) return token.value;
  if (isNumber(token)) return String(token.value);
  if (isBoolean(token)) return String(token.value);
  if (isBasicExpression(token)) {
    // For block scalars (| and >) the parser formats the raw source, indentation included (it
    // serves editors); the runner sees the YAML value: re-read it, then expand its expressions.
    if (token.blockScalarHeader && token.source !== undefined) {
      const value = (parseYaml(`v: ${token.blockScalarHeader}\n${token.source}`) as { v: string }).v;
      return interpolate(value, contexts, status);
    }
    return evaluate(token.expression, contexts, status).coerceString();
  }
  throw new UnsupportedError(`a ${token.typeName()} where a string is expected (line ${token.line})`);
}

/** A mapping token (`with:`, `env:`, `outputs:`) to evaluated strings. */
export function mappingToStrings(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status: Status,
): Record<string, string> {
  if (!token) return {};
  if (!isMapping(token)) throw new UnsupportedError(`a ${token.typeName()} where a mapping is expected`);
  const out: Record<string, string> = {};
  for (const pair of token)
    out[tokenToString(pair.key, contexts, status)] = tokenToString(pair.value, contexts, status);
  return out;
}

/** A token to plain JSON (for `permissions`, `concurrency`, `environment` objects). */
export function tokenToJson(token: TemplateToken, contexts: Contexts, status: Status): unknown {
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const pair of token)
      out[tokenToString(pair.key, contexts, status)] = tokenToJson(pair.value, contexts, status);
    return out;
  }
  if (isSequence(token)) return [...token].map((t) => tokenToJson(t, contexts, status));
  if (isBoolean(token) || isNumber(token)) return token.value;
  return tokenToString(token, contexts, status);
}

/** `${{ ... }}` in a plain string (action.yml defaults such as `${{ github.token }}`), as the runner expands them. */
export function interpolate(text: string, contexts: Contexts, status: Status): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_m, expr: string) =>
    evaluate(expr.trim(), contexts, status).coerceString(),
  );
}
