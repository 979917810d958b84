import { hostname } from "node:os";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { type ManagedProcess, sleep } from "./processes";
import type { Random } from "./random";

// Kills the app and the worker (SIGKILL) when a scenario says so, and restarts whichever is down after a
// short random pause, as a process manager would. It can also hunt the worker's job leases: kill it
// the moment it holds one, i.e. in the middle of running a job.

export type KillStats = { appKills: number; workerKills: number; workerKillsMidJob: number; interruptedJobKinds: Record<string, number> };
type HuntSettings = { probability: number; maxPerKind: number; maxDelayMs: number };
type MidJobStats = Pick<KillStats, "workerKillsMidJob" | "interruptedJobKinds">;

const workerIdOf = (pid: number) => `${hostname()}:${pid}`;

async function leasedJobs(workerId: string) {
  return db.$queryRaw<{ id: string; kind: string }[]>(Prisma.sql`
    SELECT id, kind FROM jobs WHERE "lockedBy" = ${workerId} AND "doneAt" IS NULL AND "failedAt" IS NULL`);
}

export function startSupervisor(options: { app: ManagedProcess; worker: ManagedProcess; random: Random; log: (line: string) => void }) {
  const { app, worker, random } = options;
  const stats: MidJobStats = { workerKillsMidJob: 0, interruptedJobKinds: {} };
  const restarting = new Set<ManagedProcess>();
  let isStopped = false;
  const hunting: { settings: HuntSettings | null } = { settings: null };
  const hunted = new Set<string>();
  const huntedKinds = new Map<string, number>();

  const restartLoop = (async () => {
    while (!isStopped) {
      for (const child of [app, worker]) {
        if (child.isRunning() || restarting.has(child)) continue;
        restarting.add(child);
        void sleep(random.between(300, 1_500))
          .then(() => (isStopped ? undefined : child.start()))
          .catch((error: unknown) => options.log(`restart of ${child.name} failed: ${String(error)}`))
          .finally(() => restarting.delete(child));
      }
      await sleep(50);
    }
  })();

  async function killWorker() {
    const pid = worker.pid();
    const before = worker.stats().kills;
    worker.kill();
    if (!pid || worker.stats().kills === before) return;
    await worker.exited();
    // Whatever it still held is frozen now: these jobs were cut off mid-run and wait for their lease to expire.
    const cutOff = await leasedJobs(workerIdOf(pid));
    if (cutOff.length) stats.workerKillsMidJob++;
    for (const job of cutOff) stats.interruptedJobKinds[job.kind] = (stats.interruptedJobKinds[job.kind] ?? 0) + 1;
  }

  const huntLoop = (async () => {
    while (!isStopped) {
      const pid = worker.pid();
      const hunt = hunting.settings;
      if (hunt && pid) {
        const fresh = (await leasedJobs(workerIdOf(pid))).filter((job) => !hunted.has(job.id));
        for (const job of fresh) hunted.add(job.id);
        const target = fresh.find((job) => (huntedKinds.get(job.kind) ?? 0) < hunt.maxPerKind);
        // A kind of job not cut off yet is almost always hit: every timer kind gets its crash.
        const probability = target && !huntedKinds.has(target.kind) ? 0.9 : hunt.probability;
        if (target && random.chance(probability)) {
          huntedKinds.set(target.kind, (huntedKinds.get(target.kind) ?? 0) + 1);
          await sleep(random.between(0, hunt.maxDelayMs));
          if (worker.pid() === pid) await killWorker();
        }
      }
      await sleep(15);
    }
  })();

  return {
    stats: (): KillStats => ({
      appKills: app.stats().kills,
      workerKills: worker.stats().kills,
      ...stats,
      interruptedJobKinds: { ...stats.interruptedJobKinds },
    }),
    /** Kills a ready app only: one still starting would be killed again and again and never serve. */
    killApp: () => {
      if (app.isReady()) app.kill();
    },
    killWorker,
    /** Kill the worker mid-job, with this probability per newly leased job, at most `maxPerKind` times per job kind. */
    huntLeases(settings: HuntSettings | null) {
      hunting.settings = settings && { ...settings };
    },
    async waitUntilRunning(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(app.isRunning() && worker.isRunning() && !restarting.size)) {
        if (Date.now() > deadline) throw new Error("the app and the worker did not come back up");
        await sleep(50);
      }
    },
    async stop() {
      isStopped = true;
      await Promise.all([restartLoop, huntLoop]);
    },
  };
}

export type Supervisor = ReturnType<typeof startSupervisor>;
