/** go-jsonnet's own test data against our engine (the runner and its conventions: go-jsonnet-corpus.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runCorpus, testdata } from './go-jsonnet-corpus.ts';

test('go-jsonnet corpus: every applicable case right, previews byte-identical', { skip: existsSync(testdata) ? false : `corpus not found at ${testdata}` }, () => {
  const { right, applicable, skipped, wrong } = runCorpus();
  console.log(`go-jsonnet corpus: skipped ${skipped.length}:\n  ${skipped.join('\n  ')}`);
  console.log(`go-jsonnet corpus: ${right} of ${applicable} right, ${skipped.length} skipped`);
  assert.ok(applicable > 600, `expected over 600 applicable cases, found ${applicable}`);
  assert.deepEqual(wrong, [], `wrong cases:\n${wrong.join('\n\n')}`);
});
