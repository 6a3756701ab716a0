/**
 * report-metrics: wall time of the bundled action (Node 24, spawn to exit) and the requests it
 * makes, for a pull request with 0, 250 and 1,000 earlier comments (finding its own comment pages
 * through them, 100 a page), on the first push (comment created) and the next (updated in place).
 * Median of 5 runs each; AWS and GitHub on loopback, so this is the toolkit's own cost.
 */
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { ModelRegistryWorld } from '../../test/sandbox/aws/sagemaker-model-registry.js';
import { GitHubSandbox } from '../../test/sandbox/github.js';
import { ReportsWorld } from '../../test/sandbox/github-reports.js';
import { runAction } from '../../test/sandbox/runner.js';

const RUNS = 5;
const quality = (accuracy: number) => ({
  binary_classification_metrics: { accuracy: { value: accuracy }, auc: { value: 0.95 } },
});

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export default async function reportMetrics(): Promise<void> {
  console.log('| earlier comments | push | wall time (median of 5) | AWS requests | GitHub requests |');
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const earlier of [0, 250, 1000]) {
    for (const push of ['first', 'next'] as const) {
      const times: number[] = [];
      let awsCount = 0;
      let ghCount = 0;
      for (let i = 0; i < RUNS; i++) {
        const aws = new AwsSandbox();
        const github = new GitHubSandbox();
        const registry = new ModelRegistryWorld(aws);
        const reports = new ReportsWorld(github);
        await Promise.all([aws.start(), github.start()]);
        registry.addPackage('churn', { status: 'Approved', metrics: quality(0.9) });
        const cand = registry.addPackage('churn', { metrics: quality(0.93) });
        for (let c = 0; c < earlier; c++) reports.addComment(42, `comment ${c}`);
        const inputs = {
          'model-package-arn': cand.arn,
          thresholds: 'accuracy >= 0.9',
          'github-token': 'ghs_bench',
        };
        if (push === 'next') await runAction('report-metrics', { aws, github, inputs });
        const [awsBefore, ghBefore] = [aws.requests.length, github.requests.length];
        const r = await runAction('report-metrics', { aws, github, inputs });
        if (r.exitCode !== 0) throw new Error(r.stdout + r.stderr);
        times.push(r.ms);
        awsCount = aws.requests.length - awsBefore;
        ghCount = github.requests.length - ghBefore;
        await Promise.all([aws.stop(), github.stop()]);
      }
      console.log(`| ${earlier} | ${push} | ${median(times)} ms | ${awsCount} | ${ghCount} |`);
    }
  }
}
