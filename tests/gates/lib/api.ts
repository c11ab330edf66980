import http from 'node:http';

// A small HTTP client for the gates: Bearer token, JSON, multipart for imports. Each client owns
// its keep-alive agent, so that connections to a killed server die with `destroy()` and never
// leak into the next round.

export type Reply = { status: number; body: string; json: <T = Record<string, unknown>>() => T };

export class ApiClient {
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  readonly baseUrl: string;
  token: string | null;

  constructor(baseUrl: string, token: string | null = null) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  request(method: string, path: string, body?: { json?: unknown; raw?: Buffer; contentType?: string }, headers: Record<string, string> = {}): Promise<Reply> {
    const payload = body?.json !== undefined ? Buffer.from(JSON.stringify(body.json)) : body?.raw;
    const url = new URL(path, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent: this.#agent,
          headers: {
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(payload ? { 'content-type': body?.contentType ?? 'application/json', 'content-length': String(payload.length) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          // Acknowledged = the whole response arrived.
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text, json: <T>() => JSON.parse(text) as T });
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
      req.end(payload);
    });
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, json?: unknown) {
    return this.request('POST', path, json === undefined ? undefined : { json });
  }
  patch(path: string, json: unknown) {
    return this.request('PATCH', path, { json });
  }

  importCsv(path: string, csv: string, options: object): Promise<Reply> {
    const boundary = `gate${Math.random().toString(16).slice(2)}`;
    const raw = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(options)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gate.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
    );
    return this.request('POST', path, { raw, contentType: `multipart/form-data; boundary=${boundary}` });
  }

  destroy(): void {
    this.#agent.destroy();
  }
}

// Signs in with a password (cookie + Origin, as a browser would) and creates a personal API token.
export async function createApiToken(baseUrl: string, username: string, password: string): Promise<string> {
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  const cookie = login.headers.getSetCookie().find((c) => c.includes('session_token='))?.split(';')[0];
  if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const created = await fetch(new URL('/api/v1/auth/tokens', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({ name: 'gate' }),
  });
  if (created.status !== 201) throw new Error(`token creation failed: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}
