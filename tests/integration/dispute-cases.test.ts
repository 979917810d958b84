import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { now, setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { addDisputeEvidenceOperation } from "@/lib/disputes/add-dispute-evidence.operation";
import { getContractCase } from "@/lib/disputes/get-case";
import { getDisputeCaseOperation } from "@/lib/disputes/get-dispute-case.operation";
import { respondToDisputeOperation } from "@/lib/disputes/respond-to-dispute.operation";
import { closeResponseWindow, sendResponseReminder } from "@/lib/disputes/response-timers";
import { canReadFile, fileAccessSelect } from "@/lib/files/access";
import { JOB_PAYLOADS } from "@/lib/jobs/kinds";
import { openDisputeOperation } from "@/lib/milestones/open-dispute.operation";
import { resolveDisputeOperation } from "@/lib/milestones/resolve-dispute.operation";
import { checkLedger } from "@/lib/payments/ledger-check";
import { disputeStatementsSection } from "@/lib/privacy/export-sections-work";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { createUploadedFile } from "../fixtures/attachment-files";
import { fundedContract } from "../fixtures/contract-endings";
import { createActiveContract, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin } from "../fixtures/matching";
import { type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";
import { callOperation } from "../support/call-operation";

// The dispute case: opened with a reason and evidence, answered by the other side before its deadline
// (or not: the deadline's timer sends it to an admin), evidence from both sides until the decision,
// and the decision with its written reasoning, read by both sides.

const DAY = 86_400_000;
const OPENED_AT = new Date("2027-03-01T10:00:00Z");
const REASON = "The delivered report skips the payments service we agreed on.";

let harness: PaymentHarness;
let admin: SessionUser;
beforeAll(async () => {
  harness = await startPaymentHarness();
  admin = await createAdmin();
});
afterAll(async () => {
  await harness.stop();
});
afterEach(() => setClock(null));

/** An active contract whose first milestone is held (FUNDED without a payment: nothing to move on a decision). */
async function heldMilestone() {
  const fixture = await createActiveContract({ milestones: [40_000], expertCount: 1 });
  await setMilestoneStatus(fixture.milestoneIds[0], "FUNDED");
  return fixture;
}

async function openCase(fixture: Awaited<ReturnType<typeof heldMilestone>>, extra: Record<string, unknown> = {}) {
  setClock(() => OPENED_AT);
  const opened = await callOperation(openDisputeOperation, fixture.client, {
    params: { id: fixture.milestoneIds[0] },
    body: { category: "NOT_AS_AGREED", reason: REASON, ...extra },
  });
  setClock(null);
  expect(opened.status).toBe(201);
  return opened.json.disputeId as string;
}

const emailsTo = (email: string, subject: string) => db.emailOutbox.count({ where: { toEmail: email, subject: { contains: subject } } });

describe("opening a dispute case", () => {
  it("takes a reason from the list, details, links and files, and gives the expert a deadline with its timers", async () => {
    const fixture = await heldMilestone();
    const file = await createUploadedFile({ ownerId: fixture.client.id, purpose: "DISPUTE_EVIDENCE", name: "scope.pdf" });
    const disputeId = await openCase(fixture, { links: ["https://example.com/scope"], fileIds: [file.id] });

    const dispute = await db.dispute.findUniqueOrThrow({
      where: { id: disputeId },
      select: {
        category: true,
        openerSide: true,
        responseDueAt: true,
        entries: { select: { kind: true, side: true, text: true, links: true, files: { select: { id: true } } } },
      },
    });
    expect(dispute).toEqual({
      category: "NOT_AS_AGREED",
      openerSide: "CLIENT",
      responseDueAt: new Date(OPENED_AT.getTime() + 5 * DAY),
      entries: [{ kind: "OPENING", side: "CLIENT", text: REASON, links: ["https://example.com/scope"], files: [{ id: file.id }] }],
    });
    const jobs = await db.job.findMany({ where: { dedupeKey: { contains: disputeId } }, select: { kind: true, runAt: true }, orderBy: { runAt: "asc" } });
    expect(jobs).toEqual([
      { kind: "disputes.response-reminder", runAt: new Date(OPENED_AT.getTime() + 3 * DAY) },
      { kind: "disputes.response-reminder", runAt: new Date(OPENED_AT.getTime() + 4 * DAY) },
      { kind: "disputes.response-deadline", runAt: new Date(OPENED_AT.getTime() + 5 * DAY) },
    ]);
    expect(await emailsTo(fixture.expert.email, "Dispute opened")).toBe(1);
    expect(await db.auditLog.count({ where: { action: "dispute.opened", targetId: disputeId } })).toBe(1);
  });

  it("refuses a link that is not a web address and a file uploaded for somewhere else, writing nothing", async () => {
    const fixture = await heldMilestone();
    const badLink = await callOperation(openDisputeOperation, fixture.client, {
      params: { id: fixture.milestoneIds[0] },
      body: { category: "QUALITY", reason: REASON, links: ["javascript:alert(1)"] },
    });
    expect(badLink.status).toBe(422);
    expect(JSON.stringify(badLink.json.error?.fields)).toMatch(/http\(s\) link/);
    const chatFile = await createUploadedFile({ ownerId: fixture.client.id, purpose: "CHAT_ATTACHMENT" });
    const wrongFile = await callOperation(openDisputeOperation, fixture.client, {
      params: { id: fixture.milestoneIds[0] },
      body: { category: "QUALITY", reason: REASON, fileIds: [chatFile.id] },
    });
    expect(wrongFile.status).toBe(422);
    const unknownCategory = await callOperation(openDisputeOperation, fixture.client, {
      params: { id: fixture.milestoneIds[0] },
      body: { category: "BECAUSE", reason: REASON },
    });
    expect(unknownCategory.status).toBe(422);
    expect(await db.dispute.count({ where: { milestoneId: fixture.milestoneIds[0] } })).toBe(0);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: fixture.milestoneIds[0] }, select: { status: true } })).toEqual({ status: "FUNDED" });
  });
});

