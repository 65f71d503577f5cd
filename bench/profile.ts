/**
 * Hot spots of a `.cpuprofile` (V8's format, as `node --cpu-prof` writes it) taken of the real
 * bundle. esbuild (without minify) heads each module it inlines with a `// path` comment line, so a
 * sample's line in dist/*.js tells which source file or package the function came from. Self time
 * is summed per function and module, and per owner (an npm package or a src/ folder). Pure apart
 * from reading files.
 */
import { readFileSync } from 'node:fs';
import { ownerOf } from './bundle.ts';

interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface HotSpot {
  readonly functionName: string;
  /** the source module (`src/planner/plan.ts`, `node_modules/yaml/dist/parse/parser.js`), `node:...` or `(native)` */
  readonly module: string;
  readonly selfMs: number;
  readonly percent: number;
}

export interface OwnerTime {
  /** an npm package, a src/ folder, `node internals` or `(native)` (idle, GC, program) */
  readonly owner: string;
  readonly selfMs: number;
  readonly percent: number;
}

/** 1-based line of each `// path` module header in an esbuild bundle, in order. */
export function moduleHeaders(bundleText: string): Array<{ line: number; path: string }> {
  const headers: Array<{ line: number; path: string }> = [];
  bundleText.split('\n').forEach((text, index) => {
    const match = /^\/\/ ((?:src|node_modules|emulators)\/\S+)$/.exec(text);
    if (match) headers.push({ line: index + 1, path: match[1]! });
  });
  return headers;
}

/** The module a 1-based bundle line belongs to: the last header at or above it. */
export function moduleAt(headers: ReadonlyArray<{ line: number; path: string }>, line: number): string {
  let low = 0;
  let high = headers.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (headers[mid]!.line <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 ? headers[found]!.path : '(esbuild runtime helpers)';
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly hotSpots: HotSpot[];
  readonly owners: OwnerTime[];
}

/** `bundleUrlSuffix`: how the bundle's URL ends (`/dist/index.js`); its samples are mapped through `headers`. */
export function summarizeProfile(
  profile: CpuProfile,
  bundle: { readonly urlSuffix: string; readonly headers: ReadonlyArray<{ line: number; path: string }> },
  limit = 15,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[index] ?? 0)));
  const totalUs = Math.max(1, profile.endTime - profile.startTime);

  const spots = new Map<string, { functionName: string; module: string; us: number }>();
  const owners = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const module = !frame.url
      ? '(native)'
      : frame.url.endsWith(bundle.urlSuffix)
        ? moduleAt(bundle.headers, frame.lineNumber + 1)
        : frame.url.startsWith('node:')
          ? frame.url
          : frame.url.replace(/^file:\/\//, '');
    const functionName = frame.functionName || '(anonymous)';
    const key = `${functionName}\u0000${module}`;
    const spot = spots.get(key) ?? { functionName, module, us: 0 };
    spot.us += us;
    spots.set(key, spot);
    const owner = module.startsWith('node:') ? 'node internals' : module.startsWith('(') ? module === '(native)' ? `(native: ${functionName})` : module : ownerOf(module);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const percent = (us: number) => Math.round((us / totalUs) * 1000) / 10;
  return {
    totalMs: ms(totalUs),
    hotSpots: [...spots.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, limit)
      .map((s) => ({ functionName: s.functionName, module: s.module, selfMs: ms(s.us), percent: percent(s.us) })),
    owners: [...owners.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([owner, us]) => ({ owner, selfMs: ms(us), percent: percent(us) })),
  };
}

export function readCpuProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}
