// The benchmarks' database: DATABASE_URL when it is set (local only), otherwise its own embedded
// server in .data/pg-bench with the demo seed and 100k experts, prepared once and kept between runs.

export const SCALE_EXPERTS = 100_000;
const BENCH_DATA_DIR = ".data/pg-bench";
const BENCH_DATABASE = "vetted_bench";

/** DATABASE_URL if set (local only: the bench writes requests and invitations), else its own prepared database. */
export async function openBenchDatabase() {
  const { startEmbeddedPostgres } = await import("../postgres/embedded");
  const { ensureDatabaseExists } = await import("../postgres/local-database");
  const { applyMigrations, assertMigrated } = await import("../postgres/migrate");
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (process.env.DATABASE_URL) {
    const host = new URL(process.env.DATABASE_URL).hostname;
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host))
      throw new Error(`Refusing to benchmark against ${host}: it writes requests and invitations.`);
    await assertMigrated(process.env.DATABASE_URL);
  } else {
    const { portFromEnv } = await import("../free-port");
    server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, port: await portFromEnv("BENCH_PG_PORT") });
    await ensureDatabaseExists(server.url("postgres"), BENCH_DATABASE);
    process.env.DATABASE_URL = server.url(BENCH_DATABASE);
    await applyMigrations(process.env.DATABASE_URL);
  }
  return { url: process.env.DATABASE_URL, server, isOwn: server !== null };
}

export async function prepareScaleData(url: string, isOwn: boolean) {
  const { db } = await import("@/lib/db");
  // The admin pages are measured as the demo admin, who needs two-factor authentication, also in a
  // database prepared before it existed.
  const { seedDemoAdminTwoFactor } = await import("../../prisma/seed-data/demo-two-factor");
  await seedDemoAdminTwoFactor();
  let experts = await db.expertProfile.count();
  if (experts >= SCALE_EXPERTS) return experts;
  if (!isOwn) {
    console.warn(
      `Only ${experts} experts in DATABASE_URL: run \`npm run db:seed\` and \`npm run seed:scale -- --experts ${SCALE_EXPERTS}\` first for meaningful numbers.`,
    );
    return experts;
  }
  console.log(`Preparing ${SCALE_EXPERTS} experts (one-off, about a minute)…`);
  const { seedDatabase } = await import("../../prisma/seed");
  const { seedScale } = await import("../seed-scale");
  await seedDatabase();
  await seedScale(url, { experts: SCALE_EXPERTS });
  // Fresh statistics and visibility map: the planner's estimates and index-only scans depend on them.
  await db.$executeRawUnsafe("VACUUM (ANALYZE) expert_skills, expert_profiles, users");
  experts = await db.expertProfile.count();
  return experts;
}
