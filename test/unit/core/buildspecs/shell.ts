/**
 * Parses a command line with mvdan/sh (the parser behind shfmt), the way bash would read it, and
 * lists every expansion that is not inside double quotes: with user values in variables, an
 * unquoted `$VAR` or `$(...)` is where a value could split into words or run as code.
 */
import { createRequire } from 'node:module';

interface ShNode {
  Parts?: { length: number; [i: number]: ShNode };
}
interface ShSyntax {
  NewParser(): { Parse(src: string, name: string): ShNode };
  Walk(node: ShNode, fn: (n: ShNode | null) => boolean): void;
  NodeType(n: ShNode): string;
}
const sh = createRequire(import.meta.url)('mvdan-sh') as { syntax: ShSyntax };

export function unquotedExpansions(line: string): string[] {
  const file = sh.syntax.NewParser().Parse(line, 'command');
  const found: string[] = [];
  sh.syntax.Walk(file, (node) => {
    if (node && sh.syntax.NodeType(node) === 'Word' && node.Parts) {
      for (let i = 0; i < node.Parts.length; i++) {
        const type = sh.syntax.NodeType(node.Parts[i]!);
        if (['ParamExp', 'CmdSubst', 'ArithmExp', 'ProcSubst'].includes(type)) found.push(type);
      }
    }
    return true;
  });
  return found;
}

/** Throws the parser's message when bash could not parse the line. */
export function parseShell(line: string): void {
  sh.syntax.NewParser().Parse(line, 'command');
}
