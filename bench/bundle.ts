/** What the bundle weighs: the size of each file in dist/, and which packages fill dist/index.js. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DistFile {
  readonly file: string;
  readonly bytes: number;
}

export function distSizes(distDir: string): DistFile[] {
  return readdirSync(distDir)
    .filter((name) => statSync(join(distDir, name)).isFile())
    .sort()
    .map((file) => ({ file, bytes: statSync(join(distDir, file)).size }));
}

export interface BundleShare {
  /** an npm package (`@ory/client`), or a folder of src/ (`src/jsonnet`) */
  readonly owner: string;
  readonly bytes: number;
}

/** `node_modules/@scope/pkg/...` -> `@scope/pkg`; `src/jsonnet/x.ts` -> `src/jsonnet`; the last node_modules wins (nested deps). */
export function ownerOf(inputPath: string): string {
  const parts = inputPath.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? '?';
    return name.startsWith('@') ? `${name}/${parts[at + 2] ?? '?'}` : name;
  }
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`;
  return parts[0] === 'src' ? 'src' : inputPath;
}

/** Bytes each owner contributes to the output, largest first. */
export function sharesOf(inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>): BundleShare[] {
  const totals = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) totals.set(ownerOf(path), (totals.get(ownerOf(path)) ?? 0) + bytesInOutput);
  return [...totals.entries()].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes || a.owner.localeCompare(b.owner));
}

/**
 * Bytes per package or src folder of a built bundle, read from the bundle itself: esbuild (without
 * minify) heads each inlined module with a `// path` line, so a module's bytes run from its header
 * to the next one. What comes before the first header (banner, esbuild's helpers) is its own entry.
 */
export function compositionOfBundle(bundleText: string): { totalBytes: number; shares: BundleShare[] } {
  const lines = bundleText.split('\n');
  const bytesInOutput: Record<string, { bytesInOutput: number }> = {};
  let current = '(banner and esbuild runtime helpers)';
  lines.forEach((line, index) => {
    const header = /^\/\/ ((?:src|node_modules|emulators)\/\S+)$/.exec(line);
    if (header) current = header[1]!;
    const entry = (bytesInOutput[current] ??= { bytesInOutput: 0 });
    // each line and the newline after it, if any
    entry.bytesInOutput += Buffer.byteLength(line, 'utf8') + (index < lines.length - 1 ? 1 : 0);
  });
  return { totalBytes: Buffer.byteLength(bundleText, 'utf8'), shares: sharesOf(bytesInOutput) };
}
