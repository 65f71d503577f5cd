/**
 * The compiled validator of the manifest's JSON Schema. Here it is compiled with ajv at first use
 * (tests, tsx); the bundle replaces this module with ajv's standalone code generated at build time
 * (scripts/build.mjs), so a run neither compiles the schema nor loads ajv's compiler.
 */
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../schema/ory-actions.schema.json' with { type: 'json' };
// Shared with the build's standalone compilation, so both validators behave the same.
import ajvOptions from './ajv-options.json' with { type: 'json' };

export function compileManifestValidator(): ValidateFunction {
  // The schema's own validity is a test (schema.test.ts), not a cost of every run: validateSchema off.
  return new Ajv({ ...ajvOptions, validateSchema: false }).compile(schemaJson);
}
