import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { onOutputLines } from "../output-lines";

// A real PgBouncer (Debian's `pgbouncer` package) in transaction pooling mode in front of a PostgreSQL
// server, for the tests that run the app the way a pooled production deployment does. Every database
// of the server is reachable through it under its own name.

export type PgBouncer = {
  /** `databaseUrl` with host and port swapped for the pooler's. */
  pooledUrl(databaseUrl: string): string;
  version: string;
  stop(): Promise<void>;
};

type Options = { serverUrl: string; port: number; log?: (line: string) => void; poolSize?: number };

// Debian installs it in /usr/sbin, which a non-root PATH may leave out.
const BINARY = existsSync("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : "pgbouncer";

/** PgBouncer's version ("1.18.0"), or null when it is not installed. */
export function pgBouncerVersion(): string | null {
  const result = spawnSync(BINARY, ["--version"], { encoding: "utf8" });
  if (result.status !== 0) return null;
  return /PgBouncer (\S+)/.exec(result.stdout)?.[1] ?? null;
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`pgbouncer exited with ${child.exitCode} before listening`));
      const socket = net.connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        if (Date.now() > deadline) reject(new Error(`pgbouncer did not listen on ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

export async function startPgBouncer({ serverUrl, port, log = () => {}, poolSize = 20 }: Options): Promise<PgBouncer> {
  const version = pgBouncerVersion();
  if (!version) throw new Error("pgbouncer is not installed: apt-get install pgbouncer.");
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const dir = mkdtempSync(path.join(tmpdir(), "vetted-pgbouncer-"));
  // PgBouncer refuses to run as root; it then runs as `postgres`, which must read its files.
  const isRoot = process.getuid?.() === 0;
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, "userlist.txt"), `${quoted(user)} ${quoted(password)}\n`, { mode: 0o644 });
  const settings = [
    "[databases]",
    `* = host=${server.hostname} port=${server.port || 5432}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = plain",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    `default_pool_size = ${poolSize}`,
    "max_client_conn = 1000",
    "server_reset_query =",
    "ignore_startup_parameters = extra_float_digits",
    "admin_users =",
  ];
  const config = path.join(dir, "pgbouncer.ini");
  writeFileSync(config, `${settings.join("\n")}\n`, { mode: 0o644 });
  const child = spawn(BINARY, [...(isRoot ? ["-u", "postgres"] : []), config], { stdio: ["ignore", "pipe", "pipe"] });
  onOutputLines(child, log);
  try {
    await waitForPort(port, child, 10_000);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    version,
    pooledUrl(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        // SIGINT: PgBouncer's "safe shutdown" waits for clients; SIGTERM closes at once.
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
