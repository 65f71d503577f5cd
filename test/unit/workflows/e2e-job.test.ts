/** The e2e workflow's check (scripts/e2e-job.ts): what each trigger must do, and that a run that did otherwise fails it. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startOryEmulator } from '../../../emulators/ory-network/index.ts';
import { differences, expectationFor } from '../../../scripts/e2e-job.ts';
import { runChild } from '../../support/child-process.ts';
import { ROOT } from '../../support/paths.ts';

const FINGERPRINT = `sha256:${'a'.repeat(64)}`;
const GET = 'GET /projects/{id}';
const PATCH = 'PATCH /projects/{id}/revision/{rev}';
const planned = { 'failure-reason': '', 'has-changes': 'true', 'to-create': '4', 'to-update': '0', 'to-delete': '0', fingerprint: FINGERPRINT };

test('a pull request and a dry run plan with one GET; "Run workflow" applies with one GET and one PATCH', () => {
  assert.deepEqual(differences(expectationFor('pull_request', 'auto', 4), { ...planned, applied: 'false' }, { [GET]: 1 }), []);
  assert.deepEqual(differences(expectationFor('workflow_dispatch', 'plan', 4), { ...planned, applied: 'false' }, { [GET]: 1 }), []);
  assert.deepEqual(differences(expectationFor('workflow_dispatch', 'apply', 4), { ...planned, applied: 'true' }, { [GET]: 1, [PATCH]: 1 }), []);
  assert.throws(() => expectationFor('push', 'auto', 4), /no expectation for event push/);
});

test('every way a run can differ is named', () => {
  const apply = expectationFor('workflow_dispatch', 'apply', 4);
  assert.deepEqual(differences(apply, { ...planned, applied: 'false', fingerprint: '' }, { [GET]: 2, 'PUT /projects/{id}': 1 }), [
    'output applied is "false", expected "true"',
    'output fingerprint is "", expected sha256:<64 hex>',
    'Ory served 2 x GET /projects/{id}, expected 1',
    'Ory served 0 x PATCH /projects/{id}/revision/{rev}, expected 1',
    'Ory served 1 x PUT /projects/{id}, expected 0',
  ]);
  assert.deepEqual(differences(expectationFor('pull_request', 'auto', 5), { ...planned, applied: 'false', 'failure-reason': 'ory-auth' }, { [GET]: 1 }), [
    'output failure-reason is "ory-auth", expected ""',
    'output to-create is "4", expected "5"',
  ]);
});

test('the check step fails the job when the run did not do what the event asks', async () => {
  const ory = await startOryEmulator();
  try {
    const check = (outputs: Record<string, string>, mode: string) =>
      runChild(process.execPath, ['--import', 'tsx', 'scripts/e2e-job.ts', 'check'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', EVENT: 'workflow_dispatch', MODE: mode, MANIFEST: 'examples/ory-actions.yaml', ORY_URL: ory.url, ACTION_OUTPUTS: JSON.stringify(outputs) },
      });
    // nothing was asked of this emulator: an apply that claims success did not happen
    const failed = await check({ ...planned, applied: 'true' }, 'apply');
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /Ory served 0 x GET \/projects\/\{id\}, expected 1/);
    const missing = await runChild(process.execPath, ['--import', 'tsx', 'scripts/e2e-job.ts', 'start'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'e2e-job-')) } });
    assert.equal(missing.code, 1, 'start without GITHUB_OUTPUT');
    assert.match(missing.stderr, /GITHUB_OUTPUT is not set/);
  } finally {
    await ory.close();
  }
});
