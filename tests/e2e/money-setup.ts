import { readFileSync } from "node:fs";
import type { ChatParty } from "./chat-fixtures";
import { expect } from "./fixtures";

// Contracts set up the way a client and an expert make them, through the public API and the Stripe
// stand-in, for journeys that begin with a contract accepted, money held or money released.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A call to the Stripe stand-in's own controls (paying a checkout, finishing onboarding): it must succeed. */
export async function standin(path: string, body: unknown = {}) {
  const stripeUrl = readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();
  const response = await fetch(`${stripeUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status, `${path}: ${await response.text()}`).toBe(200);
}

async function call<T>(party: ChatParty, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const response = await party.request.fetch(path, { method, data: data ?? (method === "POST" ? {} : undefined) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

type ContractTerms = { title: string; milestones: { title: string; amountCents: number; dueInDays?: number }[] };

/**
 * The client proposes `terms` to the first expert on the request's shortlist; the expert finishes payout
 * setup on the stand-in and accepts. Returns the contract and its milestones in order.
 */
export async function acceptedContract(client: ChatParty, expert: ChatParty, requestId: string, terms: ContractTerms) {
  const request = await call<{ shortlist: { matchId: string }[] }>(client, "GET", `/api/v1/requests/${requestId}`);
  const contract = await call<{ id: string }>(client, "POST", "/api/v1/contracts", {
    matchId: request.shortlist[0].matchId,
    title: terms.title,
    currency: "USD",
    totalCents: terms.milestones.reduce((sum, milestone) => sum + milestone.amountCents, 0),
    milestones: terms.milestones.map((milestone, index) => ({
      title: milestone.title,
      description: "",
      amountCents: milestone.amountCents,
      dueDate: inDays(milestone.dueInDays ?? 10 * (index + 1)),
    })),
  });
  const onboarding = await call<{ url: string }>(expert, "POST", "/api/v1/payouts/onboarding");
  await standin(`/_standin/accounts/${new URL(onboarding.url).pathname.split("/")[3]}/complete-onboarding`);
  await expect.poll(async () => (await call<{ payoutsEnabled: boolean }>(expert, "GET", "/api/v1/payouts")).payoutsEnabled, { timeout: 15_000 }).toBe(true);
  await call(expert, "POST", `/api/v1/contracts/${contract.id}/accept`);
  return { contractId: contract.id, milestoneIds: await milestoneIdsOf(client, contract.id) };
}

async function milestoneIdsOf(client: ChatParty, contractId: string) {
  return (await milestoneStatuses(client, contractId)).map((milestone) => milestone.id);
}

async function milestoneStatuses(client: ChatParty, contractId: string) {
  return (await call<{ milestones: { id: string; status: string }[] }>(client, "GET", `/api/v1/contracts/${contractId}`)).milestones;
}

/** The client pays each milestone's checkout with the stand-in's good card; returns once all are FUNDED. */
export async function fundMilestones(client: ChatParty, contractId: string, milestoneIds: string[]) {
  for (const milestoneId of milestoneIds) {
    const funding = await call<{ checkoutUrl: string }>(client, "POST", `/api/v1/milestones/${milestoneId}/fund`);
    await standin(`/_standin/checkout/${new URL(funding.checkoutUrl).pathname.split("/").pop()}/pay`, { card: "4242 4242 4242 4242" });
  }
  await expect.poll(async () => statusesOf(client, contractId, milestoneIds), { timeout: 20_000 }).toEqual(milestoneIds.map(() => "FUNDED"));
}

/** The expert submits a funded milestone and the client approves it; returns once it is RELEASED. */
export async function releaseMilestone(client: ChatParty, expert: ChatParty, contractId: string, milestoneId: string) {
  await call(expert, "POST", `/api/v1/milestones/${milestoneId}/submit`, { note: "Delivered the work described.", links: [] });
  await call(client, "POST", `/api/v1/milestones/${milestoneId}/approve`);
  await expect.poll(async () => statusesOf(client, contractId, [milestoneId]), { timeout: 20_000 }).toEqual(["RELEASED"]);
}

async function statusesOf(client: ChatParty, contractId: string, milestoneIds: string[]) {
  const milestones = await milestoneStatuses(client, contractId);
  return milestoneIds.map((id) => milestones.find((milestone) => milestone.id === id)?.status);
}
