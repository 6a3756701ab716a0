import { CODEDEPLOY_PRESET_EXAMPLES, LIMITS, STRATEGIES, STRATEGY_NAMES, parsePreset } from './strategies.js';
import { TARGETS, TARGET_NAMES, type Support } from './targets.js';

/** The strategies table as plain text, for `promote deploy --help`. */
export function strategiesText(): string {
  const rows = STRATEGY_NAMES.map((n) => STRATEGIES[n]);
  const w = Math.max(...rows.map((r) => r.name.length)) + 2;
  return [
    'Strategies:',
    ...rows.flatMap((r) => [
      `  ${r.name.padEnd(w)}risk ${r.risk}; cost ${r.cost}; complexity ${r.complexity}`,
      `  ${''.padEnd(w)}${r.how}`,
    ]),
    '',
    `CodeDeploy presets: ${CODEDEPLOY_PRESET_EXAMPLES.join(', ')} (and any CanaryNPercentMMinutes / LinearNPercentEveryMMinutes).`,
    `Limits: ${Object.values(LIMITS)
      .map((l) => l.text)
      .join('; ')}.`,
    '',
  ].join('\n');
}

/** docs/strategies.md: the same table in markdown. */
export function strategiesMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const presetRow = (name: string) => {
    const p = parsePreset(name)!;
    const size = p.canarySize ?? p.linearStepSize;
    return `| \`${name}\` | ${p.strategy} | ${size ? `${size.value}%` : ''} | ${p.waitIntervalSeconds !== undefined ? `${p.waitIntervalSeconds} s` : ''} |`;
  };
  return [
    "<!-- Generated from src/core/promotion/strategies.ts by 'npm run generate'. Do not edit. -->",
    '# Deployment strategies',
    '',
    'The `deploy` action (CLI `sagemaker-cicd promote deploy`) takes one of these as `strategy`.',
    '',
    '| Strategy | Risk | Cost | Complexity | How | Options |',
    '| --- | --- | --- | --- | --- | --- |',
    ...STRATEGY_NAMES.map((n) => {
      const s = STRATEGIES[n];
      return `| \`${n}\` | ${esc(s.risk)} | ${esc(s.cost)} | ${esc(s.complexity)} | ${esc(s.how)} | ${s.options.map((o) => `\`${o}\``).join(', ')} |`;
    }),
    '',
    '## CodeDeploy preset names',
    '',
    'Accepted as `strategy`, with or without `CodeDeployDefault.` (and the `Lambda`/`ECS` infix).',
    '',
    '| Preset | Strategy | Size | Wait interval |',
    '| --- | --- | --- | --- |',
    ...CODEDEPLOY_PRESET_EXAMPLES.map(presetRow),
    '',
    '## Limits (checked before any AWS call)',
    '',
    ...Object.values(LIMITS).map((l) => `- ${l.text}`),
    '',
  ].join('\n');
}

/** docs/promotion.md's "Which target and which strategy": the targets table, as the code checks it. */
export function targetsMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const cell = (s: Support) => (s.ok ? `✅${s.note ? ` ${esc(s.note)}` : ''}` : `❌ refused: ${esc(s.why)}`);
  return [
    "<!-- Generated from src/core/promotion/targets.ts by 'npm run generate'. Do not edit. -->",
    '',
    `Set with \`target\`; each refusal happens before any AWS call and names the limit.`,
    '',
    `| Target | What deploy calls | Sizes count | Default | ${STRATEGY_NAMES.map((n) => `\`${n}\``).join(' | ')} |`,
    `| --- | --- | --- | --- | ${STRATEGY_NAMES.map(() => '---').join(' | ')} |`,
    ...TARGET_NAMES.map((t) => {
      const target = TARGETS[t];
      const cells = STRATEGY_NAMES.map((n) => cell(target.strategies[n]));
      return `| \`${t}\` (${target.title}) | ${esc(target.how)} | ${target.capacity} | \`${target.defaultStrategy}\` | ${cells.join(' | ')} |`;
    }),
  ].join('\n');
}
