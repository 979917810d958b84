import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { pdfFile, uploadThroughApi } from "../attachment-fixtures";
import { type ChatParty, createChat } from "../chat-fixtures";
import { expect } from "../fixtures";
import { insertFailedJob } from "../job-fixtures";
import { createAdminAccount } from "../two-factor-fixtures";
import { createApplicants, createThrowawayUser, spareExperts } from "./admin-fixtures";
import { callApi, expectStatus, inDays, type Party, signIn, untilTrue, withDatabase } from "./api-client";
import { createMatrixFiles, type MatrixFiles } from "./file-fixtures";
import { createProfileRecords, type ProfileRecords } from "./profile-fixtures";
import { createTeam, invitePending, type PendingInvitation, type Team } from "./team-fixtures";
import { createTimesheetRecords, type TimesheetRecords } from "./timesheet-fixtures";

// The actors of the matrix and the records they own, made the way the product makes them: accounts
// through the public API, a shortlist hand-picked by an admin, a contract proposed through the API,
// payouts set up and a milestone paid on the Stripe stand-in; only an open invitation is written
// straight to the database. Set A's records are the targets; set B's people call them.

export type OwnerSet = {
  label: "A" | "B";
  client: Party;
  expert: Party;
  expertProfileId: string;
  requestId: string;
  matchId: string;
  conversationId: string;
  contractId: string;
  milestoneIds: string[];
  invitationId: string;
  invitationRequestId: string;
  notificationIds: string[];
  /** A spare API token of the client's, to revoke. */
  apiTokenId: string;
};

/** Files attached where set A works: on a message of A's conversation, a submission of A's second milestone, A's request brief. */
export type AttachedFiles = { chatFileId: string; deliverableFileId: string; briefFileId: string };

export type World = {
  a: OwnerSet & { team: Team; teamInvitation: PendingInvitation; attached: AttachedFiles; amendmentId: string };
  b: OwnerSet & { disputeId: string; paymentId: string };
  admin: Party;
  applicant: { expertProfileId: string; skillId: string };
  interviewee: { expertProfileId: string; interviewId: string; skillId: string };
  throwawayUserId: string;
  spareExpertProfileIds: string[];
  /** A skill the interviewee has not listed. */
  foreignSkillId: string;
  /** Failed jobs for the admin to retry (an at-risk check of no request: harmless when it runs) and to discard. */
  failedJobId: string;
  discardableJobId: string;
  /** A ready data export of set A's client. */
  dataExportId: string;
  /** Set A's client's uploaded files, and storage links to refuse. */
  files: MatrixFiles;
  /** Set A's expert's public profile, photo and portfolio. */
  profile: ProfileRecords;
  /** Set A's hourly contract: an entry of this week and a closed week in review. */
  timesheet: TimesheetRecords;
};

type ContractDetail = { milestones: { id: string; status: string }[] };

const toParty = (party: ChatParty): Party => ({ email: party.email, userId: party.userId, cookie: party.cookie });

