import { randomInt, randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { Client } from "pg";
import { APPLICATION_QUESTIONS } from "../../lib/vetting/schemas";
import { type Credentials, e2eDatabaseUrl, expect, markEmailVerified, signInThroughApi } from "./fixtures";

// Expert applicants made the way the product makes them: sign-up through the public API, then the
// application a step at a time through /api/v1/application.

export const APPLICANT_BIO =
  "Backend engineer with eight years of Python. I design and build APIs and data pipelines for insurers and fintechs, from the first schema to on-call.";

export const answerTo = (question: string) => `${question} — a concrete answer with the project, my part in it, and what I would do differently now.`;

// Sign-ups are limited to 20 an hour per address; each one here comes from its own (benchmarking-range)
// address so that a whole run, which signs up many applicants, stays under the limit.
const oneOffAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

/** A brand-new expert account (an APPLIED draft application, its address confirmed), unique per call. */
export async function signUpExpert(request: APIRequestContext): Promise<Credentials & { name: string }> {
  const id = randomUUID().slice(0, 8);
  const account = { name: `E2E Expert ${id}`, email: `e2e-expert-${id}@example.test`, password: `pw-${randomUUID()}` };
  const response = await request.post("/api/v1/accounts", {
    data: { accountType: "EXPERT", ...account },
    headers: { "x-forwarded-for": oneOffAddress() },
  });
  expect(response.status()).toBe(201);
  await markEmailVerified(account.email);
  return account;
}

async function skillIdsBySlug(slugs: readonly string[]): Promise<string[]> {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const { rows } = await database.query<{ id: string; slug: string }>("SELECT id, slug FROM skills WHERE slug = ANY($1)", [slugs]);
    return slugs.map((slug) => {
      const row = rows.find((candidate) => candidate.slug === slug);
      if (!row) throw new Error(`no skill with slug "${slug}"`);
      return row.id;
    });
  } finally {
    await database.end();
  }
}

function applicationSteps(skillIds: readonly string[]) {
  return [
    { step: "profile", values: { headline: "Senior Python engineer — APIs and data pipelines", bio: APPLICANT_BIO } },
    { step: "skills", values: { skills: skillIds.map((skillId) => ({ skillId, level: "SENIOR", years: 6 })) } },
    { step: "rate", values: { hourlyRateCents: 9_000, currency: "USD" } },
    { step: "availability", values: { weeklyAvailableHours: 30, timezone: "Europe/Berlin", isAvailable: true } },
    { step: "links", values: { github: "https://github.com/e2e-expert", portfolio: "", linkedin: "" } },
    { step: "answers", values: Object.fromEntries(APPLICATION_QUESTIONS.map((question) => [question.key, answerTo(question.label)])) },
  ];
}

/**
 * Signs up a new expert, signs `request` in as them, fills every step of the application through the
 * API and submits it: the applicant then waits in APPLIED for screening.
 */
export async function applyAsNewExpert(request: APIRequestContext, { skillSlugs }: { skillSlugs: readonly string[] }) {
  const account = await signUpExpert(request);
  await signInThroughApi(request, account);
  for (const body of applicationSteps(await skillIdsBySlug(skillSlugs))) {
    const saved = await request.put("/api/v1/application/steps", { data: body });
    expect(saved.status(), `saving the ${body.step} step: ${await saved.text()}`).toBe(200);
  }
  const submitted = await request.post("/api/v1/application/submit", { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const { id } = (await submitted.json()) as { id: string };
  return { email: account.email, password: account.password, expertProfileId: id };
}
