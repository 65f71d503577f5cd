/**
 * Behind a proxy (HTTP_PROXY, as self-hosted runners set it) the bundle reaches Ory and GitHub
 * through it: both clients hand plain HTTP requests to the proxy (axios carries both; for an https
 * address it would tunnel with CONNECT). The host names exist only inside the proxy, so a request
 * that skipped it would fail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { NODE_24, makeWorkspace, runBundledAction } from '../support/action-runner.ts';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.ts';
import { ROOT } from '../support/paths.ts';

const ORY_KEY = 'ory_wak_proxy_0123456789';
const TOKEN = 'ghs_proxy_installation_token';
const REPO = 'acme/identity';
const BASE_SHA = '3'.repeat(40);
const HEAD_SHA = '4'.repeat(40);
const ORY_HOST = 'ory.behind-proxy.test:4000';
const GITHUB_HOST = 'github.behind-proxy.test:5000';

let ory: OryEmulator;
let github: FakeGitHub;
let proxy: ForwardProxy;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot', installation: true, permissions: { pull_requests: 'write', contents: 'read' } } },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
  });
  proxy = await startForwardProxy({ [ORY_HOST]: new URL(ory.url).host, [GITHUB_HOST]: new URL(github.url).host });
});
after(async () => {
  await proxy.close();
  await ory.close();
  await github.close();
});

for (const node of [{ name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath }, { name: 'node 24', path: NODE_24 }]) {
  test(`a pull request plan reaches Ory and GitHub only through HTTP_PROXY (${node.name})`, async () => {
    const projectId = ory.addProject();
    const number = github.state.repos[REPO]!.pulls.length + 1;
    github.state.repos[REPO]!.pulls.push({
      number,
      state: 'open',
      merged_at: null,
      merge_commit_sha: null,
      head: { sha: HEAD_SHA, ref: `proxy-${number}`, repo_full_name: REPO },
      base: { sha: BASE_SHA, ref: 'main' },
      commits: [HEAD_SHA],
    });
    proxy.seen.length = 0;
    const result = await runBundledAction({
      workspace: makeWorkspace({ 'ory-actions.yaml': readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8') }),
      node: node.path,
      eventName: 'pull_request',
      payload: {
        number,
        pull_request: {
          number,
          head: { sha: HEAD_SHA, ref: `proxy-${number}`, repo: { full_name: REPO, fork: false } },
          base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO, fork: false } },
        },
        repository: { full_name: REPO },
      },
      sha: HEAD_SHA,
      githubApiUrl: `http://${GITHUB_HOST}`,
      inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': `http://${ORY_HOST}`, 'project-id': projectId, 'github-token': TOKEN },
      env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url, NO_PROXY: '', no_proxy: '' },
    });
    assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
    assert.equal(result.outputs['to-create'], '4');
    const ours = github.commentsOf(REPO, number);
    assert.equal(ours.length, 1, 'the plan comment was written through the proxy');
    assert.ok(
      proxy.seen.some((r) => r.kind === 'forward' && r.target === ORY_HOST && r.method === 'GET'),
      `Ory was read through the proxy: ${JSON.stringify(proxy.seen)}`,
    );
    assert.ok(
      proxy.seen.some((r) => r.kind === 'forward' && r.target === GITHUB_HOST && r.method === 'POST'),
      `GitHub was called through the proxy: ${JSON.stringify(proxy.seen)}`,
    );
  });
}
