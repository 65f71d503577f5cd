// The floor under every plan's memory and time: the `yaml` package parsing the manifest into a
// document with line positions (as src/manifest/yaml-source.ts does), in a bare Node process that
// does nothing else. Plain JavaScript, so no loader adds its own memory or start-up time.
//   node bench/yaml-floor.mjs MANIFEST
import { readFileSync } from 'node:fs';
import { argv } from 'node:process';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

/** src/manifest/yaml-source.ts's YAML_PARSE_OPTIONS; a test keeps the two equal */
export const FLOOR_PARSE_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false };

export function parseLikeTheLoader(text) {
  return parseDocument(text, { ...FLOOR_PARSE_OPTIONS, lineCounter: new LineCounter() });
}

if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) {
  const doc = parseLikeTheLoader(readFileSync(argv[2], 'utf8'));
  // a document that failed to parse would make the floor meaningless
  if (doc.errors.length > 0 || doc.contents === null) {
    console.error(`yaml-floor: ${argv[2]} did not parse: ${doc.errors[0]?.message ?? 'empty document'}`);
    process.exit(1);
  }
}