describe("who sees a case", () => {
  it("shows it to the contract's parties and admins only; its files likewise", async () => {
    const fixture = await heldMilestone();
    const file = await createUploadedFile({ ownerId: fixture.client.id, purpose: "DISPUTE_EVIDENCE" });
    const disputeId = await openCase(fixture, { fileIds: [file.id] });
    const outsiders = await createActiveContract({ milestones: [1_000], expertCount: 1 });
    const finance = await addColleague(fixture.client.companyId!, "FINANCE");
    const hiringManager = await addColleague(fixture.client.companyId!, "HIRING_MANAGER");

    const read = (user: SessionUser) => callOperation(getDisputeCaseOperation, user, { params: { id: disputeId } });
    for (const user of [fixture.client, hiringManager, fixture.expert, admin]) expect((await read(user)).status).toBe(200);
    expect((await read(outsiders.client)).status).toBe(404);
    expect((await read(outsiders.expert)).status).toBe(404);
    expect((await read(finance)).status).toBe(403);
    expect((await read(fixture.expert)).json).toMatchObject({ viewerSide: "EXPERT", canRespond: true, canAddEvidence: true, respondingSide: "EXPERT" });
    expect((await read(fixture.client)).json).toMatchObject({ viewerSide: "CLIENT", canRespond: false, canAddEvidence: true });

    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: fileAccessSelect });
    expect(await canReadFile(fixture.expert, stored)).toBe(true);
    expect(await canReadFile(hiringManager, stored)).toBe(true);
    expect(await canReadFile(outsiders.expert, stored)).toBe(false);
    expect(await canReadFile(outsiders.client, stored)).toBe(false);
    expect(await canReadFile(finance, stored)).toBe(false);

    expect((await callOperation(respondToDisputeOperation, outsiders.expert, { params: { id: disputeId }, body: { statement: REASON } })).status).toBe(404);
    expect((await callOperation(addDisputeEvidenceOperation, outsiders.client, { params: { id: disputeId }, body: { text: "Not mine." } })).status).toBe(404);
    expect((await callOperation(addDisputeEvidenceOperation, admin, { params: { id: disputeId }, body: { text: "An admin decides." } })).status).toBe(403);
    expect(await getContractCase({ user: finance, contractId: fixture.contractId })).toBeNull();
  });
});

