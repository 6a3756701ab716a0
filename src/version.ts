// Generated from package.json by scripts/generate.ts.
export const VERSION = '1.0.0';
