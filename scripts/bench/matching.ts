import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { DEFAULT_BUDGET_TOLERANCE_PERCENT } from "@/lib/matching/budget-fit";
import { runScript } from "../run-script";
import { openBenchDatabase, prepareScaleData } from "./bench-database";

// `npm run bench:matching [-- --runs 10 --limit 1000 --explain]`: times candidate retrieval, ranking and
// the full invite step on ~20 realistic requests against 100k experts. Uses DATABASE_URL (which must be
// local), or prepares its own database on an embedded server in .data/pg-bench (migrations, seed, seed:scale).
// --explain prints the retrieval plan for a common and a rare request first.

const TARGET_P95_MS = 250;
const AGREEMENT_TOP = 5;
const BENCH_ID = "bench_matching";
const HOUR_MS = 3_600_000;
const EXPLAINED_REQUESTS = ["python-postgres", "zk-proofs"];

type RequestSpec = {
  key: string;
  required: [slug: string, minYears: number][];
  niceToHave?: string[];
  budget: [minCents: number | null, maxCents: number];
  currency?: "USD" | "EUR" | "GBP";
  hoursPerWeek: number;
  timezone: string;
  minOverlapHours: number;
};

const REQUESTS: RequestSpec[] = [
  {
    key: "python-postgres",
    required: [
      ["python", 3],
      ["postgresql", 2],
    ],
    niceToHave: ["docker", "redis"],
    budget: [8000, 13000],
    hoursPerWeek: 30,
    timezone: "Europe/Berlin",
    minOverlapHours: 4,
  },
  {
    key: "react-typescript",
    required: [
      ["react", 2],
      ["typescript", 2],
    ],
    niceToHave: ["next-js", "tailwind-css"],
    budget: [7000, 12000],
    hoursPerWeek: 40,
    timezone: "America/New_York",
    minOverlapHours: 4,
  },
  {
    key: "fastapi-postgres",
    required: [
      ["fastapi", 2],
      ["postgresql", 3],
    ],
    niceToHave: ["sqlalchemy"],
    budget: [9000, 14000],
    hoursPerWeek: 20,
    timezone: "Europe/London",
    minOverlapHours: 3,
  },
  {
    key: "node-aws",
    required: [
      ["node-js", 3],
      ["aws", 2],
    ],
    niceToHave: ["terraform", "docker"],
    budget: [8000, 15000],
    hoursPerWeek: 30,
    timezone: "America/Chicago",
    minOverlapHours: 4,
  },
  {
    key: "nextjs-typescript",
    required: [
      ["next-js", 2],
      ["typescript", 3],
    ],
    niceToHave: ["prisma", "playwright"],
    budget: [null, 11000],
    hoursPerWeek: 25,
    timezone: "Europe/Amsterdam",
    minOverlapHours: 2,
  },
  {
    key: "django-drf",
    required: [
      ["django", 3],
      ["django-rest-framework", 2],
    ],
    niceToHave: ["celery"],
    budget: [6000, 10000],
    hoursPerWeek: 30,
    timezone: "Europe/Warsaw",
    minOverlapHours: 4,
  },
  {
    key: "kubernetes-terraform",
    required: [
      ["kubernetes", 3],
      ["terraform", 2],
      ["aws", 2],
    ],
    niceToHave: ["prometheus"],
    budget: [11000, 18000],
    hoursPerWeek: 20,
    timezone: "America/Los_Angeles",
    minOverlapHours: 3,
  },
  {
    key: "pytorch-ml",
    required: [
      ["pytorch", 3],
      ["machine-learning", 3],
    ],
    niceToHave: ["mlops"],
    budget: [12000, 20000],
    hoursPerWeek: 20,
    timezone: "America/New_York",
    minOverlapHours: 2,
  },
  {
    key: "llm-rag",
    required: [
      ["large-language-models", 1],
      ["retrieval-augmented-generation", 1],
    ],
    niceToHave: ["langchain", "openai-api"],
    budget: [10000, 18000],
    hoursPerWeek: 30,
    timezone: "Europe/Paris",
    minOverlapHours: 3,
  },
  {
    key: "data-pipelines",
    required: [
      ["apache-airflow", 2],
      ["dbt", 2],
    ],
    niceToHave: ["apache-spark"],
    budget: [9000, 15000],
    hoursPerWeek: 25,
    timezone: "Europe/Stockholm",
    minOverlapHours: 4,
  },
  {
    key: "ios-swiftui",
    required: [
      ["swift", 3],
      ["swiftui", 2],
    ],
    niceToHave: ["uikit"],
    budget: [9000, 15000],
    hoursPerWeek: 30,
    timezone: "America/Toronto",
    minOverlapHours: 4,
  },
  {
    key: "android-compose",
    required: [
      ["kotlin", 3],
      ["jetpack-compose", 2],
    ],
    budget: [7000, 12000],
    hoursPerWeek: 40,
    timezone: "Asia/Kolkata",
    minOverlapHours: 4,
  },
  {
    key: "rails",
    required: [["ruby-on-rails", 4]],
    niceToHave: ["postgresql", "redis"],
    budget: [8000, 14000],
    hoursPerWeek: 20,
    timezone: "America/Denver",
    minOverlapHours: 3,
  },
  {
    key: "go-grpc",
    required: [
      ["go", 3],
      ["grpc", 2],
    ],
    niceToHave: ["kubernetes"],
    budget: [10000, 16000],
    hoursPerWeek: 30,
    timezone: "Asia/Singapore",
    minOverlapHours: 2,
  },
  {
    key: "solidity-audit",
    required: [
      ["solidity", 3],
      ["smart-contracts", 3],
    ],
    niceToHave: ["foundry"],
    budget: [15000, 25000],
    currency: "EUR",
    hoursPerWeek: 20,
    timezone: "Europe/Berlin",
    minOverlapHours: 2,
  },
  { key: "rust", required: [["rust", 2]], budget: [10000, 18000], hoursPerWeek: 20, timezone: "UTC", minOverlapHours: 0 },
  {
    key: "clickhouse-timescale",
    required: [
      ["clickhouse", 1],
      ["timescaledb", 1],
    ],
    budget: [9000, 16000],
    hoursPerWeek: 15,
    timezone: "Europe/London",
    minOverlapHours: 2,
  },
  {
    key: "zk-proofs",
    required: [["zero-knowledge-proofs", 2]],
    niceToHave: ["rust"],
    budget: [15000, 25000],
    hoursPerWeek: 20,
    timezone: "Asia/Tokyo",
    minOverlapHours: 2,
  },
  {
    key: "security-pentest",
    required: [
      ["penetration-testing", 3],
      ["owasp-top-10", 2],
    ],
    niceToHave: ["cloud-security"],
    budget: [10000, 17000],
    currency: "GBP",
    hoursPerWeek: 15,
    timezone: "Europe/London",
    minOverlapHours: 4,
  },
  {
    key: "product-design",
    required: [
      ["product-design", 3],
      ["figma", 3],
    ],
    niceToHave: ["user-research"],
    budget: [7000, 12000],
    hoursPerWeek: 25,
    timezone: "Australia/Sydney",
    minOverlapHours: 3,
  },
];

