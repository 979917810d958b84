import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { runOperation } from "@/lib/api/run-operation";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { issueReceipt } from "@/lib/invoices/issue";
import { platformFee } from "@/lib/payments/fees";
import { buildDataExport } from "@/lib/privacy/build-export";
import { downloadExportOperation } from "@/lib/privacy/download-export.operation";
import { expireDataExports } from "@/lib/privacy/expire-exports";
import { EXPORT_SECTIONS } from "@/lib/privacy/export-sections";
import { listExportsOperation } from "@/lib/privacy/list-exports.operation";
import { requestExportOperation } from "@/lib/privacy/request-export.operation";
import { hashApiToken } from "@/lib/sessions/api-token-format";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionJwt } from "@/lib/sessions/session-token";
import { type ContractFixture, createActiveContract } from "../fixtures/contracts";
import { createClient } from "../fixtures/matching";
import { callOperation, refusalOf } from "../support/call-operation";

// "Download my data": the export is requested through its operation, built by the worker's handler,
// and downloaded through its operation as its owner only; it holds every section and nothing secret.

const DAY_MS = 86_400_000;

async function download(user: SessionUser, exportId: string) {
  const token = await sessionJwt.encode!({ token: { sub: user.id, role: user.role, email: user.email }, secret: env().NEXTAUTH_SECRET });
  const path = `/api/v1/privacy/exports/${exportId}/download`;
  const request = new Request(new URL(path, "http://localhost"), { headers: { cookie: `${sessionCookieName()}=${token}` } });
  return runOperation(downloadExportOperation, request, { id: exportId });
}

async function requestAndBuild(user: SessionUser) {
  const answer = await callOperation(requestExportOperation, user);
  expect(answer.status).toBe(202);
  const exportId = answer.json.id as string;
  await buildDataExport({ exportId, now: new Date() });
  return exportId;
}

