import { db } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";

// `node --import tsx scripts/crash/run-due-jobs.ts <workerId> <ISO time>`: one pass of a worker whose
// clock reads that time (e.g. past a retry delay), in a process of its own, so a test can kill it mid-job.

async function main() {
  const [workerId, at] = process.argv.slice(2);
  const now = new Date(at ?? "");
  if (!workerId || Number.isNaN(now.getTime())) throw new Error("usage: run-due-jobs.ts <workerId> <ISO time>");
  const ran = await runDueJobs({ workerId, now, handlers: JOB_HANDLERS });
  console.log(JSON.stringify({ workerId, ran }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
