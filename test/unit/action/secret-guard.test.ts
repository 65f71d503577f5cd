import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardSecrets } from '../../../src/action/secret-guard.ts';
import type { ActionRuntime } from '../../../src/action/runtime.ts';
import type { GitHubApi } from '../../../src/github/client.ts';

test('the edge guard replaces registered secrets (clear and JSON-escaped) in every text the action writes, and leaves fixed outputs alone', async () => {
  const written: string[] = [];
  const outputs: Record<string, string> = {};
  const comments: string[] = [];
  const github = {
    createIssueComment: async (_o: string, _r: string, _n: number, body: string) => (comments.push(body), { id: 1, html_url: 'u' }),
    updateIssueComment: async (_o: string, _r: string, _id: number, body: string) => (comments.push(body), { id: 1, html_url: 'u' }),
  } as unknown as GitHubApi;
  const runtime = {
    setSecret: () => {},
    setOutput: (name: string, value: string) => (outputs[name] = value),
    setFailed: (m: string) => written.push(m),
    info: (m: string) => written.push(m),
    warning: (m: string) => written.push(m),
    error: (m: string) => written.push(m),
    appendSummary: (m: string) => written.push(m),
    writePlanFile: (_name: string, content: string) => (written.push(content), '/tmp/plan.json'),
    createGitHub: () => github,
    uploadArtifact: async (artifact: { name: string; files: Record<string, string> }) => (written.push(artifact.name, ...Object.values(artifact.files)), { id: 1 }),
  } as unknown as ActionRuntime;
  const rt = guardSecrets(runtime);
  const secret = 'proj-"quoted"-0123';
  rt.setSecret(secret);
  rt.setSecret('short');
  rt.info(`Project ${secret} was not found (404)`);
  rt.setFailed(`failed for ${secret}`);
  rt.appendSummary(`| ${secret} |`);
  rt.writePlanFile('plan.json', JSON.stringify({ id: secret }));
  rt.setOutput('applied', 'true');
  rt.setOutput('comment-url', `https://example.com/${secret}`);
  const api = rt.createGitHub({ token: 't', apiUrl: 'http://x' });
  await api.createIssueComment('o', 'r', 1, `<!-- m {"projects":{${JSON.stringify(secret)}:"rev"}} -->`);
  await api.updateIssueComment('o', 'r', 1, `edited ${secret}`);
  await rt.uploadArtifact({ name: 'ory-actions-plan-x', files: { 'plan.md': `| ${secret} |`, 'plan.json': JSON.stringify({ id: secret }) }, retentionDays: 14 });
  assert.deepEqual(written.slice(-3), ['ory-actions-plan-x', '| *** |', '{"id":"***"}'], 'the artifact files are guarded too');
  for (const text of [...written, ...comments, ...Object.values(outputs)]) {
    assert.ok(!text.includes(secret) && !text.includes(JSON.stringify(secret).slice(1, -1)), text);
  }
  assert.deepEqual(written.slice(0, 2), ['Project *** was not found (404)', 'failed for ***']);
  assert.equal(written[3], '{"id":"***"}', 'the plan file stays JSON');
  assert.equal(outputs.applied, 'true');
  rt.info('a short secret is the runner mask\'s job: short');
  assert.match(written.at(-1)!, /short$/);
});