async function exportedFiles(user: SessionUser, exportId: string) {
  const response = await download(user, exportId);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

let deal: ContractFixture;
beforeAll(async () => {
  deal = await createActiveContract({ milestones: [40_000, 60_000] });
  await db.message.createMany({
    data: [
      { conversationId: deal.conversationId, senderId: deal.client.id, clientMessageId: randomUUID(), body: "Can you start on Monday?" },
      { conversationId: deal.conversationId, senderId: deal.expert.id, clientMessageId: randomUUID(), body: "Monday works for me." },
    ],
  });
  const payment = await db.payment.create({
    data: {
      milestoneId: deal.milestoneIds[0],
      amountCents: 40_000,
      currency: "USD",
      status: "SUCCEEDED",
      idempotencyKey: `fund:${deal.milestoneIds[0]}:${randomUUID()}`,
    },
    select: { id: true },
  });
  await db.$transaction((tx) => issueReceipt(tx, { paymentId: payment.id, now: new Date(), expertSideFee: platformFee }));
  await db.transfer.create({
    data: {
      milestoneId: deal.milestoneIds[0],
      amountCents: 36_000,
      feeCents: 4_000,
      currency: "USD",
      status: "PAID",
      idempotencyKey: `release:${randomUUID()}`,
    },
  });
});

describe("Download my data", () => {
  it("builds a zip with every section and a README, shows progress, and tells the owner", async () => {
    const queued = await callOperation(requestExportOperation, deal.client);
    expect(queued).toMatchObject({ status: 202, json: { status: "QUEUED", downloadPath: null } });
    const exportId = queued.json.id as string;
    await buildDataExport({ exportId, now: new Date() });

    const listed = await callOperation(listExportsOperation, deal.client);
    expect(listed.json.exports).toEqual([
      expect.objectContaining({ id: exportId, status: "READY", sectionsDone: EXPORT_SECTIONS.length, sectionsTotal: EXPORT_SECTIONS.length }),
    ]);
    const files = await exportedFiles(deal.client, exportId);
    expect(Object.keys(files).sort()).toEqual([...EXPORT_SECTIONS.map((section) => section.file), "README.txt"].sort());
    for (const section of EXPORT_SECTIONS) expect(() => JSON.parse(files[section.file])).not.toThrow();

    expect(JSON.parse(files["account.json"])).toMatchObject({ id: deal.client.id, email: deal.client.email, name: deal.client.name });
    expect(JSON.parse(files["company-memberships.json"])).toEqual([expect.objectContaining({ yourRole: "OWNER" })]);
    expect(JSON.parse(files["requests.json"]).map((request: { id: string }) => request.id)).toContain(deal.requestId);
    const conversation = JSON.parse(files["conversations.json"]).find((item: { id: string }) => item.id === deal.conversationId);
    expect(conversation.messages).toEqual([
      expect.objectContaining({ from: "You", body: "Can you start on Monday?" }),
      expect.objectContaining({ from: deal.expert.name, body: "Monday works for me." }),
    ]);
    const [contract] = JSON.parse(files["contracts.json"]);
    expect(contract).toMatchObject({ id: deal.contractId, expertProfile: { user: { name: deal.expert.name } } });
    expect(contract.milestones).toHaveLength(2);
    expect(JSON.parse(files["payments.json"]).paymentsYouMade).toEqual([expect.objectContaining({ amountCents: 40_000, status: "SUCCEEDED" })]);
    expect(JSON.parse(files["payments.json"]).receiptsAndCreditNotes).toEqual([
      expect.objectContaining({ kind: "RECEIPT", number: "R-000001", totalCents: 40_000, currency: "USD" }),
    ]);
    expect(JSON.parse(files["notifications.json"]).notifications.length).toBeGreaterThan(0);
    expect(JSON.parse(files["audit-log.json"]).some((entry: { action: string; byYou: boolean }) => entry.action === "contract.proposed" && entry.byYou)).toBe(
      true,
    );
    expect(files["README.txt"]).toContain("conversations.json");

    const ready = await db.notification.findFirst({ where: { userId: deal.client.id, kind: "privacy.export-ready" }, select: { link: true } });
    expect(ready?.link).toBe("/settings/privacy");
    const email = await db.emailOutbox.findFirst({ where: { toEmail: deal.client.email, subject: "Your data export is ready" }, select: { text: true } });
    expect(email?.text).toContain("/settings/privacy");
  });

  it("holds no secrets and no one else's email address, while naming the people they dealt with", async () => {
    const { token, apiToken } = await createApiToken({ user: deal.expert, input: { name: "Invoice sync", scopes: ["read"] }, now: new Date() });
    const exportId = await requestAndBuild(deal.expert);
    const files = await exportedFiles(deal.expert, exportId);
    const everything = Object.values(files).join("\n");
    // Its tokens are listed by name and display prefix, never the token or its hash.
    expect(JSON.parse(files["security-and-settings.json"]).apiTokens).toEqual([expect.objectContaining({ name: "Invoice sync", prefix: apiToken.prefix })]);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(hashApiToken(token));
    expect(everything).not.toMatch(/argon2|passwordHash|idempotencyKey|dedupeKey/);
    expect(everything).not.toContain(deal.client.email);
    expect(everything).toContain(deal.expert.email);
    expect(everything).toContain(deal.client.name);
    const { payoutsToYou } = JSON.parse(files["payments.json"]);
    expect(payoutsToYou).toEqual([expect.objectContaining({ amountCents: 36_000, feeCents: 4_000 })]);
    expect(JSON.parse(files["expert-profile.json"]).expertProfile).toMatchObject({
      id: deal.expert.expertProfileId,
      vettingStatus: "APPROVED",
      publicProfile: false,
      country: null,
    });
    expect(JSON.parse(files["matches.json"]).invitationsYouReceived).toEqual([
      expect.objectContaining({ request: expect.objectContaining({ id: deal.requestId }) }),
    ]);
  });

  it("is downloaded by its owner only: anyone else's export, or a missing one, is a 404", async () => {
    const exportId = (await db.dataExport.findFirstOrThrow({ where: { userId: deal.client.id, status: "READY" }, select: { id: true } })).id;
    for (const stranger of [deal.expert, deal.otherExperts[0], await createClient()]) {
      const response = await download(stranger, exportId);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
    expect((await download(deal.client, "no-such-export")).status).toBe(404);
    expect((await callOperation(listExportsOperation, deal.otherExperts[0])).json.exports).toEqual([]);
  });

  it("refuses a second export while one is in flight, and more than three a day", async () => {
    const user = await createClient();
    await callOperation(requestExportOperation, user);
    expect(await refusalOf(callOperation(requestExportOperation, user))).toMatchObject({
      status: 409,
      message: expect.stringContaining("already preparing an export"),
    });
    await db.dataExport.updateMany({ where: { userId: user.id }, data: { status: "FAILED" } });
    for (let count = 2; count <= 3; count++) {
      expect((await callOperation(requestExportOperation, user)).status).toBe(202);
      await db.dataExport.updateMany({ where: { userId: user.id }, data: { status: "FAILED" } });
    }
    expect(await refusalOf(callOperation(requestExportOperation, user))).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    // The index backs the rule up when two requests race past the check.
    await expect(db.dataExport.createMany({ data: [{ userId: user.id }, { userId: user.id }] })).rejects.toThrow();
  });

  it("expires after 7 days (its bytes deleted, the download gone) and fails exports abandoned for an hour", async () => {
    const user = await createClient();
    const exportId = await requestAndBuild(user);
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: exportId }, select: { readyAt: true, expiresAt: true } });
    expect(row.expiresAt!.getTime() - row.readyAt!.getTime()).toBe(7 * DAY_MS);
    const abandoned = await db.dataExport.create({
      data: { userId: (await createClient()).id, createdAt: new Date(Date.now() - 2 * 3_600_000) },
      select: { id: true },
    });

    await expireDataExports(new Date(row.expiresAt!.getTime() + 1));
    expect(await db.dataExport.findUniqueOrThrow({ where: { id: exportId }, select: { status: true, zip: true } })).toEqual({ status: "EXPIRED", zip: null });
    expect((await download(user, exportId)).status).toBe(404);
    expect(await db.dataExport.findUniqueOrThrow({ where: { id: abandoned.id }, select: { status: true } })).toEqual({ status: "FAILED" });
  });
});