describe("responding and adding evidence", () => {
  it("takes one response from the other side, even when it is sent twice at once; evidence from both sides", async () => {
    const fixture = await heldMilestone();
    const disputeId = await openCase(fixture);
    setClock(() => new Date(OPENED_AT.getTime() + DAY));
    const byOpener = await callOperation(respondToDisputeOperation, fixture.client, { params: { id: disputeId }, body: { statement: REASON } });
    expect(byOpener.status).toBe(409);

    const file = await createUploadedFile({ ownerId: fixture.expert.id, purpose: "DISPUTE_EVIDENCE", name: "report.pdf" });
    const body = { statement: "The payments service was out of scope: see the signed brief.", links: ["https://example.com/brief"], fileIds: [file.id] };
    const answers = await Promise.all([
      callOperation(respondToDisputeOperation, fixture.expert, { params: { id: disputeId }, body }),
      callOperation(respondToDisputeOperation, fixture.expert, { params: { id: disputeId }, body }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const dispute = await db.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { respondedAt: true, readyForDecisionAt: true } });
    expect(dispute).toEqual({ respondedAt: new Date(OPENED_AT.getTime() + DAY), readyForDecisionAt: new Date(OPENED_AT.getTime() + DAY) });
    expect(await db.disputeEntry.count({ where: { disputeId, kind: "RESPONSE" } })).toBe(1);
    expect(await db.storedFile.count({ where: { id: file.id, disputeEntry: { disputeId } } })).toBe(1);
    expect(await emailsTo(fixture.client.email, "Response to your dispute")).toBe(1);

    const empty = await callOperation(addDisputeEvidenceOperation, fixture.client, { params: { id: disputeId }, body: { text: "" } });
    expect(empty.status).toBe(422);
    for (const user of [fixture.client, fixture.expert]) {
      const added = await callOperation(addDisputeEvidenceOperation, user, { params: { id: disputeId }, body: { links: ["https://example.com/more"] } });
      expect(added.status).toBe(201);
    }
    const view = await callOperation(getDisputeCaseOperation, fixture.client, { params: { id: disputeId } });
    expect((view.json.entries as { kind: string; side: string }[]).map((entry) => `${entry.kind}:${entry.side}`)).toEqual([
      "OPENING:CLIENT",
      "RESPONSE:EXPERT",
      "EVIDENCE:CLIENT",
      "EVIDENCE:EXPERT",
    ]);
    expect(await db.auditLog.count({ where: { targetId: disputeId, action: { in: ["dispute.responded", "dispute.evidence-added"] } } })).toBe(3);
    // The expert's own statements are in their data export, with their file's name.
    const exported = (await disputeStatementsSection(fixture.expert.id)).filter((entry) => entry.disputeId === disputeId);
    expect(exported.map((entry) => entry.kind)).toEqual(["RESPONSE", "EVIDENCE"]);
    expect(exported[0].files).toEqual([expect.objectContaining({ name: "report.pdf" })]);
  });
});

describe("the response deadline", () => {
  it("reminds the other side once per reminder, and sends the case to an admin when the deadline passes in silence", async () => {
    const fixture = await heldMilestone();
    const disputeId = await openCase(fixture);
    const reminder = { disputeId, daysLeft: "2" };
    await sendResponseReminder(reminder, new Date(OPENED_AT.getTime() + 3 * DAY));
    await sendResponseReminder(reminder, new Date(OPENED_AT.getTime() + 3 * DAY + 60_000));
    expect(await db.disputeEntry.count({ where: { disputeId, kind: "REMINDER" } })).toBe(1);
    expect(await emailsTo(fixture.expert.email, "2 days left")).toBe(1);
    expect(await db.notification.count({ where: { userId: fixture.expert.id, kind: "dispute.response-reminder" } })).toBe(1);

    // Early (a clock that ran ahead of the job's time): nothing yet.
    await closeResponseWindow({ disputeId }, new Date(OPENED_AT.getTime() + 5 * DAY - 1));
    expect((await db.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { readyForDecisionAt: true } })).readyForDecisionAt).toBeNull();

    // The queued deadline job itself, through the worker's handlers, at the time the clock gives (twice at once: one effect).
    const job = await db.job.findFirstOrThrow({ where: { kind: "disputes.response-deadline", dedupeKey: `dispute-response-deadline:${disputeId}` } });
    const deadline = new Date(OPENED_AT.getTime() + 5 * DAY);
    expect(job.runAt).toEqual(deadline);
    setClock(() => job.runAt);
    const runDeadline = () => JOB_HANDLERS["disputes.response-deadline"](JOB_PAYLOADS["disputes.response-deadline"].parse(job.payload), now());
    await Promise.all([runDeadline(), runDeadline()]);
    const dispute = await db.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { readyForDecisionAt: true, respondedAt: true, status: true } });
    expect(dispute).toEqual({ readyForDecisionAt: deadline, respondedAt: null, status: "OPEN" });
    expect(await db.disputeEntry.count({ where: { disputeId, kind: "DEADLINE_PASSED" } })).toBe(1);
    expect(await emailsTo(fixture.client.email, "no response in time")).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: disputeId, action: "dispute.response-missed" } })).toBe(1);

    // A later reminder job finds nothing to remind of.
    await sendResponseReminder({ disputeId, daysLeft: "1" }, new Date(deadline.getTime() + 1));
    expect(await db.disputeEntry.count({ where: { disputeId, kind: "REMINDER" } })).toBe(1);
    const view = await callOperation(getDisputeCaseOperation, admin, { params: { id: disputeId } });
    expect((view.json.timeline as { label: string }[]).map((event) => event.label)).toEqual([
      `Dispute opened by ${fixture.client.name}`,
      "Reminder sent to the expert to respond",
      "Response deadline passed without a response from the expert: the case goes to an admin on what was submitted",
    ]);
  });
});

