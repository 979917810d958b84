import { Client } from "pg";
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/credentials/password";
import { generateExpert, generateTrackRecord } from "../prisma/seed-data/expert-profile";
import { createRandom } from "../prisma/seed-data/random";
import { REFERENCE_DATE } from "../prisma/seed-data/seed-experts";
import { openMigratedLocalDatabase } from "./postgres/local-database";
import { runScript } from "./run-script";

// `npm run seed:scale -- --experts 100000`: approved experts in bulk for benchmarks, one multi-row
// INSERT … SELECT FROM unnest(…) per table and batch. Deterministic ids and ON CONFLICT DO NOTHING make a
// re-run add nothing. Run it after `npm run db:seed`: experts are linked to the seeded skill taxonomy.

export type ScaleOptions = { experts: number; requests?: number; batchSize?: number; connections?: number };
export type ScaleCounts = { users: number; profiles: number; expertSkills: number };
export type ScaleResult = ScaleCounts & { milliseconds: number };

type Batch = { users: unknown[][]; profiles: unknown[][]; skills: unknown[][] };

const DAY_MS = 86_400_000;
const iso = (date: Date | null) => date?.toISOString() ?? null;

const INSERT_USERS = `
  INSERT INTO users (id, email, name, "passwordHash", role, "createdAt", "updatedAt")
  SELECT id, email, name, $4, 'EXPERT', created_at::timestamp, now()
  FROM unnest($1::text[], $2::text[], $3::text[], $5::text[]) AS t(id, email, name, created_at)
  ON CONFLICT DO NOTHING`;

const INSERT_PROFILES = `
  INSERT INTO expert_profiles (id, "userId", headline, bio, "hourlyRateCents", currency, timezone, "utcOffsetMinutes",
    "weeklyAvailableHours", "isAvailable", links, "ratingCount", "ratingSum", "completedContracts", "invitationsReceived",
    "invitationsAnswered", "medianResponseMinutes", "lastInvitedAt", "submittedAt", "approvedAt", country, "vettingStatus", "createdAt", "updatedAt")
  SELECT id, user_id, headline, bio, rate, currency, timezone, utc_offset, hours, is_available, links::jsonb, rating_count, rating_sum,
    completed, invited, answered, median_response, last_invited::timestamp, submitted::timestamp, approved::timestamp, country, 'APPROVED', submitted::timestamp, now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::bool[],
    $11::text[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[], $17::int[], $18::text[], $19::text[], $20::text[], $21::text[])
    AS t(id, user_id, headline, bio, rate, currency, timezone, utc_offset, hours, is_available, links, rating_count, rating_sum,
    completed, invited, answered, median_response, last_invited, submitted, approved, country)
  ON CONFLICT DO NOTHING`;

const INSERT_EXPERT_SKILLS = `
  INSERT INTO expert_skills ("expertProfileId", "skillId", level, years, "verifiedAt", "verifiedById")
  SELECT profile_id, skill_id, level::"SkillLevel", years, verified_at::timestamp, verified_by
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS t(profile_id, skill_id, level, years, verified_at, verified_by)
  ON CONFLICT DO NOTHING`;

/** Columns → arrays: `columns(3)` gives three empty arrays that rows are pushed across. */
const columns = (count: number) => Array.from({ length: count }, (): unknown[] => []);
const pushRow = (target: unknown[][], row: unknown[]) => {
  for (const [index, value] of row.entries()) target[index].push(value);
};

function buildExpertBatch(first: number, last: number, existing: ReadonlySet<number>, skillIds: ReadonlyMap<string, string>, adminId: string | null): Batch {
  const batch: Batch = { users: columns(4), profiles: columns(21), skills: columns(6) };
  for (let n = first; n <= last; n++) {
    if (existing.has(n)) continue;
    const random = createRandom(`scale:${n}`);
    const expert = generateExpert(random);
    const submittedAt = new Date(REFERENCE_DATE.getTime() - random.int(20, 1500) * DAY_MS);
    const approvedAt = new Date(submittedAt.getTime() + random.int(5, 20) * DAY_MS);
    const track = generateTrackRecord(random, Math.floor((REFERENCE_DATE.getTime() - approvedAt.getTime()) / DAY_MS));
    const lastInvitedAt = track.lastInvitedDaysAgo === null ? null : new Date(REFERENCE_DATE.getTime() - track.lastInvitedDaysAgo * DAY_MS);
    const userId = `scale_u_${n}`;
    const profileId = `scale_e_${n}`;
    pushRow(batch.users, [userId, `scale-expert-${n}@scale.vetted.test`, expert.name, iso(new Date(submittedAt.getTime() - DAY_MS))]);
    pushRow(batch.profiles, [
      profileId,
      userId,
      expert.headline,
      expert.bio,
      expert.hourlyRateCents,
      expert.currency,
      expert.timezone,
      expert.utcOffsetMinutes,
      expert.weeklyAvailableHours,
      expert.isAvailable,
      JSON.stringify(expert.links),
      track.ratingCount,
      track.ratingSum,
      track.completedContracts,
      track.invitationsReceived,
      track.invitationsAnswered,
      track.medianResponseMinutes,
      iso(lastInvitedAt),
      iso(submittedAt),
      iso(approvedAt),
      expert.country,
    ]);
    for (const skill of expert.skills) {
      const skillId = skillIds.get(skill.slug);
      if (!skillId) continue;
      const isVerified = adminId !== null && random.chance(skill.isPrimary ? 0.6 : 0.15);
      pushRow(batch.skills, [profileId, skillId, skill.level, skill.years, isVerified ? iso(approvedAt) : null, isVerified ? adminId : null]);
    }
  }
  return batch;
}

