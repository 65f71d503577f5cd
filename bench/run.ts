/**
 * `npm run bench`: the bundled action (as a runner runs it) and the CLI against the Ory emulator and
 * the fake GitHub API on loopback, at 1 to 5,000 actions over 1 to 20 projects and the pull-request
 * plan at 1,000, 5,000 and 20,000 actions. Prints the figures and whether each target holds, and writes bench-results/latest.json. Exits 0 whatever
 * the figures are; only a crash of the benchmark itself is a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, type Workspace } from '../test/support/action-runner.ts';
import { ROOT } from '../test/support/paths.ts';
import { compositionOfBundle, distSizes } from './bundle.ts';
import { ALL_EDITS, NODE_UNDICI_GUARDS, renderEdits, summarizeEdits, type EditSample } from './edits.ts';
import { measureGitHubCost, renderCostTable } from './github-cost.ts';
import { ensureWrapperExecutable, runTimedNode, TIMED_NODE, usageFile, usageMethod, wrapperEnv } from './child-usage.ts';
import { parseCallgrindLog, valgrindAvailable, type InstructionCount } from './instructions.ts';
import { machineInfo } from './machine.ts';
import { BENCH_SECRET_ENV, generateManifest } from './manifest-generator.ts';
import { benchMatrix, parseBenchArgs, USAGE, type BenchOptions, type SizeEntry } from './matrix.ts';
import { moduleHeaders, readCpuProfile, summarizeProfile } from './profile.ts';
import { INSTRUCTIONS_BARE_LABEL, renderReport, type BenchReport } from './report.ts';
import { median, summarize, type RunSample, type ScenarioKind, type ScenarioResult } from './results.ts';
import { evaluateTargets, PLAN_1000_LIMIT_MS } from './targets.ts';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import { BUNDLE_EDITS } from '../scripts/bundle-edits/index.mjs';
import { compareWithTerraform } from './terraform.ts';
import { requestTimings, startTimingProxy, type TimingProxy } from './timing-proxy.ts';

const ORY_KEY = 'ory_wak_bench_0123456789abcdef';
const GITHUB_TOKEN = 'ghs_bench_installation_token_0123456789';
const REPO = 'acme/identity';
const BASE_SHA = '2'.repeat(40);
const MARKER = '<!-- ory-actions-gitops ';
const SEED_MANIFEST = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');
const SECRETS = [ORY_KEY, GITHUB_TOKEN, ...Object.values(BENCH_SECRET_ENV)];
/** Big plans must not hit the test helper's short HTTP timeout against an emulator validating 5,000 hooks. */
const CHILD_ENV = { ORY_ACTIONS_HTTP_TIMEOUT_MS: '120000' };
const SMALL_YOUNG_GEN = '--max-semi-space-size=4';
const YAML_FLOOR = join(ROOT, 'bench', 'yaml-floor.mjs');

/** The Ory side of a run: the emulator, and the timing proxy the child talks to. */
interface OrySide {
  readonly emulator: OryEmulator;
  readonly proxy: TimingProxy;
}

interface Bench {
  readonly ory: OrySide;
  readonly github: FakeGitHub;
  /** the Node binary every child runs on */
  readonly node: string;
  nextPull: number;
}

