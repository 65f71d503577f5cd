import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_EDITS, renderEdits, summarizeEdits } from './edits.ts';

test('each edit is judged by the median of the runs without it, against the build with every edit', () => {
  const runs = (...walls: number[]) => walls.map((wallMs) => ({ wallMs, cpuMs: wallMs - 10 }));
  const figures = summarizeEdits({ [ALL_EDITS]: runs(100, 104, 102), 'lazy-x': runs(130, 125, 140), 'tiny-y': runs(103, 101, 106) }, [25, 26, 24]);
  assert.deepEqual(
    figures.map((f) => [f.variant, f.wallMs, f.savedMs, f.savedCpuMs, Number(f.ratioToNode.toFixed(2))]),
    [
      [ALL_EDITS, 102, undefined, undefined, 4.08],
      ['lazy-x', 130, 28, 28, 5.2],
      ['tiny-y', 103, 1, 1, 4.12],
    ],
  );
  const table = renderEdits(figures, 25, 'Seed.');
  assert.match(table, /\| without lazy-x \| 3 \| 130 \| 5\.20 \| 28 \| 120 \| 28 \| - \| - \| - \| keep \|/);
  assert.match(table, /\| without tiny-y \| 3 \| 103 \| 4\.12 \| 1 \| 93 \| 1 \| - \| - \| - \| under 10 ms \|/);
});

test('with instruction counts, the verdict goes by the instructions saved, in CPU ms of the full build', () => {
  const runs = (...walls: number[]) => walls.map((wallMs) => ({ wallMs, cpuMs: 100 }));
  // a busy machine: the wall figures say the edit saves 40 ms, the instructions say 5 ms of CPU
  const figures = summarizeEdits({ [ALL_EDITS]: runs(100), 'noisy-z': runs(140) }, [25], { [ALL_EDITS]: 500e6, 'noisy-z': 525e6 });
  const noisy = figures.find((f) => f.variant === 'noisy-z')!;
  assert.equal(noisy.savedInstructions, 25e6);
  assert.equal(noisy.savedMsByInstructions, 5);
  assert.match(renderEdits(figures, 25, 'Seed.'), /\| without noisy-z \| 1 \| 140 \| 5\.60 \| 40 \| 100 \| 0 \| 525\.0 \| 25\.0 \| 5\.0 \| under 10 ms \|/);
});

test('without runs of the full build there is nothing to compare with', () => {
  assert.throws(() => summarizeEdits({ 'lazy-x': [{ wallMs: 1 }] }, [1]), /build with every edit/);
});
