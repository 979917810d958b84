import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signedFileUrl } from "@/lib/files/download-file";
import { buildLedgerExport } from "@/lib/ledger-exports/build-export";
import { exportCsvChunks } from "@/lib/ledger-exports/export-rows";
import { listLedgerExports } from "@/lib/ledger-exports/list-exports";
import { requestLedgerExport } from "@/lib/ledger-exports/request-export";
import { requestLedgerExportOperation } from "@/lib/ledger-exports/request-export.operation";
import { exportBounds } from "@/lib/ledger-exports/schemas";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { buildStatement } from "@/lib/statements/build-statement";
import { listEarnings } from "@/lib/statements/list-earnings";
import { requestStatement } from "@/lib/statements/request-statement";
import { requestStatementOperation } from "@/lib/statements/request-statement.operation";
import { storage } from "@/lib/storage";
import { createAdmin, createApprovedExperts, createSkill } from "../fixtures/matching";
import { type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { createExpertMonth, dateBookings, type ExpertMonth } from "../fixtures/statements";
import { callOperation, refusalOf } from "../support/call-operation";
import { readPdfText } from "../support/pdf-text";

// Statements and admin exports end to end below the browser: asked for, built by the worker's
// functions into file storage, read back, guarded, and gone with the expert's account. The expert's
// bookings are this month's, but for the cancelled milestone's refund, dated 2099-09-02 (a day this
// file owns in the ledger) until a test books it "again" now.

let harness: PaymentHarness;
let month: ExpertMonth;
beforeAll(async () => {
  harness = await startPaymentHarness();
  month = await createExpertMonth(harness);
  await dateBookings(month.cancelled, new Date("2099-09-02T12:00:00.000Z"), "refund");
}, 120_000);
afterAll(async () => {
  await harness.stop();
});

const thisMonth = () => new Date().toISOString().slice(0, 7);
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const readObject = async (fileId: string) => {
  const file = await db.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { storageKey: true, ownerId: true, name: true } });
  return { ...file, bytes: await buffer(await storage().openRead(file.storageKey)) };
};

