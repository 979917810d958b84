import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { markEmailVerified } from "../../tests/fixtures/accounts";
import { createAdmin, createApprovedExperts, createSkill } from "../../tests/fixtures/matching";
import { type ApiAnswer, type ApiClient, apiClient } from "./api-client";
import { sleep } from "./processes";
import type { Random } from "./random";
import type { Supervisor } from "./supervisor";

// Phase one of the crash test: hiring requests through the real app while the app and the worker are
// SIGKILLed and restarted, through invitation rounds, back-fills, expiries, the at-risk alert and the
// deadline. Experts answer over HTTP, retrying through crashes as a browser user would.

export const EXPERT_PASSWORD = "fixture password 123"; // tests/fixtures/matching.ts
const EXPERTS_PER_REQUEST = 8;

/** What the experts of a request do: the outcomes they lead to are checked against what they did. */
export const SCENARIOS = ["three accept", "two decline, three accept", "one accepts", "nobody answers"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type RequestRun = {
  scenario: Scenario;
  requestId: string;
  title: string;
  /** Acceptances the app confirmed (200, or a retry's 409 saying it was accepted already). */
  confirmedAccepts: Set<string>;
  attemptedAccepts: Set<string>;
  refusals: string[];
  answersLostToCrashes: number;
};

type Context = { appUrl: string; random: Random; supervisor: Supervisor; onAnswer: (path: string, text: string) => void; runId: string };
type Expert = { user: SessionUser; api: ApiClient };

function requestBody(title: string, skillId: string) {
  return {
    title,
    description: "Build and document a small API with tests, deployment and monitoring, then hand it over.",
    requiredSkills: [{ skillId, minYears: 0 }],
    currency: "USD",
    budgetMinCents: 5_000,
    budgetMaxCents: 12_000,
    startDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    durationWeeks: 6,
    hoursPerWeek: 20,
    timezone: "Europe/Berlin",
    minOverlapHours: 2,
    submit: true,
  };
}

/** Creates and signs in everyone, then submits every request (the app is up and stable for this part). */
export async function prepareRequests(context: Context, count: number) {
  await createAdmin();
  const prepared: { run: RequestRun; experts: Expert[] }[] = [];
  const submissions: (() => Promise<ApiAnswer>)[] = [];
  for (let index = 0; index < count; index++) {
    const scenario = SCENARIOS[index % SCENARIOS.length];
    const skill = await createSkill();
    const users = await createApprovedExperts(skill.id, EXPERTS_PER_REQUEST);
    const experts: Expert[] = [];
    for (const user of scenario === "nobody answers" ? [] : users) {
      const api = apiClient({ baseUrl: context.appUrl, onAnswer: context.onAnswer });
      await api.signIn(user.email, EXPERT_PASSWORD);
      experts.push({ user, api });
    }
    const client = apiClient({ baseUrl: context.appUrl, onAnswer: context.onAnswer });
    const email = `crash-client-${randomUUID()}@example.test`;
    const password = `crash-${randomUUID()}`;
    // Each from an address of its own: sign-ups are limited to 20 an hour per address.
    const headers = { "x-forwarded-for": `198.51.100.${index + 1}` };
    const signUp = await client.call("POST", "/api/v1/accounts", {
      json: { accountType: "CLIENT", name: "Crash Client", email, password, companyName: `Crash Co ${index}` },
      headers,
    });
    if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status} ${signUp.text}`);
    await markEmailVerified((signUp.body as { id: string }).id);
    await client.signIn(email, password);
    const title = `Crash test request ${index + 1} (${context.runId})`;
    prepared.push({
      run: { scenario, requestId: "", title, confirmedAccepts: new Set(), attemptedAccepts: new Set(), refusals: [], answersLostToCrashes: 0 },
      experts,
    });
    submissions.push(() => client.call("POST", "/api/v1/requests", { json: requestBody(title, skill.id) }));
  }
  // Submitted back to back, so that every request's clock starts within a second or two.
  for (const [index, submit] of submissions.entries()) {
    const created = await submit();
    if (created.status !== 201) throw new Error(`submit: ${created.status} ${created.text}`);
    prepared[index].run.requestId = (created.body as { id: string }).id;
  }
  return prepared;
}

async function invitedMatches(requestId: string, count: number, deadline: number) {
  while (Date.now() < deadline) {
    const invited = await db.match.findMany({ where: { requestId, status: "INVITED" }, orderBy: { rank: "asc" }, select: { id: true, expertProfileId: true } });
    if (invited.length >= count) return invited;
    await sleep(200);
  }
  return [];
}

/** One expert's answer over HTTP; sometimes the app is killed while the answer is on its way. */
async function answer(context: Context, run: RequestRun, expert: Expert, matchId: string, decision: "accept" | "decline") {
  if (decision === "accept") run.attemptedAccepts.add(matchId);
  const body = decision === "accept" ? { confirmsAvailabilityAndRate: true } : { reason: "Fully booked this month" };
  if (context.random.chance(0.3)) setTimeout(() => context.supervisor.killApp(), context.random.between(0, 25));
  const result = await expert.api.call("POST", `/api/v1/invitations/${matchId}/${decision}`, { json: body });
  if (result.retries > 0) run.answersLostToCrashes++;
  const message = (result.body as { error?: { message?: string } } | null)?.error?.message ?? "";
  const isAcceptedAlready = result.status === 409 && /already answered this invitation \((accepted|shortlisted)\)/.test(message);
  if (decision === "accept" && (result.status === 200 || (isAcceptedAlready && result.retries > 0))) run.confirmedAccepts.add(matchId);
  else if (result.status !== 200 && !(decision === "decline" && result.retries > 0 && /declined/.test(message)))
    run.refusals.push(`${decision} ${matchId}: ${result.status} ${message}`);
}

/** What each request's experts do, from its first invitations on. */
export async function driveExperts(context: Context, entry: { run: RequestRun; experts: Expert[] }, deadline: number) {
  const { run, experts } = entry;
  const plan: Record<Scenario, { declines: number; accepts: number }> = {
    "three accept": { declines: 0, accepts: 3 },
    "two decline, three accept": { declines: 2, accepts: 3 },
    "one accepts": { declines: 0, accepts: 1 },
    "nobody answers": { declines: 0, accepts: 0 },
  };
  const { declines, accepts } = plan[run.scenario];
  if (!declines && !accepts) return;
  const invited = await invitedMatches(run.requestId, declines + accepts, deadline);
  const expertOf = (expertProfileId: string) => experts.find((expert) => expert.user.expertProfileId === expertProfileId)!;
  for (const [position, match] of invited.slice(0, declines + accepts).entries()) {
    await sleep(context.random.between(100, 1_500));
    await answer(context, run, expertOf(match.expertProfileId), match.id, position < declines ? "decline" : "accept");
  }
}
