import { describe, expect, it } from "vitest";
import { declineProposalOperation } from "@/lib/contracts/decline-proposal.operation";
import { getContract } from "@/lib/contracts/get-contract";
import { listContracts } from "@/lib/contracts/list-contracts";
import { proposeContract } from "@/lib/contracts/propose-contract";
import { proposeContractOperation } from "@/lib/contracts/propose-contract.operation";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";
import { withdrawProposal } from "@/lib/contracts/withdraw-proposal";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, type ErrorCode } from "@/lib/errors";
import { AUTO_RELEASE_AFTER_MS } from "@/lib/milestones/auto-release";
import { requestChanges } from "@/lib/milestones/request-changes";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { submitMilestoneOperation } from "@/lib/milestones/submit-milestone.operation";
import { cancelRequest } from "@/lib/requests/cancel-request";
import { writeReview } from "@/lib/reviews/write-review";
import { createShortlistedRequest } from "../fixtures/chat";
import { createActiveContract, createProposedContract, proposal, proposalInput, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin, createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";

async function expectCode(promise: Promise<unknown>, code: ErrorCode) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

const now = () => new Date();
const accept = (user: Parameters<typeof respondToProposal>[0]["user"], contractId: string) =>
  respondToProposal({ user, contractId, decision: "ACCEPT", now: now() });
const decline = (user: Parameters<typeof respondToProposal>[0]["user"], contractId: string, reason = "The timeline does not work for me.") =>
  respondToProposal({ user, contractId, decision: "DECLINE", input: { reason }, now: now() });
const submit = (user: Parameters<typeof submitMilestone>[0]["user"], milestoneId: string) =>
  submitMilestone({
    user,
    milestoneId,
    input: { note: "Delivered the API with tests and docs.", links: ["https://example.com/pr/1"], fileIds: [] },
    now: now(),
  });
const notificationsOf = (userId: string, kind: string) =>
  db.notification.findMany({ where: { userId, kind }, select: { title: true, body: true, link: true } });

async function matchOf(requestId: string, expertProfileId: string | null) {
  return db.match.findUniqueOrThrow({
    where: { requestId_expertProfileId: { requestId, expertProfileId: expertProfileId! } },
    select: { id: true, status: true },
  });
}

describe("proposing and accepting a contract", () => {
  it("hires the expert: contract ACTIVE, match HIRED, the rest of the shortlist PASSED and told, request HIRED, conversation linked", async () => {
    const fixture = await createProposedContract({ milestones: [150_000, 50_000], expertCount: 3 });
    const { client, expert, otherExperts, requestId, contractId, conversationId } = fixture;

    const proposed = await db.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: {
        status: true,
        clientUserId: true,
        companyId: true,
        currency: true,
        totalCents: true,
        platformFeeBps: true,
        milestones: { orderBy: { position: "asc" }, select: { position: true, status: true, amountCents: true, currency: true } },
      },
    });
    expect(proposed).toMatchObject({
      status: "PROPOSED",
      clientUserId: client.id,
      companyId: client.companyId,
      currency: "USD",
      totalCents: 200_000,
      platformFeeBps: env().PLATFORM_FEE_BPS,
    });
    expect(proposed.milestones).toEqual([
      { position: 1, status: "PENDING", amountCents: 150_000, currency: "USD" },
      { position: 2, status: "PENDING", amountCents: 50_000, currency: "USD" },
    ]);
    expect(await notificationsOf(expert.id, "contract.proposed")).toEqual([expect.objectContaining({ link: `/contracts/${contractId}` })]);
    expect(await db.emailOutbox.count({ where: { toEmail: expert.email, subject: { startsWith: "Contract proposal" } } })).toBe(1);

    expect(await accept(expert, contractId)).toEqual({ id: contractId, status: "ACTIVE" });
    const contract = await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true, acceptedAt: true } });
    expect(contract.status).toBe("ACTIVE");
    expect(contract.acceptedAt).toBeInstanceOf(Date);
    expect((await matchOf(requestId, expert.expertProfileId)).status).toBe("HIRED");
    for (const other of otherExperts) {
      expect((await matchOf(requestId, other.expertProfileId)).status).toBe("PASSED");
      const [passed] = await notificationsOf(other.id, "shortlist.passed");
      expect(passed.body).toMatch(/chose another expert/);
    }
    expect((await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status).toBe("HIRED");
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { contractId: true } })).contractId).toBe(contractId);
    expect(await notificationsOf(client.id, "contract.accepted")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { targetId: contractId, action: { in: ["contract.proposed", "contract.accepted"] } } })).toBe(2);
    await expectCode(accept(expert, contractId), "CONFLICT");
  });

  it("closes proposals still open to other experts when one accepts", async () => {
    const first = await createProposedContract({ expertCount: 2 });
    const [second] = first.otherExperts;
    const secondMatch = await matchOf(first.requestId, second.expertProfileId);
    const { id: secondContractId } = await proposeContract({ user: first.client, input: proposal(secondMatch.id), now: now() });
    await accept(first.expert, first.contractId);
    const closed = await db.contract.findUniqueOrThrow({ where: { id: secondContractId }, select: { status: true, matchId: true } });
    expect(closed).toEqual({ status: "CANCELLED", matchId: null });
    await expectCode(accept(second, secondContractId), "CONFLICT");
  });

  it("refuses a second open proposal to the same expert", async () => {
    const { client, requestId, matchId } = await createProposedContract();
    await expectCode(proposeContract({ user: client, input: proposal(matchId), now: now() }), "CONFLICT");
    expect(await db.contract.count({ where: { requestId } })).toBe(1);
  });

  it("rejects a wrong currency, milestones that do not add up and amounts of zero or less, writing nothing", async () => {
    const { client, experts, requestId } = await createShortlistedRequest(1);
    const match = await matchOf(requestId, experts[0].expertProfileId);
    const currency = await expectCode(
      proposeContract({ user: client, input: proposal(match.id, [50_000], { currency: "EUR" }), now: now() }),
      "VALIDATION_FAILED",
    );
    expect(currency.fields?.currency?.[0]).toMatch(/USD/);
    // The rest the operation's edge refuses, before proposeContract is called.
    const sum = await callOperation(proposeContractOperation, client, { body: proposalInput(match.id, [50_000, 20_000], { totalCents: 60_000 }) });
    expect(sum.status).toBe(422);
    expect(sum.json.error?.fields?.totalCents).toBeDefined();
    for (const amount of [0, -5_000]) {
      const invalid = await callOperation(proposeContractOperation, client, { body: proposalInput(match.id, [amount, 50_000]) });
      expect(invalid.status).toBe(422);
      expect(invalid.json.error?.fields?.["milestones.0.amountCents"]).toBeDefined();
    }
    expect(await db.contract.count({ where: { requestId } })).toBe(0);
    expect(await db.notification.count({ where: { userId: experts[0].id, kind: "contract.proposed" } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: client.id, action: "contract.proposed" } })).toBe(0);
  });
});

