/**
 * The command line: the same core as the action, from a terminal.
 *   ory-actions plan   [--manifest F] [--environment E] [--previous F] [--json] [--out F] [--detailed-exitcode]
 *   ory-actions apply  [--manifest F] [--environment E] [--previous F] [--yes | --fingerprint FP]
 *   ory-actions import --project-id ID [--out F]
 *   ory-actions schema [--manifest F] [--out F]
 * Ory: --api-url (ORY_API_URL) and the workspace key in ORY_WORKSPACE_API_KEY (or --api-key-env NAME).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { applyPlan } from '../apply/apply.ts';
import { repositoryFiles, repositoryRelativePath, repositoryRootOf } from '../commands/files.ts';
import { importProject } from '../commands/import.ts';
import { loadManifestFile, loadPreviousManifest } from '../commands/load-manifest.ts';
import { computePlan } from '../commands/plan.ts';
import { declaredEnvironmentNames, manifestToYaml, schemaForEnvironments } from '../manifest/index.ts';
import { FileRefused, ManifestError, formatDiagnostic } from '../model/diagnostics.ts';
import { RunFailure } from '../model/failure.ts';
import { hasChanges } from '../model/plan.ts';
import { createOryProjects, oryTimingFromEnv } from '../ory/client.ts';
import { environmentSecretCandidates, maskKnownSecrets } from '../planner/secrets.ts';
import { readProjects } from '../ory/read-projects.ts';
import { planToJson, renderText, summaryLine } from '../render/index.ts';
import { checkBodySyntax, createBodyPreviewer } from '../templates/index.ts';
// The package's own version; the build inlines package.json into dist/cli.js, so the installed CLI
// reports the version it was published as.
import packageJson from '../../package.json' with { type: 'json' };
import { append } from '../model/append.ts';

const USAGE = `Usage: ory-actions-gitops <plan|apply|import|schema> [options]   (also installed as ory-actions)

  plan     Show what would change in Ory for the manifest.
  apply    Apply the plan (asks for confirmation; --yes or --fingerprint to skip).
  import   Write a manifest from a live project's webhooks.
  schema   Write the manifest's JSON Schema, made for the manifest: editors then complete its environment names.

Options:
  --manifest FILE        manifest path (default ory-actions.yaml)
  --environment NAME     the environment to plan or apply (required when the manifest declares environments)
  --previous FILE        the manifest as it was before your change: hooks of its removed actions are deleted
  --project-id ID        overrides the manifest's default project_id (import: the project to read)
  --api-url URL          Ory console API (default $ORY_API_URL or https://api.console.ory.sh)
  --api-key-env NAME     environment variable holding the workspace API key (default ORY_WORKSPACE_API_KEY)
  --json                 plan: print the plan as JSON instead of text
  --out FILE             plan: also write the plan JSON there; import: the manifest; schema: the schema
  --detailed-exitcode    plan: exit 2 when there are changes, 0 when none
  --yes                  apply: do not ask
  --fingerprint FP       apply: only if the plan's fingerprint is FP (what you reviewed)
  --version              print the version and exit
`;

/** `secrets` collects the values no message may show (the key, the manifest's secrets), for the caller's errors. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, secrets: string[] = []): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: 'string', default: 'ory-actions.yaml' },
      environment: { type: 'string' },
      previous: { type: 'string' },
      'project-id': { type: 'string' },
      'api-url': { type: 'string' },
      'api-key-env': { type: 'string', default: 'ORY_WORKSPACE_API_KEY' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      'detailed-exitcode': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      fingerprint: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const command = positionals[0];
  if (values.help || !command || !['plan', 'apply', 'import', 'schema'].includes(command)) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 1;
  }
  if (command === 'schema') {
    // no Ory access needed: the schema with the names the manifest declares (none when it has no file yet)
    const text = tryRead(resolve(values.manifest!));
    const names = text === undefined ? [] : declaredEnvironmentNames(text);
    const schema = `${JSON.stringify(schemaForEnvironments(names), null, 2)}\n`;
    if (values.out) writeFileSync(values.out, schema);
    else process.stdout.write(schema);
    process.stderr.write(`Schema written${values.out ? ` to ${values.out}` : ''} with ${names.length} environment name(s)${names.length ? `: ${names.join(', ')}` : ''}.\n`);
    return 0;
  }
  const apiKey = env[values['api-key-env']!] ?? '';
  if (!apiKey) throw new RunFailure('ory-auth', `Set ${values['api-key-env']} to an Ory workspace API key (ory_wak_...).`);
  secrets.push(apiKey);
  // one client, so one budget of Ory time, for the whole command
  const ory = createOryProjects({
    apiUrl: values['api-url'] ?? env.ORY_API_URL ?? 'https://api.console.ory.sh',
    apiKey,
    ...oryTimingFromEnv(env),
    onRetry: (message) => process.stderr.write(message + '\n'),
  });

  if (command === 'import') {
    const projectId = values['project-id'];
    if (!projectId) throw new RunFailure('invalid-manifest', 'import needs --project-id.');
    const [live] = await readProjects(ory, [projectId]);
    const imported = importProject(live!);
    const yaml = manifestToYaml(imported.doc);
    if (values.out) writeFileSync(values.out, yaml);
    else process.stdout.write(yaml);
    for (const v of imported.variables) process.stderr.write(`Set ${v.name} to ${v.holds}.\n`);
    for (const note of imported.notes) process.stderr.write(`note: ${note}\n`);
    process.stderr.write(`Imported ${Object.keys(imported.doc.actions).length} webhook(s) from project ${projectId}.\n`);
    return 0;
  }

  // The repository root: the git root above the manifest, else the working directory when the
  // manifest lies in it, else the manifest's own folder. Body files never leave it.
  const manifestFile = resolve(values.manifest!);
  const gitRoot = repositoryRootOf(dirname(manifestFile));
  const root = gitRoot !== dirname(manifestFile) || existsSync(join(gitRoot, '.git'))
    ? gitRoot
    : relative(process.cwd(), manifestFile).startsWith('..') ? dirname(manifestFile) : process.cwd();
  const { manifest, warnings } = loadManifestFile({
    path: repositoryRelativePath(root, manifestFile),
    files: repositoryFiles(root),
    env,
    ...(values['project-id'] ? { projectIdOverride: values['project-id'] } : {}),
    ...(values.environment ? { environment: values.environment } : {}),
    checkBody: checkBodySyntax,
  });
  append(secrets, manifest.secrets);
  for (const w of warnings) process.stderr.write(formatDiagnostic(w) + '\n');
  let previousActions;
  if (values.previous) {
    const text = tryRead(resolve(values.previous));
    if (text === undefined) throw new RunFailure('invalid-manifest', `--previous ${values.previous} does not exist.`);
    const previous = loadPreviousManifest(values.previous, text, env, values['project-id'], { ...(values.environment ? { environment: values.environment } : {}), head: manifest });
    if (!previous.manifest) throw new RunFailure('invalid-manifest', `--previous ${values.previous}: ${previous.problem}`);
    for (const lost of previous.dropped) process.stderr.write(`warning: action "${lost.name}" of --previous ${values.previous} cannot be resolved (${lost.problem}): its hook is not deleted.\n`);
    previousActions = previous.manifest.actions;
  }
  const planned = await computePlan({ manifest, ory, salt: apiKey, previewBodies: createBodyPreviewer(), maskValues: environmentSecretCandidates(env) }, previousActions);
  const plan = planned.plan;
  if (values.out) writeFileSync(values.out, planToJson(plan));
  process.stdout.write(values.json && command === 'plan' ? planToJson(plan) : renderText(plan) + '\n');

  if (command === 'plan') return values['detailed-exitcode'] && hasChanges(plan) ? 2 : 0;

  if (!hasChanges(plan)) return 0;
  if (values.fingerprint && values.fingerprint !== plan.fingerprint) {
    throw new RunFailure('plan-changed', `The plan's fingerprint is ${plan.fingerprint}, not ${values.fingerprint}: it changed since you reviewed it. Nothing was written.`);
  }
  if (!values.yes && !values.fingerprint) {
    if (!process.stdin.isTTY) throw new RunFailure('no-approved-plan', 'apply needs --yes or --fingerprint when not run in a terminal.');
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(`${summaryLine(plan.summary)} Apply? Type "yes": `);
    rl.close();
    if (answer.trim() !== 'yes') {
      process.stderr.write('Not applied.\n');
      return 1;
    }
  }
  const results = await applyPlan({ ory, replan: planned.replan, log: (m) => process.stderr.write(m + '\n') }, planned);
  for (const r of results) process.stderr.write(`Project ${r.projectId}: ${r.outcome} (revision ${r.revisionId}).\n`);
  for (const r of results) for (const w of r.warnings) process.stderr.write(`Ory warning (${r.projectId}): ${w.message}\n`);
  process.stdout.write(`Applied: ${summaryLine(plan.summary)}\n`);
  return 0;
}

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export async function runCli(): Promise<void> {
  const secrets: string[] = [];
  // an Ory error can name a project whose id came from a reference: errors are masked like plans
  const say = (text: string) => process.stderr.write(maskKnownSecrets(text, secrets) + '\n');
  try {
    process.exitCode = await main(process.argv.slice(2), process.env, secrets);
  } catch (error) {
    if (error instanceof ManifestError) say(error.message);
    else if (error instanceof FileRefused) say(`error (invalid-manifest): ${error.why}; ${error.hint}`);
    else if (error instanceof RunFailure) say(`error (${error.reason}): ${error.message}`);
    else say(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
