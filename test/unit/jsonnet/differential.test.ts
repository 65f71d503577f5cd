/**
 * Differential testing against the reference `jsonnet` binary (Debian's package; CI installs it):
 * generated programs and webhook-body-like templates must evaluate to the same JSON.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { evaluateBody, evaluateToJson, JsonnetError } from '../../../src/jsonnet/index.ts';
import { seededRandom as rng } from '../../support/random.ts';

function findReference(): string | undefined {
  const probe = spawnSync('jsonnet', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? 'jsonnet' : undefined;
}
const reference = findReference();
const SKIP = reference ? false : 'the reference `jsonnet` binary is not on PATH (apt-get install jsonnet)';


/** Generates well-typed programs over numbers, strings, booleans, arrays and objects. */
class ProgramGenerator {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = rng(seed);
  }
  private int(n: number): number {
    return Math.floor(this.random() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  private choose(depth: number, leaves: (() => string)[], nodes: (() => string)[]): string {
    if (depth <= 0 || this.random() < 0.25) return this.pick(leaves)();
    return this.pick(nodes)();
  }

  num(d: number): string {
    return this.choose(
      d,
      [() => String(this.int(100)), () => String(this.int(1000) / 8), () => `-${this.int(50)}`],
      [
        () => `(${this.num(d - 1)} + ${this.num(d - 1)})`,
        () => `(${this.num(d - 1)} - ${this.num(d - 1)})`,
        () => `(${this.num(d - 1)} * ${this.num(d - 1)})`,
        () => `(${this.num(d - 1)} / 4)`,
        () => `std.length(${this.arr(d - 1)})`,
        () => `std.length(${this.str(d - 1)})`,
        () => `(if ${this.bool(d - 1)} then ${this.num(d - 1)} else ${this.num(d - 1)})`,
        () => `${this.obj(d - 1)}.n`,
        () => `std.foldl(function(acc, x) acc + x, ${this.numArr(d - 1)}, 0)`,
        () => `local v = ${this.num(d - 1)}; v * v`,
        () => `std.floor(${this.num(d - 1)})`,
        () => `std.max(${this.num(d - 1)}, ${this.num(d - 1)})`,
        () => `(${this.int(1000)} % ${1 + this.int(9)})`,
        () => `(${this.int(256)} & ${this.int(256)} | ${this.int(16)} << 2)`,
      ],
    );
  }
  str(d: number): string {
    return this.choose(
      d,
      [() => JSON.stringify(this.pick(['', 'a', 'hello', 'Grüße', 'x y', 'tab\t', 'q"uote', 'ünïcödé', '😀'])), () => `'${this.pick(['s', 'ab', 'CD'])}'`],
      [
        () => `(${this.str(d - 1)} + ${this.str(d - 1)})`,
        () => `std.toString(${this.num(d - 1)})`,
        () => `std.join(',', [${this.str(d - 1)}, ${this.str(d - 1)}])`,
        () => `std.asciiUpper(${this.str(d - 1)})`,
        () => `'%s-%d' % [${this.str(d - 1)}, ${this.int(100)}]`,
        () => `std.format('%05.2f|%x', [${this.num(d - 1)}, ${this.int(4096)}])`,
        () => `${this.obj(d - 1)}.s`,
        () => `std.strReplace(${this.str(d - 1)}, 'a', 'b')`,
        () => `std.substr(${this.str(d - 1)}, 1, 3)`,
        () => `std.toString(${this.arr(d - 1)})`,
        () => `std.toString(${this.obj(d - 1)})`,
        () => `std.manifestJsonEx(${this.arr(d - 1)}, '  ')`,
        () => `(${this.str(d - 1)} + ${this.num(d - 1)})`,
      ],
    );
  }
  bool(d: number): string {
    return this.choose(
      d,
      [() => this.pick(['true', 'false'])],
      [
        () => `(${this.num(d - 1)} < ${this.num(d - 1)})`,
        () => `(${this.str(d - 1)} == ${this.str(d - 1)})`,
        () => `!${this.bool(d - 1)}`,
        () => `(${this.bool(d - 1)} && ${this.bool(d - 1)})`,
        () => `(${this.bool(d - 1)} || ${this.bool(d - 1)})`,
        () => `('n' in ${this.obj(d - 1)})`,
        () => `std.objectHas(${this.obj(d - 1)}, 'h')`,
        () => `(${this.arr(d - 1)} == ${this.arr(d - 1)})`,
        () => `std.member(${this.numArr(d - 1)}, ${this.int(5)})`,
      ],
    );
  }
  numArr(d: number): string {
    return this.choose(
      d,
      [() => `[${Array.from({ length: this.int(5) }, () => this.int(10)).join(', ')}]`, () => `std.range(0, ${this.int(6)})`],
      [
        () => `[x * 2 for x in ${this.numArr(d - 1)}]`,
        () => `[x + y for x in ${this.numArr(d - 1)} for y in ${this.numArr(d - 1)} if x > y]`,
        () => `std.map(function(x) x + 1, ${this.numArr(d - 1)})`,
        () => `std.filter(function(x) x % 2 == 0, ${this.numArr(d - 1)})`,
        () => `(${this.numArr(d - 1)} + ${this.numArr(d - 1)})`,
        () => `std.sort(${this.numArr(d - 1)})`,
        () => `std.set(${this.numArr(d - 1)})`,
        () => `std.setUnion(std.set(${this.numArr(d - 1)}), std.set(${this.numArr(d - 1)}))`,
        () => `std.setInter(std.set(${this.numArr(d - 1)}), std.set(${this.numArr(d - 1)}))`,
        () => `std.reverse(${this.numArr(d - 1)})`,
        () => `std.makeArray(${this.int(5)}, function(i) i * ${this.int(7)})`,
        () => `${this.numArr(d - 1)}[1:]`,
        () => `${this.numArr(d - 1)}[::2]`,
      ],
    );
  }
  arr(d: number): string {
    return this.choose(
      d,
      [() => this.numArr(0), () => '[]'],
      [() => this.numArr(d - 1), () => `[${this.str(d - 1)}, ${this.num(d - 1)}, ${this.bool(d - 1)}]`, () => `[${this.obj(d - 1)}]`],
    );
  }
  obj(d: number): string {
    return this.choose(
      d,
      [() => `{ n: ${this.int(100)}, s: 'v', h:: 1 }`],
      [
        () => `{ n: ${this.num(d - 1)}, s: ${this.str(d - 1)}, m: self.n * 2, h:: ${this.num(d - 1)} }`,
        () => `(${this.obj(d - 1)} + { n: super.n + 1, extra: ${this.bool(d - 1)} })`,
        () => `${this.obj(d - 1)} { s+: '!', h::: 5 }`,
        () => `{ [k]: std.length(k) for k in ['n', 's2', 'xyz'] } + { s: ${this.str(d - 1)} }`,
        () => `local base = ${this.obj(d - 1)}; base + { n: base.n * 3, nested: { up: $.n } }`,
        () => `{ local t = ${this.num(d - 1)}, n: t, s: std.toString(t), arr: ${this.arr(d - 1)} }`,
        () => `std.mergePatch(${this.obj(d - 1)}, { s: null, added: 1 })`,
        () => `std.prune({ n: ${this.num(d - 1)}, s: 'p', e: [], z: null })`,
      ],
    );
  }
  program(): string {
    const d = 3 + this.int(2);
    return `{ n: ${this.num(d)}, s: ${this.str(d)}, b: ${this.bool(d)}, a: ${this.arr(d)}, o: ${this.obj(d)} }`;
  }
}

function referenceEval(args: string[]): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const out = execFileSync(reference!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    return { ok: true, value: JSON.parse(out) };
  } catch (err) {
    return { ok: false, error: String((err as { stderr?: string }).stderr ?? err) };
  }
}

