import { spawn, type ChildProcess } from 'node:child_process';

// As `npm start` runs the server (package.json): a small young generation keeps idle memory low.
const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];
import fs from 'node:fs';

// The server under test runs as its own process, exactly as `npm start` runs it.
export type RunningServer = { child: ChildProcess; url: string; startMs: number; peakRssMb: () => number; rssMb: () => number; stop: () => Promise<void> };

const rssOf = (pid: number): number => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

export async function startServer(env: Record<string, string>, port: number): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'src/cli/main.ts', 'start', '--no-build'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (performance.now() - started > 120_000) throw new Error('server did not start in 120 s');
  }
  const startMs = performance.now() - started;
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 200);
  return {
    child,
    url,
    startMs,
    rssMb: () => rssOf(child.pid!),
    peakRssMb: () => peak,
    stop: async () => {
      clearInterval(timer);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kam.session_token='));
  return cookie!.split(';')[0];
}
