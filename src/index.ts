// The action's entry: nothing but the call. The logic lives in src/action/run.ts.
import { runAction } from './action/run.ts';
import { realRuntime } from './action/real-runtime.ts';
import { exitWhenFlushed } from './process-exit.ts';

await runAction(realRuntime());
await exitWhenFlushed();
