import { strategiesMarkdown } from '../../src/core/promotion/strategies-doc.js';

/** docs/strategies.md, from the strategies table the deploy code uses. */
export function strategiesDoc(): Record<string, string> {
  return { 'docs/strategies.md': strategiesMarkdown() };
}