describe("declining and withdrawing", () => {
  it("lets the expert decline with a reason; the client is told and may propose to them again", async () => {
    const { client, expert, requestId, matchId, contractId } = await createProposedContract();
    expect(await decline(expert, contractId, "Booked until March, sorry.")).toEqual({ id: contractId, status: "CANCELLED" });
    const declined = await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true, cancelledAt: true, matchId: true } });
    expect(declined.status).toBe("CANCELLED");
    expect(declined.cancelledAt).toBeInstanceOf(Date);
    expect((await matchOf(requestId, expert.expertProfileId)).status).toBe("SHORTLISTED");
    const [told] = await notificationsOf(client.id, "contract.declined");
    expect(told.body).toContain("Booked until March, sorry.");
    await expectCode(decline(expert, contractId), "CONFLICT");
    const tooShort = await callOperation(declineProposalOperation, expert, { params: { id: contractId }, body: { reason: "no" } });
    expect(tooShort.status).toBe(422);
    expect(tooShort.json.error?.fields?.reason).toBeDefined();

    const again = await proposeContract({ user: client, input: proposal(matchId, [80_000]), now: now() });
    expect(again.status).toBe("PROPOSED");
  });

  it("lets the client withdraw an unanswered proposal; the expert can no longer accept it", async () => {
    const { client, expert, contractId } = await createProposedContract();
    expect(await withdrawProposal({ user: client, contractId, now: now() })).toEqual({ id: contractId, status: "CANCELLED" });
    expect(await notificationsOf(expert.id, "contract.withdrawn")).toHaveLength(1);
    await expectCode(accept(expert, contractId), "CONFLICT");
    await expectCode(withdrawProposal({ user: client, contractId, now: now() }), "CONFLICT");
  });

  it("withdraws open proposals when the client cancels the request", async () => {
    const { client, requestId, contractId } = await createProposedContract();
    await cancelRequest({ user: client, requestId, now: now() });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).status).toBe("CANCELLED");
  });

  it("cannot withdraw an accepted contract", async () => {
    const { client, contractId } = await createActiveContract();
    const error = await expectCode(withdrawProposal({ user: client, contractId, now: now() }), "CONFLICT");
    expect(error.message).toMatch(/already accepted/);
  });
});

