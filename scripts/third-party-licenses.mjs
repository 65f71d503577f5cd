// The license texts of every package the bundles contain, for dist/licenses.txt: a bundle is a copy
// of those packages, and their licenses (MIT, ISC, Apache-2.0, ...) ask for their notices to travel
// with copies. Reads esbuild's metafile; the output is sorted, so it is the same for the same inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** "node_modules/@scope/name/lib/x.js" → the package's directory; nested node_modules count on their own. */
function packageDirOf(inputPath) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(inputPath.replace(/\\/g, '/'));
  return match ? match[1] : undefined;
}

/** Some packages carry their license only as a README section (agent-base, for one). */
function licenseSectionOfReadme(dir) {
  const readme = readdirSync(dir).find((name) => /^readme(\.md|\.markdown)?$/i.test(name));
  if (!readme) return undefined;
  const lines = readFileSync(join(dir, readme), 'utf8').replace(/\r\n/g, '\n').split('\n');
  // a heading is "## License" (ATX) or a line underlined with --- or === (setext)
  const headingAt = (i) => /^#{1,6}\s/.test(lines[i]) || (lines[i].trim() !== '' && /^[-=]{3,}\s*$/.test(lines[i + 1] ?? ''));
  const start = lines.findIndex((line, i) => headingAt(i) && /^(#{1,6}\s*)?licen[cs]e\b/i.test(line));
  if (start === -1) return undefined;
  let end = start + (/^#/.test(lines[start]) ? 1 : 2);
  const body = [];
  for (; end < lines.length && !headingAt(end); end++) body.push(lines[end]);
  const text = body.join('\n').trim();
  return text || undefined;
}

function repositoryOf(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return url ? ` (${url})` : '';
}

export function thirdPartyLicenses(root, metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  }
  const entries = [];
  for (const dir of dirs) {
    const manifestPath = join(root, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const pkg = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const files = readdirSync(join(root, dir)).filter((name) => LICENSE_FILE.test(name)).sort();
    const texts = files.map((name) => readFileSync(join(root, dir, name), 'utf8').replace(/\r\n/g, '\n').trim());
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package');
    if (texts.length === 0) texts.push(licenseSectionOfReadme(join(root, dir)) ?? `No license file ships with this package; it declares ${license}${repositoryOf(pkg)}.`);
    entries.push({ id: `${pkg.name}@${pkg.version}`, license, texts });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // the same package version reached through two paths is listed once
  const unique = entries.filter((entry, index) => index === 0 || entries[index - 1].id !== entry.id);
  return (
    'Third-party software in the bundles of dist/ (index.js, cli.js, undici.cjs, artifact.js), with the license of each package.\n\n' +
    unique.map((e) => `${'='.repeat(78)}\n${e.id} (${e.license})\n${'='.repeat(78)}\n\n${e.texts.join('\n\n')}\n`).join('\n')
  );
}
