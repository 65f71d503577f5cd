/**
 * Ory's error envelope: a non-2xx answer carries `{ error: { code, status, reason, message } }`,
 * with the specific text in `reason` and a generic `message` per status (herodot's defaults;
 * docs/ory-facts.md). A 429 may come with no body at all.
 */
export interface OryErrorBody {
  error: { code: number; status: string; reason: string; message: string };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const GENERIC_MESSAGE: Readonly<Record<number, string>> = {
  400: 'The request was malformed or contained invalid parameters',
  401: 'The request could not be authorized',
  403: 'The requested action was forbidden',
  404: 'The requested resource could not be found',
  409: 'The resource could not be created due to a conflict',
  429: 'Too many requests',
  500: 'An internal server error occurred, please contact the system administrator',
};

export function statusText(code: number): string {
  return STATUS_TEXT[code] ?? 'Error';
}

export interface OryHttpErrorOptions {
  readonly headers?: Record<string, string>;
  /** answer with no body (Ory's 429) */
  readonly emptyBody?: boolean;
}

/** An error the emulator answers with; thrown inside request handling and turned into a response. */
export class OryHttpError extends Error {
  readonly code: number;
  /** the specific text (Ory's `reason`); `message` is the generic one of the status */
  readonly reason: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly emptyBody: boolean;
  constructor(code: number, reason: string, options: OryHttpErrorOptions = {}) {
    super(GENERIC_MESSAGE[code] ?? statusText(code));
    this.name = 'OryHttpError';
    this.code = code;
    this.reason = reason;
    this.headers = options.headers ?? {};
    this.emptyBody = options.emptyBody ?? false;
  }

  body(): OryErrorBody {
    return { error: { code: this.code, status: statusText(this.code), reason: this.reason, message: this.message } };
  }
}
