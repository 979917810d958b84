import { describe, expect, it } from "vitest";
import { hireAgain } from "@/lib/contracts/hire-again";
import { hireAgainOperation } from "@/lib/contracts/hire-again.operation";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";
import { withdrawProposal } from "@/lib/contracts/withdraw-proposal";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { listInvitations } from "@/lib/invitations/list-invitations";
import type { MatchingConfig } from "@/lib/matching/config";
import { matchingConfig } from "@/lib/matching/config";
import { expireInvitation } from "@/lib/matching/expire-invitation";
import { inviteSavedExpert } from "@/lib/matching/invite-saved-expert";
import { inviteSavedExpertOperation } from "@/lib/matching/invite-saved-expert.operation";
import { respondToInvitation } from "@/lib/matching/respond-to-invitation";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { savedExpertsSection } from "@/lib/privacy/export-sections-records";
import { listRequests } from "@/lib/requests/list-requests";
import { listSavedExperts } from "@/lib/saved-experts/list-saved-experts";
import { saveExpert, unsaveExpert } from "@/lib/saved-experts/saved-experts";
import type { SessionUser } from "@/lib/sessions/session-user";
import { createShortlistedRequest } from "../fixtures/chat";
import { createActiveContract, proposal } from "../fixtures/contracts";
import { createApprovedExperts, createClient, createDraftRequest, createSkill, sessionUserOf } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";

async function expectCode(promise: Promise<unknown>, code: ErrorCode) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

const terms = (expertProfileId: string) => {
  const { matchId: _match, billing: _billing, totalCents, milestones, currency } = proposal("unused", [40_000]);
  if (totalCents === undefined || milestones === undefined) throw new Error("a fixed-price proposal fixture has its milestones");
  return { currency, totalCents, milestones, title: "Second phase of the API", expertProfileId };
};

async function withRole(user: SessionUser, role: "VIEWER" | "FINANCE" | "HIRING_MANAGER") {
  await db.companyMember.updateMany({ where: { userId: user.id }, data: { role } });
  return sessionUserOf(user.id);
}

async function matchingRequest(client: SessionUser) {
  const skill = await createSkill();
  const { id } = await createDraftRequest(client, skill.id);
  const now = new Date();
  await db.hiringRequest.update({ where: { id }, data: { status: "MATCHING", submittedAt: now, matchDeadline: new Date(now.getTime() + 8 * 3_600_000) } });
  return id;
}

describe("saved experts", () => {
  it("saves from anything the company may see, once, lists it for every member, and removes it", async () => {
    const { client, expert } = await createActiveContract();
    const [stranger] = await createApprovedExperts((await createSkill()).id, 1);
    expect(await saveExpert({ user: client, expertProfileId: expert.expertProfileId!, now: new Date() })).toEqual({
      expertProfileId: expert.expertProfileId,
      isSaved: true,
    });
    await saveExpert({ user: client, expertProfileId: expert.expertProfileId!, now: new Date() });
    expect(await db.savedExpert.count({ where: { companyId: client.companyId!, expertProfileId: expert.expertProfileId! } })).toBe(1);
    // Never shortlisted nor contracted: not found for this company.
    await expectCode(saveExpert({ user: client, expertProfileId: stranger.expertProfileId!, now: new Date() }), "NOT_FOUND");
    await expectCode(saveExpert({ user: expert, expertProfileId: expert.expertProfileId!, now: new Date() }), "FORBIDDEN");

    const { experts } = await listSavedExperts({ user: client });
    expect(experts).toEqual([expect.objectContaining({ expertProfileId: expert.expertProfileId, hasWorkedWithCompany: true, canHireAgain: true })]);
    expect((await savedExpertsSection(client.id)).expertsYouSaved).toEqual([expect.objectContaining({ expert: expert.name })]);

    // Viewers see the list but neither save nor hire; another company sees nothing of it.
    const viewer = await withRole(client, "VIEWER");
    expect((await listSavedExperts({ user: viewer })).experts[0]).toMatchObject({ canHireAgain: false });
    await expectCode(unsaveExpert({ user: viewer, expertProfileId: expert.expertProfileId! }), "FORBIDDEN");
    const manager = await withRole(client, "HIRING_MANAGER");
    expect((await listSavedExperts({ user: await createClient() })).experts).toEqual([]);

    await unsaveExpert({ user: manager, expertProfileId: expert.expertProfileId! });
    await unsaveExpert({ user: manager, expertProfileId: expert.expertProfileId! });
    await expectCode(unsaveExpert({ user: manager, expertProfileId: stranger.expertProfileId! }), "NOT_FOUND");
    expect((await listSavedExperts({ user: manager })).experts).toEqual([]);
  });

  it("drops a deleted expert from every saved list", async () => {
    const { client, expert, contractId } = await createActiveContract();
    await saveExpert({ user: client, expertProfileId: expert.expertProfileId!, now: new Date() });
    await db.milestone.updateMany({ where: { contractId }, data: { status: "RELEASED", releasedAt: new Date() } });
    await db.contract.update({ where: { id: contractId }, data: { status: "COMPLETED", completedAt: new Date() } });
    const deleted = await callOperation(deleteAccountOperation, expert, { body: { password: "fixture password 123", confirmation: "DELETE" } });
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    expect(await db.savedExpert.count({ where: { expertProfileId: expert.expertProfileId! } })).toBe(0);
  });
});

