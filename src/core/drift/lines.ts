import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, a chunk's worth at a time (a capture file is never held whole; handing
 * out a batch rather than one line per await keeps each line's objects short-lived). Iterating the
 * body itself, not readline, so a connection dropped mid-file reaches the caller as an error.
 */
export async function* lineBatches(body: AsyncIterable<Buffer | string>): AsyncIterable<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of body) {
    const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    rest = lines.pop()!;
    yield lines.map(withoutCr);
  }
  rest += decoder.end();
  if (rest) yield [withoutCr(rest)];
}

const withoutCr = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);
