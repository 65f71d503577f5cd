import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMarker, parseMarker } from '../../../src/model/marker.ts';
import { planToJson, renderComment, renderManifestErrorsComment, renderManifestErrorsSummary, renderSummary, renderText } from '../../../src/render/index.ts';
import { aMarker, aPlan, aProject, aCreate } from './fixtures.ts';

test('the comment, the summary, the text and the plan JSON name the target environment', () => {
  const plan = aPlan([aProject({ creates: [aCreate()] })], { environment: 'staging' });
  const marker = aMarker({ environment: 'staging' });
  const comment = renderComment(plan, { marker, status: { status: 'planned' } }).body;
  assert.match(comment, /^### Ory Actions plan for `ory-actions\.yaml` in `staging`$/m);
  assert.match(renderSummary(plan), /^### Ory Actions plan for `ory-actions\.yaml` in `staging`$/m);
  assert.match(renderText(plan), /^Ory Actions plan for ory-actions\.yaml in staging$/m);
  const json = JSON.parse(planToJson(plan)) as Record<string, unknown>;
  assert.equal(json.environment, 'staging');
  assert.deepEqual(Object.keys(json).slice(0, 3), ['formatVersion', 'manifest', 'environment']);
  // without a target the title stays as it was
  assert.match(renderSummary(aPlan([aProject()])), /^### Ory Actions plan for `ory-actions\.yaml`$/m);
  assert.equal((JSON.parse(planToJson(aPlan([aProject()]))) as Record<string, unknown>).environment, undefined);
  const errors = renderManifestErrorsComment(marker, { status: 'failed' }, [{ severity: 'error', message: 'x' }]);
  assert.match(errors, /in `staging`/);
  assert.match(renderManifestErrorsSummary([{ severity: 'error', message: 'x' }], 'staging'), /^## Ory Actions plan in staging: invalid manifest/);
});

test('the marker records the target, the empty one too, and reads markers from before targets', () => {
  for (const environment of ['production', '']) {
    const marker = aMarker({ environment });
    const text = formatMarker(marker);
    assert.match(text, new RegExp(`"manifest":"ory-actions.yaml","environment":"${environment}"`));
    assert.deepEqual(parseMarker(text), marker);
  }
  const old = formatMarker(aMarker());
  assert.doesNotMatch(old, /"environment"/);
  assert.equal(parseMarker(old)!.environment, undefined);
  assert.equal(parseMarker(old.replace('"fingerprint"', '"environment":7,"fingerprint"')), undefined);
});
