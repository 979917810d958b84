import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listUsersOperation } from "@/lib/admin/list-users.operation";
import { db } from "@/lib/db";
import { getTwoFactorStatusOperation } from "@/lib/two-factor/get-two-factor-status.operation";
import { startEnrolmentOperation } from "@/lib/two-factor/start-enrolment.operation";
import { sessionUserOf } from "../fixtures/matching";
import { enrolTwoFactor } from "../fixtures/two-factor";
import { callOperation, refusalOf } from "../support/call-operation";

async function createAdminWithoutTwoFactor() {
  const user = await db.user.create({
    data: { email: `admin-${randomUUID()}@example.test`, name: "New Admin", passwordHash: "not-used", role: "ADMIN" },
    select: { id: true },
  });
  return sessionUserOf(user.id);
}

describe("admins without two-factor authentication", () => {
  it("are refused every admin operation with 403 and what to do, but may set it up", async () => {
    const admin = await createAdminWithoutTwoFactor();
    expect(admin.isTwoFactorEnabled).toBe(false);
    expect(await refusalOf(callOperation(listUsersOperation, admin))).toMatchObject({
      status: 403,
      code: "FORBIDDEN",
      message: expect.stringContaining("Turn on two-factor authentication"),
    });
    expect((await callOperation(getTwoFactorStatusOperation, admin)).status).toBe(200);
    expect((await callOperation(startEnrolmentOperation, admin)).status).toBe(201);
  });

  it("are let in once it is on", async () => {
    const admin = await createAdminWithoutTwoFactor();
    await enrolTwoFactor(admin.id);
    expect((await callOperation(listUsersOperation, admin)).status).toBe(200);
  });
});
