import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strategiesMarkdown, targetsMarkdown } from '../../src/core/promotion/strategies-doc.js';
import { replaceSection } from './readme-sections.js';

/**
 * docs/strategies.md, and docs/promotion.md's "which target and which strategy" section, from the
 * strategies and targets tables the deploy code uses.
 */
export function strategiesDoc(): Record<string, string> {
  const promotion = readFileSync(join(import.meta.dirname, '../../docs/promotion.md'), 'utf8');
  return {
    'docs/strategies.md': strategiesMarkdown(),
    'docs/promotion.md': replaceSection(promotion, 'targets', targetsMarkdown()),
  };
}