type Stats = { p50: number; p95: number; max: number };
type InviteStep = (options: { requestId: string; now: Date }) => Promise<unknown>;

function readOption(name: string, fallback: number) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return fallback;
  const value = Number(args[index].includes("=") ? args[index].split("=")[1] : args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.1. */
function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]) };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function ensureBenchRequests() {
  const { db } = await import("@/lib/db");
  const slugs = [...new Set(REQUESTS.flatMap((spec) => [...spec.required.map(([slug]) => slug), ...(spec.niceToHave ?? [])]))];
  const skills = await db.skill.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } });
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length) throw new Error(`Skills missing from the taxonomy (run \`npm run db:seed\`): ${missing.join(", ")}`);
  const skill = (slug: string) => bySlug.get(slug)!;

  await db.user.upsert({
    where: { id: BENCH_ID },
    update: {},
    create: { id: BENCH_ID, email: "bench-matching@bench.vetted.test", name: "Bench Client", passwordHash: "not-used", role: "CLIENT" },
  });
  await db.company.upsert({
    where: { id: BENCH_ID },
    update: {},
    create: { id: BENCH_ID, name: "Bench Co", members: { create: { userId: BENCH_ID, role: "OWNER" } } },
  });
  const now = new Date();
  for (const spec of REQUESTS) {
    const id = `${BENCH_ID}_${spec.key}`;
    const fields = {
      budgetMinCents: spec.budget[0],
      budgetMaxCents: spec.budget[1],
      currency: spec.currency ?? "USD",
      hoursPerWeek: spec.hoursPerWeek,
      timezone: spec.timezone,
      minOverlapHours: spec.minOverlapHours,
      status: "MATCHING" as const,
      submittedAt: now,
      matchDeadline: new Date(now.getTime() + 8 * HOUR_MS),
    };
    await db.hiringRequest.upsert({
      where: { id },
      update: fields,
      create: {
        id,
        companyId: BENCH_ID,
        createdById: BENCH_ID,
        title: `Bench: ${spec.key}`,
        description: "Benchmark request for npm run bench:matching.",
        ...fields,
      },
    });
    await db.requestSkill.deleteMany({ where: { requestId: id } });
    await db.requestSkill.createMany({
      data: [
        ...spec.required.map(([slug, minYears]) => ({ requestId: id, skillId: skill(slug).id, isRequired: true, minYears })),
        ...(spec.niceToHave ?? []).map((slug) => ({ requestId: id, skillId: skill(slug).id, isRequired: false })),
      ],
    });
  }
  return REQUESTS.map((spec) => ({
    spec,
    profile: {
      id: `${BENCH_ID}_${spec.key}`,
      requiredSkills: spec.required.map(([slug, minYears]) => ({ skillId: skill(slug).id, name: skill(slug).name, minYears })),
      niceToHaveSkills: (spec.niceToHave ?? []).map((slug) => ({ skillId: skill(slug).id, name: skill(slug).name })),
      budgetMinCents: spec.budget[0],
      budgetMaxCents: spec.budget[1],
      budgetTolerancePercent: DEFAULT_BUDGET_TOLERANCE_PERCENT,
      currency: spec.currency ?? "USD",
      hoursPerWeek: spec.hoursPerWeek,
      timezone: spec.timezone,
      utcOffsetMinutes: 0,
      minOverlapHours: spec.minOverlapHours,
    },
  }));
}