/** `npm run build` empties dist/ before writing it: a run started in that gap would measure nothing. */
async function waitForDist(): Promise<void> {
  const files = ['index.js', 'cli.js'].map((name) => join(ROOT, 'dist', name));
  for (let waited = 0; !files.every((file) => existsSync(file)); waited += 200) {
    if (waited >= 60_000) throw new Error('dist/index.js and dist/cli.js are missing: run `npm run build` first');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** size and mtime of the bundles, to tell when dist/ was rebuilt while the benchmark ran */
function distStamp(): string {
  return ['index.js', 'cli.js']
    .map((name) => join(ROOT, 'dist', name))
    .map((file) => (existsSync(file) ? `${statSync(file).size}@${statSync(file).mtimeMs}` : 'missing'))
    .join(' ');
}

function redact(text: string): string {
  return SECRETS.reduce((out, secret) => out.split(secret).join('***'), text);
}

function log(message: string): void {
  process.stderr.write(message + '\n');
}

async function startOrySide(latencyMs = 0): Promise<OrySide> {
  const emulator = await startOryEmulator({ workspaceKeys: [ORY_KEY], latencyMs });
  return { emulator, proxy: await startTimingProxy(emulator.url) };
}

function resetCounters(bench: Bench, ory: OrySide): void {
  ory.emulator.resetRequests();
  ory.proxy.reset();
  bench.github.resetRequests();
}

/**
 * An open pull request. Without `baseManifest` its base has no manifest yet (the first PR that adds
 * one); with it, the base commit holds that manifest, which the run reads and parses too.
 */
function openPull(bench: Bench, baseManifest?: string): { number: number; headSha: string; payload: Record<string, unknown> } {
  const number = bench.nextPull++;
  const headSha = (String(number) + 'a').repeat(40).slice(0, 40);
  const baseSha = baseManifest === undefined ? BASE_SHA : (String(number) + 'b').repeat(40).slice(0, 40);
  if (baseManifest !== undefined) bench.github.state.repos[REPO]!.files[baseSha] = { 'ory-actions.yaml': baseManifest };
  bench.github.state.repos[REPO]!.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: headSha, ref: `bench-${number}`, repo_full_name: REPO },
    base: { sha: baseSha, ref: 'main' },
    commits: [headSha],
  });
  const payload = {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: headSha, ref: `bench-${number}`, repo: { full_name: REPO, fork: false } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: REPO, fork: false } },
    },
    repository: { full_name: REPO },
  };
  return { number, headSha, payload };
}

function commentLength(bench: Bench, pull: number): number | undefined {
  const ours = bench.github.commentsOf(REPO, pull).filter((c) => c.body.startsWith(MARKER));
  return ours.length > 0 ? ours[ours.length - 1]!.body.length : undefined;
}

function lastErrorLine(text: string): string | undefined {
  const errors = text.split('\n').filter((line) => line.startsWith('::error') || /error/i.test(line));
  return errors.length > 0 ? redact(errors[errors.length - 1]!).slice(0, 300) : undefined;
}

interface ActionRun {
  readonly manifest: string;
  readonly eventName: 'pull_request' | 'workflow_dispatch';
  readonly pull?: { number: number; headSha: string; payload: Record<string, unknown> };
  readonly projectIdInput?: string;
  /** e.g. BENCH_NODE_ARGS (node flags the wrapper adds) for the profiler */
  readonly extraEnv?: Record<string, string>;
  /** the bundle to run; default dist/index.js */
  readonly bundle?: string;
}

async function runAction(bench: Bench, ory: OrySide, run: ActionRun): Promise<RunSample> {
  const workspace = makeWorkspace({ 'ory-actions.yaml': run.manifest });
  const usage = usageFile();
  resetCounters(bench, ory);
  const startedAt = performance.now();
  const result = await runBundledAction({
    workspace,
    node: TIMED_NODE,
    eventName: run.eventName,
    ...(run.pull ? { payload: run.pull.payload, sha: run.pull.headSha } : {}),
    githubApiUrl: bench.github.url,
    ...(run.bundle ? { bundle: run.bundle } : {}),
    inputs: {
      'ory-api-key': ORY_KEY,
      'ory-api-url': ory.proxy.url,
      'github-token': GITHUB_TOKEN,
      ...(run.projectIdInput ? { 'project-id': run.projectIdInput } : {}),
    },
    env: { ...BENCH_SECRET_ENV, ...CHILD_ENV, ...run.extraEnv, ...wrapperEnv(usage.path, bench.node) },
  });
  const wallMs = performance.now() - startedAt;
  const measured = usage.read();
  const sample: RunSample = {
    exitCode: result.code,
    wallMs,
    ...(measured ? { cpuMs: measured.cpuMs, maxRssKb: measured.maxRssKb } : {}),
    ...requestTimings(ory.proxy.requests, startedAt),
    oryRequests: ory.emulator.countByRoute(),
    githubRequests: bench.github.countByRoute(),
    ...(run.pull ? withDefined('commentLength', commentLength(bench, run.pull.number)) : {}),
    ...(result.code !== 0 ? withDefined('failure', [result.outputs['failure-reason'], lastErrorLine(result.log) ?? lastErrorLine(result.stderr)].filter(Boolean).join(' ')) : {}),
  };
  cleanupRun(workspace, result.outputs['plan-json']);
  return sample;
}

