import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { auditLogQuerySchema } from "@/lib/admin/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { createAdmin } from "../fixtures/matching";

// Every audit entry goes through recordAudit. The database is shared with other test files: each test
// looks only at entries about a target id of its own.

const entriesAbout = (targetId: string) =>
  db.auditLog.findMany({ where: { targetId }, select: { actorId: true, action: true, targetType: true, targetId: true, data: true, requestId: true } });

describe("recordAudit", () => {
  it("writes who did what to which record, with its data and the HTTP request's id, and returns the entry's id", async () => {
    const admin = await createAdmin();
    const targetId = randomUUID();
    const entry = await recordAudit(db, {
      actorId: admin.id,
      action: "ledger.checked",
      targetType: "Ledger",
      targetId,
      data: { differences: 0 },
      requestId: "req-1",
    });
    expect(await entriesAbout(targetId)).toEqual([
      { actorId: admin.id, action: "ledger.checked", targetType: "Ledger", targetId, data: { differences: 0 }, requestId: "req-1" },
    ]);
    expect(await db.auditLog.findUnique({ where: { id: entry.id }, select: { targetId: true } })).toEqual({ targetId });
  });

  it("records what the system did with no actor, no data and no request id", async () => {
    const targetId = randomUUID();
    await db.$transaction((tx) => recordAudit(tx, { actorId: null, action: "milestone.auto-release", targetType: "Milestone", targetId }));
    expect(await entriesAbout(targetId)).toEqual([
      { actorId: null, action: "milestone.auto-release", targetType: "Milestone", targetId, data: {}, requestId: null },
    ]);
  });

  it("commits with the caller's transaction and is rolled back with it", async () => {
    const targetId = randomUUID();
    const failing = db.$transaction(async (tx) => {
      await recordAudit(tx, { actorId: null, action: "payment.held-for-review", targetType: "Payment", targetId });
      throw new Error("the change it records failed");
    });
    await expect(failing).rejects.toThrow("the change it records failed");
    expect(await entriesAbout(targetId)).toEqual([]);
  });

  it("takes only actions and target types on the list (a compile error otherwise)", async () => {
    const targetId = randomUUID();
    const writeUnlisted = () =>
      db.$transaction(async (tx) => {
        // @ts-expect-error an action that is not on lib/audit/actions.ts's list
        await recordAudit(tx, { actorId: null, action: "milestone.teleported", targetType: "Milestone", targetId });
        // @ts-expect-error a target type the console cannot link to
        await recordAudit(tx, { actorId: null, action: "milestone.removed", targetType: "Spaceship", targetId });
        throw new Error("never committed");
      });
    await expect(writeUnlisted()).rejects.toThrow("never committed");
    expect(await entriesAbout(targetId)).toEqual([]);
  });

  it("reads in the admin console in the words the console has for its action", async () => {
    const admin = await createAdmin();
    const targetId = randomUUID();
    await recordAudit(db, { actorId: admin.id, action: "ledger.checked", targetType: "Ledger", targetId, data: { differences: 2 } });
    const page = await listAuditLog({ user: admin, query: auditLogQuerySchema.parse({ targetId }) });
    expect(page.entries).toMatchObject([{ action: "ledger.checked", actionLabel: "Ran the ledger check", summary: "differences: 2", actor: { id: admin.id } }]);
  });
});
