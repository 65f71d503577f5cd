/**
 * The full plan's artifact, as pure decisions: its name, its link text, the markdown it holds, and
 * whether a plan needs it (never a cut comment without it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullPlanNeedsArtifact } from '../../../src/action/phases/full-plan.ts';
import { statusLine, type ThreadRun } from '../../../src/lifecycle/comment-thread.ts';
import { planMarker } from '../../../src/model/marker.ts';
import { artifactUrl, fullPlanArtifactName, fullPlanArtifactNote, fullPlanArtifactPlace, renderComment, renderFullPlan, renderSummaryDocument } from '../../../src/render/index.ts';
import { HEAD_SHA, LINKS, advancedPlan, hugePlanOf, seedPlan } from '../../support/plan-scenarios.ts';

const RUN: ThreadRun = { headSha: HEAD_SHA, repoUrl: 'https://github.com/acme/identity', runId: '4242', runUrl: 'https://github.com/acme/identity/actions/runs/4242', runNumber: '17' };
const FORBIDDEN = /["':<>|*?\r\n\\/]/;

test('the name: one per manifest and target, lower case, no character GitHub refuses; a re-run attempt has its own', () => {
  assert.equal(fullPlanArtifactName('ory-actions.yaml', ''), 'ory-actions-plan-ory-actions-yaml');
  assert.equal(fullPlanArtifactName('config/Ory Actions.yml', 'production'), 'ory-actions-plan-config-ory-actions-yml-production');
  assert.equal(fullPlanArtifactName('ory-actions.yaml', 'staging', '1'), 'ory-actions-plan-ory-actions-yaml-staging');
  assert.equal(fullPlanArtifactName('ory-actions.yaml', 'staging', '3'), 'ory-actions-plan-ory-actions-yaml-staging-attempt-3');
  for (const [manifest, target] of [['a\\b:c*?.yaml', 'prod|"x"'], ['../../../x.yaml', '<env>'], ['é/ü.yaml', '💥']]) {
    const name = fullPlanArtifactName(manifest!, target!);
    assert.doesNotMatch(name, FORBIDDEN, name);
    assert.match(name, /^ory-actions-plan-/);
  }
  const long = fullPlanArtifactName(`${'deep/'.repeat(100)}ory-actions.yaml`, 'production');
  assert.ok(long.length <= 200, `${long.length}`);
  assert.match(long, /^ory-actions-plan-.*ory-actions-yaml-production$/);
});

test('the link: the artifact page of the run, named with its files and retention in the comment and summary', () => {
  const artifact = { name: 'ory-actions-plan-ory-actions-yaml', url: artifactUrl(RUN.runUrl!, 1234) };
  assert.equal(artifact.url, 'https://github.com/acme/identity/actions/runs/4242/artifacts/1234');
  assert.equal(fullPlanArtifactPlace(artifact), 'the workflow artifact [`ory-actions-plan-ory-actions-yaml`](https://github.com/acme/identity/actions/runs/4242/artifacts/1234) (`plan.md` and `plan.json`, kept 14 days)');
  assert.match(fullPlanArtifactNote(artifact), /^📦 The full plan, with every body and request preview, is in the workflow artifact \[/);
  const { plan } = seedPlan();
  const summary = renderSummaryDocument(plan, { links: LINKS, fullPlanNote: fullPlanArtifactNote(artifact) });
  assert.equal(summary.truncated, false);
  assert.ok(summary.body.includes(`](${artifact.url})`));
});

test('plan.md: the whole plan, every body and preview, with no cut notice, however large', () => {
  const { plan } = advancedPlan();
  const full = renderFullPlan(plan, { links: LINKS, status: statusLine(RUN, 'planned'), headSha: HEAD_SHA });
  const comment = renderComment(plan, { marker: planMarker(plan, { headSha: HEAD_SHA, status: 'planned', run: { runId: '4242' } }), status: statusLine(RUN, 'planned'), links: LINKS }).body;
  // the uncut comment and plan.md show the same plan: plan.md lacks only the hidden marker
  assert.equal(full, comment.slice(comment.indexOf('\n\n') + 2));
  const huge = hugePlanOf(3000);
  const hugeFull = renderFullPlan(huge, { links: LINKS });
  assert.doesNotMatch(hugeFull, /shortened|left out|more changes not shown/);
  for (const i of [0, 1500, 2999]) assert.ok(hugeFull.includes(`hook_${String(i).padStart(4, '0')}`));
  // a third of the actions have a body: each is shown, with its request preview (or why there is none)
  assert.equal((hugeFull.match(/Body, 1 line:/g) ?? []).length, 1000);
  assert.equal((hugeFull.match(/Request body preview/g) ?? []).length, 1000);
});

test('a plan needs the artifact exactly when its comment or summary would be cut: never a cut comment without it', () => {
  const status = statusLine(RUN, 'planned');
  const ask = (plan: ReturnType<typeof hugePlanOf>, summaryCut = false, commenting = true) => fullPlanNeedsArtifact({ plan, status, run: RUN, links: LINKS, summaryCut, commenting });
  assert.equal(ask(seedPlan().plan), false, 'the seed fits');
  assert.equal(ask(hugePlanOf(3000)), true);
  assert.equal(ask(hugePlanOf(3000), false, false), false, 'no comment: only the summary decides');
  assert.equal(ask(seedPlan().plan, true, false), true, 'a cut summary');
  let needed = 0;
  let cut = 0;
  for (let count = 20; count <= 260; count += 6) {
    const plan = hugePlanOf(count);
    const marker = planMarker(plan, { headSha: RUN.headSha, status: 'planned', run: { runId: RUN.runId!, runUrl: RUN.runUrl! } });
    const { truncated } = renderComment(plan, { marker, status, links: LINKS });
    const needs = ask(plan);
    if (truncated) assert.equal(needs, true, `${count} actions: the comment is cut, and the plan must be uploaded`);
    needed += Number(needs);
    cut += Number(truncated);
  }
  assert.ok(cut > 0 && needed >= cut, `${cut} cut, ${needed} uploaded`);
  // the margin errs towards an upload by a step or two of 6 actions, not more
  assert.ok(needed - cut <= 2, `${needed - cut} uploads of plans whose comment was whole`);
});
