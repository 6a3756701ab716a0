import { CodeBuildWorld, standardScenario } from '../../../test/sandbox/aws/codebuild.js';
import { HEAD_SHA } from '../../../test/sandbox/runner.js';
import type { DemoStep } from '../context.js';

/** The factory's first stage: build, test and push the model's container in CodeBuild, logs streamed. */
const step: DemoStep = {
  title: "Build and test the model's container in CodeBuild (buildspecs/container.yml)",
  async run(ctx) {
    const world = (ctx.worlds.codebuild ??= new CodeBuildWorld(ctx.aws)) as CodeBuildWorld;
    const imageUri = `${ctx.aws.accountId}.dkr.ecr.${ctx.aws.region}.amazonaws.com/churn-model:${HEAD_SHA}`;
    const scenario = standardScenario({
      buildMs: 240_000,
      lines: 0,
      exported: { IMAGE_URI: imageUri, IMAGE_TAG: HEAD_SHA },
    });
    const start = scenario.phases.slice(0, 6).reduce((t, p) => t + p.durationMs, 0);
    const say = [
      'Login Succeeded',
      'Step 1/6 : FROM python:3.12-slim',
      'Step 6/6 : ENTRYPOINT ["python", "serve.py"]',
      `Successfully tagged ${imageUri}`,
      '============================= test session starts ==============================',
      'tests/test_model.py ........                                            [100%]',
      '============================== 8 passed in 3.41s ===============================',
      `The push refers to repository [${imageUri.split(':')[0]}]`,
    ];
    scenario.lines = say.map((message, i) => ({ atMs: start + (i + 1) * 25_000, message }));
    world.addProject('churn-model-image', scenario);
    const r = await ctx.run('build-container', {
      inputs: {
        'project-name': 'churn-model-image',
        env: 'ECR_REPOSITORY: churn-model\nTEST_COMMAND: python -m pytest --junitxml=/reports/junit.xml',
      },
    });
    if (r.exitCode !== 0) throw new Error('build-container failed');
  },
};
export default step;
