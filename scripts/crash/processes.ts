import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { onOutputLines } from "../output-lines";

// The processes a crash test kills: the app server (`npm start`) and the job worker, each one process killed by its
// pid. The worker runs as `node --import tsx`: the tsx CLI forks the script into a child that a
// SIGKILL of the CLI would leave running. Every child is also killed when this process exits, and
// shares its process group, so a Ctrl-C reaches them too.

export type LogSink = (source: string, line: string) => void;

export type ManagedProcess = {
  readonly name: string;
  /** Starts the process (if it is not running) and waits until it is ready. */
  start(): Promise<void>;
  /** SIGKILL, no warning; returns at once. */
  kill(): void;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** Resolves when the current process has exited (at once if none runs). */
  exited(): Promise<void>;
  isRunning(): boolean;
  /** Running and past its readiness check. */
  isReady(): boolean;
  pid(): number | null;
  stats(): { starts: number; kills: number };
};

type Options = {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  log: LogSink;
  /** Resolves once the fresh process is ready; rejects after its own time limit. */
  waitUntilReady?: (child: ChildProcess) => Promise<void>;
};

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

export function managedProcess(options: Options): ManagedProcess {
  let child: ChildProcess | null = null;
  let killed: ChildProcess | null = null;
  let ready: ChildProcess | null = null;
  let starts = 0;
  let kills = 0;
  const isAlive = (candidate: ChildProcess | null) => candidate !== null && candidate.exitCode === null && candidate.signalCode === null;
  const signal = (candidate: ChildProcess, name: NodeJS.Signals) => {
    if (isAlive(candidate)) candidate.kill(name);
  };
  return {
    name: options.name,
    async start() {
      if (isAlive(child)) return;
      const started = spawn(process.execPath, options.args, { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      live.add(started);
      started.once("exit", () => live.delete(started));
      starts++;
      onOutputLines(started, (line) => options.log(options.name, line));
      await options.waitUntilReady?.(started);
      ready = started;
    },
    kill() {
      if (!child || !isAlive(child) || killed === child) return;
      signal(child, "SIGKILL");
      killed = child;
      kills++;
    },
    async stop() {
      const current = child;
      if (!current || !isAlive(current)) return;
      const exited = new Promise((resolve) => current.once("exit", resolve));
      signal(current, "SIGTERM");
      const timer = setTimeout(() => signal(current, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
    exited: () => {
      const current = child;
      if (!current || !isAlive(current)) return Promise.resolve();
      return new Promise<void>((resolve) => current.once("exit", () => resolve()));
    },
    isRunning: () => isAlive(child),
    isReady: () => isAlive(child) && ready === child,
    pid: () => (isAlive(child) ? (child?.pid ?? null) : null),
    stats: () => ({ starts, kills }),
  };
}

/** Polls `url` until it answers 200, the child exits, or `timeoutMs` passes. */
export function waitForHttp(url: string, timeoutMs: number) {
  return async (child: ChildProcess) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${url}: the process exited (${child.exitCode ?? child.signalCode}) before it was ready`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`${url} was not ready within ${timeoutMs} ms`);
  };
}

/** Waits until the child prints a line matching `pattern` (e.g. the worker's "worker started"). */
export function waitForLine(pattern: RegExp, timeoutMs: number) {
  return (child: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
      const onData = (chunk: Buffer | string) => {
        if (!pattern.test(String(chunk))) return;
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve();
      };
      child.stdout?.on("data", onData);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the process exited (${code ?? signal}) before printing ${pattern}`));
      });
    });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Refuses a port something else listens on: its health answers would pass for our app's. */
export async function assertPortFree(port: number) {
  const isTaken = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (isTaken) throw new Error(`port ${port} is in use by another process; choose another (CRASH_APP_PORT)`);
}

/** Arguments for `node` that start each of our processes. */
export const nodeArgs = {
  appServer: (port: number) => ["--import", "tsx", "scripts/server.ts", "--port", String(port)],
  worker: () => ["--import", "tsx", "scripts/worker.ts"],
  script: (path: string, ...args: string[]) => ["--import", "tsx", path, ...args],
};