function withDefined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Workspaces and runner temp dirs of 5,000-action runs hold megabytes each; remove ours as we go. */
function cleanupRun(workspace: Workspace, planJsonPath: string | undefined): void {
  rmSync(workspace.dir, { recursive: true, force: true });
  if (planJsonPath && basename(dirname(planJsonPath)).startsWith('ory-actions-runner-')) rmSync(dirname(planJsonPath), { recursive: true, force: true });
}

async function runCliPlan(bench: Bench, ory: OrySide, manifest: string, projectIdArg?: string): Promise<RunSample> {
  return runCli(bench, ory, manifest, ['plan'], projectIdArg);
}

/** `apply --yes`: the terminal's way to apply without a prompt. */
async function runCliApply(bench: Bench, ory: OrySide, manifest: string, projectIdArg?: string): Promise<RunSample> {
  return runCli(bench, ory, manifest, ['apply', '--yes'], projectIdArg);
}

async function runCli(
  bench: Bench,
  ory: OrySide,
  manifest: string,
  command: readonly string[],
  projectIdArg?: string,
  extraEnv: Record<string, string> = {},
): Promise<RunSample> {
  const workspace = makeWorkspace({ 'ory-actions.yaml': manifest });
  resetCounters(bench, ory);
  const child = await runTimedNode(
    [join(ROOT, 'dist', 'cli.js'), ...command, '--manifest', 'ory-actions.yaml', '--api-url', ory.proxy.url, ...(projectIdArg ? ['--project-id', projectIdArg] : [])],
    { cwd: workspace.dir, node: bench.node, env: { PATH: process.env.PATH ?? '', HOME: workspace.dir, ORY_WORKSPACE_API_KEY: ORY_KEY, ...BENCH_SECRET_ENV, ...extraEnv } },
  );
  rmSync(workspace.dir, { recursive: true, force: true });
  return {
    exitCode: child.code,
    wallMs: child.wallMs,
    ...(child.usage ? { cpuMs: child.usage.cpuMs, maxRssKb: child.usage.maxRssKb } : {}),
    ...requestTimings(ory.proxy.requests, child.startedAt),
    oryRequests: ory.emulator.countByRoute(),
    githubRequests: bench.github.countByRoute(),
    ...(child.code !== 0 ? withDefined('failure', lastErrorLine(child.stderr)) : {}),
  };
}

/** A child that talks to no server: bare Node, or the bundles up to their first decision. */
async function runStandalone(node: string, args: readonly string[], extraEnv: Record<string, string> = {}): Promise<RunSample> {
  const cwd = mkdtempSync(join(tmpdir(), 'ory-bench-empty-'));
  const child = await runTimedNode(args, { cwd, node, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...extraEnv } });
  rmSync(cwd, { recursive: true, force: true });
  return {
    exitCode: child.code,
    wallMs: child.wallMs,
    ...(child.usage ? { cpuMs: child.usage.cpuMs, maxRssKb: child.usage.maxRssKb } : {}),
    oryRequests: {},
    githubRequests: {},
  };
}

async function repeat(times: number, once: () => Promise<RunSample>): Promise<RunSample[]> {
  const samples: RunSample[] = [];
  for (let i = 0; i < times; i++) {
    await waitForDist();
    samples.push(await once());
  }
  return samples;
}

function scenario(kind: ScenarioKind, label: string, entry: { actions: number; projects: number }, samples: RunSample[], extra: { latencyMs?: number; expectedExit?: number } = {}): ScenarioResult {
  return { kind, label, actions: entry.actions, projects: entry.projects, latencyMs: extra.latencyMs ?? 0, expectedExit: extra.expectedExit ?? 0, samples };
}

/** A manifest for `entry` over fresh, empty projects; returns the text and the project ids. */
function freshManifest(ory: OrySide, entry: SizeEntry): { manifest: string; projectIds: string[] } {
  const projectIds = Array.from({ length: entry.projects }, () => ory.emulator.addProject());
  return { manifest: entry.seed ? SEED_MANIFEST : generateManifest(entry.actions, projectIds).yaml, projectIds };
}

