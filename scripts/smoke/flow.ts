import { randomUUID } from "node:crypto";
import { payCheckout } from "../../tests/fixtures/payments";
import { type ApiAnswer, type ApiClient, apiClient } from "../crash/api-client";
import { sleep } from "../crash/processes";
import { arrangeVettedExperts } from "./arrange";
import { openEventStream } from "./event-stream";
import type { ProductionStack } from "./stack";

// The product's main flow over HTTP, through both app instances (A and B) of the production stack:
// every call is an API operation or next-auth's own sign-in, as a browser or a program would make it.

export type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;

type Body = Record<string, unknown>;

function expectStatus(answer: ApiAnswer, status: number, what: string): Body {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${answer.text.slice(0, 300)}`);
  return (answer.body ?? {}) as Body;
}

async function until<T>(what: string, timeoutMs: number, read: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

/** One person signed in on instance A, and the same session used on instance B. */
async function signedIn(stack: ProductionStack, credentials: { email: string; password: string }, signInOn = 0) {
  const onA = apiClient({ baseUrl: stack.appUrls[0], retryForMs: 0 });
  const onB = apiClient({ baseUrl: stack.appUrls[1], retryForMs: 0, cookies: onA.cookies });
  const answer = await [onA, onB][signInOn].signIn(credentials.email, credentials.password);
  expectStatus(answer, 200, `sign-in as ${credentials.email}`);
  return [onA, onB] as const;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const MILESTONES = [
  { title: "Audit and plan", amountCents: 150_000 },
  { title: "Migration", amountCents: 200_050 },
];

export async function runMainFlow(stack: ProductionStack, step: Step) {
  const [A, B] = stack.appUrls;
  await step("both instances answer /api/health with the database up", async () => {
    for (const url of [A, B]) {
      const health = await fetch(`${url}/api/health`);
      const body = (await health.json()) as Body;
      if (health.status !== 200 || body.db !== "ok") throw new Error(`${url}/api/health: ${health.status} ${JSON.stringify(body)}`);
    }
  });
  const arranged = await step("arrange: 3 vetted experts with a skill of their own, an admin", () => arrangeVettedExperts());

  const client = await step("a client signs up on A, signs in through next-auth on A, and is known on B", async () => {
    const email = `smoke-client-${randomUUID()}@example.test`;
    const password = `smoke-${randomUUID()}`;
    const signUp = await apiClient({ baseUrl: A }).call("POST", "/api/v1/accounts", {
      json: { accountType: "CLIENT", name: "Smoke Client", email, password, companyName: "Smoke Test Co" },
    });
    expectStatus(signUp, 201, "sign-up");
    const [onA, onB] = await signedIn(stack, { email, password });
    const me = expectStatus(await onB.call("GET", "/api/v1/me"), 200, "GET /api/v1/me on B");
    if (me.email !== email) throw new Error(`B sees ${String(me.email)}, not ${email}`);
    return { onA, onB };
  });
  const experts = await step("the experts sign in, on A and on B", () =>
    Promise.all(arranged.experts.map(async (expert, index) => ({ ...expert, api: await signedIn(stack, expert, index % 2) }))),
  );

  const title = `Smoke test request ${randomUUID().slice(0, 8)}`;
  const requestId = await step("the client creates a request on A and submits it on B", async () => {
    const created = await client.onA.call("POST", "/api/v1/requests", {
      json: {
        title,
        description: "Move our reporting pipeline to a new warehouse, with tests, monitoring and a handover.",
        requiredSkills: [{ skillId: arranged.skillId, minYears: 0 }],
        currency: "USD",
        budgetMinCents: 5_000,
        budgetMaxCents: 12_000,
        startDate: inDays(7),
        durationWeeks: 6,
        hoursPerWeek: 20,
        timezone: "Europe/Berlin",
        minOverlapHours: 2,
        submit: false,
      },
    });
    const id = String(expectStatus(created, 201, "create the request").id);
    expectStatus(await client.onB.call("POST", `/api/v1/requests/${id}/submit`), 200, "submit the request");
    return id;
  });

  const invitations = await step("the workers' first matching round invites every expert", () =>
    Promise.all(
      experts.map((expert) =>
        until(`${expert.email} was not invited`, 30_000, async () => {
          const list = expectStatus(await expert.api[0].call("GET", "/api/v1/invitations"), 200, "list invitations") as {
            open: { id: string; request: { id: string } }[];
          };
          return list.open.find((invitation) => invitation.request.id === requestId)?.id;
        }),
      ),
    ),
  );

  const shortlist = await step("the experts accept on A and B, and the client gets the shortlist", async () => {
    for (const [index, expert] of experts.entries()) {
      const accepted = await expert.api[index % 2].call("POST", `/api/v1/invitations/${invitations[index]}/accept`, {
        json: { confirmsAvailabilityAndRate: true },
      });
      expectStatus(accepted, 200, `accept invitation ${index + 1}`);
    }
    return until("the shortlist was not delivered", 30_000, async () => {
      const request = expectStatus(await client.onA.call("GET", `/api/v1/requests/${requestId}`), 200, "read the request") as {
        status: string;
        shortlist: { matchId: string; conversationId: string | null; expert: { id: string } }[];
      };
      return (
        request.status === "MATCHED" &&
        request.shortlist.length === experts.length &&
        request.shortlist.every((entry) => entry.conversationId) &&
        request.shortlist
      );
    });
  });
  const hired = experts[0];
  const hiredEntry = shortlist.find((entry) => entry.expert.id === hired.expertProfileId) ?? shortlist[0];

  await step("a message posted on A reaches the expert's event stream on B", async () => {
    const stream = await openEventStream(B, hired.api[1].cookieHeader());
    try {
      const body = `Hello from the smoke test ${randomUUID()}`;
      const sentAt = Date.now();
      const arrived = stream.next((event) => event.event === "message" && (event.data as { message?: { body?: string } }).message?.body === body, 10_000);
      const posted = await client.onA.call("POST", `/api/v1/conversations/${hiredEntry.conversationId}/messages`, {
        json: { clientMessageId: randomUUID(), body },
      });
      expectStatus(posted, 201, "post a message");
      await arrived;
      return Date.now() - sentAt;
    } finally {
      await stream.close();
    }
  });

  return runMoneyFlow({ stack, step, client, hired, hiredEntry, admin: arranged.admin });
}

type MoneyContext = {
  stack: ProductionStack;
  step: Step;
  client: { onA: ApiClient; onB: ApiClient };
  hired: { api: readonly [ApiClient, ApiClient] };
  hiredEntry: { matchId: string };
  admin: { email: string; password: string };
};

async function runMoneyFlow({ stack, step, client, hired, hiredEntry, admin }: MoneyContext) {
  const total = MILESTONES.reduce((sum, milestone) => sum + milestone.amountCents, 0);
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