/** An open invitation of `expertEmail` to a second, matching request of the client's company. */
async function insertInvitation(clientEmail: string, expertEmail: string) {
  return withDatabase(async (database) => {
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
      [clientEmail],
    );
    const expert = await database.query<{ id: string }>(`SELECT ep.id FROM expert_profiles ep JOIN users u ON u.id = ep."userId" WHERE u.email = $1`, [
      expertEmail,
    ]);
    const requestId = `e2e_authz_request_${randomUUID()}`;
    const invitationId = `e2e_authz_match_${randomUUID()}`;
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMinCents", "budgetMaxCents", "hoursPerWeek",
         "durationWeeks", "startDate", timezone, status, "submittedAt", "matchDeadline", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Review our payments service and pair with the team on the riskiest parts of it.', 8000, 12000, 20,
         8, now() + interval '14 days', 'Europe/Berlin', 'MATCHING', now(), now() + interval '8 hours', now())`,
      [requestId, owner.rows[0].companyId, owner.rows[0].userId, `E2E authorization ${randomUUID().slice(0, 8)}`],
    );
    await database.query(
      `INSERT INTO matches (id, "requestId", "expertProfileId", status, score, "scoreBreakdown", rank, "expiresAt", "updatedAt")
       VALUES ($1, $2, $3, 'INVITED', 0.8, $4, 1, now() + interval '2 hours', now())`,
      [invitationId, requestId, expert.rows[0].id, JSON.stringify({ total: 0.8, terms: {}, reasons: ["Covers the required skills"] })],
    );
    return { invitationId, invitationRequestId: requestId, expertProfileId: expert.rows[0].id };
  });
}

const proposal = (matchId: string) => ({
  matchId,
  title: "Authorization matrix contract",
  currency: "USD",
  totalCents: 300_000,
  milestones: [
    { title: "Audit and plan", description: "", amountCents: 100_000, dueDate: inDays(10) },
    { title: "Migration", description: "", amountCents: 200_000, dueDate: inDays(30) },
  ],
});

async function createOwnerSet(label: "A" | "B"): Promise<OwnerSet> {
  const chat = await createChat(1);
  const client = toParty(chat.client);
  const expert = toParty(chat.experts[0]);
  const conversationId = await chat.conversationOf(chat.experts[0]);
  await Promise.all([chat.client.request.dispose(), chat.experts[0].request.dispose()]);
  const request = await expectStatus(
    callApi<{ shortlist: { matchId: string }[] }>(client, "GET", `/api/v1/requests/${chat.requestId}`),
    200,
    "reading the request",
  );
  const matchId: string = request.shortlist[0].matchId;
  const proposed = await expectStatus(callApi<{ id: string }>(client, "POST", "/api/v1/contracts", proposal(matchId)), 201, "proposing a contract");
  const contract = await expectStatus(callApi<ContractDetail>(client, "GET", `/api/v1/contracts/${proposed.id}`), 200, "reading the contract");
  const invitation = await insertInvitation(client.email, expert.email);
  const notifications = await Promise.all(
    [client, expert].map((party) =>
      expectStatus(callApi<{ notifications: { id: string }[] }>(party, "GET", "/api/v1/notifications"), 200, "reading notifications"),
    ),
  );
  const notificationIds: string[] = notifications.flatMap((list) => list.notifications.map((notification) => notification.id));
  expect(notificationIds.length, `set ${label} has notifications to protect`).toBeGreaterThan(0);
  const spareToken = await createApiToken(client, "Spare token");
  return {
    label,
    client,
    expert,
    expertProfileId: invitation.expertProfileId,
    requestId: chat.requestId,
    matchId,
    conversationId,
    contractId: proposed.id,
    milestoneIds: contract.milestones.map((milestone) => milestone.id),
    invitationId: invitation.invitationId,
    invitationRequestId: invitation.invitationRequestId,
    notificationIds,
    apiTokenId: spareToken.id,
  };
}

/** A read-and-write token of the party's, made the way the settings page makes it. */
async function createApiToken(party: Party, name: string) {
  const created = await expectStatus(
    callApi<{ token: string; apiToken: { id: string } }>(party, "POST", "/api/v1/api-tokens", { name, scopes: ["read", "write"] }),
    201,
    "creating an API token",
  );
  return { id: created.apiToken.id, token: created.token };
}

/** Gives each party a token of its own, for the bearer pass: the same cells, with the token instead of the cookie. */
async function issueTokens(parties: Party[]) {
  await Promise.all(
    parties.map(async (party) => {
      party.token = (await createApiToken(party, "Authorization matrix")).token;
    }),
  );
}

/** Payouts set up, the contract accepted, the first milestone paid on the stand-in (its payment succeeded, not under review), then disputed by the client. */
async function fundAndDispute(set: OwnerSet) {
  const stripeUrl = readFileSync(`.data/e2e-stripe-url-${process.env.E2E_PORT}`, "utf8").trim();
  const standin = (path: string, body: unknown) =>
    fetch(`${stripeUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (response) => {
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
    });
  const onboarding = await expectStatus(callApi<{ url: string }>(set.expert, "POST", "/api/v1/payouts/onboarding", {}), 200, "starting payout onboarding");
  await standin(`/_standin/accounts/${new URL(onboarding.url).pathname.split("/")[3]}/complete-onboarding`, {});
  await untilTrue(
    "payouts are enabled",
    async () => (await callApi<{ payoutsEnabled?: boolean }>(set.expert, "GET", "/api/v1/payouts")).json?.payoutsEnabled === true,
  );
  await expectStatus(callApi(set.expert, "POST", `/api/v1/contracts/${set.contractId}/accept`), 200, "accepting the contract");
  const [milestoneId] = set.milestoneIds;
  const funding = await expectStatus(
    callApi<{ checkoutUrl: string }>(set.client, "POST", `/api/v1/milestones/${milestoneId}/fund`, {}),
    200,
    "funding a milestone",
  );
  await standin(`/_standin/checkout/${new URL(funding.checkoutUrl).pathname.split("/").pop()}/pay`, { card: "4242 4242 4242 4242" });
  await untilTrue("the milestone is funded", async () => {
    const contract = await callApi<Partial<ContractDetail> | null>(set.client, "GET", `/api/v1/contracts/${set.contractId}`);
    return contract.json?.milestones?.[0]?.status === "FUNDED";
  });
  const dispute = await expectStatus(
    callApi<{ disputeId: string }>(set.client, "POST", `/api/v1/milestones/${milestoneId}/dispute`, {
      reason: "The delivered audit does not cover the payments service at all.",
    }),
    201,
    "opening a dispute",
  );
  const payment = await withDatabase((database) =>
    database.query<{ id: string }>(`SELECT id FROM payments WHERE "milestoneId" = $1 AND status = 'SUCCEEDED'`, [milestoneId]),
  );
  return { ...set, disputeId: dispute.disputeId, paymentId: payment.rows[0].id };
}

