/**
 * Runs the fake GitHub API on its own, for end-to-end runs of the action in a child process:
 *   node --import tsx emulators/github-api/main.ts [seed.json]
 * The seed file holds FakeGitHubOptions (tokens, repos). Prints one JSON line `{"url": ...}`, then serves until
 * SIGINT/SIGTERM. Inspect with GET /_fake/requests and GET /_fake/repos; add faults with POST /_fake/faults.
 */
import { readFileSync } from 'node:fs';
import { startFakeGitHub, type FakeGitHubOptions } from './server.ts';

const seedPath = process.argv[2];
const options: FakeGitHubOptions = seedPath ? (JSON.parse(readFileSync(seedPath, 'utf8')) as FakeGitHubOptions) : {};
const github = await startFakeGitHub(options);
process.stdout.write(`${JSON.stringify({ url: github.url })}\n`);

const stop = () => {
  github.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
