import { runScript } from "../run-script";
import { openBenchDatabase, prepareScaleData } from "./bench-database";

// `npm run bench:hire-pages`: how long the data of a public hiring page takes to compute on the scale
// data (100k experts), the work a page's hourly regeneration does. Median of 5 runs of each.

const RUNS = 5;

async function main() {
  const database = await openBenchDatabase();
  const experts = await prepareScaleData(database.url, database.isOwn);
  const { db } = await import("@/lib/db");
  const { getHirePage } = await import("@/lib/hire-pages/get-hire-page");
  const { listHirePages } = await import("@/lib/hire-pages/list-hire-pages");
  const { searchHirePages } = await import("@/lib/hire-pages/search-hire-pages");
  const median = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let index = 0; index < RUNS; index++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
  };
  try {
    console.log(`${experts} experts; median of ${RUNS} runs`);
    console.log(`| what | ms |\n| --- | ---: |`);
    for (const [label, run] of [
      ["skill page data (/hire/fastapi)", () => getHirePage("fastapi")],
      ["group page data (/hire/backend-development)", () => getHirePage("backend-development")],
      ["every page with its last change (sitemap)", () => listHirePages()],
      ['search "k8s"', () => searchHirePages("k8s")],
    ] as const) {
      console.log(`| ${label} | ${await median(run)} |`);
    }
  } finally {
    await db.$disconnect();
    await database.server?.stop();
  }
}

runScript(main);