/**
 * A's files, uploaded through the files API. The chat file is sent on a message through the API; the
 * deliverable goes on a submission written straight to the database (A's contract is only proposed,
 * and its second milestone is one no row of the matrix ends), the brief on A's request, which is past
 * its draft.
 */
async function attachFilesOfA(set: OwnerSet): Promise<AttachedFiles> {
  const [chat, deliverable, brief] = await Promise.all([
    uploadThroughApi(set.client.cookie, "CHAT_ATTACHMENT", pdfFile("matrix-chat.pdf", "A chat file")),
    uploadThroughApi(set.expert.cookie, "MILESTONE_DELIVERABLE", pdfFile("matrix-deliverable.pdf", "A deliverable")),
    uploadThroughApi(set.client.cookie, "REQUEST_BRIEF", pdfFile("matrix-brief.pdf", "A brief")),
  ]);
  await expectStatus(
    callApi(set.client, "POST", `/api/v1/conversations/${set.conversationId}/messages`, { clientMessageId: randomUUID(), fileIds: [chat.id] }),
    201,
    "sending a file",
  );
  await withDatabase(async (database) => {
    const submissionId = `e2e_authz_submission_${randomUUID()}`;
    await database.query(
      `INSERT INTO milestone_submissions (id, "milestoneId", round, note, "submittedById", "submittedAt") VALUES ($1, $2, 1, 'The matrix deliverable.', $3, now())`,
      [submissionId, set.milestoneIds[1], set.expert.userId],
    );
    await database.query(`UPDATE stored_files SET "milestoneSubmissionId" = $1, "attachedAt" = now() WHERE id = $2`, [submissionId, deliverable.id]);
    await database.query(`UPDATE stored_files SET "requestId" = $1, "attachedAt" = now() WHERE id = $2`, [set.requestId, brief.id]);
  });
  return { chatFileId: chat.id, deliverableFileId: deliverable.id, briefFileId: brief.id };
}

/**
 * A change A's expert proposed to A's contract, open for an answer. A's contract is only proposed (the
 * API takes amendments on active contracts), so the row is written straight to the database: the
 * matrix checks who may answer it, and the state refuses the answer with a 409.
 */