describe("hiring again", () => {
  it("proposes directly to an expert the company worked with; the expert accepts as usual; the request is never listed", async () => {
    const { client, expert } = await createActiveContract();
    const created = await callOperation(hireAgainOperation, client, { body: terms(expert.expertProfileId!) });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const contractId = (created.json as { id: string }).id;
    const contract = await db.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: { status: true, request: { select: { id: true, origin: true, status: true } } },
    });
    expect(contract).toMatchObject({ status: "PROPOSED", request: { origin: "DIRECT_HIRE", status: "MATCHED" } });
    expect((await listRequests({ user: client })).requests.map((request) => request.id)).not.toContain(contract.request.id);
    const invitations = await listInvitations({ user: expert });
    expect([...invitations.open, ...invitations.answered].map((invitation) => invitation.request.id)).not.toContain(contract.request.id);

    expect(await respondToProposal({ user: expert, contractId, decision: "ACCEPT", now: new Date() })).toEqual({ id: contractId, status: "ACTIVE" });
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: contract.request.id }, select: { status: true } })).toEqual({ status: "HIRED" });
  });

  it("refuses an expert the company never had a contract with (403 with a message), bad terms (422) and a second open proposal (409); a withdrawn one closes its request", async () => {
    const { client, expert, otherExperts } = await createActiveContract();
    const never = await callOperation(hireAgainOperation, client, { body: terms(otherExperts[0].expertProfileId!) });
    expect(never.status).toBe(403);
    expect(never.json.error?.message).toMatch(/had a contract with/);
    const otherCompany = await createClient();
    expect((await callOperation(hireAgainOperation, otherCompany, { body: terms(expert.expertProfileId!) })).status).toBe(403);
    const requestsBefore = await db.hiringRequest.count({ where: { companyId: client.companyId! } });
    for (const body of [{ ...terms(expert.expertProfileId!), totalCents: 1 }, { ...terms(expert.expertProfileId!), milestones: [] }, { expertProfileId: "" }]) {
      const answer = await callOperation(hireAgainOperation, client, { body });
      expect(answer.status, JSON.stringify(body)).toBe(422);
    }
    expect(await db.hiringRequest.count({ where: { companyId: client.companyId! } })).toBe(requestsBefore);
    const viewer = await withRole(client, "VIEWER");
    await expectCode(hireAgain({ user: viewer, input: terms(expert.expertProfileId!), now: new Date() }), "FORBIDDEN");
    const manager = await withRole(client, "HIRING_MANAGER");

    // A double click: one proposal, the other a 409.
    const both = await Promise.allSettled([0, 1].map(() => hireAgain({ user: manager, input: terms(expert.expertProfileId!), now: new Date() })));
    const first = both.find((result) => result.status === "fulfilled")?.value;
    expect(both.filter((result) => result.status === "rejected")).toMatchObject([{ reason: { code: "CONFLICT" } }]);
    if (!first) throw new Error("no proposal was made");
    await expectCode(hireAgain({ user: manager, input: terms(expert.expertProfileId!), now: new Date() }), "CONFLICT");
    await withdrawProposal({ user: manager, contractId: first.id, now: new Date() });
    const request = await db.contract.findUniqueOrThrow({ where: { id: first.id }, select: { request: { select: { status: true } } } });
    expect(request.request.status).toBe("CLOSED");
  });
});