async function insertExpertBatch(client: Client, batch: Batch, passwordHash: string): Promise<ScaleCounts> {
  await client.query("BEGIN");
  try {
    const users = await client.query(INSERT_USERS, [...batch.users.slice(0, 3), passwordHash, batch.users[3]]);
    const profiles = await client.query(INSERT_PROFILES, batch.profiles);
    const skills = await client.query(INSERT_EXPERT_SKILLS, batch.skills);
    await client.query("COMMIT");
    return { users: users.rowCount ?? 0, profiles: profiles.rowCount ?? 0, expertSkills: skills.rowCount ?? 0 };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function loadSkillIds(client: Client) {
  const { rows } = await client.query<{ id: string; slug: string }>("SELECT id, slug FROM skills");
  if (!rows.length) throw new Error("The skills table is empty: run `npm run db:seed` first, then seed:scale.");
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function findAdminId(client: Client) {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY "createdAt" LIMIT 1`);
  return rows[0]?.id ?? null;
}

async function connect(databaseUrl: string) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  return client;
}

/** Numbers of the scale experts already stored, so a re-run neither rebuilds nor re-sends them. */
async function findExistingExperts(client: Client) {
  const { rows } = await client.query<{ n: number }>(String.raw`SELECT substring(id FROM 9)::int AS n FROM expert_profiles WHERE id LIKE 'scale\_e\_%'`);
  return new Set(rows.map((row) => row.n));
}

export async function seedScale(databaseUrl: string, { experts, batchSize = 5000, connections = 2 }: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const clients = await Promise.all(Array.from({ length: connections }, () => connect(databaseUrl)));
  try {
    const skillIds = await loadSkillIds(clients[0]);
    const adminId = await findAdminId(clients[0]);
    const existing = await findExistingExperts(clients[0]);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const totals: ScaleCounts = { users: 0, profiles: 0, expertSkills: 0 };
    let nextFirst = 1;
    // Each connection takes the next batch, builds it in JavaScript and inserts it, so PostgreSQL works
    // on one batch per connection while the next one is being built.
    const work = async (client: Client) => {
      while (nextFirst <= experts) {
        const first = nextFirst;
        nextFirst += batchSize;
        const batch = buildExpertBatch(first, Math.min(experts, first + batchSize - 1), existing, skillIds, adminId);
        if (!batch.users[0].length) continue;
        const counts = await insertExpertBatch(client, batch, passwordHash);
        totals.users += counts.users;
        totals.profiles += counts.profiles;
        totals.expertSkills += counts.expertSkills;
      }
    };
    await Promise.all(clients.map(work));
    return { ...totals, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

function readCount(args: readonly string[], name: string, fallback: number) {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return fallback;
  const raw = args[index].includes("=") ? args[index].split("=")[1] : args[index + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number, got "${raw}"`);
  return value;
}

async function main() {
  const args = process.argv.slice(2);
  const experts = readCount(args, "experts", 10_000);
  const requests = readCount(args, "requests", 0);
  if (requests > 0) console.warn(`--requests ${requests}: bulk hiring requests are not generated yet; creating experts only.`);
  const database = await openMigratedLocalDatabase();
  try {
    const result = await seedScale(database.url, { experts, requests });
    const rows = result.users + result.profiles + result.expertSkills;
    console.log(
      `seed:scale: ${experts} experts requested, ${rows} rows inserted (users ${result.users}, expert_profiles ${result.profiles}, ` +
        `expert_skills ${result.expertSkills}) in ${(result.milliseconds / 1000).toFixed(1)} s`,
    );
  } finally {
    await database.server?.stop();
  }
}

if (typeof require !== "undefined" && require.main === module) runScript(main);
