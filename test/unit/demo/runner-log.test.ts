import { describe, expect, it } from '@jest/globals';
import { renderAnnotations, renderRunnerLog } from '../../../scripts/demo/runner-log.js';

/** The demo prints a step's log as GitHub's run page shows it, never raw workflow commands. */
describe('renderRunnerLog', () => {
  const stdout = [
    'Started churn-1',
    '::add-mask::ghs_secret',
    '::debug::polling in 5s',
    '::group::Steps of churn-1: Succeeded',
    'Succeeded  Train (Training)',
    'Succeeded  Evaluate (Processing)',
    '::endgroup::',
    '::warning::Waiting for a manual approval: stage %27Approve%27',
    '::error file=metrics.json,line=3,title=Thresholds%3A failed::2 thresholds failed%0Aaccuracy 0.87 is not >= 0.9',
    '::notice::done 100%25',
    '',
  ].join('\n');

  it('folds groups to their title, renders annotations as Error:/Warning:/Notice: lines, consumes the rest', () => {
    const { lines } = renderRunnerLog(stdout);
    expect(lines).toEqual([
      'Started churn-1',
      '▸ Steps of churn-1: Succeeded  (2 lines folded)',
      'Warning: Waiting for a manual approval: stage %27Approve%27',
      'Error: 2 thresholds failed',
      'accuracy 0.87 is not >= 0.9',
      'Notice: done 100%',
    ]);
    expect(lines.join('\n')).not.toMatch(/::|ghs_secret/);
  });

  it('collects the annotations with their title and location, for the run summary panel', () => {
    const { annotations } = renderRunnerLog(stdout);
    expect(annotations).toEqual([
      { level: 'warning', message: 'Waiting for a manual approval: stage %27Approve%27' },
      {
        level: 'error',
        message: '2 thresholds failed\naccuracy 0.87 is not >= 0.9',
        title: 'Thresholds: failed',
        where: 'metrics.json:3',
      },
      { level: 'notice', message: 'done 100%' },
    ]);
    expect(renderAnnotations('report-metrics', annotations.slice(1, 2))).toEqual([
      '✖ report-metrics · metrics.json:3 · Thresholds: failed',
      '    2 thresholds failed',
      '    accuracy 0.87 is not >= 0.9',
    ]);
  });

  it('an unclosed group is still shown folded', () => {
    expect(renderRunnerLog('::group::Logs\na\nb').lines).toEqual(['▸ Logs  (2 lines folded)']);
  });
});
