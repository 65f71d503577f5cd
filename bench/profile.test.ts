import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moduleAt, moduleHeaders, summarizeProfile, type CpuProfile } from './profile.ts';

const BUNDLE = [
  "import { createRequire } from 'node:module';", // 1
  'var __commonJS = (cb) => cb;', // 2
  '// node_modules/yaml/dist/parse/parser.js', // 3
  'function next() {}', // 4
  '// src/manifest/yaml-source.ts', // 5
  'function findPair() {}', // 6
  'function isMergeKey() {}', // 7
  '// src/render/markdown-text.ts', // 8
  'function inlineCode() {}', // 9
].join('\n');

test('module headers of an esbuild bundle map a line to its source module', () => {
  const headers = moduleHeaders(BUNDLE);
  assert.deepEqual(headers.map((h) => h.line), [3, 5, 8]);
  assert.equal(moduleAt(headers, 2), '(esbuild runtime helpers)');
  assert.equal(moduleAt(headers, 4), 'node_modules/yaml/dist/parse/parser.js');
  assert.equal(moduleAt(headers, 7), 'src/manifest/yaml-source.ts');
  assert.equal(moduleAt(headers, 9), 'src/render/markdown-text.ts');
});

test('self time is summed per function and module, and per package or src folder', () => {
  const url = 'file:///work/main/dist/index.js';
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 100_000, // 100 ms
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
      { id: 2, callFrame: { functionName: 'findPair', url, lineNumber: 5 } },
      { id: 3, callFrame: { functionName: 'next', url, lineNumber: 3 } },
      { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
      { id: 5, callFrame: { functionName: 'readFileSync', url: 'node:fs', lineNumber: 440 } },
      { id: 6, callFrame: { functionName: 'isMergeKey', url, lineNumber: 6 } },
    ],
    samples: [2, 2, 3, 4, 2, 5, 6],
    timeDeltas: [10_000, 10_000, 20_000, 5_000, 10_000, 1_000, 4_000],
  };
  const summary = summarizeProfile(profile, { urlSuffix: '/dist/index.js', headers: moduleHeaders(BUNDLE) }, 3);
  assert.equal(summary.totalMs, 100);
  assert.deepEqual(summary.hotSpots, [
    { functionName: 'findPair', module: 'src/manifest/yaml-source.ts', selfMs: 30, percent: 30 },
    { functionName: 'next', module: 'node_modules/yaml/dist/parse/parser.js', selfMs: 20, percent: 20 },
    { functionName: '(garbage collector)', module: '(native)', selfMs: 5, percent: 5 },
  ]);
  assert.deepEqual(summary.owners.map((o) => [o.owner, o.selfMs]), [
    ['src/manifest', 34],
    ['yaml', 20],
    ['(native: (garbage collector))', 5],
  ]);
});
