/**
 * Reads a manifest from files (head) or from text (previous commit, via GitHub) and turns
 * loader diagnostics into a ManifestError. The manifest room itself does no I/O.
 */
import { posix } from 'node:path';
import { loadManifest, type ManifestInput } from '../manifest/index.ts';
import type { BodySource, Manifest } from '../model/action.ts';
import { FileRefused, ManifestError, lineOf, type Diagnostic } from '../model/diagnostics.ts';
import type { FileReader } from './files.ts';

export interface LoadOptions {
  readonly path: string;
  readonly files: FileReader;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly projectIdOverride?: string;
  /** the `environment` input (`--environment`) */
  readonly environment?: string;
  readonly checkBody?: (body: BodySource, actionName: string) => Diagnostic[];
}

export interface LoadedManifest {
  readonly manifest: Manifest;
  readonly warnings: readonly Diagnostic[];
  /** the manifest's text as read */
  readonly text: string;
}

function resolveBesideManifest(manifestPath: string, relative: string): string {
  return posix.normalize(posix.join(posix.dirname(manifestPath), relative));
}

export function loadManifestFile(options: LoadOptions): LoadedManifest {
  let text: string | undefined;
  try {
    text = options.files.read(options.path);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const location = error.at ? { location: { file: options.path, ...error.at } } : {};
    throw new ManifestError([{ severity: 'error', message: `The manifest ${error.why}.`, hint: error.hint, ...location }]);
  }
  if (text === undefined) {
    throw new ManifestError([
      {
        severity: 'error',
        message: `The manifest ${options.path} does not exist.`,
        hint: 'Create it (see examples/ory-actions.yaml) or set the `manifest` input to its path.',
      },
    ]);
  }
  const input: ManifestInput = {
    path: options.path,
    text,
    readFile: (relative) => options.files.read(resolveBesideManifest(options.path, relative)),
    env: options.env,
    ...(options.projectIdOverride ? { projectIdOverride: options.projectIdOverride } : {}),
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.checkBody ? { checkBody: options.checkBody } : {}),
  };
  const loaded = loadManifest(input);
  const manifest = loaded.manifest;
  const diagnostics = withExcerpts(loaded.diagnostics, (file) => (file === options.path ? text : readQuietly(options.files, file)));
  if (!manifest || diagnostics.some((d) => d.severity === 'error')) throw new ManifestError(diagnostics);
  return { manifest, warnings: diagnostics.filter((d) => d.severity === 'warning'), text };
}

/** A file for an excerpt only: one the reader refuses (not UTF-8, too large, ...) has none; its own error says why. */
function readQuietly(files: FileReader, path: string): string | undefined {
  try {
    return files.read(path);
  } catch {
    return undefined;
  }
}

const SECRET_KEY_LINE = /^\s*-?\s*["']?(value|password)["']?\s*:/;

/** Each located diagnostic gets the line it points at, as written, so a reader sees it without opening the file. */
function withExcerpts(diagnostics: readonly Diagnostic[], read: (file: string) => string | undefined): Diagnostic[] {
  const texts = new Map<string, string | undefined>();
  return diagnostics.map((d) => {
    if (!d.location || d.excerpt !== undefined) return d;
    if (!texts.has(d.location.file)) texts.set(d.location.file, read(d.location.file));
    const source = texts.get(d.location.file);
    const excerpt = source === undefined ? undefined : lineOf(source, d.location.line);
    // an auth secret written in clear stays out of comments, even on the line of an error
    if (excerpt === undefined || excerpt.trim() === '' || SECRET_KEY_LINE.test(excerpt)) return d;
    return { ...d, excerpt };
  });
}

export interface PreviousManifestTarget {
  /** the head's target environment: the previous manifest is read for the same one */
  readonly environment?: string;
  /** the head manifest: when it declares environments and the previous one did not, see below */
  readonly head?: Manifest;
}

/**
 * The manifest at the previous commit, read only for the identities of the hooks it owned, for the same
 * environment as the head (SPEC section 2). Body files do not matter for that; an action whose identity
 * no longer resolves (a variable that is not set any more) or that has another error costs only itself:
 * it is named in `dropped`, and the others still own their hooks. Only a file that does not parse gives
 * no manifest. An environment the previous manifest did not declare owned nothing; a previous manifest
 * without environments (before they were introduced) owned hooks only in the projects the head's
 * environment targets, so a staging run never deletes production's hooks.
 */
export function loadPreviousManifest(
  path: string,
  text: string,
  env: Readonly<Record<string, string | undefined>>,
  projectIdOverride: string | undefined,
  target: PreviousManifestTarget = {},
): { manifest?: Manifest; problem?: string; dropped: ReadonlyArray<{ name: string; problem: string }> } {
  const { manifest, diagnostics, dropped } = loadManifest({
    path: `${path} (previous commit)`,
    text,
    readFile: () => '{}',
    env,
    keepValidActions: true,
    ...(projectIdOverride ? { projectIdOverride } : {}),
    ...(target.environment ? { environment: target.environment } : {}),
    undeclaredEnvironment: 'no-actions',
  });
  if (!manifest) {
    const first = diagnostics.find((d) => d.severity === 'error');
    return { problem: first ? first.message : 'it could not be loaded', dropped: [] };
  }
  const head = target.head;
  if (head && (head.environments?.length ?? 0) > 0 && (manifest.environments?.length ?? 0) === 0) {
    const targeted = new Set([...head.actions.map((a) => a.projectId), ...(head.defaultProjectId ? [head.defaultProjectId] : [])]);
    return { manifest: { ...manifest, actions: manifest.actions.filter((a) => targeted.has(a.projectId)) }, dropped: dropped ?? [] };
  }
  return { manifest, dropped: dropped ?? [] };
}
