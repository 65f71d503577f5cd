/**
 * The GitHub client's HTTP transport: the `fetch` Octokit calls, carried by axios, the HTTP client
 * the Ory client already loads. @actions/github would carry it over its own copy of undici, whose
 * loading costs a pull-request run about 40 ms of a 300 ms run; axios honours HTTP(S)_PROXY and
 * NO_PROXY the same way (CONNECT for https), follows redirects and decompresses.
 *
 * Only what Octokit reads of a response is offered: status, statusText, url, the headers (iterated
 * and `get`), and the body as text, JSON or an ArrayBuffer.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';

export interface FetchInit {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal | null;
  readonly redirect?: 'follow' | 'manual' | 'error';
}

export interface FetchedResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: ResponseHeaders;
  readonly body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type Fetch = (url: string, init?: FetchInit) => Promise<FetchedResponse>;

/** As fetch's Headers for reading: lower-case names, repeated headers joined with ", ". */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>();

  constructor(raw: Readonly<Record<string, unknown>>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined || value === null) continue;
      this.#values.set(name.toLowerCase(), Array.isArray(value) ? value.map(String).join(', ') : String(value));
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    // fetch yields headers sorted by name
    yield* [...this.#values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

const MAX_REDIRECTS = 20; // fetch's own limit

/**
 * A fetch for Octokit over `client`: an instance of its own unless a test hands one in, so nothing
 * set on axios's shared default instance (which the Ory client uses) reaches GitHub requests.
 */
export function fetchOverAxios(client: AxiosInstance = axios.create()): Fetch {
  return async (url, init = {}) => {
    let response: AxiosResponse<ArrayBuffer>;
    try {
      response = await client.request<ArrayBuffer>({
        url,
        method: init.method ?? 'GET',
        headers: { ...init.headers },
        data: init.body,
        responseType: 'arraybuffer',
        // fetch resolves on every status; Octokit decides what an error is
        validateStatus: () => true,
        // the body is handed over as received: no JSON parsing, no transforms
        transformRequest: [(data: unknown) => data],
        transformResponse: [(data: unknown) => data],
        maxRedirects: init.redirect === 'manual' || init.redirect === 'error' ? 0 : MAX_REDIRECTS,
        maxContentLength: Infinity,
        maxBodyLength: Infinity,
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (error) {
      // as fetch does: an aborted request rejects with the signal's reason (a TimeoutError for
      // AbortSignal.timeout); any other failure is a TypeError whose cause says what happened
      if (init.signal?.aborted) throw init.signal.reason;
      throw new TypeError('fetch failed', { cause: networkCause(error) });
    }
    return fetchedResponse(url, response);
  };
}

function networkCause(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const code = (error as { code?: unknown }).code;
  // axios's message for a refused connection is "connect ECONNREFUSED 127.0.0.1:1"; keep the code visible when it is not
  return typeof code === 'string' && !error.message.includes(code) ? new Error(`${error.message} (${code})`) : error;
}

function fetchedResponse(requestedUrl: string, response: AxiosResponse<ArrayBuffer>): FetchedResponse {
  const bytes = toBuffer(response.data);
  const finalUrl = (response.request as { res?: { responseUrl?: unknown } } | undefined)?.res?.responseUrl;
  const decode = () => bytes.toString('utf8');
  return {
    ok: response.status >= 200 && response.status < 300,
    status: response.status,
    statusText: response.statusText ?? '',
    url: typeof finalUrl === 'string' ? finalUrl : requestedUrl,
    headers: new ResponseHeaders(response.headers as Record<string, unknown>),
    body: null,
    text: async () => decode(),
    json: async () => JSON.parse(decode()) as unknown,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data === undefined || data === null) return Buffer.alloc(0);
  return Buffer.from(String(data));
}