async function benchSize(bench: Bench, entry: SizeEntry): Promise<ScenarioResult[]> {
  const label = entry.seed ? 'seed' : `${entry.actions} x ${entry.projects}`;
  const ory = bench.ory;
  const planSet = freshManifest(ory, entry);
  const projectIdInput = entry.seed ? planSet.projectIds[0] : undefined;
  const pull = openPull(bench);

  log(`  ${label}: action plan x${entry.runs.actionPlan}`);
  const plans = await repeat(entry.runs.actionPlan, () =>
    runAction(bench, ory, { manifest: planSet.manifest, eventName: 'pull_request', pull, ...(projectIdInput ? { projectIdInput } : {}) }),
  );
  log(`  ${label}: CLI plan x${entry.runs.cliPlan}`);
  const cliPlans = await repeat(entry.runs.cliPlan, () => runCliPlan(bench, ory, planSet.manifest, projectIdInput));

  const bodyCost: ScenarioResult[] = [];
  if (!entry.seed && entry.actions === 1000 && entry.projects === 1) {
    // the same plan with every `body: |` block removed: the difference is what body templates cost
    const withoutBodies = planSet.manifest.replace(/^    body: \|\n(?:      .*\n)*/gm, '');
    log(`  ${label}: CLI plan without bodies x${entry.runs.cliPlan}`);
    bodyCost.push(scenario('cli-plan-no-bodies', label, entry, await repeat(entry.runs.cliPlan, () => runCliPlan(bench, ory, withoutBodies, projectIdInput))));
  }

  const withBase: ScenarioResult[] = [];
  if (!entry.seed && entry.actions === 1000 && entry.projects === 1) {
    // The common pull request: the base already has the manifest, minus the action this PR adds.
    const baseManifest = planSet.manifest.slice(0, planSet.manifest.lastIndexOf('\n  hook_') + 1);
    const basePull = openPull(bench, baseManifest);
    log(`  ${label}: action plan, base holds the manifest minus one action, x${entry.runs.actionPlan}`);
    withBase.push(
      scenario('action-plan-with-base', label, entry, await repeat(entry.runs.actionPlan, () =>
        runAction(bench, ory, { manifest: planSet.manifest, eventName: 'pull_request', pull: basePull }),
      )),
    );
  }

  const floor: ScenarioResult[] = [];
  if (!entry.seed && entry.actions >= 1000 && entry.projects === 1) {
    // What parsing the manifest alone costs in a bare Node: no plan can use less memory or time.
    const dir = mkdtempSync(join(tmpdir(), 'ory-bench-floor-'));
    const manifestPath = join(dir, 'ory-actions.yaml');
    writeFileSync(manifestPath, planSet.manifest);
    log(`  ${label}: the yaml package's parse alone x${entry.runs.cliPlan}`);
    floor.push(scenario('yaml-parse-floor', label, entry, await repeat(entry.runs.cliPlan, () => runStandalone(bench.node, [YAML_FLOOR, manifestPath]))));
    rmSync(dir, { recursive: true, force: true });
  }

  const youngGenCapped: ScenarioResult[] = [];
  if (!entry.seed && entry.actions === 5000 && entry.projects === 1) {
    // The memory knob the README offers: a smaller young generation for V8, through NODE_OPTIONS.
    log(`  ${label}: action plan with NODE_OPTIONS=${SMALL_YOUNG_GEN} x${entry.runs.actionPlan}`);
    youngGenCapped.push(
      scenario('action-plan-small-young-gen', label, entry, await repeat(entry.runs.actionPlan, () =>
        runAction(bench, ory, { manifest: planSet.manifest, eventName: 'pull_request', pull, extraEnv: { NODE_OPTIONS: SMALL_YOUNG_GEN } }),
      )),
    );
  }

  log(`  ${label}: action apply, then again unchanged, x${entry.runs.apply}`);
  const applies: RunSample[] = [];
  const reapplies: RunSample[] = [];
  for (let i = 0; i < entry.runs.apply; i++) {
    // every apply needs projects that do not have the hooks yet
    const applySet = freshManifest(ory, entry);
    await waitForDist();
    const run: ActionRun = { manifest: applySet.manifest, eventName: 'workflow_dispatch', ...(entry.seed ? { projectIdInput: applySet.projectIds[0]! } : {}) };
    applies.push(await runAction(bench, ory, run));
    await waitForDist();
    reapplies.push(await runAction(bench, ory, run));
  }
  log(`  ${label}: CLI apply --yes x${entry.runs.apply}`);
  const cliApplies: RunSample[] = [];
  for (let i = 0; i < entry.runs.apply; i++) {
    const applySet = freshManifest(ory, entry);
    await waitForDist();
    cliApplies.push(await runCliApply(bench, ory, applySet.manifest, entry.seed ? applySet.projectIds[0] : undefined));
  }
  return [
    scenario('action-plan', label, entry, plans),
    scenario('cli-plan', label, entry, cliPlans),
    ...bodyCost,
    ...withBase,
    ...floor,
    ...youngGenCapped,
    scenario('action-apply', label, entry, applies),
    scenario('action-apply-unchanged', label, entry, reapplies),
    scenario('cli-apply', label, entry, cliApplies),
  ];
}

