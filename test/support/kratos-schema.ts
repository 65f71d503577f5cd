/**
 * Validates `selfservice.flows` against the real Kratos config schema (vendor/ory), with Ory
 * Network's `saml` method beside `oidc` in login, registration and settings (docs/ory-facts.md).
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { KRATOS_SCHEMA_PATH } from './paths.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

export function flowsSchemaErrors(flows: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(KRATOS_SCHEMA_PATH, 'utf8'));
    for (const name of ['selfServiceAfterLogin', 'selfServiceAfterRegistration', 'selfServiceAfterSettings']) {
      const properties = schema.definitions[name].properties;
      properties.saml ??= properties.oidc;
    }
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validator = ajv.compile({ ...schema.properties.selfservice.properties.flows, definitions: schema.definitions });
  }
  return validator(flows) ? [] : (validator.errors as Array<{ instancePath: string; message: string }>).map((e) => `${e.instancePath} ${e.message}`);
}
