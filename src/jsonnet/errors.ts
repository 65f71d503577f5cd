/** Where a piece of Jsonnet source sits: 1-based line and column. */
export interface JsonnetLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One frame of a Jsonnet stack trace: where, and in what (function, object, thunk). */
export interface JsonnetTraceFrame {
  readonly location: JsonnetLocation;
  readonly name: string;
}

export type JsonnetErrorKind = 'syntax' | 'runtime';

/** How many frames an error keeps: enough to read, short enough to log. */
const MAX_TRACE_FRAMES = 20;

/**
 * A Jsonnet static (syntax) or runtime error. `message` never includes the source text
 * of values, only what the program's own `error` expression or the engine said.
 */
export class JsonnetError extends Error {
  readonly kind: JsonnetErrorKind;
  readonly location?: JsonnetLocation;
  readonly trace: JsonnetTraceFrame[];

  constructor(kind: JsonnetErrorKind, message: string, location?: JsonnetLocation, trace: JsonnetTraceFrame[] = []) {
    super(message);
    this.name = 'JsonnetError';
    this.kind = kind;
    if (location) this.location = location;
    this.trace = trace.slice(0, MAX_TRACE_FRAMES);
  }

  /** The reference CLI's shape: `STATIC ERROR: file:1:2: msg` or `RUNTIME ERROR: msg` plus frames. */
  describe(): string {
    if (this.kind === 'syntax') {
      const where = this.location ? `${this.location.file}:${this.location.line}:${this.location.column}: ` : '';
      return `STATIC ERROR: ${where}${this.message}`;
    }
    const frames = this.trace.map((f) => `\t${f.location.file}:${f.location.line}:${f.location.column}\t${f.name}`);
    return [`RUNTIME ERROR: ${this.message}`, ...frames].join('\n');
  }
}
