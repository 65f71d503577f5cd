/** Ory's error envelope: every non-2xx answer carries `{ error: { code, status, reason, message } }`. */
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
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusText(code: number): string {
  return STATUS_TEXT[code] ?? 'Error';
}

/** An error the emulator answers with; thrown inside request handling and turned into a response. */
export class OryHttpError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly headers: Readonly<Record<string, string>>;
  constructor(code: number, message: string, reason?: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'OryHttpError';
    this.code = code;
    this.reason = reason ?? message;
    this.headers = headers;
  }

  body(): OryErrorBody {
    return { error: { code: this.code, status: statusText(this.code), reason: this.reason, message: this.message } };
  }
}
