/**
 * Behind a proxy (HTTP_PROXY and HTTPS_PROXY, as self-hosted runners set them) the bundle reaches Ory
 * and GitHub through it. axios carries both clients: it hands plain HTTP requests to the proxy, and
 * tunnels https ones with CONNECT (through https-proxy-agent, which the bundle loads on first use).
 * The host names exist only inside the proxy, so a request that skipped it would fail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { NODE_24, makeWorkspace, runBundledAction } from '../support/action-runner.ts';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.ts';
import { makeCertificate, startTlsTerminator, type TestCertificate, type TlsTerminator } from '../support/tls-terminator.ts';
import { ROOT } from '../support/paths.ts';

const ORY_KEY = 'ory_wak_proxy_0123456789';
const TOKEN = 'ghs_proxy_installation_token';
const REPO = 'acme/identity';
const BASE_SHA = '3'.repeat(40);
const HEAD_SHA = '4'.repeat(40);
const ORY_HOST = 'ory.behind-proxy.test:4000';
const GITHUB_HOST = 'github.behind-proxy.test:5000';
const ORY_TLS_HOST = 'ory.behind-proxy.test:4443';
const GITHUB_TLS_HOST = 'github.behind-proxy.test:5443';

let ory: OryEmulator;
let github: FakeGitHub;
let proxy: ForwardProxy;
let certificate: TestCertificate;
let tls: TlsTerminator[];

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: { [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }) },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
  });
  certificate = makeCertificate(['ory.behind-proxy.test', 'github.behind-proxy.test']);
  tls = [await startTlsTerminator(certificate, ory.url), await startTlsTerminator(certificate, github.url)];
  proxy = await startForwardProxy({
    [ORY_HOST]: new URL(ory.url).host,
    [GITHUB_HOST]: new URL(github.url).host,
    [ORY_TLS_HOST]: tls[0]!.address,
    [GITHUB_TLS_HOST]: tls[1]!.address,
  });
});
after(async () => {
  await proxy.close();
  for (const terminator of tls) await terminator.close();
  certificate.remove();
  await ory.close();
  await github.close();
});

const NODES = [{ name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath }, { name: 'node 24', path: NODE_24 }];
const SCHEMES = [
  { scheme: 'http', oryHost: ORY_HOST, githubHost: GITHUB_HOST, kind: 'forward' as const, env: () => ({ HTTP_PROXY: proxy.url, http_proxy: proxy.url }) },
  { scheme: 'https', oryHost: ORY_TLS_HOST, githubHost: GITHUB_TLS_HOST, kind: 'connect' as const, env: () => ({ HTTPS_PROXY: proxy.url, https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: certificate.certFile }) },
];

for (const node of NODES) {
  for (const via of SCHEMES) {
    test(`a pull request plan reaches Ory and GitHub over ${via.scheme} only through the proxy (${node.name})`, async () => {
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
        githubApiUrl: `${via.scheme}://${via.githubHost}`,
        inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': `${via.scheme}://${via.oryHost}`, 'project-id': projectId, 'github-token': TOKEN },
        env: { ...via.env(), NO_PROXY: '', no_proxy: '' },
      });
      assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
      assert.equal(result.outputs['to-create'], '4');
      const ours = github.commentsOf(REPO, number);
      assert.equal(ours.length, 1, 'the plan comment was written through the proxy');
      const through = (host: string, method: string) =>
        proxy.seen.some((r) => r.kind === via.kind && r.target === host && (via.kind === 'connect' || r.method === method));
      assert.ok(through(via.oryHost, 'GET'), `Ory was read through the proxy: ${JSON.stringify(proxy.seen)}`);
      assert.ok(through(via.githubHost, 'POST'), `GitHub was called through the proxy: ${JSON.stringify(proxy.seen)}`);
      assert.ok(proxy.seen.every((r) => r.kind === via.kind), `every request went the ${via.kind} way: ${JSON.stringify(proxy.seen)}`);
    });
  }
}
