import { payCheckout } from "../../tests/fixtures/payments";
import type { ApiClient } from "../crash/api-client";
import { expectStatus, inDays, type Step, signedIn, until } from "./http-steps";
import type { ProductionStack } from "./stack";

// The money half of the smoke test's flow: a contract, payouts onboarding and funding on the Stripe
// stand-in, delivery, approvals racing on both instances, and the ledger check.

const MILESTONES = [
  { title: "Audit and plan", amountCents: 150_000 },
  { title: "Migration", amountCents: 200_050 },
];

type MoneyContext = {
  stack: ProductionStack;
  step: Step;
  client: { onA: ApiClient; onB: ApiClient };
  hired: { api: readonly [ApiClient, ApiClient] };
  hiredEntry: { matchId: string };
  admin: { email: string; password: string; totpSecret?: string };
  ledgerCheck: "exact" | "none";
};

/** What one flow paid, in cents: the soak's final ledger check expects this times the flows it completed. */
export const FLOW_TOTAL_CENTS = MILESTONES.reduce((sum, milestone) => sum + milestone.amountCents, 0);

export async function runMoneyFlow({ stack, step, client, hired, hiredEntry, admin, ledgerCheck }: MoneyContext) {
  const total = FLOW_TOTAL_CENTS;
  const readContract = async (contractId: string) =>
    expectStatus(await client.onB.call("GET", `/api/v1/contracts/${contractId}`), 200, "read the contract") as {
      status: string;
      milestones: { id: string; status: string }[];
      money: { fundedCents: number; releasedCents: number; heldCents: number };
    };

  const contractId = await step("the client proposes a two-milestone contract, the expert onboards for payouts and accepts", async () => {
    const proposed = await client.onA.call("POST", "/api/v1/contracts", {
      json: {
        matchId: hiredEntry.matchId,
        title: "Reporting pipeline migration",
        currency: "USD",
        totalCents: total,
        milestones: MILESTONES.map((milestone, index) => ({ ...milestone, dueDate: inDays(10 + 20 * index) })),
      },
    });
    const id = String(expectStatus(proposed, 201, "propose the contract").id);
    const link = String(expectStatus(await hired.api[1].call("POST", "/api/v1/payouts/onboarding", { json: {} }), 200, "start onboarding").url);
    const page = new URL(link);
    const submitted = await fetch(page.origin + page.pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ link: page.searchParams.get("link") ?? "" }),
      redirect: "manual",
    });
    if (submitted.status !== 302 && submitted.status !== 303) throw new Error(`the stand-in's onboarding page answered ${submitted.status}`);
    await until("payouts were not enabled (account.updated webhook, then a worker)", 30_000, async () => {
      const payouts = expectStatus(await hired.api[0].call("GET", "/api/v1/payouts"), 200, "payout status");
      return payouts.payoutsEnabled === true;
    });
    expectStatus(await hired.api[0].call("POST", `/api/v1/contracts/${id}/accept`), 200, "accept the contract");
    return id;
  });

  const milestoneIds = await step("the client funds both milestones at once, one on A and one on B, on the stand-in's card page", async () => {
    const { milestones } = await readContract(contractId);
    const checkouts = await Promise.all(
      milestones.map(async (milestone, index) => {
        const started = await [client.onA, client.onB][index % 2].call("POST", `/api/v1/milestones/${milestone.id}/fund`, { json: {} });
        return String(expectStatus(started, 200, "start funding").checkoutUrl);
      }),
    );
    await Promise.all(checkouts.map((checkoutUrl) => payCheckout(stack.standinUrl, checkoutUrl, "4242424242424242")));
    await until("the milestones were not funded (checkout webhooks, then the workers)", 30_000, async () => {
      const contract = await readContract(contractId);
      return contract.milestones.every((milestone) => milestone.status === "FUNDED") && contract.money.fundedCents === total;
    });
    return milestones.map((milestone) => milestone.id);
  });

  await step("the expert submits both milestones", async () => {
    for (const [index, milestoneId] of milestoneIds.entries()) {
      const answer = await hired.api[index % 2].call("POST", `/api/v1/milestones/${milestoneId}/submit`, {
        json: { note: "Delivered: the pipeline runs on the new warehouse.", links: ["https://example.com/handover"] },
      });
      expectStatus(answer, 200, "submit the milestone");
    }
  });

  await step("the client approves each milestone twice at once, on A and on B; each is released once", async () => {
    const answers = await Promise.all(
      milestoneIds.flatMap((id) => [client.onA, client.onB].map((api) => api.call("POST", `/api/v1/milestones/${id}/approve`, { json: {} }))),
    );
    for (const [index, id] of milestoneIds.entries()) {
      const statuses = answers.slice(index * 2, index * 2 + 2).map((answer) => answer.status);
      if (!statuses.includes(200) || statuses.some((status) => status !== 200 && status !== 409))
        throw new Error(`approving ${id} twice answered ${statuses.join(" and ")}`);
    }
    await until("the money was not released (transfers, then the workers' settle jobs)", 30_000, async () => {
      const contract = await readContract(contractId);
      return (
        contract.milestones.every((milestone) => milestone.status === "RELEASED") && contract.money.releasedCents === total && contract.money.heldCents === 0
      );
    });
  });

  // Beside other flows a check would see their transfers made at Stripe and not yet booked by the settle job.
  if (ledgerCheck === "none") return;
  await step("the ledger check, run by an admin on B, is clean against the stand-in", async () => {
    const [, onB] = await signedIn(stack, admin, 1);
    const report = expectStatus(await onB.call("POST", "/api/v1/admin/ledger/check", { json: {} }), 200, "ledger check") as {
      problems: string[];
      totals: { currency: string; fundedCents: number; releasedCents: number }[];
    };
    if (report.problems.length) throw new Error(`ledger problems:\n  ${report.problems.join("\n  ")}`);
    const usd = report.totals.find((totals) => totals.currency === "USD");
    if (usd?.fundedCents !== total || usd.releasedCents !== total)
      throw new Error(`ledger totals ${JSON.stringify(report.totals)}, expected ${total} funded and released`);
  });
}
