import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { SourceLocation } from '../model/action.ts';

export type PathSegment = string | number;

/** What turns an offset into a place: the text and its line starts, without the parsed document. */
export type SourceText = Pick<YamlSource, 'file' | 'text' | 'lineCounter'>;

/** A parsed manifest with what is needed to point at any of its nodes. */
export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** The nodes behind one key path: the key (absent for the root and sequence items) and the value. */
export interface FoundNodes {
  readonly key?: Node;
  readonly value?: Node;
  /** the nearest node on the path that exists, for paths that stop early (a missing key) */
  readonly nearest?: Node;
}

/**
 * How every manifest is parsed: merge keys (`<<: *base`) are welcome; duplicate keys are reported by
 * findKeyProblems with a better message. The benchmark's parse floor (bench/yaml-floor.mjs) uses the same.
 */
export const YAML_PARSE_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false } as const;

export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  return { file, text, doc, lineCounter };
}

export function locationAtOffset(src: SourceText, offset: number): SourceLocation {
  const clamped = Math.max(0, Math.min(offset, src.text.length));
  const { line, col } = src.lineCounter.linePos(clamped);
  return { file: src.file, line, column: col };
}

export function nodeLocation(src: YamlSource, node: Node | undefined): SourceLocation {
  return locationAtOffset(src, node?.range?.[0] ?? 0);
}

export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return (typeof value === 'symbol' && value.description === '<<') || (value === '<<' && key.type === Scalar.PLAIN);
}

function resolveAlias(src: YamlSource, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(src.doc);
  return current;
}

interface MapIndex {
  /** explicit keys (the last one wins, as in `toJS`) */
  readonly explicit: Map<string, { key: Node; value?: Node }>;
  readonly hasMerges: boolean;
}

// Lookups walk from the root for every diagnostic and value, so each map's keys are indexed once:
// a manifest of thousands of actions must not cost a scan of `actions` per lookup.
const mapIndexes = new WeakMap<YAMLMap, MapIndex>();

function indexOf(map: YAMLMap): MapIndex {
  let index = mapIndexes.get(map);
  if (!index) {
    const explicit = new Map<string, { key: Node; value?: Node }>();
    let hasMerges = false;
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) hasMerges = true;
      else if (isScalar(pair.key)) explicit.set(String(pair.key.value), { key: pair.key, value: (pair.value ?? undefined) as Node | undefined });
    }
    index = { explicit, hasMerges };
    mapIndexes.set(map, index);
  }
  return index;
}