function ours(run: () => string | unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const v = run();
    return { ok: true, value: typeof v === 'string' ? JSON.parse(v) : v };
  } catch (err) {
    if (err instanceof JsonnetError) return { ok: false, error: err.message };
    throw err;
  }
}

const PROGRAM_COUNT = 200;
const BATCH = 50;

test('generated programs evaluate like the reference jsonnet', { skip: SKIP }, () => {
  const programs = Array.from({ length: PROGRAM_COUNT }, (_, i) => new ProgramGenerator(i + 1).program());
  // the reference binary starts slowly, so programs go to it in batches (one by one if a batch fails)
  let referenceMs = 0;
  const expectedResults: ReturnType<typeof referenceEval>[] = [];
  for (let i = 0; i < programs.length; i += BATCH) {
    const batch = programs.slice(i, i + BATCH);
    const started = performance.now();
    const together = referenceEval(['-e', `[\n${batch.map((p) => `(${p})`).join(',\n')}\n]`]);
    if (together.ok) expectedResults.push(...(together.value as unknown[]).map((value) => ({ ok: true as const, value })));
    else expectedResults.push(...batch.map((p) => referenceEval(['-e', p])));
    referenceMs += performance.now() - started;
  }
  const mismatches: string[] = [];
  const started = performance.now();
  programs.forEach((program, i) => {
    const expected = expectedResults[i]!;
    const actual = ours(() => evaluateToJson(program));
    if (expected.ok !== actual.ok) {
      mismatches.push(`seed ${i + 1}: reference ${JSON.stringify(expected).slice(0, 300)}, ours ${JSON.stringify(actual).slice(0, 300)}\n${program}`);
    } else if (expected.ok && actual.ok) {
      try {
        assert.deepEqual(actual.value, expected.value);
      } catch {
        mismatches.push(`seed ${i + 1}: values differ\n${program}\nours: ${JSON.stringify(actual.value)}\nref:  ${JSON.stringify(expected.value)}`);
      }
    }
  });
  const oursMs = performance.now() - started;
  console.log(
    `jsonnet differential: ${programs.length - mismatches.length}/${programs.length} generated programs agree with ${reference} ` +
      `(ours ${oursMs.toFixed(0)} ms, reference ${referenceMs.toFixed(0)} ms)`,
  );
  assert.deepEqual(mismatches, []);
});

