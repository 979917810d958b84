import { beforeAll, describe, expect, it } from "vitest";
import type { CompanyRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { listConversations } from "@/lib/chat/list-conversations";
import { postMessage } from "@/lib/chat/post-message";
import { getContract } from "@/lib/contracts/get-contract";
import { listContracts } from "@/lib/contracts/list-contracts";
import { withdrawProposal } from "@/lib/contracts/withdraw-proposal";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestChanges } from "@/lib/milestones/request-changes";
import { startFunding } from "@/lib/milestones/start-funding";
import { createRequest } from "@/lib/requests/create-request";
import { getRequest } from "@/lib/requests/get-request";
import { listRequests } from "@/lib/requests/list-requests";
import { companyPermissions } from "@/lib/teams/permissions";
import { type ContractFixture, createActiveContract, createProposedContract, setMilestoneStatus } from "../fixtures/contracts";
import { addColleague } from "../fixtures/teams";

// The permission table (lib/teams/permissions.ts) on the real lib functions: each role of company A
// does what its role allows, is refused (403) what it does not, and another company's owner finds
// nothing (404) either way.

const ROLES: CompanyRole[] = ["OWNER", "HIRING_MANAGER", "FINANCE", "VIEWER"];

async function codeOf(work: () => Promise<unknown>) {
  try {
    await work();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

let fixture: ContractFixture;
let members: Record<CompanyRole, SessionUser>;
let outsider: SessionUser;

beforeAll(async () => {
  fixture = await createActiveContract({ milestones: [40_000, 60_000] });
  const colleagues = await Promise.all((["HIRING_MANAGER", "FINANCE", "VIEWER"] as const).map((role) => addColleague(fixture.client.companyId!, role)));
  members = { OWNER: fixture.client, HIRING_MANAGER: colleagues[0], FINANCE: colleagues[1], VIEWER: colleagues[2] };
  outsider = (await createProposedContract()).client;
});

describe("the permission table", () => {
  it("gives owners everything, hiring managers all but members and billing, finance money, viewers reading", () => {
    expect([...companyPermissions.OWNER]).toContain("manageMembers");
    expect(companyPermissions.HIRING_MANAGER.has("manageMembers")).toBe(false);
    expect(companyPermissions.HIRING_MANAGER.has("viewBilling")).toBe(false);
    expect([...companyPermissions.FINANCE].sort()).toEqual(["fund", "view", "viewBilling"]);
    expect([...companyPermissions.VIEWER]).toEqual(["view"]);
  });
});

describe.each(ROLES)("a company member who is %s", (role) => {
  const allowed = (ability: Parameters<(typeof companyPermissions)["OWNER"]["has"]>[0]) => companyPermissions[role].has(ability);

  it("reads the company's requests and contracts", async () => {
    const user = members[role];
    const requests = await listRequests({ user });
    expect(requests.requests.map((request) => request.id)).toContain(fixture.requestId);
    expect((await getRequest({ user, requestId: fixture.requestId, now: new Date() })).id).toBe(fixture.requestId);
    expect((await listContracts({ user })).contracts.map((contract) => contract.id)).toContain(fixture.contractId);
    const contract = await getContract({ user, contractId: fixture.contractId });
    expect(contract.milestones[0].actions.fund).toBe(allowed("fund"));
    expect(contract.milestones[0].actions.cancel).toBe(allowed("manageContracts"));
  });

  it("raises requests only with manageRequests", async () => {
    const outcome = await codeOf(() => createRequest({ user: members[role], input: { title: `Drafted by ${role}`, submit: false }, now: new Date() }));
    expect(outcome).toBe(allowed("manageRequests") ? "ok" : "FORBIDDEN");
  });

  it("sees and joins the company's conversations only with chat", async () => {
    const user = members[role];
    const { conversations } = await listConversations({ user });
    expect(conversations.map((conversation) => conversation.id).includes(fixture.conversationId)).toBe(allowed("chat"));
    const read = await codeOf(() => getMessagePage({ user, conversationId: fixture.conversationId }));
    expect(read).toBe(allowed("chat") ? "ok" : "FORBIDDEN");
    const posted = await codeOf(() =>
      postMessage({
        user,
        conversationId: fixture.conversationId,
        input: { clientMessageId: crypto.randomUUID(), body: `Hello from ${role}`, fileIds: [] },
        now: new Date(),
      }),
    );
    expect(posted).toBe(allowed("chat") ? "ok" : "FORBIDDEN");
  });

  it("reviews delivered work only with approveWork", async () => {
    const [, milestoneId] = fixture.milestoneIds;
    await setMilestoneStatus(milestoneId, "SUBMITTED");
    await db.milestone.update({ where: { id: milestoneId }, data: { submittedAt: new Date() } });
    const outcome = await codeOf(() => requestChanges({ user: members[role], milestoneId, input: { note: "Please add the runbook." }, now: new Date() }));
    expect(outcome === "CONFLICT" ? "ok" : outcome).toBe(allowed("approveWork") ? "ok" : "FORBIDDEN");
  });

  it("is refused funding without fund, before anything is paid", async () => {
    if (allowed("fund")) return;
    expect(await codeOf(() => startFunding({ user: members[role], milestoneId: fixture.milestoneIds[0] }))).toBe("FORBIDDEN");
  });
});

describe("another company's owner", () => {
  it("finds none of it", async () => {
    expect(await codeOf(() => getRequest({ user: outsider, requestId: fixture.requestId, now: new Date() }))).toBe("NOT_FOUND");
    expect(await codeOf(() => getContract({ user: outsider, contractId: fixture.contractId }))).toBe("NOT_FOUND");
    expect(await codeOf(() => withdrawProposal({ user: outsider, contractId: fixture.contractId, now: new Date() }))).toBe("NOT_FOUND");
    expect(await codeOf(() => getMessagePage({ user: outsider, conversationId: fixture.conversationId }))).toBe("NOT_FOUND");
  });
});

describe("a colleague whose role changes", () => {
  it("loses the conversations with chat, and gets them back", async () => {
    const colleague = await addColleague(fixture.client.companyId!, "HIRING_MANAGER");
    const { syncMemberSeats } = await import("@/lib/teams/conversation-seats");
    await db.companyMember.update({ where: { companyId_userId: { companyId: colleague.companyId!, userId: colleague.id } }, data: { role: "FINANCE" } });
    await db.$transaction((tx) => syncMemberSeats(tx, { companyId: colleague.companyId!, userId: colleague.id, role: "FINANCE", now: new Date() }));
    expect(await db.conversationParticipant.count({ where: { userId: colleague.id } })).toBe(0);
    await db.$transaction((tx) => syncMemberSeats(tx, { companyId: colleague.companyId!, userId: colleague.id, role: "OWNER", now: new Date() }));
    expect(await db.conversationParticipant.count({ where: { userId: colleague.id, conversationId: fixture.conversationId } })).toBe(1);
  });
});