async function proposeChangeOnA(set: OwnerSet) {
  const id = `e2e_authz_amendment_${randomUUID()}`;
  await withDatabase((database) =>
    database.query(
      `INSERT INTO contract_amendments (id, "contractId", kind, after, "proposedBySide", "proposedById", "updatedAt")
       VALUES ($1, $2, 'ADD_MILESTONE', '{"title":"Matrix extra","amountCents":15000}', 'EXPERT', $3, now())`,
      [id, set.contractId, set.expert.userId],
    ),
  );
  return id;
}

/** A data export of the party's, asked for through the API and built by the worker. */
async function readyDataExport(party: Party) {
  const queued = await expectStatus(callApi<{ id: string }>(party, "POST", "/api/v1/privacy/exports"), 202, "asking for a data export");
  await untilTrue("the data export is ready", async () => {
    const list = await callApi<{ exports: { id: string; status: string }[] }>(party, "GET", "/api/v1/privacy/exports");
    return list.json.exports.some((item) => item.id === queued.id && item.status === "READY");
  });
  return queued.id;
}

export async function createWorld(): Promise<World> {
  const admin = await signIn(await createAdminAccount());
  const [sets, people, throwawayUserId] = await Promise.all([
    (async () => {
      const ownerSetA = await createOwnerSet("A");
      const a = {
        ...ownerSetA,
        team: await createTeam(ownerSetA.client.email),
        teamInvitation: await invitePending(ownerSetA.client),
        attached: await attachFilesOfA(ownerSetA),
        amendmentId: await proposeChangeOnA(ownerSetA),
      };
      const b = await fundAndDispute(await createOwnerSet("B"));
      return { a, b };
    })(),
    createApplicants(admin),
    createThrowawayUser(),
  ]);
  const spareExpertProfileIds = await spareExperts([sets.a.expertProfileId, sets.b.expertProfileId]);
  const [failedJobId, discardableJobId] = await Promise.all(
    [1, 2].map(() => insertFailedJob({ kind: "matching.at-risk", payload: { requestId: `e2e-authz-no-such-request-${randomUUID()}` } })),
  );
  const { hiringManager, finance, viewer } = sets.a.team;
  await issueTokens([sets.a.client, hiringManager, finance, viewer, sets.a.expert, sets.b.client, sets.b.expert, admin]);
  const [dataExportId, files, profile, timesheet] = await Promise.all([
    readyDataExport(sets.a.client),
    createMatrixFiles(sets.a.client),
    createProfileRecords(sets.a.expert),
    createTimesheetRecords(sets.a),
  ]);
  return { ...sets, ...people, admin, throwawayUserId, spareExpertProfileIds, failedJobId, discardableJobId, dataExportId, files, profile, timesheet };
}

/** What must never show up in an answer to someone outside the set: its people and its records. */
export function secretsOf(set: OwnerSet): string[] {
  const records = [
    set.requestId,
    set.matchId,
    set.conversationId,
    set.contractId,
    ...set.milestoneIds,
    set.invitationId,
    set.invitationRequestId,
    ...set.notificationIds,
    set.apiTokenId,
  ];
  const paid =
    "disputeId" in set && "paymentId" in set && typeof set.disputeId === "string" && typeof set.paymentId === "string" ? [set.disputeId, set.paymentId] : [];
  const attached = "attached" in set ? Object.values((set as { attached: AttachedFiles }).attached) : [];
  const team =
    "team" in set && "teamInvitation" in set
      ? [
          ...Object.values((set as { team: Team }).team).flatMap((member) => [member.email, member.userId]),
          (set as { teamInvitation: PendingInvitation }).teamInvitation.id,
          (set as { teamInvitation: PendingInvitation }).teamInvitation.email,
        ]
      : [];
  return [set.client.email, set.client.userId, ...team, set.expert.email, set.expert.userId, set.expertProfileId, ...records, ...paid, ...attached];
}
