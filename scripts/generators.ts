/**
 * Further generated files (buildspecs, README tables, IAM policies...): each generator returns
 * { path: content } and scripts/generate.ts writes them. Add one line per generator.
 */
import type { CommandSpec } from '../src/core/spec/types.js';
import { readmeSections } from './generators/readme-sections.js';
import { commandSpecs } from './generators/command-specs.js';
import { buildspecFiles } from './generators/buildspecs.js';
import { strategiesDoc } from './generators/strategies-doc.js';

export type Generator = (specs: CommandSpec[]) => Promise<Record<string, string>> | Record<string, string>;

export const extraGenerators: Generator[] = [readmeSections, buildspecFiles, commandSpecs, strategiesDoc];