/** The pair for `key` in `map`, following merge keys the way `toJS` does (explicit keys win, earlier merges win). */
function findPair(src: YamlSource, map: YAMLMap, key: string, depth = 0): { key: Node; value?: Node } | undefined {
  const index = indexOf(map);
  const explicit = index.explicit.get(key);
  if (explicit || depth > 20 || !index.hasMerges) return explicit;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const source = resolveAlias(src, pair.value);
    const sources = isSeq(source) ? source.items.map((item) => resolveAlias(src, item)) : [source];
    for (const candidate of sources) {
      if (!isMap(candidate)) continue;
      const found = findPair(src, candidate, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Walks a key path through maps, sequences, aliases and merges. */
export function findNodes(src: YamlSource, path: readonly PathSegment[]): FoundNodes {
  let value: unknown = src.doc.contents ?? undefined;
  let key: Node | undefined;
  let nearest: Node | undefined = (value as Node | undefined) ?? undefined;
  for (const segment of path) {
    const container = resolveAlias(src, value);
    if (isMap(container)) {
      const pair = findPair(src, container, String(segment));
      if (!pair) return { nearest };
      key = pair.key;
      value = pair.value;
      nearest = pair.value ?? pair.key;
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (item === undefined) return { nearest };
      key = undefined;
      value = isPair(item) ? item.value : item;
      nearest = (value as Node | undefined) ?? nearest;
    } else {
      return { nearest };
    }
  }
  return { key, value: (value as Node | undefined) ?? undefined, nearest };
}

/** Where a key sits (the key itself when there is one, else its value). */
export function keyLocation(src: YamlSource, path: readonly PathSegment[]): SourceLocation {
  const found = findNodes(src, path);
  return nodeLocation(src, found.key ?? found.value ?? found.nearest);
}

/** Where a value sits; an absent value (`body:` alone) points at its key. */
export function valueLocation(src: YamlSource, path: readonly PathSegment[]): SourceLocation {
  const found = findNodes(src, path);
  const value = found.value && found.value.range ? found.value : undefined;
  if (value && isScalar(value) && value.value === null && value.range && value.range[0] === value.range[1]) {
    return nodeLocation(src, found.key ?? value);
  }
  return nodeLocation(src, value ?? found.key ?? found.nearest);
}

/** Where a scalar's content starts in the text: after the quote, or on the line after a block header. */
function contentStart(src: SourceText, node: Scalar): number {
  const start = node.range?.[0] ?? 0;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
    case Scalar.QUOTE_SINGLE:
      return start + 1;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const newline = src.text.indexOf('\n', start);
      return newline === -1 ? src.text.length : newline + 1;
    }
    default:
      return start;
  }
}

function isWhitespace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function escapeLength(text: string, at: number): number {
  switch (text[at + 1]) {
    case 'x':
      return 4;
    case 'u':
      return 6;
    case 'U':
      return 10;
    default:
      return 2;
  }
}

/**
 * Maps an offset in a scalar's value to an offset in the file. The value is (nearly) a subsequence of its
 * source text: indentation, quotes and folded line breaks are skipped, escapes stand for one character.
 * Works for plain, quoted, literal and folded scalars; a character that cannot be matched keeps the last position.
 */
export function scalarValueOffset(src: SourceText, node: Scalar, value: string, valueOffset: number): number {
  const end = node.range?.[1] ?? src.text.length;
  const doubleQuoted = node.type === Scalar.QUOTE_DOUBLE;
  let j = contentStart(src, node);
  const target = Math.min(Math.max(0, valueOffset), value.length);
  // match every character up to and including the target one; the target's match is the answer
  const last = target < value.length ? target : target - 1;
  let position = j;
  for (let i = 0; i <= last; i++) {
    const c = value[i];
    let k = j;
    let matchedAt = -1;
    while (k < end) {
      const s = src.text[k];
      if (doubleQuoted && s === '\\') {
        const next = src.text[k + 1];
        if (next === '\n' || next === '\r') {
          k += 2; // an escaped line break produces nothing
          continue;
        }
        matchedAt = k;
        k += escapeLength(src.text, k);
        break;
      }
      if (s === c || (isWhitespace(c) && isWhitespace(s))) {
        matchedAt = k;
        k += 1;
        break;
      }
      k += 1;
    }
    if (matchedAt !== -1) {
      position = matchedAt;
      j = k;
    }
  }
  // past the last character: just after it
  if (target === value.length && value.length > 0) position = j;
  return Math.min(position, src.text.length);
}

/** The location of `valueOffset` inside the string scalar at `path`, or the value's location when it is not a scalar. */
export function locationInValue(src: YamlSource, path: readonly PathSegment[], valueOffset: number): SourceLocation {
  const found = findNodes(src, path);
  const node = resolveAlias(src, found.value);
  if (isScalar(node) && typeof node.value === 'string') {
    return locationAtOffset(src, scalarValueOffset(src, node, node.value, valueOffset));
  }
  return valueLocation(src, path);
}

/** The string scalar node at `path` (through aliases), when there is one. */
export function scalarAt(src: YamlSource, path: readonly PathSegment[]): Scalar | undefined {
  const node = resolveAlias(src, findNodes(src, path).value);
  return isScalar(node) && typeof node.value === 'string' ? node : undefined;
}

/** A duplicate key inside one mapping: where it is, and where the first one was. */
export interface DuplicateKey {
  readonly path: readonly PathSegment[];
  readonly key: string;
  readonly node: Node;
  readonly first: Node;
}

export interface KeyProblems {
  /** every key that appears twice in the same mapping (merged keys are not duplicates: explicit keys win) */
  readonly duplicates: DuplicateKey[];
  /** mapping keys that are not plain strings (`? [a, b]: x`, `{a: 1}: x`): they cannot name anything */
  readonly complex: { path: readonly PathSegment[]; node: Node }[];
}

/**
 * Duplicate and complex keys, found in one walk of the document. The walk keeps one path and copies
 * it only for a finding: a manifest of thousands of actions is walked once, without a path per node.
 */
export function findKeyProblems(src: YamlSource): KeyProblems {
  const duplicates: DuplicateKey[] = [];
  const complex: { path: readonly PathSegment[]; node: Node }[] = [];
  const path: PathSegment[] = [];
  // below a merge key (`<<: {...}`) duplicates are not looked for: its keys only fill gaps
  const walk = (node: unknown, checkDuplicates: boolean): void => {
    if (isMap(node)) {
      const seen = checkDuplicates ? new Map<string, Node>() : undefined;
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const name = String(pair.key.value);
          const merge = isMergeKey(pair.key);
          if (seen && !merge) {
            const first = seen.get(name);
            if (first) duplicates.push({ path: [...path], key: name, node: pair.key, first });
            else seen.set(name, pair.key);
          }
          path.push(name);
          walk(pair.value, checkDuplicates && !merge);
          path.pop();
        } else if (pair.key !== null && pair.key !== undefined && !isAlias(pair.key)) {
          complex.push({ path: [...path], node: pair.key as Node });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        path.push(index);
        walk(item, checkDuplicates);
        path.pop();
      });
    }
  };
  walk(src.doc.contents, true);
  return { duplicates, complex };
}
