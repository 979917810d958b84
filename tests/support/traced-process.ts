import { startTracingIfConfigured } from "../../scripts/start-tracing";

// A process traced the way the app server and the worker are (tracing first, the app's code after),
// for the tracing tests:
//   api        serves the API router on a port the OS gives out and prints {"url": …}
//   job <id>   runs that job once, as a worker would, and exits once its spans are sent

async function main() {
  const stopTracing = startTracingIfConfigured("vetted-test");
  const [mode, jobId] = process.argv.slice(2);
  if (mode === "api") {
    const { startApiServer } = await import("./api-server");
    const server = await startApiServer();
    console.log(JSON.stringify({ url: server.url }));
    process.once("SIGTERM", async () => {
      await server.close();
      await stopTracing?.();
      process.exit(0);
    });
  } else if (mode === "job" && jobId) {
    const { db } = await import("@/lib/db");
    const { runClaimedJob } = await import("@/lib/jobs/run-due-jobs");
    const { JOB_HANDLERS } = await import("@/lib/worker/job-handlers");
    const job = await db.job.findUniqueOrThrow({
      where: { id: jobId },
      select: { id: true, kind: true, payload: true, attempts: true, maxAttempts: true, lockedBy: true },
    });
    await runClaimedJob(job, { workerId: job.lockedBy ?? "", now: new Date(), handlers: JOB_HANDLERS });
    await db.$disconnect();
    await stopTracing?.();
  } else {
    throw new Error("usage: traced-process.ts api | job <id>");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
