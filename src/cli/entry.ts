// The CLI's entry: nothing but the call. The commands live in main.ts.
import { runCli } from './main.ts';

await runCli();
// Dangling HTTP keep-alive sockets must not hold the terminal.
process.exit(process.exitCode ?? 0);
