import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startS3Server } from "../../tests/support/s3-server";
import { freePort } from "../free-port";
import { treeRssMb } from "../process-memory";
import { runScript } from "../run-script";
import { openBenchDatabase } from "./bench-database";
import { buildApp, startInstance } from "./chat-setup";
import { createUploaders, textOfSize } from "./files-setup";

// `npm run bench:files [-- --seconds 5 --skip-build --dist-dir .next-bench]`: the production app
// server with each storage driver (the disk driver, then S3 against s3rver): how fast it issues
// presigned upload URLs (POST /api/v1/files, autocannon, 50 connections), a 1, 25 and 100 MB file
// uploaded through the signed URL, completed and downloaded through the signed redirect (MB/s), and
// the app process's memory before and at its peak during each transfer: it must not grow with the
// file's size (streams, never whole files). Writes bench-results/files.{json,md}.

const MB = 1024 * 1024;
// 100 MB is beyond the default limit (raised for this run): the app's peak memory at 25 MB and at
// 100 MB side by side shows whether it grows with the file.
const SIZES = [1 * MB, 25 * MB, 100 * MB];
const CONNECTIONS = 50;

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

type Transfer = { sizeMb: number; uploadMBps: number; completeMs: number; downloadMBps: number; rssBeforeMb: number; rssPeakMb: number };
type DriverResult = { driver: string; issueRps: number; issueP99Ms: number; issueNon2xx: number; rssIdleMb: number; transfers: Transfer[] };

/** Runs `work` while sampling the app's resident memory every 50 ms; the peak seen. */
async function withPeakRss<T>(app: ChildProcess, work: () => Promise<T>) {
  let peak = treeRssMb(app);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(app))), 50);
  try {
    return { result: await work(), peak: Math.max(peak, treeRssMb(app)) };
  } finally {
    clearInterval(sampler);
  }
}

async function issueRate(origin: string, cookies: string[], seconds: number) {
  let next = 0;
  const result = await autocannon({
    url: `${origin}/api/v1/files`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, cookie: cookies[next++ % cookies.length], "content-type": "application/json", origin },
          body: JSON.stringify({ purpose: "CHAT_ATTACHMENT", name: "plan.pdf", size: 200_000, contentType: "application/pdf" }),
        }),
      },
    ],
  });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, non2xx: result.non2xx };
}

async function transfer(origin: string, cookie: string, app: ChildProcess, size: number): Promise<Transfer> {
  const bytes = textOfSize(size);
  const headers = { cookie, "content-type": "application/json", origin };
  const started = await fetch(`${origin}/api/v1/files`, {
    method: "POST",
    headers,
    body: JSON.stringify({ purpose: "CHAT_ATTACHMENT", name: `bench-${size}.txt`, size, contentType: "text/plain" }),
  });
  if (started.status !== 201) throw new Error(`starting an upload: ${started.status} ${await started.text()}`);
  const { file, upload } = (await started.json()) as { file: { id: string }; upload: { method: string; url: string; headers: Record<string, string> } };
  const rssBeforeMb = treeRssMb(app);
  const seconds = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return (performance.now() - start) / 1000;
  };
  const { result, peak } = await withPeakRss(app, async () => {
    const uploadSeconds = await seconds(async () => {
      const sent = await fetch(new URL(upload.url, origin), { method: upload.method, headers: upload.headers, body: new Uint8Array(bytes) });
      if (!sent.ok) throw new Error(`uploading: ${sent.status} ${await sent.text()}`);
    });
    const completeSeconds = await seconds(async () => {
      const completed = await fetch(`${origin}/api/v1/files/${file.id}/complete`, { method: "POST", headers: { cookie, origin } });
      if (!completed.ok) throw new Error(`completing: ${completed.status} ${await completed.text()}`);
    });
    const downloadSeconds = await seconds(async () => {
      const redirect = await fetch(`${origin}/api/v1/files/${file.id}/download`, { headers: { cookie }, redirect: "manual" });
      const body = await fetch(new URL(redirect.headers.get("location") ?? "", origin));
      let received = 0;
      for await (const chunk of body.body as unknown as AsyncIterable<Uint8Array>) received += chunk.length;
      if (received !== size) throw new Error(`downloaded ${received} of ${size} bytes`);
    });
    return { uploadSeconds, completeSeconds, downloadSeconds };
  });
  const rate = (secondsTaken: number) => Math.round((size / MB / secondsTaken) * 10) / 10;
  return {
    sizeMb: size / MB,
    uploadMBps: rate(result.uploadSeconds),
    completeMs: Math.round(result.completeSeconds * 1000),
    downloadMBps: rate(result.downloadSeconds),
    rssBeforeMb,
    rssPeakMb: peak,
  };
}

