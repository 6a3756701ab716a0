import { runCli } from './program.js';

/** `sagemaker-cicd <command> [options]`; the exit code as documented in each command's help. */
process.exit(await runCli(process.argv.slice(2)));
