import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarker } from '../../../src/model/marker.ts';
import { renderComment, renderSummary, SUMMARY_MAX_BYTES } from '../../../src/render/index.ts';
import { aCreate, aMarker, anUpdate, aPlan, aProject, hugePlan, mixedPlan } from './fixtures.ts';

const location = '[the job summary of run #12](https://github.com/acme/infra/actions/runs/12)';

for (const count of [3000, 20000]) {
  test(`a ${count}-action plan fits in 65,536 characters and says it was cut`, () => {
    const plan = hugePlan(count);
    const { body, truncated } = renderComment(plan, { marker: aMarker(), status: { status: 'planned' }, fullPlanLocation: location });
    assert.ok(body.length <= 65_536, `length ${body.length}`);
    assert.ok(Buffer.byteLength(body) <= 4 * 65_536);
    assert.equal(truncated, true);
    assert.ok(body.includes(`**Plan: ${count} to create, 0 to update, 0 to delete.**`));
    assert.ok(body.includes('> ✂️ **This plan was shortened** to stay under 65,536 characters'));
    assert.ok(body.includes(`The full plan is in ${location}.`));
    assert.match(body, new RegExp(`\\*… and [\\d,]+ more changes not shown: the full plan is in ${location.replace(/[[\]().#/]/g, '\\$&')}\\.\\*`));
    const shown = /<summary>([\d,]+) of ([\d,]+) changes<\/summary>/.exec(body);
    assert.ok(shown, 'the toggle says how many of how many');
    assert.equal(shown[2], count.toLocaleString('en-US'));
    const lines = /```diff\n([\s\S]*?)```/.exec(body)![1]!.trimEnd().split('\n');
    assert.equal(lines.length.toLocaleString('en-US'), shown[1], 'the toggle counts what it holds');
    assert.ok(body.indexOf('| Hook list |') < body.indexOf('<summary>'), 'a large plan opens with its counts per list');
    assert.deepEqual(parseMarker(body), aMarker());
    assertBalanced(body);
  });
}

test('the job summary of a 20,000-action plan stays under its byte limit', () => {
  const summary = renderSummary(hugePlan(20000));
  assert.ok(Buffer.byteLength(summary) <= SUMMARY_MAX_BYTES, `bytes ${Buffer.byteLength(summary)}`);
  assert.ok(SUMMARY_MAX_BYTES < 1024 * 1024);
  assert.ok(summary.includes('This plan was shortened'));
  assert.ok(summary.includes('`plan-json` output'));
  assertBalanced(summary);
});

test('the summary limit counts UTF-8 bytes, not characters', () => {
  const plan = hugePlan(300);
  const summary = renderSummary(plan, { maxBytes: 40_000 });
  assert.ok(Buffer.byteLength(summary) <= 40_000);
});

test('sections are cut least useful first: previews, then diffs, then details', () => {
  const plan = aPlan([
    aProject({
      // several small blocks, so no single one is too long on its own
      creates: [1, 2, 3].map((i) => aCreate({ action: `c${i}`, preview: { kind: 'rendered', json: `{"padding": "${'x'.repeat(300)}"}` } })),
      updates: [1, 2, 3].map((i) => anUpdate({ action: `u${i}`, bodyBefore: 'a\n'.repeat(10), bodyAfter: 'b\n'.repeat(20) })),
    }),
  ]);
  const render = (maxLength: number) => renderComment(plan, { marker: aMarker(), status: { status: 'planned' }, maxLength });
  const full = render(100_000);
  assert.equal(full.truncated, false);
  assert.ok(full.body.includes('<summary>Request body preview for the sample'));
  const noPreviews = render(full.body.length - 1);
  assert.equal(noPreviews.truncated, true);
  assert.ok(!noPreviews.body.includes('<summary>Request body preview for the sample'));
  assert.ok(noPreviews.body.includes('--- live'));
  assert.ok(noPreviews.body.includes('request body previews were left out'));
  const noBodies = render(noPreviews.body.length - 1);
  assert.ok(!noBodies.body.includes('--- live'));
  assert.ok(!noBodies.body.includes('```jsonnet'));
  assert.ok(noBodies.body.includes('- can_interrupt: false\n+ can_interrupt: true'), 'field changes stay');
  const overview = render(noBodies.body.length - 1);
  assert.ok(!overview.body.includes('Details of'));
  assert.match(overview.body, /^! u3  registration\.after\.password  body \+20 −10 lines, can_interrupt: false → true$/m);
  assert.ok(overview.body.includes('the overview lists every change'));
  for (const r of [noPreviews, noBodies, overview]) assertBalanced(r.body);
});