describe("delivering milestones", () => {
  it("submits only a funded milestone, and schedules its automatic release", async () => {
    const { client, expert, contractId, milestoneIds } = await createActiveContract({ milestones: [40_000, 60_000] });
    const [milestoneId] = milestoneIds;
    const unfunded = await expectCode(submit(expert, milestoneId), "CONFLICT");
    expect(unfunded.message).toMatch(/must be funded first/);

    await setMilestoneStatus(milestoneId, "FUNDED");
    const before = Date.now();
    const submitted = await submit(expert, milestoneId);
    expect(submitted.status).toBe("SUBMITTED");
    const stored = await db.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: { status: true, submissionNote: true, submissionLinks: true, submittedAt: true, autoReleaseAt: true },
    });
    expect(stored).toMatchObject({
      status: "SUBMITTED",
      submissionNote: "Delivered the API with tests and docs.",
      submissionLinks: ["https://example.com/pr/1"],
    });
    expect(stored.autoReleaseAt!.getTime() - stored.submittedAt!.getTime()).toBe(AUTO_RELEASE_AFTER_MS);
    expect(stored.submittedAt!.getTime()).toBeGreaterThanOrEqual(before);

    const jobs = await db.job.findMany({ where: { payload: { path: ["milestoneId"], equals: milestoneId } }, select: { kind: true, runAt: true } });
    expect(jobs.map((job) => job.kind).sort()).toEqual(["payments.auto-release", "payments.release-reminder", "payments.release-reminder"]);
    expect(jobs.find((job) => job.kind === "payments.auto-release")!.runAt).toEqual(stored.autoReleaseAt);
    expect(await notificationsOf(client.id, "milestone.submitted")).toEqual([expect.objectContaining({ link: `/contracts/${contractId}` })]);
    await expectCode(submit(expert, milestoneId), "CONFLICT");
    const invalid = await callOperation(submitMilestoneOperation, expert, { params: { id: milestoneId }, body: { note: "short", links: ["ftp://x"] } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error?.fields).toMatchObject({ note: [expect.any(String)], "links.0": [expect.any(String)] });
  });

  it("sends submitted work back with a note, stops the automatic release, and takes a resubmission", async () => {
    const { client, expert, milestoneIds } = await createActiveContract();
    const [milestoneId] = milestoneIds;
    await setMilestoneStatus(milestoneId, "FUNDED");
    await expectCode(requestChanges({ user: client, milestoneId, input: { note: "Please add the missing endpoint docs." }, now: now() }), "CONFLICT");
    await submit(expert, milestoneId);

    expect(await requestChanges({ user: client, milestoneId, input: { note: "Please add the missing endpoint docs." }, now: now() })).toEqual({
      id: milestoneId,
      status: "CHANGES_REQUESTED",
    });
    const changed = await db.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: { status: true, changesRequestedNote: true, autoReleaseAt: true },
    });
    expect(changed).toEqual({ status: "CHANGES_REQUESTED", changesRequestedNote: "Please add the missing endpoint docs.", autoReleaseAt: null });
    const [told] = await notificationsOf(expert.id, "milestone.changes-requested");
    expect(told.body).toContain("missing endpoint docs");

    await new Promise((resolve) => setTimeout(resolve, 5)); // a new submittedAt, so new timers
    expect((await submit(expert, milestoneId)).status).toBe("SUBMITTED");
    expect(await db.job.count({ where: { kind: "payments.auto-release", payload: { path: ["milestoneId"], equals: milestoneId } } })).toBe(2);
  });
});