async function loadInviteStep(): Promise<InviteStep | null> {
  const modulePath = path.resolve(__dirname, "../../lib/matching/run-invite-round");
  if (!existsSync(`${modulePath}.ts`)) return null;
  const module: { runInviteRound?: unknown } = await import(modulePath);
  return typeof module.runInviteRound === "function" ? (module.runInviteRound as InviteStep) : null;
}

/** Runs one invite step, then undoes it: matches, their timers and mail, and the invited experts' counters. */
async function timeInviteStep(inviteStep: InviteStep, requestId: string, title: string, likelyInvitees: string[]) {
  const { db } = await import("@/lib/db");
  const before = await db.expertProfile.findMany({
    where: { id: { in: likelyInvitees } },
    select: { id: true, invitationsReceived: true, lastInvitedAt: true },
  });
  const [, milliseconds] = await timed(() => inviteStep({ requestId, now: new Date() }));
  const matches = await db.match.findMany({ where: { requestId }, select: { id: true, expertProfileId: true, expertProfile: { select: { userId: true } } } });
  await db.job.deleteMany({ where: { dedupeKey: { in: matches.map((match) => `expire:${match.id}`) } } });
  await db.emailOutbox.deleteMany({ where: { dedupeKey: { startsWith: `invitation:${requestId}:` } } });
  await db.notification.deleteMany({
    where: { userId: { in: matches.map((match) => match.expertProfile.userId) }, kind: "invitation.received", title: { contains: title } },
  });
  await db.match.deleteMany({ where: { requestId } });
  for (const match of matches) {
    const previous = before.find((profile) => profile.id === match.expertProfileId);
    const data = previous
      ? { invitationsReceived: previous.invitationsReceived, lastInvitedAt: previous.lastInvitedAt }
      : { invitationsReceived: { decrement: 1 } };
    await db.expertProfile.update({ where: { id: match.expertProfileId }, data, select: { id: true } });
  }
  return milliseconds;
}