describe("inviting a saved expert to a request", () => {
  it("creates an ordinary expiring invitation that counts toward the shortlist once accepted", async () => {
    const { client, experts } = await createShortlistedRequest(2);
    const [expert] = experts;
    await saveExpert({ user: client, expertProfileId: expert.expertProfileId!, now: new Date() });
    const requestId = await matchingRequest(client);
    const config: MatchingConfig = { ...matchingConfig(), shortlistSize: 1 };

    const invited = await inviteSavedExpert({ user: client, requestId, expertProfileId: expert.expertProfileId!, now: new Date(), config });
    expect(invited.status).toBe("INVITED");
    expect(invited.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await db.job.count({ where: { kind: "matching.expire-invitation", payload: { path: ["matchId"], equals: invited.matchId } } })).toBe(1);
    await expectCode(inviteSavedExpert({ user: client, requestId, expertProfileId: expert.expertProfileId!, now: new Date(), config }), "CONFLICT");

    await respondToInvitation({
      user: expert,
      matchId: invited.matchId,
      response: { decision: "ACCEPT", confirmsAvailabilityAndRate: true },
      now: new Date(),
      config,
    });
    // One acceptance fills a shortlist of one: delivered.
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).toEqual({ status: "MATCHED" });
  });

  it("expires like any invitation, skips unavailable or unsaved experts, and refuses requests not matching", async () => {
    const { client, experts } = await createShortlistedRequest(3);
    const [first, second, unsaved] = experts;
    for (const expert of [first, second]) await saveExpert({ user: client, expertProfileId: expert.expertProfileId!, now: new Date() });
    const requestId = await matchingRequest(client);

    const invited = await inviteSavedExpert({ user: client, requestId, expertProfileId: first.expertProfileId!, now: new Date() });
    await expireInvitation({ matchId: invited.matchId, now: new Date(invited.expiresAt.getTime() + 1) });
    expect(await db.match.findUniqueOrThrow({ where: { id: invited.matchId }, select: { status: true } })).toEqual({ status: "EXPIRED" });

    await db.expertProfile.update({ where: { id: second.expertProfileId! }, data: { isAvailable: false } });
    const unavailable = await expectCode(inviteSavedExpert({ user: client, requestId, expertProfileId: second.expertProfileId!, now: new Date() }), "CONFLICT");
    expect(unavailable.message).toMatch(/not available/);
    await expectCode(inviteSavedExpert({ user: client, requestId, expertProfileId: unsaved.expertProfileId!, now: new Date() }), "NOT_FOUND");
    expect(await db.match.count({ where: { requestId, expertProfileId: { in: [second.expertProfileId!, unsaved.expertProfileId!] } } })).toBe(0);

    const otherCompany = await createClient();
    await expectCode(inviteSavedExpert({ user: otherCompany, requestId, expertProfileId: first.expertProfileId!, now: new Date() }), "NOT_FOUND");
    const malformed = await callOperation(inviteSavedExpertOperation, client, { params: { id: requestId }, body: { expertProfileId: 42 } });
    expect(malformed.status).toBe(422);
    await db.hiringRequest.update({ where: { id: requestId }, data: { status: "CANCELLED" } });
    await db.expertProfile.update({ where: { id: second.expertProfileId! }, data: { isAvailable: true } });
    await expectCode(inviteSavedExpert({ user: client, requestId, expertProfileId: second.expertProfileId!, now: new Date() }), "CONFLICT");
  });
});
