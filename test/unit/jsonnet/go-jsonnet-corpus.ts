/**
 * go-jsonnet's own test data (vendor/go-jsonnet/testdata; go-jsonnet is what Kratos runs) against our
 * engine, with the conventions of go-jsonnet's runner (vendor/go-jsonnet/main_test.go.txt):
 * - NAME.jsonnet with NAME.golden holding a value: the output text must equal the golden byte for byte
 *   (3-space indentation, sorted keys, go-jsonnet's number format, a trailing newline): it is the text a
 *   webhook receives;
 * - a golden holding an error: evaluation must fail the same way (static or runtime); the wording may differ;
 * - a golden that is a folder: multi-file output (`jsonnet -m`), each file compared byte for byte;
 * - imports resolve relative to the importing file, inside testdata/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type EngineOptions } from '../../../src/jsonnet/engine.ts';
import { JsonnetError } from '../../../src/jsonnet/index.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusRoot = resolve(projectRoot, 'vendor/go-jsonnet');
export const testdata = join(corpusRoot, 'testdata');

/** The cases main_test.go gives ext vars and ext code (its `metadataForTests`). */
const RUNNER_EXT_VARS = new Set(['extvar_code', 'extvar_error', 'extvar_hermetic', 'extvar_mutually_recursive', 'extvar_self_recursive', 'extvar_static_error', 'extvar_string']);

/** Cases a webhook body can never meet, with why. Everything else must be right. */
function skipReason(name: string): string | undefined {
  if (RUNNER_EXT_VARS.has(name)) return 'needs the ext vars and ext code that go-jsonnet\'s runner passes it (Kratos passes a webhook body none)';
  if (/^native\d|^native_(error|panic)$/.test(name)) return 'calls a native function that go-jsonnet\'s runner registers (Kratos registers none)';
  return undefined;
}

/** Resolves imports relative to the importing file, inside testdata/ (names as go-jsonnet's runner gives them). */
function resolveImport(path: string, fromFile: string): { filename: string; content: Uint8Array } | undefined {
  const filename = posix.normalize(posix.join(posix.dirname(fromFile), path));
  const full = join(corpusRoot, filename);
  if (!existsSync(full) || statSync(full).isDirectory()) return undefined;
  return { filename, content: readFileSync(full) };
}

type Expected = { kind: 'value'; text: string } | { kind: 'error'; static: boolean; firstLine: string } | { kind: 'multi'; files: Map<string, string> };

function expectedOf(name: string): Expected {
  const golden = join(testdata, `${name}.golden`);
  if (statSync(golden).isDirectory()) {
    const files = new Map(readdirSync(golden).map((f) => [f, readFileSync(join(golden, f), 'utf8')]));
    return { kind: 'multi', files };
  }
  const text = readFileSync(golden, 'utf8');
  const firstLine = text.split('\n')[0]!;
  if (firstLine.startsWith('RUNTIME ERROR')) return { kind: 'error', static: false, firstLine };
  // static errors are printed as `testdata/NAME:line:col message`
  if (firstLine.startsWith(`testdata/${name}:`) || firstLine.startsWith('<')) return { kind: 'error', static: true, firstLine };
  return { kind: 'value', text };
}

interface Outcome {
  readonly ok: boolean;
  readonly detail: string;
}

function runOne(name: string): Outcome {
  const source = readFileSync(join(testdata, `${name}.jsonnet`), 'utf8');
  const expected = expectedOf(name);
  // go-jsonnet's runner names the snippet `testdata/NAME` (std.thisFile, error locations)
  const options: EngineOptions = { filename: `testdata/${name}`, resolveImport };
  let output: string | Map<string, string>;
  try {
    output = run(source, options, undefined, expected.kind === 'multi' ? (name.endsWith('_string_output') ? 'multi-string' : 'multi') : 'text') as string | Map<string, string>;
  } catch (err) {
    if (!(err instanceof JsonnetError)) return { ok: false, detail: `crashed: ${(err as Error).stack ?? String(err)}` };
    if (expected.kind !== 'error') return { ok: false, detail: `unexpected error: ${err.describe()}` };
    if ((err.kind === 'syntax') !== expected.static) return { ok: false, detail: `error kind ${err.kind}, golden says ${expected.firstLine}\n  ours: ${err.describe().split('\n')[0]}` };
    return { ok: true, detail: '' };
  }
  if (expected.kind === 'error') return { ok: false, detail: `expected an error (${expected.firstLine}), got ${String(typeof output === 'string' ? output : [...output.keys()]).slice(0, 300)}` };
  if (expected.kind === 'multi') {
    const files = output as Map<string, string>;
    const got = [...files.keys()].sort();
    const want = [...expected.files.keys()].sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) return { ok: false, detail: `files ${got.join(', ')}; golden has ${want.join(', ')}` };
    for (const [file, text] of expected.files) {
      if (files.get(file) !== text) return { ok: false, detail: `${file} differs:\n${JSON.stringify(files.get(file))}\n--- golden ---\n${JSON.stringify(text)}` };
    }
    return { ok: true, detail: '' };
  }
  return output === expected.text ? { ok: true, detail: '' } : { ok: false, detail: `text differs:\n${String(output).slice(0, 1500)}\n--- golden ---\n${expected.text.slice(0, 1500)}` };
}

export function runCorpus(): { right: number; applicable: number; skipped: string[]; wrong: string[] } {
  const names = readdirSync(testdata).filter((n) => n.endsWith('.jsonnet')).map((n) => n.slice(0, -'.jsonnet'.length)).sort();
  const skipped: string[] = [];
  const wrong: string[] = [];
  let right = 0;
  for (const name of names) {
    const reason = skipReason(name);
    if (reason) {
      skipped.push(`${name}: ${reason}`);
      continue;
    }
    const outcome = runOne(name);
    if (outcome.ok) right++;
    else wrong.push(`${name}: ${outcome.detail}`);
  }
  return { right, applicable: names.length - skipped.length, skipped, wrong };
}