describe("the decision", () => {
  it("needs written reasoning, is taken once under concurrent clicks, splits through the existing money path, and reaches both sides", async () => {
    const fixture = await fundedContract(harness, [40_000], 1);
    const milestoneId = fixture.milestoneIds[0];
    const opened = await callOperation(openDisputeOperation, fixture.client, {
      params: { id: milestoneId },
      body: { category: "QUALITY", reason: REASON },
    });
    const disputeId = opened.json.disputeId as string;

    const short = await callOperation(resolveDisputeOperation, admin, { params: { id: disputeId }, body: { outcome: "REFUND", note: "Refunded." } });
    expect(short.status).toBe(422);
    expect(short.json.error?.fields?.note).toEqual([expect.stringMatching(/at least 30 characters/)]);
    expect((await db.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { status: true } })).status).toBe("OPEN");

    const reasoning = "Half of the agreed scope was delivered and works; the payments part is missing.";
    const decisions = await Promise.all(
      [0, 1].map(() =>
        callOperation(resolveDisputeOperation, admin, { params: { id: disputeId }, body: { outcome: "SPLIT", releaseCents: 20_000, note: reasoning } }),
      ),
    );
    expect(decisions.map((decision) => decision.status).sort()).toEqual([200, 409]);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true, releasedCents: true } })).toEqual({
      status: "RELEASED",
      releasedCents: 20_000,
    });
    for (const email of [fixture.client.email, fixture.expert.email]) {
      const mail = await db.emailOutbox.findMany({ where: { toEmail: email, subject: { startsWith: "Dispute decided" } }, select: { text: true } });
      expect(mail).toHaveLength(1);
      expect(mail[0].text).toContain(reasoning);
      expect(mail[0].text).toContain("split");
    }
    for (const user of [fixture.client, fixture.expert]) {
      const shown = await getContractCase({ user, contractId: fixture.contractId });
      expect(shown?.decision).toMatchObject({ outcome: "SPLIT", releaseCents: 20_000, refundCents: 20_000, reasoning });
      expect(shown?.canAddEvidence).toBe(false);
    }
    const late = await callOperation(addDisputeEvidenceOperation, fixture.expert, { params: { id: disputeId }, body: { text: "One more thing after all." } });
    expect(late.status).toBe(409);
    expect((await checkLedger({ contractIds: [fixture.contractId] })).problems).toEqual([]);
  });
});
