import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../free-port";
import { runScript } from "../run-script";
import { openBenchDatabase } from "./bench-database";
import { buildApp, startInstance } from "./chat-setup";
import { measureSubmitInBrowser } from "./contract-page-browser";
import { type ContractPageData, seedContractPage, sessionCookie } from "./contract-page-setup";
import { startStatementCounter } from "./statement-counter";

// `npm run bench:contract-page [-- --rounds 15 --skip-build --dist-dir .next-bench --browser]`: what submitting a
// milestone costs the server and what the contract page's refresh after it costs, against the
// production build: the submit (POST /api/v1/milestones/{id}/submit, as the page sends it), then the
// contract page rendered for its expert and for its client, as a full page (HTML) and as the RSC
// payload `router.refresh()` asks for, and the page's data alone (loadContractPage in this process). For
// each: min, median and max of the time, and the SQL statements sent (counted on the wire by a
// pass-through in front of PostgreSQL). With --browser (and --browser-rounds, default 5), also the
// submit in Chromium, from the click to the dialog closing and to the refreshed card.

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

type Sample = { ms: number; statements?: number };

function summary(label: string, samples: Sample[]) {
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)!];
  };
  const ms = stats(samples.map((sample) => sample.ms)).map((value) => Math.round(value * 10) / 10);
  const counted = samples.flatMap((sample) => (sample.statements === undefined ? [] : [sample.statements]));
  const statements = counted.length ? stats(counted) : ["–", "–", "–"];
  return `| ${label} | ${ms.join(" | ")} | ${statements.join(" | ")} |`;
}

/** The page's data alone (lib/contract-page), in this process: what the render waits for before React's work. */
async function measurePageData(data: ContractPageData, count: () => number, warmUp: number, rounds: number) {
  const { loadContractPage } = await import("@/lib/contract-page/load-contract-page");
  const rows: string[] = [];
  for (const [viewer, user] of [
    ["expert", data.expert],
    ["client", data.client],
  ] as const) {
    const samples: Sample[] = [];
    for (let index = 0; index < warmUp + rounds; index++) {
      const before = count();
      const start = performance.now();
      await loadContractPage({ user, contractId: data.contractId, now: new Date() });
      if (index >= warmUp) samples.push({ ms: performance.now() - start, statements: count() - before });
    }
    rows.push(summary(`its data as the ${viewer} (loadContractPage, in process)`, samples));
  }
  return rows;
}

async function main() {
  const rounds = Number(argument("rounds") ?? 15);
  const warmUp = 3;
  const distDir = argument("dist-dir") ?? ".next-bench";
  if (!process.argv.includes("--skip-build") || !existsSync(path.join(distDir, "BUILD_ID"))) buildApp(distDir);
  const database = await openBenchDatabase();
  const target = new URL(database.url);
  const counter = await startStatementCounter({ host: target.hostname, port: Number(target.port || 5432) });
  // This process's own reads go through the counter too (its Prisma client is created on first use).
  process.env.DATABASE_URL = counter.urlFor(database.url);
  const browserRounds = process.argv.includes("--browser") ? Number(argument("browser-rounds") ?? 5) : 0;
  const data = await seedContractPage(warmUp + rounds + browserRounds);
  const pageData = await measurePageData(data, counter.count, warmUp, rounds);
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  const secret = randomBytes(32).toString("hex");
  const port = await freePort();
  const app = await startInstance({ port, distDir, databaseUrl: counter.urlFor(database.url), secret });
  const origin = `http://localhost:${port}`;
  const measured = async (request: () => Promise<Response>, check: (response: Response, body: string) => boolean) => {
    const before = counter.count();
    const start = performance.now();
    const response = await request();
    const body = await response.text();
    const ms = performance.now() - start;
    if (!check(response, body)) {
      throw new Error(`${response.url}: unexpected ${response.status} answer ${response.headers.get("location") ?? body.slice(0, 200)}`);
    }
    return { ms, statements: counter.count() - before };
  };
  try {
    const [expertCookie, clientCookie, submitterCookie] = await Promise.all(
      [data.expert, data.client, data.submitter].map((user) => sessionCookie(user, secret)),
    );
    const submits: Sample[] = [];
    for (const [index, milestoneId] of data.submittable.slice(0, warmUp + rounds).entries()) {
      const sample = await measured(
        () =>
          fetch(`${origin}/api/v1/milestones/${milestoneId}/submit`, {
            method: "POST",
            headers: { cookie: submitterCookie, origin, "content-type": "application/json" },
            body: JSON.stringify({ note: "The report and the scripts.", links: ["https://example.com/pr/7"], fileIds: [] }),
          }),
        (response) => response.status === 200,
      );
      if (index >= warmUp) submits.push(sample);
    }
    const page = `${origin}/contracts/${data.contractId}`;
    const rows = [summary("submit for approval (POST …/submit)", submits), ...pageData];
    for (const [viewer, cookie] of [
      ["expert", expertCookie],
      ["client", clientCookie],
    ] as const) {
      for (const [kind, headers] of [
        ["page (HTML)", {}],
        ["refresh (RSC)", { rsc: "1" }],
      ] as const) {
        // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the address with it.
        const probe = await fetch(page, { headers: { cookie, ...headers }, redirect: "manual" });
        await probe.arrayBuffer();
        const url = probe.status === 307 ? new URL(probe.headers.get("location") ?? "", origin).toString() : page;
        const samples: Sample[] = [];
        for (let index = 0; index < warmUp + rounds; index++) {
          const sample = await measured(
            () => fetch(url, { headers: { cookie, ...headers }, redirect: "manual" }),
            (response, body) => response.status === 200 && body.includes("Fixture contract build"),
          );
          if (index >= warmUp) samples.push(sample);
        }
        rows.push(summary(`contract page as the ${viewer}, ${kind}`, samples));
      }
    }
    if (browserRounds) {
      const positions = Array.from({ length: browserRounds }, (_, index) => warmUp + rounds + index + 1);
      const samples = await measureSubmitInBrowser({ origin, cookie: submitterCookie, contractId: data.submitContractId, positions });
      rows.push(
        summary(
          "in Chromium: click on Submit for review → dialog closed",
          samples.map((sample) => ({ ms: sample.closedMs })),
        ),
      );
      rows.push(
        summary(
          "in Chromium: click on Submit for review → refreshed card",
          samples.map((sample) => ({ ms: sample.refreshedMs })),
        ),
      );
    }
    console.log(`${rounds} rounds after ${warmUp} to warm up; times are the server's answer, whole body read`);
    console.log("| what | min ms | median ms | max ms | min SQL | median SQL | max SQL |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    console.log(rows.join("\n"));
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await counter.stop();
    await database.server?.stop();
  }
}

runScript(main);
