import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Real processes for the gates: the `kam` command and `kam start` servers, started with the
// project's Node (the one running the tests). Every child is tracked and killed on cleanup, also
// when a test fails or the runner exits.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'src/cli/main.ts');

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export type Env = Record<string, string>;
export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number };

// Node's compile cache (kept with the other tool caches in node_modules/.cache) cuts a server's
// start, which every crash round pays, by about a third.
const compileCache = path.join(repoRoot, 'node_modules/.cache/kam-gates');
const baseEnv = (env: Env): NodeJS.ProcessEnv => ({ ...process.env, NODE_COMPILE_CACHE: compileCache, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env });

// Runs `kam ARGS` to completion without blocking the event loop (write loops keep running).
export function kam(args: string[], env: Env, timeoutMs = 120_000): Promise<Exit> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      // stdio may still hold the last bytes: wait for both streams to end.
      let open = 2;
      const done = () => --open === 0 && resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) });
      if (child.stdout.readableEnded) done();
      else child.stdout.once('end', done);
      if (child.stderr.readableEnded) done();
      else child.stderr.once('end', done);
    });
  });
}

export async function kamOk(args: string[], env: Env): Promise<Exit> {
  const exit = await kam(args, env);
  if (exit.code !== 0) throw new Error(`kam ${args.join(' ')} exited ${exit.code ?? exit.signal}:\n${exit.stderr}${exit.stdout}`);
  return exit;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Server = {
  url: string;
  port: number;
  pid: number;
  startMs: number;
  log: () => string;
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
  exited: Promise<Exit>;
};

// `kam start` on a free port; resolves when /api/health answers, rejects when the process exits
// first or does not answer in time.
export async function startServer(env: Env, timeoutMs = 60_000): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'start', '--no-build'], {
    cwd: repoRoot,
    env: baseEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  // Resolves once the child is reaped: only then is its pid really gone (a zombie still "exists").
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout: output, stderr: '', ms: Math.round(performance.now() - started) });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  while (!hasExited) {
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`the server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    await sleep(50);
  }
  if (hasExited) throw new Error(`the server exited before answering:\n${output}`);
  const startMs = Math.round(performance.now() - started);
  return {
    url,
    port,
    pid: child.pid!,
    startMs,
    log: () => output,
    exited,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function killAllChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}