describe("reading contracts", () => {
  it("shows each side its parties by name, the fee per milestone and its own buttons", async () => {
    const { client, expert, contractId, conversationId, milestoneIds } = await createActiveContract({ milestones: [100_005, 20_000] });
    const asClient = await getContract({ user: client, contractId });
    expect(asClient.parties).toMatchObject({ clientName: client.name, expert: { name: expert.name, payoutsEnabled: true } });
    const [first] = asClient.milestones;
    expect(first.feeCents + first.expertReceivesCents).toBe(100_005);
    expect(first.feeCents).toBe(Math.floor((100_005 * asClient.platformFeeBps + 5_000) / 10_000));
    expect(first.actions).toMatchObject({ fund: true, cancel: true, submit: false, approve: false });
    expect(asClient.conversationId).toBe(conversationId);
    expect(asClient.money).toMatchObject({ fundedCents: 0, heldCents: 0, releasedCents: 0 });
    expect(JSON.stringify(asClient)).not.toContain(expert.email);

    await setMilestoneStatus(milestoneIds[0], "FUNDED");
    const asExpert = await getContract({ user: expert, contractId });
    expect(asExpert.milestones[0].actions).toMatchObject({ submit: true, dispute: true, fund: false, cancel: false });
    expect(JSON.stringify(asExpert)).not.toContain(client.email);

    const admin = await createAdmin();
    const asAdmin = await getContract({ user: admin, contractId });
    expect(asAdmin.conversationId).toBeNull();
    expect(Object.values(asAdmin.milestones[0].actions).some(Boolean)).toBe(false);
  });

  it("lists a client's company's contracts, an expert's own, and all of them for an admin", async () => {
    const { client, expert, contractId } = await createProposedContract();
    const otherClient = await createClient();
    expect((await listContracts({ user: client })).contracts.map((contract) => contract.id)).toEqual([contractId]);
    expect((await listContracts({ user: expert })).contracts).toEqual([
      expect.objectContaining({ id: contractId, status: "PROPOSED", totalCents: 50_000, milestoneCount: 1 }),
    ]);
    expect((await listContracts({ user: otherClient })).contracts).toEqual([]);
    const admin = await createAdmin();
    expect((await listContracts({ user: admin })).contracts.map((contract) => contract.id)).toContain(contractId);
  });
});

describe("who may do what", () => {
  it("hides a contract from another company's client and from other experts, on every operation", async () => {
    const { client, expert, otherExperts, matchId, contractId, milestoneIds } = await createProposedContract();
    const [milestoneId] = milestoneIds;
    const otherClient = await createClient();
    const [outsider] = await createApprovedExperts((await createSkill()).id, 1);
    const note = { note: "Please change everything, thanks." };

    await expectCode(getContract({ user: otherClient, contractId }), "NOT_FOUND");
    await expectCode(proposeContract({ user: otherClient, input: proposal(matchId), now: now() }), "NOT_FOUND");
    await expectCode(withdrawProposal({ user: otherClient, contractId, now: now() }), "NOT_FOUND");
    await expectCode(requestChanges({ user: otherClient, milestoneId, input: note, now: now() }), "NOT_FOUND");
    await expectCode(writeReview({ user: otherClient, contractId, input: { rating: 1, text: "" }, now: now() }), "NOT_FOUND");
    for (const stranger of [otherExperts[0], outsider]) {
      await expectCode(getContract({ user: stranger, contractId }), "NOT_FOUND");
      await expectCode(accept(stranger, contractId), "NOT_FOUND");
      await expectCode(decline(stranger, contractId), "NOT_FOUND");
      await expectCode(submit(stranger, milestoneId), "NOT_FOUND");
    }
    expect((await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).status).toBe("PROPOSED");

    await expectCode(proposeContract({ user: expert, input: proposal(matchId), now: now() }), "FORBIDDEN");
    await expectCode(accept(client, contractId), "FORBIDDEN");
    await expectCode(withdrawProposal({ user: expert, contractId, now: now() }), "FORBIDDEN");
    await accept(expert, contractId);
    await setMilestoneStatus(milestoneId, "FUNDED");
    await expectCode(submit(client, milestoneId), "FORBIDDEN");
    await expectCode(requestChanges({ user: expert, milestoneId, input: note, now: now() }), "FORBIDDEN");
  });

  it("does not name an invited expert who is not on the shortlist", async () => {
    const { client, requestId } = await createShortlistedRequest(1);
    const [invited] = await createApprovedExperts((await createSkill()).id, 1);
    const match = await db.match.create({
      data: {
        requestId,
        expertProfileId: invited.expertProfileId!,
        status: "INVITED",
        score: 0.5,
        scoreBreakdown: { reasons: [] },
        rank: 9,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
      select: { id: true },
    });
    await expectCode(proposeContract({ user: client, input: proposal(match.id), now: now() }), "NOT_FOUND");
  });
});
