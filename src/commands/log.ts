import type { SourceLocation } from '../model/action.ts';

/** Where the commands report progress; the action maps it to @actions/core, the CLI to stderr. */
export interface Log {
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
}

/** A Log that keeps everything, for tests and for the CLI's quiet mode. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    group: async (title, work) => {
      lines.push(`[${title}]`);
      return work();
    },
  };
}
