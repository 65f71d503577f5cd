// `npm run demo`: plans and applies examples/ory-actions.yaml (the Terraform resource's four examples)
// against the built-in Ory Network emulator, then plans again to show there is nothing left to do.
// No Ory account needed: everything runs on loopback.
import { spawn } from 'node:child_process';
import { startOryEmulator } from '../emulators/ory-network/index.ts';

const key = 'ory_wak_demo_key';
const ory = await startOryEmulator({ workspaceKeys: [key] });
const projectId = ory.addProject({ name: 'Demo project' });
const env = { ...process.env, ORY_WORKSPACE_API_KEY: key };

// The emulator runs in this process, so the CLI must run beside it, not block it.
function cli(title: string, args: string[]): Promise<number> {
  console.log(`\n\u001b[1m$ ory-actions ${args.join(' ')}\u001b[0m   # ${title}\n`);
  const child = spawn(process.execPath, ['dist/cli.js', ...args, '--manifest', 'examples/ory-actions.yaml', '--api-url', ory.url, '--project-id', projectId], {
    env,
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

try {
  console.log(`Ory Network emulator on ${ory.url}, project ${projectId} (a fresh project's identity config).`);
  let status = await cli('what would change', ['plan']);
  if (status === 0) status = await cli('write it: one GET and one PATCH', ['apply', '--yes']);
  if (status === 0) status = await cli('plan again: nothing to do', ['plan', '--detailed-exitcode']);
  const counts = ory.countByRoute();
  console.log(`\nOry requests in all: ${Object.entries(counts).map(([route, n]) => `${n} x ${route}`).join(', ')}`);
  const hooks = (ory.project(projectId).services.identity.config as any).selfservice.flows.registration.after.password.hooks;
  console.log(`registration.after.password now holds: ${hooks.map((h: { hook: string }) => h.hook).join(' -> ')} (the webhook runs before session)`);
  process.exitCode = status;
} finally {
  await ory.close();
}
