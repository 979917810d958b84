import { Client } from "pg";
import { runScript } from "../run-script";
import { openBenchDatabase, prepareScaleData } from "./bench-database";
import { addSuiteVolume, BENCH_REQUEST_ID } from "./suite-data";

// `npm run bench:queries`: what one database round trip costs this process, through raw `pg` and
// through Prisma, in wall time and in Node CPU (the budget a request shares with everything else).
// It explains the API rows of `npm run bench`: the constant route costs ~0.7 ms of CPU a request.

const ROUNDS = 2_000;
const WARM_UP = 200;

async function measure(name: string, query: () => Promise<unknown>) {
  for (let index = 0; index < WARM_UP; index++) await query();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let index = 0; index < ROUNDS; index++) await query();
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = (performance.now() - started) / ROUNDS;
  const cpuMs = (cpu.user + cpu.system) / 1000 / ROUNDS;
  console.log(`${name.padEnd(50)} wall ${wallMs.toFixed(3)} ms   Node CPU ${cpuMs.toFixed(3)} ms`);
  return { name, wallMs, cpuMs };
}

async function main() {
  const database = await openBenchDatabase();
  await prepareScaleData(database.url, database.isOwn);
  const { db } = await import("@/lib/db");
  const raw = new Client({ connectionString: database.url });
  await raw.connect();
  try {
    const { id } = await db.user.findFirstOrThrow({ where: { email: "client@acme.test" }, select: { id: true } });
    await measure("pg: SELECT 1", () => raw.query("SELECT 1"));
    await measure("prisma: $queryRaw SELECT 1", () => db.$queryRaw`SELECT 1`);
    await measure("pg: a user by id", () => raw.query("SELECT id, email, name, role FROM users WHERE id = $1", [id]));
    await measure("prisma: a user by id", () => db.user.findFirst({ where: { id }, select: { id: true, email: true, name: true, role: true } }));
    await measure("prisma: the session user (two relations joined)", () =>
      db.user.findFirst({
        where: { id, suspendedAt: null },
        select: { id: true, role: true, memberships: { select: { companyId: true }, take: 1 }, expertProfile: { select: { id: true } } },
      }),
    );
    // The two API reads of `npm run bench`, end to end in this process (session user included).
    await addSuiteVolume(database.url);
    const { loadSessionUser } = await import("@/lib/sessions/session-user");
    const { getRequest } = await import("@/lib/requests/get-request");
    const { listConversations } = await import("@/lib/chat/list-conversations");
    const client = (await loadSessionUser(id, 0))!;
    await measure("session user + GET /api/v1/requests/{id}", async () =>
      getRequest({ user: (await loadSessionUser(id, 0))!, requestId: BENCH_REQUEST_ID, now: new Date() }),
    );
    await measure("GET /api/v1/conversations (user given)", () => listConversations({ user: client }));
  } finally {
    await raw.end();
    await db.$disconnect();
    await database.server?.stop();
  }
}

runScript(main);
