import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeBlock, escapeText, inlineCode, link, tableCell, truncateText } from '../../../src/render/markdown-text.ts';

test('inlineCode survives backticks, newlines and empty text', () => {
  assert.equal(inlineCode('https://x'), '`https://x`');
  assert.equal(inlineCode('a`b'), '``a`b``');
  assert.equal(inlineCode('`edge`'), '`` `edge` ``');
  assert.equal(inlineCode('two\nlines'), '`two↵lines`');
  assert.equal(inlineCode(''), '*(empty)*');
});

test('tableCell escapes pipes and never lets a backslash cancel the escape', () => {
  assert.equal(tableCell('`a|b`'), '`a\\|b`');
  assert.equal(tableCell('line\nbreak'), 'line break');
  assert.ok(!/(^|[^\\])\\\\\|/.test(tableCell('`a\\|b`')));
});

test('escapeText neutralises markdown and HTML', () => {
  assert.equal(escapeText('<img src=x onerror=alert(1)> & *bold* _em_ [link](x)'), '&lt;img src=x onerror=alert(1)&gt; &amp; \\*bold\\* \\_em\\_ \\[link\\](x)');
  assert.equal(escapeText('# not a heading\nsecond'), '\\# not a heading second');
});

test('codeBlock picks a fence longer than any run of backticks inside', () => {
  const block = codeBlock('a\n```\nb', 'jsonnet');
  assert.ok(block.startsWith('````jsonnet\n'));
  assert.ok(block.endsWith('\n````'));
});

test('link keeps only plain http(s) URLs', () => {
  assert.equal(link('run', 'https://github.com/o/r/actions/runs/1'), '[run](https://github.com/o/r/actions/runs/1)');
  assert.equal(link('run', 'javascript:alert(1)'), 'run');
  assert.equal(link('run', 'https://x/a b'), 'run');
  assert.equal(link('run', 'https://x/(a)'), '[run](https://x/%28a%29)');
});

test('truncateText never splits a surrogate pair', () => {
  const cut = truncateText('😀'.repeat(10), 5);
  assert.equal(cut, '😀😀😀😀…');
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut));
});
