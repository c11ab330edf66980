import autocannon from 'autocannon';

export type LoadResult = { connections: number; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

// Fixed-duration load with autocannon; `paths` rotate so that detail calls hit different rows.
export async function runLoad(options: {
  url: string;
  cookie: string;
  paths: string[];
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  body?: string;
}): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: { cookie: options.cookie, origin: options.url, 'content-type': 'application/json' },
        requests: [
          {
            method: options.method ?? 'GET',
            body: options.body,
            setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length] }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // Exact percentiles from every response time (autocannon's summary has no p95).
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const q = percentiles(times);
  return {
    connections: options.connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    ...q,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2)) : NaN);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

// The same work called in-process without HTTP: the database's own limit for the API to approach.
export async function timeDirect(run: () => Promise<unknown>, iterations: number) {
  for (let i = 0; i < Math.min(5, iterations); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return percentiles(times);
}
