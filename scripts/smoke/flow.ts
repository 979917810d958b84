import { randomInt, randomUUID } from "node:crypto";
import { apiClient } from "../crash/api-client";
import { arrangeVettedExperts, confirmClientEmail } from "./arrange";
import { openEventStream } from "./event-stream";
import { type Body, expectStatus, inDays, type Step, signedIn, until } from "./http-steps";
import { runMoneyFlow } from "./money-flow";
import type { ProductionStack } from "./stack";

// The product's main flow over HTTP, through both app instances (A and B) of the production stack:
// every call is an API operation or next-auth's own sign-in, as a browser or a program would make it.

export type { Step } from "./http-steps";

type FlowOptions = {
  /** "exact": this flow's money alone is in the books; "none": flows run side by side, and the caller checks the ledger once they settle. */
  ledgerCheck?: "exact" | "none";
};

export async function runMainFlow(stack: ProductionStack, step: Step, options: FlowOptions = {}) {
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
      // Each client from an address of its own, believed only behind a trusted proxy (the soak's).
      headers: { "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(1, 255)}` },
    });
    expectStatus(signUp, 201, "sign-up");
    await confirmClientEmail(email);
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

  await runMoneyFlow({ stack, step, client, hired, hiredEntry, admin: arranged.admin, ledgerCheck: options.ledgerCheck ?? "exact" });
  return { client, hired, conversationId: hiredEntry.conversationId!, admin: arranged.admin };
}
