import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestInput } from '../../../src/manifest/index.ts';
import { loadManifest } from '../../../src/manifest/index.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Removes the common indentation of a template literal and its first newline, so line numbers read naturally. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n').replace(/[ ]+$/, '');
}

/** Loads a manifest from text with in-memory body files and env. */
export function load(text: string, options: Partial<Omit<ManifestInput, 'text' | 'readFile'>> & { files?: Record<string, string> } = {}) {
  const files = options.files ?? {};
  return loadManifest({
    path: options.path ?? 'ory-actions.yaml',
    text,
    readFile: (p) => files[p],
    env: options.env ?? {},
    ...(options.projectIdOverride !== undefined ? { projectIdOverride: options.projectIdOverride } : {}),
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
    ...(options.undeclaredEnvironment !== undefined ? { undeclaredEnvironment: options.undeclaredEnvironment } : {}),
    ...(options.checkBody ? { checkBody: options.checkBody } : {}),
  });
}

/** Loads one of the repository's example manifests, with body files read from examples/. */
export function loadExample(name: string, options: { env?: Record<string, string>; projectIdOverride?: string; environment?: string } = {}) {
  const path = `examples/${name}`;
  return loadManifest({
    path,
    text: readFileSync(join(REPO_ROOT, path), 'utf8'),
    readFile: (p) => {
      try {
        return readFileSync(join(REPO_ROOT, 'examples', p), 'utf8');
      } catch {
        return undefined;
      }
    },
    env: options.env ?? {},
    ...(options.projectIdOverride !== undefined ? { projectIdOverride: options.projectIdOverride } : {}),
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
  });
}
