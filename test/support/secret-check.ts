/**
 * The check every test that handles secrets makes: no output of the run holds any secret of the
 * test, in clear, base64 (standard or URL-safe, at any alignment) or JSON-escaped (once or twice).
 */
import assert from 'node:assert/strict';
import type { FakeGitHub } from '../../emulators/github-api/index.ts';
import type { RunResult } from './action-runner.ts';

/** The forms a secret can leak in; a leak in any of them is a leak. */
export function leakForms(secret: string): Array<{ form: string; text: string }> {
  const forms: Array<{ form: string; text: string }> = [{ form: 'clear', text: secret }];
  const once = JSON.stringify(secret).slice(1, -1);
  if (once !== secret) forms.push({ form: 'JSON-escaped', text: once });
  const twice = JSON.stringify(once).slice(1, -1);
  if (twice !== once) forms.push({ form: 'JSON-escaped twice', text: twice });
  // Base64 of a secret inside a longer text depends on where it starts: the characters that do not
  // mix with its neighbours are the same for a given offset modulo 3.
  const bytes = Buffer.from(secret, 'utf8');
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // characters whose six bits all come from the secret
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (core.length >= 6) {
      forms.push({ form: `base64 (offset ${offset})`, text: core });
      const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
      if (urlSafe !== core) forms.push({ form: `base64url (offset ${offset})`, text: urlSafe });
    }
  }
  return forms;
}

/** Fails naming the place and the form when any text holds any secret. */
export function assertNoSecretIn(places: Readonly<Record<string, string>>, secrets: readonly string[], where = 'run'): void {
  for (const secret of secrets) {
    const forms = leakForms(secret);
    for (const [place, text] of Object.entries(places)) {
      for (const { form, text: needle } of forms) {
        assert.equal(text.includes(needle), false, `${where}: a secret (${secret.slice(0, 3)}…) appears ${form} in ${place}`);
      }
    }
  }
}

/** Every output of a bundled run: stdout (runner mask commands aside), stderr, summary, outputs, plan JSON. */
export function runOutputs(result: RunResult): Record<string, string> {
  return {
    stdout: result.log,
    stderr: result.stderr,
    summary: result.summary,
    'GITHUB_OUTPUT': JSON.stringify(result.outputs),
    'plan JSON': result.planJson ?? '',
  };
}

/** What the fake GitHub holds that people read: comment bodies, and any issue or status texts it keeps. */
export function gitHubTexts(github: FakeGitHub): Record<string, string> {
  const places: Record<string, string> = {};
  for (const [name, repo] of Object.entries(github.state.repos)) {
    places[`comments of ${name}`] = repo.comments.map((c) => c.body).join('\n');
    // statuses and issues, where the fake keeps them: everything but the checked-out files
    const { files: _files, comments: _comments, ...rest } = repo as unknown as Record<string, unknown>;
    places[`issues and statuses of ${name}`] = JSON.stringify(rest);
  }
  return places;
}

/** The whole check for a bundled run, optionally with what it left on the fake GitHub. */
export function assertRunKeepsSecrets(result: RunResult, secrets: readonly string[], where: string, github?: FakeGitHub): void {
  assertNoSecretIn({ ...runOutputs(result), ...(github ? gitHubTexts(github) : {}) }, secrets, where);
}
