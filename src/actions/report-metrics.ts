import { spec } from '../commands/report-metrics/spec.js';
import { run } from '../commands/report-metrics/run.js';
import { runAction } from '../hosts/action-entry.js';

await runAction(spec, run);
