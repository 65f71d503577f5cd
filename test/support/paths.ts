import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, and `vendor/` in it (third-party material with its licences: vendor/README.md). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VENDOR = join(ROOT, 'vendor');
export const KRATOS_SCHEMA_PATH = join(VENDOR, 'ory', 'kratos-config.schema.json');
export const SAMPLE_IDENTITY_CONFIG_PATH = join(VENDOR, 'ory', 'sample-identity-config.json');
