// The CLI's entry: nothing but the call. The commands live in main.ts.
import { exitWhenFlushed } from '../process-exit.ts';
import { runCli } from './main.ts';

await runCli();
await exitWhenFlushed();