test('a single block too long on its own is replaced by a note, and counts as a cut', () => {
  const plan = aPlan([aProject({ creates: [aCreate({ preview: { kind: 'rendered', json: `"${'x'.repeat(30_000)}"` } })] })]);
  const { body, truncated } = renderComment(plan, { marker: aMarker(), status: { status: 'planned' }, fullPlanLocation: location });
  assert.equal(truncated, true);
  assert.ok(body.includes(`Request body preview left out: 30,002 characters is too long to show here; the full plan is in ${location}.`));
  assert.ok(body.includes('```jsonnet'), 'the rest of the details stay');
  assert.ok(renderSummary(plan).includes('x'.repeat(30_000)), 'the job summary has room for it');
});

test('a very small limit still keeps marker, summary and the cut notice', () => {
  const { body, truncated } = renderComment(mixedPlan(), { marker: aMarker(), status: { status: 'planned' }, maxLength: 1200 });
  assert.ok(body.length <= 1200, String(body.length));
  assert.equal(truncated, true);
  assert.ok(body.includes('Plan: 1 to create, 1 to update, 1 to delete.'));
  assert.ok(parseMarker(body));
});

test('per-change digests are dropped from the marker rather than crowding out the plan', () => {
  const changes: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) changes[`6e1b2c3d create hook_${i}`] = 'f'.repeat(16);
  const { body } = renderComment(hugePlan(3000), { marker: aMarker({ changes }), status: { status: 'planned' } });
  assert.ok(body.length <= 65_536);
  assert.equal(parseMarker(body)?.changes, undefined);
  const small = renderComment(mixedPlan(), { marker: aMarker({ changes: { a: '1' } }), status: { status: 'planned' } }).body;
  assert.deepEqual(parseMarker(small)?.changes, { a: '1' });
});

test('large plans render deterministically', () => {
  const a = renderComment(hugePlan(3000), { marker: aMarker(), status: { status: 'planned' } }).body;
  const b = renderComment(hugePlan(3000), { marker: aMarker(), status: { status: 'planned' } }).body;
  assert.equal(a, b);
});

/** Every code fence is closed and every <details> has its </details>. */
function assertBalanced(markdown: string): void {
  const fences = markdown.split('\n').filter((line) => /^`{3,}/.test(line));
  assert.equal(fences.length % 2, 0, 'unclosed code fence');
  const opened = markdown.match(/<details( open)?>/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  assert.equal(opened, closed, 'unbalanced <details>');
}

test('a rendering that fits exactly is chosen: richer ones are skipped only when their verbatim text alone is too long', () => {
  // Bodies and previews are most of the text, so the skip's estimate comes close to the real size.
  const creates = Array.from({ length: 30 }, (_, i) =>
    aCreate({
      action: `hook_${i}`,
      body: `function(ctx) { n: ${i}, text: "${'é'.repeat(1500)}" }\n`,
      preview: { kind: 'rendered', json: `{"n": ${i}, "text": "${'ü'.repeat(1500)}"}` },
    }),
  );
  const plan = aPlan([aProject({ creates })]);
  const comment = (maxLength: number) => renderComment(plan, { marker: aMarker(), status: { status: 'planned' }, maxLength });
  const full = comment(1_000_000);
  assert.equal(full.truncated, false);
  assert.equal(comment(full.body.length).body, full.body, 'full fits at its own length');
  const noPreviews = comment(full.body.length - 1);
  assert.ok(noPreviews.body.includes('request body previews were left out'));
  // the notice names the limit, so the text differs in that number only: the level is what counts
  const again = comment(noPreviews.body.length).body;
  assert.ok(again.includes('request body previews were left out') && again.includes('```jsonnet'), 'no-previews still chosen at its own length');
  const noBodies = comment(Math.floor(noPreviews.body.length * 0.8));
  assert.ok(!noBodies.body.includes('```jsonnet'));
  assert.ok(noBodies.body.includes('Details of 30 changes: fields</summary>'));

  // The summary counts UTF-8 bytes: the same holds for it.
  const summary = renderSummary(plan, { maxBytes: 1_000_000 });
  assert.equal(renderSummary(plan, { maxBytes: Buffer.byteLength(summary) }), summary);
  const smaller = renderSummary(plan, { maxBytes: Buffer.byteLength(summary) - 1 });
  assert.ok(smaller.includes('request body previews were left out'));
  const smallerAgain = renderSummary(plan, { maxBytes: Buffer.byteLength(smaller) });
  assert.ok(smallerAgain.includes('request body previews were left out') && smallerAgain.includes('```jsonnet'));
});
