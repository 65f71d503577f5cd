// The action's entry: nothing but the call. The logic lives in src/action/run.ts.
import { runAction } from './action/run.ts';
import { realRuntime } from './action/real-runtime.ts';

await runAction(realRuntime());
// Retries of dangling HTTP clients must not keep the runner's step alive after the result is set.
process.exit(process.exitCode ?? 0);
