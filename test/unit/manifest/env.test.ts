import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawOffset, resolveReferences } from '../../../src/manifest/env.ts';

test('resolveReferences replaces every reference and records where', () => {
  const r = resolveReferences('a ${{ env.X }} b ${{env.Y_2}} c', { X: 'xx', Y_2: 'yyyy' });
  assert.equal(r.value, 'a xx b yyyy c');
  assert.deepEqual(r.secrets, ['xx', 'yyyy']);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.substitutions.map((s) => [s.name, s.rawStart, s.rawEnd, s.resolvedStart, s.resolvedEnd]),
    [
      ['X', 2, 14, 2, 4],
      ['Y_2', 17, 29, 7, 11],
    ],
  );
  // offsets after, inside and before substitutions map back to the written text
  assert.equal(rawOffset(r.substitutions, 0), 0);
  assert.equal(rawOffset(r.substitutions, 3), 2);
  assert.equal(rawOffset(r.substitutions, 5), 15);
  assert.equal(rawOffset(r.substitutions, 12), 30);
});

test('text without references is returned as is', () => {
  const r = resolveReferences('https://example.com/{id}', {});
  assert.deepEqual(r, { value: 'https://example.com/{id}', substitutions: [], secrets: [], problems: [], varReferences: [] });
});

test('unset, empty, malformed and foreign expressions are problems at their offset', () => {
  const r = resolveReferences('${{ env.UNSET }}|${{ env.EMPTY }}|${{ env.1BAD }}|${{ secrets.REGION }}|${{ github.sha', { EMPTY: '' });
  assert.deepEqual(
    r.problems.map((p) => [p.offset, p.message.split(':')[0]!.split(' (')[0]]),
    [
      [0, 'environment variable UNSET is not set'],
      [17, 'environment variable EMPTY is set but empty'],
      [34, '"${{ env.1BAD }}" is not a valid reference'],
      [50, '"${{ secrets.REGION }}" is not supported'],
      [72, 'unclosed "${{"'],
    ],
  );
  assert.match(r.problems[3]!.hint, /REGION: \$\{\{ secrets\.REGION \}\}.*\$\{\{ env\.REGION \}\}/);
  assert.deepEqual(r.secrets, []);
});

test('${{ vars.NAME }} comes from the target environment, in clear, and maps offsets like env', () => {
  const r = resolveReferences('${{ vars.hooks }}/w?k=${{ env.K }}', { K: 'kk' }, { environment: 'staging', values: { hooks: 'https://h.example' } });
  assert.equal(r.value, 'https://h.example/w?k=kk');
  assert.deepEqual(r.secrets, ['kk']);
  assert.deepEqual(r.substitutions.map((s) => [s.kind, s.name]), [['vars', 'hooks'], ['env', 'K']]);
  assert.equal(rawOffset(r.substitutions, 'https://h.example/'.length), '${{ vars.hooks }}/'.length);
});

test('a variable the environment lacks, or vars without environments, are problems with a hint', () => {
  const missing = resolveReferences('x ${{ vars.hoks }}', {}, { environment: 'staging', values: { hooks: 'h' } });
  assert.deepEqual(missing.problems.map((p) => [p.offset, p.message]), [[2, 'environment "staging" has no variable "hoks" (referenced as ${{ vars.hoks }})']]);
  assert.match(missing.problems[0]!.hint, /did you mean "hooks"\?/);
  const none = resolveReferences('${{ vars.hooks }}', {});
  assert.match(none.problems[0]!.message, /declares no `environments`/);
  const skipped = resolveReferences('${{ vars.hooks }}', {}, 'skip');
  assert.deepEqual([skipped.value, skipped.problems, skipped.varReferences], ['${{ vars.hooks }}', [], [{ name: 'hooks', offset: 0 }]]);
});
