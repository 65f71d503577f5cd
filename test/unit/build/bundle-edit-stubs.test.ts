/**
 * The stand-ins scripts/bundle-edits/ puts into the bundle must behave like what they replace on the
 * paths the bundle can take, and fail loudly on the paths it must never take.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Agent } from 'node:http';
import { test } from 'node:test';

const require = createRequire(import.meta.url);

test('the on-demand https-proxy-agent builds the real agent, with or without new, and instanceof recognises it', () => {
  const HttpsProxyAgent = require('../../../scripts/bundle-edits/stubs/https-proxy-agent-on-demand.cjs') as (options: object) => Agent & { proxy: { host: string; port: number } };
  const Real = require('https-proxy-agent') as (options: object) => object;
  const constructed = new (HttpsProxyAgent as unknown as new (options: object) => Agent & { proxy: { host: string; port: number } })({ protocol: 'http:', host: 'proxy.invalid', port: 3128 });
  const called = HttpsProxyAgent({ protocol: 'http:', host: 'other.invalid', port: 8080 });
  assert.equal(constructed.proxy.host, 'proxy.invalid');
  assert.equal(constructed.proxy.port, 3128);
  assert.equal(called.proxy.host, 'other.invalid');
  assert.ok(constructed instanceof (HttpsProxyAgent as unknown as typeof Agent));
  assert.ok(constructed instanceof (Real as unknown as typeof Agent), 'it is the real package agent, not a copy');
  assert.ok(!(new Agent() instanceof (HttpsProxyAgent as unknown as typeof Agent)));
});

test('the form-data stand-in refuses to build a multipart body', () => {
  const FormData = require('../../../scripts/bundle-edits/stubs/form-data.cjs') as new () => unknown;
  assert.throws(() => new FormData(), /multipart request bodies are not part of the ory-actions-gitops bundle/);
});