/** Runs `run` once under valgrind (through the wrapper) and reads the instruction count it logged. */
async function countInstructions(label: string, run: (extraEnv: Record<string, string>) => Promise<RunSample>): Promise<InstructionCount | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'ory-bench-valgrind-'));
  const logFile = join(dir, 'callgrind.log');
  try {
    log(`  ${label}`);
    const sample = await run({ BENCH_VALGRIND_LOG: logFile });
    const instructions = existsSync(logFile) ? parseCallgrindLog(readFileSync(logFile, 'utf8')) : undefined;
    if (sample.exitCode !== 0 || instructions === undefined) {
      log(`  ${label}: no count (exit ${sample.exitCode}${sample.failure ? `: ${sample.failure}` : ''})`);
      return undefined;
    }
    return { label, instructions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bare Node, the seed's plans and plans of 100 and 1,000 actions, each counted once (counts repeat). */
async function benchInstructions(bench: Bench): Promise<InstructionCount[]> {
  const ory = bench.ory;
  const seedProject = ory.emulator.addProject();
  const [hundred, thousand] = [100, 1000].map((actions) => generateManifest(actions, [ory.emulator.addProject()]).yaml);
  const pull = openPull(bench);
  const counts = [
    await countInstructions(INSTRUCTIONS_BARE_LABEL, (env) => runStandalone(bench.node, ['-e', ''], env)),
    await countInstructions('CLI plan 4 x 1 (seed)', (env) => runCli(bench, ory, SEED_MANIFEST, ['plan'], seedProject, env)),
    await countInstructions('action plan 4 x 1 (seed, pull_request + comment)', (env) =>
      runAction(bench, ory, { manifest: SEED_MANIFEST, eventName: 'pull_request', pull, projectIdInput: seedProject, extraEnv: env }),
    ),
    await countInstructions('CLI plan 100 x 1', (env) => runCli(bench, ory, hundred!, ['plan'], undefined, env)),
    await countInstructions('CLI plan 1000 x 1', (env) => runCli(bench, ory, thousand!, ['plan'], undefined, env)),
  ];
  return counts.filter((c): c is InstructionCount => c !== undefined);
}

function startBenchGitHub(latencyMs = 0): Promise<FakeGitHub> {
  return startFakeGitHub({
    tokens: { [GITHUB_TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }) },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
    latencyMs,
  });
}

/**
 * The seed's pull-request plan over a network: every Ory and GitHub answer waits, as they do from a
 * hosted runner. Wall time then shows how much of the run's start-up and of its requests overlap.
 */
async function benchNetwork(bench: Bench, spec: { oryMs: number; githubMs: number; runs: number }): Promise<ScenarioResult> {
  const ory = await startOrySide(spec.oryMs);
  const networked: Bench = { ...bench, github: await startBenchGitHub(spec.githubMs), nextPull: 1 };
  try {
    const projectId = ory.emulator.addProject();
    const pull = openPull(networked);
    const samples = await repeat(spec.runs, () => runAction(networked, ory, { manifest: SEED_MANIFEST, eventName: 'pull_request', pull, projectIdInput: projectId }));
    return scenario('action-plan-network', `seed, Ory ${spec.oryMs} ms, GitHub ${spec.githubMs} ms`, { actions: 4, projects: 1 }, samples, { latencyMs: spec.oryMs });
  } finally {
    await ory.proxy.close();
    await ory.emulator.close();
    await networked.github.close();
  }
}

/** The action's pull-request plan at each size of the scaling series, in one fresh project each. */
async function benchScaling(bench: Bench, spec: { actions: readonly number[]; runs: number }): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const actions of spec.actions) {
    const entry: SizeEntry = { actions, projects: 1, runs: { actionPlan: spec.runs, cliPlan: 0, apply: 0 } };
    const { manifest } = freshManifest(bench.ory, entry);
    const pull = openPull(bench);
    log(`  ${actions} x 1: action plan x${spec.runs}`);
    results.push(scenario('action-plan-scaling', `${actions} x 1`, entry, await repeat(spec.runs, () => runAction(bench, bench.ory, { manifest, eventName: 'pull_request', pull }))));
  }
  return results;
}

