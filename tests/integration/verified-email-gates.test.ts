import { describe, expect, it } from "vitest";
import { UNVERIFIED_EMAIL } from "@/lib/accounts/require-verified-email";
import { respondToProposal } from "@/lib/contracts/respond-to-proposal";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { startFunding } from "@/lib/milestones/start-funding";
import { createActiveContract, createProposedContract } from "../fixtures/contracts";
import { createApprovedExperts, createClient, createDraftRequest, createSkill } from "../fixtures/matching";

// Hiring, funding, accepting and being paid wait for a confirmed address (lib/accounts/require-verified-email.ts);
// submitting a request and payout setup are in email-verification.test.ts. The fixtures confirm every
// address; each test takes one back.

const unverify = (userId: string) => db.user.update({ where: { id: userId }, data: { emailVerifiedAt: null }, select: { id: true } });
const refusal = { code: "FORBIDDEN", message: UNVERIFIED_EMAIL };

describe("an unconfirmed address", () => {
  it("cannot accept a contract, and the proposal stays open", async () => {
    const { expert, contractId } = await createProposedContract();
    await unverify(expert.id);
    await expect(respondToProposal({ user: expert, contractId, decision: "ACCEPT", now: new Date() })).rejects.toMatchObject(refusal);
    expect((await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).status).toBe("PROPOSED");
  });

  it("cannot fund a milestone, which stays unfunded", async () => {
    const { client, milestoneIds } = await createActiveContract();
    await unverify(client.id);
    await expect(startFunding({ user: client, milestoneId: milestoneIds[0] })).rejects.toMatchObject(refusal);
    expect((await db.milestone.findUniqueOrThrow({ where: { id: milestoneIds[0] }, select: { status: true } })).status).toBe("PENDING");
  });

  it("cannot accept an invitation, which stays open", async () => {
    const skill = await createSkill();
    const [expert] = await createApprovedExperts(skill.id, 1);
    const client = await createClient();
    const request = await createDraftRequest(client, skill.id);
    await db.hiringRequest.update({
      where: { id: request.id },
      data: { status: "MATCHING", submittedAt: new Date(), matchDeadline: new Date(Date.now() + 8 * 3_600_000) },
    });
    const match = await db.match.create({
      data: {
        requestId: request.id,
        expertProfileId: expert.expertProfileId!,
        status: "INVITED",
        score: 0.8,
        scoreBreakdown: { total: 0.8, terms: {}, reasons: [] },
        rank: 1,
        invitedAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
      select: { id: true },
    });
    await unverify(expert.id);
    await expect(acceptInvitation({ user: expert, matchId: match.id, input: { confirmsAvailabilityAndRate: true } })).rejects.toMatchObject(refusal);
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id }, select: { status: true } })).status).toBe("INVITED");
  });
});