async function main() {
  const runs = readOption("runs", 10);
  const limit = readOption("limit", 1000);
  const database = await openBenchDatabase();
  const { db } = await import("@/lib/db");
  const { findCandidates } = await import("@/lib/matching/find-candidates");
  const { rankCandidates } = await import("@/lib/matching/rank-candidates");
  const { utcOffsetMinutes } = await import("@/lib/time/timezones");
  try {
    const experts = await prepareScaleData(database.url, database.isOwn);
    const requests = await ensureBenchRequests();
    const inviteStep = await loadInviteStep();
    const [{ shared_buffers: sharedBuffers }] = await db.$queryRawUnsafe<{ shared_buffers: string }[]>("SHOW shared_buffers");
    console.log(
      `${experts} experts, ${requests.length} requests × ${runs} runs; ${cpus().length} CPUs, load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(" ")}, shared_buffers ${sharedBuffers}`,
    );

    const rankOnce = async (profile: (typeof requests)[number]["profile"], candidateLimit?: number) => {
      const now = new Date();
      const withOffset = { ...profile, utcOffsetMinutes: utcOffsetMinutes(profile.timezone, now) };
      const [candidates, retrieval] = await timed(() => findCandidates(withOffset, { now, limit: candidateLimit }));
      const [ranked, scoring] = await timed(async () => rankCandidates(withOffset, candidates, { now }));
      return { ranked, retrieval, total: retrieval + scoring };
    };
    for (const { profile } of requests) await rankOnce(profile); // warm-up: JIT, plan and buffer caches
    if (process.argv.includes("--explain")) {
      const { Prisma } = await import("@/generated/prisma/client");
      const { buildCandidatesQuery } = await import("@/lib/matching/find-candidates");
      for (const { spec, profile } of requests.filter(({ spec }) => EXPLAINED_REQUESTS.includes(spec.key))) {
        const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${buildCandidatesQuery(profile, { now: new Date() })}`,
        );
        console.log(`\nPlan for ${spec.key}:\n${plan.map((line) => line["QUERY PLAN"]).join("\n")}\n`);
      }
    }

    const all = { retrieval: [] as number[], rank: [] as number[], limited: [] as number[], invite: [] as number[] };
    const rows = [];
    for (const { spec, profile } of requests) {
      const samples = { retrieval: [] as number[], rank: [] as number[], limited: [] as number[], invite: [] as number[] };
      let pool = 0;
      let agreement = 0;
      for (let run = 0; run < runs; run++) {
        const full = await rankOnce(profile);
        const cut = await rankOnce(profile, limit);
        pool = full.ranked.length;
        const topFull = new Set(full.ranked.slice(0, AGREEMENT_TOP).map((candidate) => candidate.expertProfileId));
        agreement = cut.ranked.slice(0, AGREEMENT_TOP).filter((candidate) => topFull.has(candidate.expertProfileId)).length;
        samples.retrieval.push(full.retrieval);
        samples.rank.push(full.total);
        samples.limited.push(cut.total);
        if (inviteStep)
          samples.invite.push(
            await timeInviteStep(
              inviteStep,
              profile.id,
              `Bench: ${spec.key}`,
              full.ranked.slice(0, 4 * AGREEMENT_TOP).map((candidate) => candidate.expertProfileId),
            ),
          );
      }
      for (const key of Object.keys(all) as (keyof typeof all)[]) all[key].push(...samples[key]);
      rows.push({
        request: spec.key,
        candidates: pool,
        "retrieval p50/p95/max": Object.values(summarize(samples.retrieval)).join(" / "),
        "rank p50/p95/max": Object.values(summarize(samples.rank)).join(" / "),
        [`rank limit ${limit} p50/p95/max`]: Object.values(summarize(samples.limited)).join(" / "),
        [`top ${AGREEMENT_TOP} same`]: `${agreement}/${Math.min(AGREEMENT_TOP, pool)}`,
        ...(inviteStep ? { "invite step p50/p95/max": Object.values(summarize(samples.invite)).join(" / ") } : {}),
      });
    }
    console.table(rows);
    const result = {
      experts,
      requests: requests.length,
      runs,
      limit,
      retrievalMs: summarize(all.retrieval),
      rankMs: summarize(all.rank),
      rankWithLimitMs: summarize(all.limited),
      inviteStepMs: inviteStep ? summarize(all.invite) : null,
      targetP95Ms: TARGET_P95_MS,
    };
    console.log(`Retrieval alone           p50 ${result.retrievalMs.p50} ms, p95 ${result.retrievalMs.p95} ms, max ${result.retrievalMs.max} ms`);
    console.log(
      `Rank candidates           p50 ${result.rankMs.p50} ms, p95 ${result.rankMs.p95} ms, max ${result.rankMs.max} ms (target p95 < ${TARGET_P95_MS} ms)`,
    );
    console.log(`Rank with limit ${limit}   p50 ${result.rankWithLimitMs.p50} ms, p95 ${result.rankWithLimitMs.p95} ms, max ${result.rankWithLimitMs.max} ms`);
    console.log(
      result.inviteStepMs
        ? `Full invite step          p50 ${result.inviteStepMs.p50} ms, p95 ${result.inviteStepMs.p95} ms, max ${result.inviteStepMs.max} ms`
        : "Full invite step: not available yet (lib/matching/run-invite-round.ts does not export runInviteRound)",
    );
    console.log(JSON.stringify({ benchmark: "matching", ...result }));
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/matching.json", `${JSON.stringify({ benchmark: "matching", ...result }, null, 2)}\n`);
  } finally {
    await db.$disconnect();
    await database.server?.stop();
  }
}

runScript(main);
