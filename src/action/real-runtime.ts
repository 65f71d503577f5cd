/** The runtime of a real runner: @actions/core, the process environment and the file system. */
import * as core from '@actions/core';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryFiles } from '../commands/files.ts';
import { lazyGitHubApi } from '../github/lazy.ts';
import { createOryProjects } from '../ory/client.ts';
import { uploadArtifactFiles } from './artifact-upload.ts';
import type { ActionRuntime } from './runtime.ts';

export function realRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const annotation = (location?: { file: string; line: number; column: number; title?: string }): core.AnnotationProperties | undefined =>
    location ? { file: location.file, startLine: location.line, startColumn: location.column, ...(location.title ? { title: location.title } : {}) } : undefined;
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    setFailed: (message) => core.setFailed(message),
    info: (message) => core.info(message),
    warning: (message, location) => core.warning(message, annotation(location)),
    error: (message, location) => core.error(message, annotation(location)),
    group: (title, work) => core.group(title, work),
    appendSummary: (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : markdown + '\n');
    },
    env,
    workspace: repositoryFiles(workspace),
    workspaceRoot: workspace,
    readAbsolute: (path) => readFileSync(path, 'utf8'),
    writePlanFile: (name, content) => {
      const dir = env.RUNNER_TEMP || tmpdir();
      mkdirSync(dir, { recursive: true });
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    createOry: createOryProjects,
    // Loaded on first use: runs that never call GitHub do not load Octokit and undici.
    createGitHub: (options) => lazyGitHubApi(async () => (await import('../github/client.ts')).createGitHubClient(options)),
    uploadArtifact: (artifact) => uploadArtifactFiles(env, artifact),
  };
}