async function benchLatency(bench: Bench, spec: { actions: number; projects: number; latencyMs: number; runs: number }): Promise<ScenarioResult> {
  const ory = await startOrySide(spec.latencyMs);
  try {
    const projectIds = Array.from({ length: spec.projects }, () => ory.emulator.addProject());
    const manifest = generateManifest(spec.actions, projectIds).yaml;
    const pull = openPull(bench);
    const samples = await repeat(spec.runs, () => runAction(bench, ory, { manifest, eventName: 'pull_request', pull }));
    return scenario('action-plan-latency', `${spec.actions} x ${spec.projects} @${spec.latencyMs} ms`, spec, samples, { latencyMs: spec.latencyMs });
  } finally {
    await ory.proxy.close();
    await ory.emulator.close();
  }
}

/**
 * One action plan of 1,000 actions in one project under `node --cpu-prof` (a flag the wrapper adds;
 * the child is otherwise run as always), mapped back to source modules through the bundle's headers.
 */
async function profilePlan(bench: Bench): Promise<BenchReport['profile']> {
  const entry: SizeEntry = { actions: 1000, projects: 1, runs: { actionPlan: 1, cliPlan: 1, apply: 1 } };
  const { manifest } = freshManifest(bench.ory, entry);
  const profileDir = mkdtempSync(join(tmpdir(), 'ory-bench-profile-'));
  try {
    const sample = await runAction(bench, bench.ory, {
      manifest,
      eventName: 'pull_request',
      pull: openPull(bench),
      extraEnv: { BENCH_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${profileDir}` },
    });
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (sample.exitCode !== 0 || !file) {
      log(`  profile run failed (exit ${sample.exitCode}${sample.failure ? `: ${sample.failure}` : ''})`);
      return undefined;
    }
    const bundle = { urlSuffix: '/dist/index.js', headers: moduleHeaders(readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')) };
    return {
      scenario: `action plan (pull_request) of 1,000 actions x 1 project, dist/index.js, wall ${Math.round(sample.wallMs)} ms under the profiler`,
      ...summarizeProfile(readCpuProfile(join(profileDir, file)), bundle, 15),
    };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/**
 * `--edits`: builds the bundle with every edit and without each (scripts/build.mjs, BUILD_WITHOUT), then
 * runs the seed's pull-request plan with each build, round by round, beside a bare Node start.
 */
async function benchEdits(bench: Bench, rounds: number): Promise<string> {
  const names = (BUNDLE_EDITS as ReadonlyArray<{ name: string }>).map((edit) => edit.name);
  const work = mkdtempSync(join(tmpdir(), 'ory-bench-edits-'));
  try {
    const bundles: Record<string, string> = {};
    // each edit alone, the edits that keep Node's own undici unloaded together (each alone keeps it out only with the others), and all of them
    const variants = [ALL_EDITS, ...names, NODE_UNDICI_GUARDS.join('+'), names.join('+')];
    for (const [index, variant] of variants.entries()) {
      const outDir = join(work, String(index));
      log(`building ${variant === ALL_EDITS ? 'with every edit' : `without ${variant}`}`);
      const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
        cwd: ROOT,
        env: { ...process.env, BUILD_OUT_DIR: outDir, BUILD_WITHOUT: variant === ALL_EDITS ? '' : variant.split('+').join(',') },
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(`the build ${variant} failed: ${built.stderr}`);
      bundles[variant] = join(outDir, 'index.js');
    }
    const projectId = bench.ory.emulator.addProject();
    const pull = openPull(bench);
    const walls: Record<string, EditSample[]> = Object.fromEntries(Object.keys(bundles).map((v) => [v, []]));
    const bare: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      log(`round ${round} of ${rounds}`);
      bare.push((await runStandalone(bench.node, ['-e', ''])).wallMs);
      for (const [variant, bundle] of Object.entries(bundles)) {
        const sample = await runAction(bench, bench.ory, { manifest: SEED_MANIFEST, eventName: 'pull_request', pull, projectIdInput: projectId, bundle });
        if (sample.exitCode !== 0) throw new Error(`the seed's plan with the build ${variant} failed: ${sample.failure ?? `exit ${sample.exitCode}`}`);
        walls[variant]!.push({ wallMs: sample.wallMs, ...(sample.cpuMs !== undefined ? { cpuMs: sample.cpuMs } : {}) });
      }
    }
    const instructions: Record<string, number> = {};
    if (valgrindAvailable()) {
      log('instructions under valgrind (callgrind): one run of each build');
      for (const [variant, bundle] of Object.entries(bundles)) {
        const count = await countInstructions(variant, (env) =>
          runAction(bench, bench.ory, { manifest: SEED_MANIFEST, eventName: 'pull_request', pull, projectIdInput: projectId, bundle, extraEnv: env }),
        );
        if (count) instructions[variant] = count.instructions;
      }
    } else log('valgrind is not installed (apt-get install valgrind): no instruction counts');
    const m = machineInfo();
    return renderEdits(
      summarizeEdits(walls, bare, instructions),
      median(bare)!,
      `Reproduce: \`npm run bench -- --edits${rounds !== 15 ? ` --runs ${rounds}` : ''}\`. The seed's pull-request plan (4 actions, plan comment) of each build, ${rounds} rounds interleaved; machine: ${m.cpuModel}, ${m.cores} cores, Node ${nodeVersion(bench.node)}.`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The version of the Node the children run on (the figures are its, not the benchmark's). */
function nodeVersion(node: string): string {
  if (node === process.execPath) return process.version;
  const answer = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return answer.status === 0 ? answer.stdout.trim() : `unknown (${node})`;
}

function reproduceCommand(options: BenchOptions): string {
  const args = [
    ...(options.quick ? ['--quick'] : []),
    ...(options.runs ? ['--runs', String(options.runs)] : []),
    ...(options.node ? ['--node', options.node] : []),
    ...(options.instructions ? ['--instructions'] : []),
  ];
  return args.length > 0 ? `npm run bench -- ${args.join(' ')}` : 'npm run bench';
}

async function mainEdits(options: BenchOptions): Promise<void> {
  ensureWrapperExecutable();
  const github = await startBenchGitHub();
  const bench: Bench = { ory: await startOrySide(), github, node: options.node ?? process.execPath, nextPull: 1 };
  try {
    const markdown = await benchEdits(bench, options.runs ?? 15);
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'edits.md'), markdown + '\n');
    process.stdout.write(markdown + '\n');
    log('\nwrote bench-results/edits.md');
  } finally {
    await bench.ory.proxy.close();
    await bench.ory.emulator.close();
    await github.close();
  }
}

async function main(options: BenchOptions): Promise<void> {
  const began = performance.now();
  ensureWrapperExecutable();
  await waitForDist();
  const distAtStart = distStamp();
  const matrix = benchMatrix(options);
  const github = await startBenchGitHub();
  const node = options.node ?? process.execPath;
  const bench: Bench = { ory: await startOrySide(), github, node, nextPull: 1 };
  const scenarios: ScenarioResult[] = [];
  const none = { actions: 0, projects: 0 };
  try {
    // Bare Node is timed at the start and at the end, so a machine that slows down mid-run shows in both.
    const half = Math.ceil(matrix.bareNodeRuns / 2);
    log(`bare node x${matrix.bareNodeRuns}, bundle loads x${matrix.loadRuns}`);
    const bare = await repeat(half, () => runStandalone(bench.node, ['-e', '']));
    scenarios.push(scenario('load-action', 'load', none, await repeat(matrix.loadRuns, () => runStandalone(bench.node, [join(ROOT, 'dist', 'index.js')])), { expectedExit: 1 }));
    scenarios.push(scenario('load-cli', 'load', none, await repeat(matrix.loadRuns, () => runStandalone(bench.node, [join(ROOT, 'dist', 'cli.js'), '--help']))));
    for (const entry of matrix.sizes) {
      log(`size ${entry.seed ? 'seed (4 actions)' : `${entry.actions} actions x ${entry.projects} projects`}`);
      scenarios.push(...(await benchSize(bench, entry)));
    }
    log(`scaling: the pull-request plan at ${matrix.scaling.actions.join(', ')} actions`);
    scenarios.push(...(await benchScaling(bench, matrix.scaling)));
    log(`latency: ${matrix.latency.actions} actions x ${matrix.latency.projects} projects, ${matrix.latency.latencyMs} ms per Ory answer`);
    scenarios.push(await benchLatency(bench, matrix.latency));
    log(`network: the seed's pull-request plan, Ory ${matrix.network.oryMs} ms and GitHub ${matrix.network.githubMs} ms per answer`);
    scenarios.push(await benchNetwork(bench, matrix.network));
    bare.push(...(await repeat(matrix.bareNodeRuns - half, () => runStandalone(bench.node, ['-e', '']))));
    scenarios.unshift(scenario('bare-node', 'node -e ""', none, bare));

    let instructions: InstructionCount[] | undefined;
    if (options.instructions) {
      if (valgrindAvailable()) {
        log('instructions under valgrind (callgrind): one run each');
        instructions = await benchInstructions(bench);
      } else log('--instructions: valgrind is not installed (apt-get install valgrind); no counts taken');
    }

    const summaries = scenarios.map(summarize);
    const targets = evaluateTargets(summaries);
    const plan1000 = summaries.find((s) => s.kind === 'action-plan' && s.actions === 1000 && s.projects === 1);
    const wantProfile = options.profile ?? (plan1000 !== undefined && plan1000.wallMs >= PLAN_1000_LIMIT_MS);
    let profile: BenchReport['profile'];
    if (wantProfile) {
      log('profiling an action plan of 1,000 actions (node --cpu-prof)');
      profile = await profilePlan(bench);
    }
    // read after the runs: the figures above belong to the bundle as it is now (a rebuild mid-run is warned about)
    const composition = compositionOfBundle(readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8'));
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      command: reproduceCommand(options),
      durationS: (performance.now() - began) / 1000,
      quick: options.quick,
      machine: { ...machineInfo(), node: nodeVersion(node) },
      usageMethod: usageMethod(),
      scenarios,
      summaries,
      targets,
      terraform: compareWithTerraform(summaries),
      bundle: { files: distSizes(join(ROOT, 'dist')), ...(composition.shares.length > 1 ? { composition } : {}) },
      ...(profile ? { profile } : {}),
      ...(instructions ? { instructions } : {}),
      warnings: [],
    };
    if (distStamp() !== distAtStart) {
      report.warnings.push('dist/ was rebuilt while the benchmark ran: runs before and after measured different bundles.');
    }
    log('GitHub requests per run of the lifecycle (bench/github-cost.ts)');
    const githubCost = await measureGitHubCost();
    const markdown = `${renderReport(report)}\n\n## GitHub requests per run\n\n${renderCostTable(githubCost)}`;
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'github-cost.json'), JSON.stringify(githubCost, null, 2) + '\n');
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(outDir, 'latest.md'), markdown + '\n');
    process.stdout.write(markdown + '\n');
    log(`\nwrote bench-results/latest.json and bench-results/latest.md (${report.durationS.toFixed(0)} s)`);
  } finally {
    await bench.ory.proxy.close();
    await bench.ory.emulator.close();
    await github.close();
  }
}

const options = parseBenchArgs(process.argv.slice(2));
if (options.help) process.stdout.write(USAGE);
else if (options.edits) await mainEdits(options);
else await main(options);
