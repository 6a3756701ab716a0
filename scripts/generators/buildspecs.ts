/** buildspecs/<kind>.yml with every option at its default: checked in, and CI fails when stale. */
import { generateBuildspec } from '../../src/core/buildspecs/generate.js';
import { BUILDSPEC_KINDS } from '../../src/core/buildspecs/options.js';
import { VERSION } from '../../src/version.js';

export function buildspecFiles(): Record<string, string> {
  return Object.fromEntries(
    BUILDSPEC_KINDS.map((kind) => [
      `buildspecs/${kind}.yml`,
      generateBuildspec(kind, () => '', VERSION).text,
    ]),
  );
}