function markdown(results: DriverResult[]) {
  const lines = [
    "| driver | presigned URLs issued (req/s, 50 conn.) | p99 ms | non-2xx | app RSS idle MB |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...results.map((row) => `| ${row.driver} | ${row.issueRps} | ${row.issueP99Ms} | ${row.issueNon2xx} | ${row.rssIdleMb} |`),
    "",
    "| driver | file | upload MB/s | complete ms | download MB/s | app RSS before MB | app RSS peak MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.flatMap((row) =>
      row.transfers.map(
        (item) =>
          `| ${row.driver} | ${item.sizeMb} MB | ${item.uploadMBps} | ${item.completeMs} | ${item.downloadMBps} | ${item.rssBeforeMb} | ${item.rssPeakMb} |`,
      ),
    ),
    "",
    "The disk driver's bytes pass through the app (its signed routes stream them); with S3 they go straight between the client and the store, and the app only signs and checks.",
  ];
  return `${lines.join("\n")}\n`;
}

async function main() {
  const seconds = Number(argument("seconds") ?? 5);
  const distDir = argument("dist-dir") ?? ".next-bench";
  if (!process.argv.includes("--skip-build") || !existsSync(path.join(distDir, "BUILD_ID"))) buildApp(distDir);
  const database = await openBenchDatabase();
  const secret = randomBytes(32).toString("hex");
  const cookies = await createUploaders(database.url, 200, secret);
  const s3 = await startS3Server("vetted-bench");
  const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-bench-files-"));
  const results: DriverResult[] = [];
  try {
    for (const driver of ["disk", "s3"] as const) {
      Object.assign(process.env, {
        STORAGE_DRIVER: driver,
        STORAGE_DISK_ROOT: diskRoot,
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: s3.settings.bucket,
        S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
        S3_FORCE_PATH_STYLE: "true",
        // The cap and quota are per person; the issue rate is what is measured here.
        FILE_MAX_PENDING_UPLOADS: "1000",
        FILE_QUOTA_BYTES: String(1024 ** 4),
        FILE_MAX_BYTES: String(Math.max(...SIZES)),
      });
      const port = await freePort();
      const app = await startInstance({ port, distDir, databaseUrl: database.url, secret });
      const origin = `http://localhost:${port}`;
      try {
        const rssIdleMb = treeRssMb(app);
        await issueRate(origin, cookies, 1); // warm-up
        const issued = await issueRate(origin, cookies, seconds);
        const transfers: Transfer[] = [];
        for (const size of SIZES) transfers.push(await transfer(origin, cookies[0], app, size));
        results.push({ driver, issueRps: issued.rps, issueP99Ms: issued.p99, issueNon2xx: issued.non2xx, rssIdleMb, transfers });
        console.log(
          `${driver}: ${issued.rps} presigned URLs/s; ${transfers.map((item) => `${item.sizeMb} MB up ${item.uploadMBps} MB/s, down ${item.downloadMBps} MB/s, RSS ${item.rssBeforeMb}→${item.rssPeakMb} MB`).join("; ")}`,
        );
      } finally {
        app.kill("SIGTERM");
        await new Promise((resolve) => app.once("exit", resolve));
      }
    }
  } finally {
    await s3.close();
    rmSync(diskRoot, { recursive: true, force: true });
    await database.server?.stop();
  }
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/files.json", `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  writeFileSync("bench-results/files.md", markdown(results));
  console.log(markdown(results));
}

runScript(main);
