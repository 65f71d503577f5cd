/**
 * The file system as the commands see it: passed in, so tests can hand over a map. The real one
 * (repositoryFiles) reads inside one repository only, by real path, and UTF-8 text only.
 */
import { closeSync, existsSync, openSync, readSync, fstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileRefused } from '../model/diagnostics.ts';

export interface FileReader {
  /** undefined when the file does not exist; throws FileRefused for one that may not be read */
  read(path: string): string | undefined;
}

/** Body files and manifests past this size are refused rather than read whole. */
export const MAX_REPOSITORY_FILE_BYTES = 8 * 1024 * 1024;

const OUTSIDE_HINT = 'keep manifests and body files inside the repository (a symbolic link must point inside it too)';

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * `path` (relative to the repository root, or absolute) as a path relative to the root with `/`
 * separators; FileRefused when it lies outside. An absolute path inside is the same file as its
 * relative path (SPEC 1).
 */
export function repositoryRelativePath(root: string, path: string): string {
  const absolute = resolve(root, path);
  if (!inside(resolve(root), absolute)) throw new FileRefused(`${path} is outside the repository (${root})`, OUTSIDE_HINT);
  return relative(resolve(root), absolute).split(sep).join('/') || '.';
}

/** Where the first invalid UTF-8 sequence starts, as a line and column of the text before it. */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number; offset: number } | undefined {
  const text = bytes.toString('utf8');
  const bad = text.indexOf('\ufffd');
  if (bad < 0) return undefined;
  // U+FFFD written as such (EF BF BD) is valid text: look for the first one that was not in the bytes
  let from = 0;
  for (let at = text.indexOf('\ufffd', from); at >= 0; at = text.indexOf('\ufffd', from)) {
    const before = Buffer.byteLength(text.slice(0, at), 'utf8');
    if (!(bytes[before] === 0xef && bytes[before + 1] === 0xbf && bytes[before + 2] === 0xbd)) {
      const prefix = text.slice(0, at);
      const line = prefix.split('\n').length;
      return { line, column: at - prefix.lastIndexOf('\n'), offset: before };
    }
    from = at + 1;
  }
  return undefined;
}

/**
 * The files of one repository: a path that leaves the root, directly or through a symbolic link
 * (to a file or a folder), is refused before anything of it is read; so is text that is not UTF-8.
 */
export function repositoryFiles(root: string): FileReader {
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return resolve(root);
    }
  })();
  return {
    read(path) {
      const absolute = resolve(root, path);
      if (!inside(resolve(root), absolute)) throw new FileRefused(`${path} points outside the repository`, OUTSIDE_HINT);
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        return undefined;
      }
      if (!inside(realRoot, real)) throw new FileRefused(`${path} is a symbolic link (or lies under one) that leads outside the repository`, OUTSIDE_HINT);
      let fd: number;
      try {
        fd = openSync(real, 'r');
      } catch {
        return undefined;
      }
      try {
        const stat = fstatSync(fd);
        if (!stat.isFile()) return undefined;
        if (stat.size > MAX_REPOSITORY_FILE_BYTES) {
          throw new FileRefused(`${path} is ${stat.size} bytes; at most ${MAX_REPOSITORY_FILE_BYTES} are read`, 'keep body templates and manifests small');
        }
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
          const n = readSync(fd, bytes, read, stat.size - read, read);
          if (n === 0) break;
          read += n;
        }
        const content = bytes.subarray(0, read);
        const invalid = firstInvalidUtf8(content);
        if (invalid) {
          throw new FileRefused(
            `${path} is not UTF-8 text (an invalid byte 0x${content[invalid.offset]!.toString(16).padStart(2, '0')} at byte ${invalid.offset})`,
            'save the file as UTF-8',
            { line: invalid.line, column: invalid.column },
          );
        }
        return content.toString('utf8');
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** The repository a command line run works in: the nearest folder up from `cwd` holding `.git`, else `cwd`. */
export function repositoryRootOf(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