const SAMPLE_CTX = {
  flow: { id: 'f-1', type: 'browser', transient_payload: { consent: true } },
  request_headers: { 'User-Agent': ['Mozilla/5.0'], 'X-Forwarded-For': ['203.0.113.7', '10.0.0.1'] },
  request_method: 'POST',
  request_url: 'https://project.example.com/self-service/registration?flow=f-1',
  request_cookies: { session: 'abc' },
  identity: {
    id: '9f425a8d-7efc-4768-8f23-7647a74fdf13',
    created_at: '2024-05-01T10:00:00Z',
    schema_id: 'default',
    traits: { email: 'ada@example.com', name: { first: 'Ada', last: 'Lovelace' }, newsletter: true },
    verifiable_addresses: [{ value: 'ada@example.com', verified: false, via: 'email' }],
    metadata_public: null,
  },
  session: { id: 's-1', active: true, authentication_methods: [{ method: 'password' }] },
};

const WEBHOOK_TEMPLATES = [
  'function(ctx) { email: ctx.identity.traits.email, name: ctx.identity.traits.name, created_at: ctx.identity.created_at }',
  'function(ctx) { userId: ctx.identity.id, traits: ctx.identity.traits, flow: ctx.flow.id }',
  `function(ctx) {
     identity_id: ctx.identity.id,
     full_name: '%s %s' % [ctx.identity.traits.name.first, ctx.identity.traits.name.last],
     verified: std.length([a for a in ctx.identity.verifiable_addresses if a.verified]) > 0,
     agent: std.join(' ', ctx.request_headers['User-Agent']),
     ip: ctx.request_headers['X-Forwarded-For'][0],
   }`,
  `function(ctx) if std.objectHas(ctx.identity.traits, 'newsletter') && ctx.identity.traits.newsletter then {
     email: ctx.identity.traits.email,
     lists: ['weekly'],
     consent: std.get(ctx.flow.transient_payload, 'consent', false),
   } else error 'cancel'`,
  `local claims(c) = { email: c.identity.traits.email, method: c.request_method };
   function(ctx) claims(ctx) + { url: ctx.request_url, headers: std.objectFields(ctx.request_headers), ratio: 1 / 3, tenth: 0.1 }`,
  `{ constant: 'a body that is not a function ignores ctx', n: [1e21, 0.5, -0] }`,
  `function(ctx) {
     headers: { [std.asciiLower(k)]: ctx.request_headers[k][0] for k in std.objectFields(ctx.request_headers) },
     methods: [m.method for m in ctx.session.authentication_methods],
     meta: std.prune({ public: ctx.identity.metadata_public, schema: ctx.identity.schema_id }),
     digest: std.md5(ctx.identity.traits.email),
     b64: std.base64(ctx.identity.id),
   }`,
  `function(ctx) std.mergePatch({ a: 1, user: { id: ctx.identity.id, email: null } }, { user: { email: ctx.identity.traits.email } })`,
  `function(ctx) { text: std.manifestJsonEx({ id: ctx.identity.id, n: [1, 2] }, '  '), yaml: std.manifestYamlDoc({ e: ctx.identity.traits.email }) }`,
];

test('webhook-body templates, called as Kratos calls them (ctx as the TLA named ctx), give the reference jsonnet\'s exact text', { skip: SKIP }, () => {
  const ctxJson = JSON.stringify(SAMPLE_CTX);
  const mismatches: string[] = [];
  for (const body of WEBHOOK_TEMPLATES) {
    let expected: string;
    try {
      expected = execFileSync(reference!, ['--tla-code', `ctx=${ctxJson}`, '-e', body], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    } catch (err) {
      expected = `error: ${String((err as { stderr?: string }).stderr ?? err)}`;
    }
    let actual: string;
    try {
      actual = evaluateBody(body, SAMPLE_CTX);
    } catch (err) {
      if (!(err instanceof JsonnetError)) throw err;
      actual = `error: ${err.message}`;
    }
    const bothFail = expected.startsWith('error: ') && actual.startsWith('error: ');
    if (!bothFail && actual !== expected) mismatches.push(`${body}\nours: ${JSON.stringify(actual)}\nref:  ${JSON.stringify(expected)}`);
  }
  assert.deepEqual(mismatches, []);
});