describe("an admin's export", () => {
  it("is audited when asked for, streamed into storage by the worker, listed with who asked, and only for admins", async () => {
    const admin = await createAdmin();
    const queued = await requestLedgerExport({ user: admin, input: { kind: "LEDGER_ENTRIES", from: "2099-09-01", to: "2099-09-03" }, now: new Date() });
    expect(queued).toMatchObject({ status: "QUEUED", from: "2099-09-01", to: "2099-09-03", requestedBy: { id: admin.id } });
    expect(await db.auditLog.findFirst({ where: { action: "ledger.exported", targetId: queued.id }, select: { actorId: true, data: true } })).toEqual({
      actorId: admin.id,
      data: { kind: "LEDGER_ENTRIES", from: "2099-09-01", to: "2099-09-03" },
    });

    await buildLedgerExport({ exportId: queued.id, now: new Date(), pageSize: 2 });
    const [listed] = (await listLedgerExports({ user: admin })).filter((item) => item.id === queued.id);
    expect(listed).toMatchObject({ status: "READY", requestedBy: { id: admin.id, name: admin.name } });
    const fileId = listed.downloadPath!.split("/")[4];
    const stored = await readObject(fileId);
    expect(stored).toMatchObject({ ownerId: null, name: "vetted-ledger-entries-2099-09-01-to-2099-09-03.csv" });
    const expected: string[] = [];
    for await (const chunk of exportCsvChunks("LEDGER_ENTRIES", exportBounds("2099-09-01", "2099-09-03"))) expected.push(chunk);
    expect(stored.bytes.toString("utf8")).toBe(expected.join(""));
    expect(listed.rowsDone).toBe(expected.join("").split("\r\n").length - 2);

    // Admins read it (with two-factor authentication, like every admin tool); nobody else does.
    expect(await signedFileUrl({ user: { ...admin, isTwoFactorEnabled: true }, fileId, variant: "file" })).toEqual(expect.any(String));
    expect(codeOf(await signedFileUrl({ user: month.expert, fileId, variant: "file" }).catch((error) => error))).toBe("NOT_FOUND");
    expect(
      codeOf(
        await requestLedgerExport({ user: month.expert, input: { kind: "PAYOUTS", from: "2099-09-01", to: "2099-09-01" }, now: new Date() }).catch(
          (error) => error,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect((await callOperation(requestLedgerExportOperation, month.client, { body: { kind: "PAYOUTS", from: "2099-09-01", to: "2099-09-01" } })).status).toBe(
      403,
    );
  });
});

describe("an expert's statement", () => {
  it("is asked for once per month and content, built into a PDF and a CSV the expert owns, with the ledger's net", async () => {
    const { expert } = month;
    const first = await requestStatement({ user: expert, month: thisMonth(), now: new Date() });
    expect(first).toMatchObject({ status: "QUEUED", pdfDownloadPath: null });
    expect((await requestStatement({ user: expert, month: thisMonth(), now: new Date() })).id).toBe(first.id);
    expect(await db.job.count({ where: { dedupeKey: `earnings-statement:${first.id}` } })).toBe(1);

    await buildStatement({ statementId: first.id, now: new Date() });
    const ready = await requestStatement({ user: expert, month: thisMonth(), now: new Date() });
    expect(ready).toMatchObject({ id: first.id, status: "READY" });
    const row = await db.earningsStatement.findUniqueOrThrow({ where: { id: first.id }, select: { pdfFileId: true, csvFileId: true } });
    expect(ready.pdfDownloadPath).toBe(`/api/v1/files/${row.pdfFileId}/download`);

    const pdf = await readObject(row.pdfFileId!);
    expect(pdf).toMatchObject({ ownerId: expert.id, name: `vetted-earnings-statement-${thisMonth()}.pdf` });
    const { text: pdfText } = await readPdfText(new Uint8Array(pdf.bytes));
    expect(pdfText).toContain("$1,890.04"); // 1,350.00 + 540.04 net
    expect(pdfText).toContain("$210.01"); // 150.00 + 60.01 fees
    const csv = (await readObject(row.csvFileId!)).bytes.toString("utf8");
    expect(csv).toContain(",Total released,,,USD,2100.05,210.01,1890.04,-2100.05,,\r\n");
    // The cancelled milestone's 300.00 is still held: its refund is dated 2099 for now.
    expect(csv).toContain(",Closing balance held by Vetted,,,USD,,,,300.00,,\r\n");
  });

  it("is out of date once its month changes, and asking again makes a new one", async () => {
    const { expert } = month;
    const before = (await listEarnings({ user: expert, now: new Date() })).months.find((entry) => entry.month === thisMonth())!;
    expect(before).toMatchObject({ isOutdated: false, statement: { status: "READY" }, totals: [{ currency: "USD", netCents: 189_004, feesCents: 21_001 }] });
    // A booking of the month arrives after the statement was made.
    await dateBookings(month.cancelled, new Date(), "refund");
    const after = (await listEarnings({ user: expert, now: new Date() })).months.find((entry) => entry.month === thisMonth())!;
    expect(after.isOutdated).toBe(true);
    const renewed = await requestStatement({ user: expert, month: thisMonth(), now: new Date() });
    expect(renewed.id).not.toBe(before.statement!.id);
    expect(renewed.status).toBe("QUEUED");
    await buildStatement({ statementId: renewed.id, now: new Date() });
    expect((await listEarnings({ user: expert, now: new Date() })).months.find((entry) => entry.month === thisMonth())).toMatchObject({
      isOutdated: false,
      statement: { id: renewed.id, status: "READY" },
    });
  });

  it("downloads for its expert only: another expert gets a 404, a client too; experts alone ask for statements", async () => {
    const statement = await db.earningsStatement.findFirstOrThrow({
      where: { expertProfileId: month.expert.expertProfileId!, status: "READY" },
      select: { pdfFileId: true, csvFileId: true },
    });
    expect(await signedFileUrl({ user: month.expert, fileId: statement.pdfFileId!, variant: "file" })).toEqual(expect.any(String));
    const [other] = await createApprovedExperts((await createSkill()).id, 1);
    expect(codeOf(await signedFileUrl({ user: other, fileId: statement.pdfFileId!, variant: "file" }).catch((error) => error))).toBe("NOT_FOUND");
    expect(codeOf(await signedFileUrl({ user: month.client, fileId: statement.pdfFileId!, variant: "file" }).catch((error) => error))).toBe("NOT_FOUND");
    const admin = { ...(await createAdmin()), isTwoFactorEnabled: true };
    expect(await signedFileUrl({ user: admin, fileId: statement.csvFileId!, variant: "file" })).toEqual(expect.any(String));
    expect((await callOperation(requestStatementOperation, month.client, { body: { month: thisMonth() } })).status).toBe(403);
    expect(await refusalOf(callOperation(requestStatementOperation, month.expert, { body: { month: "2018-13" } }))).toMatchObject({ status: 422 });
    const future = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1)).toISOString().slice(0, 7);
    expect(await refusalOf(callOperation(requestStatementOperation, month.expert, { body: { month: future } }))).toMatchObject({
      code: "VALIDATION_FAILED",
      message: "That month has not started yet.",
    });
  });
});

describe("account deletion", () => {
  it("deletes the expert's statements with their files and objects; the ledger stays", async () => {
    const { expert } = month;
    const statements = await db.earningsStatement.findMany({
      where: { expertProfileId: expert.expertProfileId! },
      select: { pdfFileId: true, csvFileId: true },
    });
    expect(statements.length).toBeGreaterThan(0);
    const fileIds = statements.flatMap((statement) => [statement.pdfFileId!, statement.csvFileId!]);
    const keys = (await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { storageKey: true } })).map((file) => file.storageKey);
    expect(keys).toHaveLength(fileIds.length);
    const bookings = await db.ledgerTransaction.count({ where: { contractId: month.contractId } });
    const answer = await callOperation(deleteAccountOperation, expert, { body: { password: "fixture password 123", confirmation: "DELETE" } });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(await db.earningsStatement.count({ where: { expertProfileId: expert.expertProfileId! } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: { in: fileIds } } })).toBe(0);
    for (const key of keys) expect(await storage().stat(key)).toBeNull();
    expect(await db.ledgerTransaction.count({ where: { contractId: month.contractId } })).toBe(bookings);
  });
});
