/**
 * The manifest's edges (issue 13, items 4, 5, 7 and 9): URLs as written, files inside the
 * repository only and UTF-8 only, and a previous manifest whose variables are gone.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repositoryFiles, repositoryRelativePath } from '../../../src/commands/files.ts';
import { importedUrl, importProject } from '../../../src/commands/import.ts';
import { loadManifestFile, loadPreviousManifest } from '../../../src/commands/load-manifest.ts';
import { resolveReferences } from '../../../src/manifest/env.ts';
import { FileRefused, ManifestError, formatDiagnostic } from '../../../src/model/diagnostics.ts';
import { readLiveProject } from '../../../src/ory-config/webhook-codec.ts';
import { previewBody } from '../../../src/templates/index.ts';
import { rawProject } from '../../support/model-fixtures.ts';
import { load, yaml } from './helpers.ts';

function urlError(url: string): string | undefined {
  const { manifest, diagnostics } = load(`project_id: p\nactions:\n  a:\n    flow: login\n    timing: before\n    url: ${url}\n`);
  return manifest ? undefined : diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n');
}

test('a URL a parser would rewrite is an error at the character, with the fix; harmless normalisations are fine', () => {
  assert.match(urlError('"https://x.example.com/a b"')!, /ory-actions\.yaml:6:34: error: "url" "https:\/\/x\.example\.com\/a b" contains a space/);
  assert.match(urlError('"https://x.example.com/\\u200b"')!, /:6:33: .*invisible character \(U\+200B\)/);
  assert.match(urlError('"https://x.example.com/\\u0000"')!, /control character \(U\+0000\)/);
  assert.match(urlError('"https://x.example.com\\\\@evil.example.net/"')!, /backslash/);
  assert.match(urlError('https:x.example.com/hook')!, /no host .* — write "https:\/\/x\.example\.com\/hook"/);
  assert.match(urlError('"https://bücher.example/"')!, /outside ASCII.* — write "https:\/\/xn--bcher-kva\.example\/"/);
  assert.match(urlError('https://x.example.com/{id}')!, /rewrites \(it reads "https:\/\/x\.example\.com\/%7Bid%7D"\)/);
  for (const fine of ['HTTPS://X.Example.COM', 'https://x.example.com:443/a', 'https://x.example.com', 'https://x.example.com?a=1', 'https://u:p@x.example.com/a%20b']) {
    assert.equal(urlError(fine), undefined, fine);
  }
});

test('a URL from a reference that a parser would rewrite is refused without showing it', () => {
  const { diagnostics } = load('project_id: p\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com/${{ env.TOKEN }}\n', { env: { TOKEN: 'tok en-secret' } });
  const text = diagnostics.map(formatDiagnostic).join('\n');
  assert.match(text, /"url" \(https:\/\/x\.example\.com\/\$\{\{ env\.TOKEN \}\}, resolved from the environment\) contains a space/);
  assert.ok(!text.includes('tok en-secret') && !text.includes('tok%20en'));
});

function repository(): { root: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'ory-repo-'));
  const outside = mkdtempSync(join(tmpdir(), 'ory-outside-'));
  writeFileSync(join(outside, 'secret.jsonnet'), 'function(ctx) { leaked: true }\n');
  mkdirSync(join(root, 'bodies'));
  writeFileSync(join(root, 'bodies', 'ok.jsonnet'), 'function(ctx) { ok: true }\n');
  symlinkSync(join(outside, 'secret.jsonnet'), join(root, 'bodies', 'to-file.jsonnet'));
  symlinkSync(outside, join(root, 'to-folder'));
  symlinkSync('ok.jsonnet', join(root, 'bodies', 'inside.jsonnet'));
  return { root, outside };
}

test('repositoryFiles: reads by real path inside the root; links to a file or folder outside, and ../, are refused unread', () => {
  const { root, outside } = repository();
  const files = repositoryFiles(root);
  assert.equal(files.read('bodies/ok.jsonnet'), 'function(ctx) { ok: true }\n');
  assert.equal(files.read('bodies/inside.jsonnet'), 'function(ctx) { ok: true }\n');
  assert.equal(files.read('bodies/missing.jsonnet'), undefined);
  for (const path of ['bodies/to-file.jsonnet', 'to-folder/secret.jsonnet', '../' + join(outside.split('/').pop()!, 'secret.jsonnet'), join(outside, 'secret.jsonnet')]) {
    assert.throws(() => files.read(path), (e: unknown) => e instanceof FileRefused && /outside the repository/.test(e.why), path);
  }
});

test('repositoryFiles: a file that is not UTF-8 is refused at the line and column of the first bad byte; U+FFFD written as text is fine', () => {
  const { root } = repository();
  writeFileSync(join(root, 'latin1.jsonnet'), Buffer.concat([Buffer.from('a\nbc'), Buffer.from([0xff]), Buffer.from('d')]));
  writeFileSync(join(root, 'replacement.jsonnet'), 'x: "\ufffd"\n');
  const files = repositoryFiles(root);
  assert.throws(() => files.read('latin1.jsonnet'), (e: unknown) => e instanceof FileRefused && e.at?.line === 2 && e.at.column === 3 && /0xff at byte 4/.test(e.why));
  assert.equal(files.read('replacement.jsonnet'), 'x: "\ufffd"\n');
});

test('a body_file refused by the reader is a located manifest error naming only the path', () => {
  const { root } = repository();
  const manifest = 'project_id: p\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com/a\n    body_file: bodies/to-file.jsonnet\n';
  writeFileSync(join(root, 'ory-actions.yaml'), manifest);
  assert.throws(
    () => loadManifestFile({ path: 'ory-actions.yaml', files: repositoryFiles(root), env: {} }),
    (e: unknown) => e instanceof ManifestError && /ory-actions\.yaml:7:16: error: body_file "bodies\/to-file\.jsonnet": .*outside the repository/.test(e.message) && !e.message.includes('leaked'),
  );
});

test('repositoryRelativePath: an absolute path inside the root is its relative path; outside is refused', () => {
  assert.equal(repositoryRelativePath('/work/repo', '/work/repo/config/ory-actions.yaml'), 'config/ory-actions.yaml');
  assert.equal(repositoryRelativePath('/work/repo', './ory-actions.yaml'), 'ory-actions.yaml');
  assert.throws(() => repositoryRelativePath('/work/repo', '/etc/ory-actions.yaml'), FileRefused);
  assert.throws(() => repositoryRelativePath('/work/repo', '../other/ory-actions.yaml'), FileRefused);
});

test('a previous manifest with a variable no longer set: only the unresolvable actions are left out, each named; a body reference that is gone stays sensitive', () => {
  const text = yaml`
    project_id: p1
    actions:
      by_env_url:
        flow: login
        timing: before
        url: \${{ env.GONE_URL }}
      by_env_project:
        flow: login
        timing: before
        url: https://x.example.com/p
        project_id: \${{ env.GONE_PROJECT }}
      by_env_body:
        flow: login
        timing: before
        url: https://x.example.com/b
        body: |
          function(ctx) { t: "\${{ env.GONE_TOKEN }}" }
      plain:
        flow: login
        timing: before
        url: https://x.example.com/plain
  `;
  const { manifest, dropped } = loadPreviousManifest('ory-actions.yaml', text, {}, undefined);
  assert.deepEqual(manifest!.actions.map((a) => a.name), ['by_env_body', 'plain']);
  assert.deepEqual(dropped.map((d) => d.name), ['by_env_url', 'by_env_project']);
  assert.match(dropped[0]!.problem, /GONE_URL is not set/);
  assert.equal(manifest!.actions[0]!.display.body, 'function(ctx) { t: "${{ env.GONE_TOKEN }}" }\n');
});

test('a previous manifest whose default project_id is gone costs the actions that use it, not those with their own', () => {
  const text = 'project_id: ${{ env.GONE }}\nactions:\n  uses_default:\n    flow: login\n    timing: before\n    url: https://x.example.com/a\n  own:\n    flow: login\n    timing: before\n    url: https://x.example.com/b\n    project_id: p2\n';
  const { manifest, dropped } = loadPreviousManifest('ory-actions.yaml', text, {}, undefined);
  assert.deepEqual(manifest!.actions.map((a) => a.name), ['own']);
  assert.deepEqual(dropped.map((d) => d.name), ['uses_default']);
});

test('sample_ctx references stand as their text in the evaluated ctx, and the preview says which', () => {
  const secret = 'sec"ret-with-quote';
  const { manifest } = load(
    'project_id: p\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com/a\n    body: |\n      function(ctx) { b: std.base64(ctx.identity.traits.t), c: ctx.identity.traits.t }\n    sample_ctx:\n      identity:\n        traits:\n          t: ${{ env.T }}\n',
    { env: { T: secret } },
  );
  const { preview } = previewBody(manifest!.actions[0]!, undefined, manifest!.secrets);
  assert.equal(preview.kind, 'rendered');
  if (preview.kind !== 'rendered') return;
  assert.deepEqual(preview.placeholders, ['T']);
  assert.deepEqual(JSON.parse(preview.json), { b: Buffer.from('${{ env.T }}').toString('base64'), c: '${{ env.T }}' });
});

test('import: URL userinfo, query and token-like path parts become references that resolve to the live URL; names never come from a token', () => {
  const urls = [
    'https://svc:pw-123@hooks.example.com/in?token=qtok_1',
    'https://hooks.slack.com/services/T0AB/B0CD/Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2',
    'https://x.example.com?key=k',
    'https://api.example.com/webhooks/welcome',
  ];
  for (const url of urls) {
    const written = importedUrl(url, 'P');
    const env = Object.fromEntries(written.variables.map((v) => [v.name, '']));
    if (written.variables.length === 0) assert.equal(written.url, url);
    // the parts the variables must hold, taken back out of the live URL
    const pieces = written.url.split(/\$\{\{ env\.([A-Z_]+) \}\}/);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp('^' + pieces.map((piece, i) => (i % 2 === 0 ? escape(piece) : `(?<${piece}>.*)`)).join('') + '$');
    const match = pattern.exec(url);
    assert.ok(match, `${written.url} against ${url}`);
    for (const name of Object.keys(env)) env[name] = match!.groups![name]!;
    assert.equal(resolveReferences(written.url, env).value, url);
    for (const token of ['pw-123', 'qtok_1', 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2', 'T0AB', 'key=k']) assert.ok(!written.url.includes(token), written.url);
  }
  const project = rawProject() as any;
  project.services.identity.config.selfservice.flows.login.before = {
    // with a body: a webhook without one gets a note of its own
    hooks: [{ hook: 'web_hook', config: { url: urls[1], method: 'POST', body: `base64://${Buffer.from('function(ctx) {}').toString('base64')}` } }],
  };
  const imported = importProject(readLiveProject(project));
  assert.deepEqual(Object.keys(imported.doc.actions), ['login_before_services']);
  assert.equal(imported.notes.length, 1);
  assert.match(imported.notes[0]!, /login_before_services: its URL holds what may be a token \(LOGIN_BEFORE_SERVICES_URL_TOKEN\)/);
  assert.ok(!JSON.stringify(imported).includes('Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2'));
});
