import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { getToken, signOut } from '../auth';

/**
 * The only way the app talks to the API: a client typed from the gateway's OpenAPI document. Failures
 * become an `ApiError` (the API's `{code, message, fields}`) or a `NetworkError` (no answer, timeout,
 * 502–504), so every page can show a Thai message instead of a frozen spinner.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
  }
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name || f.field.startsWith(`${name}.`))?.message;
  }
}
export class NetworkError extends Error {}

const TIMEOUT_MS = 20_000;

export function makeClient(baseUrl: string) {
  const client = createClient<paths>({
    baseUrl,
    fetch: (req: Request) => fetch(req, { signal: AbortSignal.timeout(TIMEOUT_MS) }),
  });
  client.use({
    onRequest({ request }) {
      const token = getToken();
      if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

export let api = makeClient(typeof window === 'undefined' ? 'http://127.0.0.1' : '');

/** The server renderer points the client at the gateway it runs in. */
export function setApiBase(baseUrl: string): void {
  api = makeClient(baseUrl);
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws ApiError / NetworkError. A 401 ends the
 * session, except for a call the page makes by itself in the background (`background`: the bell's count),
 * which must not sign the user out under the page they are using; their next action meets the 401.
 */
export async function call<R extends FetchResult>(
  p: Promise<R>,
  opts: { background?: boolean } = {},
): Promise<NonNullable<R['data']>> {
  let r: R;
  try {
    r = await p;
  } catch {
    throw new NetworkError('network');
  }
  if (r.response.ok) return r.data as NonNullable<R['data']>;
  const status = r.response.status;
  if (status === 502 || status === 503 || status === 504) throw new NetworkError(String(status));
  const body = (r.error ?? {}) as {
    code?: string;
    message?: string;
    fields?: Array<{ field: string; message: string }>;
  };
  if (status === 401 && !opts.background) signOut();
  throw new ApiError(status, body.code ?? 'ERROR', body.message ?? String(status), body.fields ?? []);
}

/** A file sent as the request body itself, its bytes untouched (the gateway reads the type from them). */
export const fileBody = (file: File) => ({
  body: file as never,
  bodySerializer: (b: unknown) => b as Blob,
  headers: { 'content-type': file.type || 'application/octet-stream' },
});
