import { StringDecoder } from 'node:string_decoder';
/**
 * The lines of a stream, one at a time (a capture file is never held whole). Iterating the body
 * itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
export async function* splitLines(body: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of body) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const l of lines) yield l.endsWith('\r') ? l.slice(0, -1) : l;
  }
  rest += decoder.end();
  if (rest) yield rest;
}
