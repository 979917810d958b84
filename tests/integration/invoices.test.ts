import type { Stripe } from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canReadFile, fileAccessSelect } from "@/lib/files/access";
import { updateBillingDetails } from "@/lib/invoices/billing";
import { issueReceipt, renderJobKey } from "@/lib/invoices/issue";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { type DocumentStore, renderInvoice } from "@/lib/invoices/render";
import { billingDetailsSchema } from "@/lib/invoices/schemas";
import { runClaimedJob } from "@/lib/jobs/run-due-jobs";
import { cancelMilestone } from "@/lib/milestones/cancel-milestone";
import { startFunding } from "@/lib/milestones/start-funding";
import { platformFee } from "@/lib/payments/fees";
import { recordCheckoutCompleted } from "@/lib/payments/record-payment";
import { processStripeEvent } from "@/lib/payments/webhooks";
import { storage } from "@/lib/storage";
import { generatedDocumentStore } from "@/lib/worker/document-store";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";
import { readPdfText } from "../support/pdf-text";

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

async function fund(client: SessionUser, milestoneId: string) {
  const { checkoutUrl } = await startFunding({ user: client, milestoneId });
  await harness.pay(checkoutUrl);
  await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the milestone to be funded");
  return db.payment.findFirstOrThrow({ where: { milestoneId, status: "SUCCEEDED" }, select: { id: true, amountCents: true, stripePaymentIntentId: true } });
}

const receiptOf = (paymentId: string) => db.invoice.findUniqueOrThrow({ where: { paymentId } });

/** What the ledger booked for a payment: the escrow side of its funding transaction. */
async function ledgerAmountOf(idempotencyKey: string) {
  const entries = await db.ledgerEntry.findMany({ where: { transaction: { idempotencyKey }, amountCents: { gt: 0 } }, select: { amountCents: true } });
  return entries.reduce((sum, entry) => sum + entry.amountCents, 0);
}

async function pdfTextOf(fileId: string) {
  const file = await db.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { storageKey: true, size: true, contentType: true } });
  expect(file.contentType).toBe("application/pdf");
  const bytes = await storage().readRange(file.storageKey, 0, file.size - 1);
  return (await readPdfText(bytes)).text;
}

async function setBilling(user: SessionUser, emails: string[] = []) {
  return updateBillingDetails({
    user,
    details: billingDetailsSchema.parse({
      legalName: "Żółć Analytics GmbH",
      addressLine1: "Friedrichstraße 1",
      postalCode: "10117",
      city: "Berlin",
      country: "DE",
      taxId: "DE123456789",
      emails,
    }),
    now: new Date(),
  });
}

describe("a receipt for every client charge", () => {
  it("is issued with the payment, totals the ledger's funding to the cent, and is drawn, stored and mailed once", async () => {
    const { client, contractId, milestoneIds } = await createFundableContract(harness, [123_455]);
    const billingEmail = `ap-${Date.now()}@example.test`;
    await setBilling(client, [billingEmail]);
    const payment = await fund(client, milestoneIds[0]);

    const receipt = await receiptOf(payment.id);
    expect(receipt).toMatchObject({ kind: "RECEIPT", sequence: 1, number: "R-000001", contractId, currency: "USD", totalCents: 123_455, feeCents: 0 });
    expect(receipt.totalCents).toBe(await ledgerAmountOf(`fund:${payment.id}`));
    expect(receipt.totalCents).toBe(payment.amountCents);
    expect(receipt.stripePaymentIntentId).toBe(payment.stripePaymentIntentId);
    expect(receipt.billedTo).toMatchObject({ name: "Żółć Analytics GmbH", lines: expect.arrayContaining(["10117 Berlin", "Germany", "Tax ID: DE123456789"]) });
    expect(await db.job.count({ where: { dedupeKey: renderJobKey(receipt.id), status: "QUEUED" } })).toBe(1);

    await renderInvoice({ invoiceId: receipt.id, now: new Date(), store: generatedDocumentStore });
    const rendered = await receiptOf(payment.id);
    expect(rendered.fileId).not.toBeNull();
    const text = await pdfTextOf(rendered.fileId!);
    for (const expected of [
      "Receipt",
      "R-000001",
      "Żółć Analytics GmbH",
      "Tax ID: DE123456789",
      "$1,234.55",
      "Total paid",
      "Not charged",
      payment.stripePaymentIntentId!,
    ]) {
      expect(text).toContain(expected);
    }

    const mails = () =>
      db.emailOutbox.findMany({ where: { dedupeKey: { startsWith: `invoice:${receipt.id}` } }, select: { toEmail: true, subject: true, text: true } });
    const sent = await mails();
    expect(sent.map((mail) => mail.toEmail).sort()).toEqual([billingEmail, client.email].sort());
    expect(sent[0].subject).toContain("R-000001");
    expect(sent.find((mail) => mail.toEmail === client.email)?.text).toContain(`/api/v1/files/${rendered.fileId}/download`);

    // The job again (a retry): nothing new is drawn, stored or sent.
    await renderInvoice({ invoiceId: receipt.id, now: new Date(), store: generatedDocumentStore });
    expect((await receiptOf(payment.id)).fileId).toBe(rendered.fileId);
    expect(await mails()).toHaveLength(2);
  });

  it("keeps the billing details it was issued with when they change later", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [10_000]);
    await setBilling(client);
    const payment = await fund(client, milestoneIds[0]);
    await updateBillingDetails({ user: client, details: billingDetailsSchema.parse({ legalName: "Renamed Ltd" }), now: new Date() });
    expect((await receiptOf(payment.id)).billedTo).toMatchObject({ name: "Żółć Analytics GmbH" });
  });

  it("is issued once however often, in whatever order and at once the webhook is replayed", async () => {
    const { client, contractId, milestoneIds } = await createFundableContract(harness, [50_000]);
    const payment = await fund(client, milestoneIds[0]);
    const events = await db.stripeEvent.findMany({
      where: { type: "checkout.session.completed", payload: { path: ["data", "object", "metadata", "paymentId"], equals: payment.id } },
      select: { id: true, payload: true },
    });
    expect(events.length).toBeGreaterThan(0);
    await db.stripeEvent.updateMany({ where: { id: { in: events.map((event) => event.id) } }, data: { processedAt: null } });
    const session = (events[0].payload as unknown as Stripe.Event).data.object as Stripe.Checkout.Session;
    await Promise.all([
      ...events.flatMap((event) => [processStripeEvent(event.id), processStripeEvent(event.id)]),
      ...Array.from({ length: 4 }, () => recordCheckoutCompleted(session)),
    ]);
    const receipts = await db.invoice.findMany({ where: { contractId }, select: { sequence: true, paymentId: true } });
    expect(receipts).toEqual([{ sequence: 1, paymentId: payment.id }]);
    const company = await db.company.findUniqueOrThrow({ where: { id: client.companyId! }, select: { lastReceiptNumber: true } });
    expect(company.lastReceiptNumber).toBe(1);
    expect(await db.job.count({ where: { kind: "documents.render-invoice", payload: { equals: { invoiceId: (await receiptOf(payment.id)).id } } } })).toBe(1);
  });

  it("numbers concurrent payments of one company 1…n without gaps or repeats", async () => {
    const amounts = [10_001, 20_002, 30_003, 40_004, 50_005, 60_006];
    const { client, milestoneIds } = await createFundableContract(harness, amounts);
    const payments = await Promise.all(milestoneIds.map((milestoneId) => fund(client, milestoneId)));
    const receipts = await db.invoice.findMany({ where: { companyId: client.companyId!, kind: "RECEIPT" }, orderBy: { sequence: "asc" } });
    expect(receipts.map((receipt) => receipt.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(receipts.map((receipt) => receipt.number)).toEqual(["R-000001", "R-000002", "R-000003", "R-000004", "R-000005", "R-000006"]);
    expect(new Set(receipts.map((receipt) => receipt.paymentId))).toEqual(new Set(payments.map((payment) => payment.id)));
    for (const payment of payments) expect((await receiptOf(payment.id)).totalCents).toBe(await ledgerAmountOf(`fund:${payment.id}`));
  });

  it("leaves no gap when the transaction that recorded the charge rolls back", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [10_000, 20_000]);
    const first = await fund(client, milestoneIds[0]);
    const rollback = new Error("rolled back on purpose");
    await expect(
      db.$transaction(async (tx) => {
        await issueReceipt(tx, { paymentId: first.id, now: new Date(), expertSideFee: platformFee });
        const otherPayment = await tx.payment.create({
          data: { milestoneId: milestoneIds[1], amountCents: 20_000, currency: "USD", idempotencyKey: `rollback-${milestoneIds[1]}`, status: "SUCCEEDED" },
          select: { id: true },
        });
        await issueReceipt(tx, { paymentId: otherPayment.id, now: new Date(), expertSideFee: platformFee });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const second = await fund(client, milestoneIds[1]);
    expect((await receiptOf(second.id)).sequence).toBe(2);
  });

  it("is rendered once when the worker crashes between storing the PDF and recording it", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [77_700]);
    const payment = await fund(client, milestoneIds[0]);
    const receipt = await receiptOf(payment.id);
    const job = await db.job.findUniqueOrThrow({
      where: { dedupeKey: renderJobKey(receipt.id) },
      select: { id: true, kind: true, payload: true, maxAttempts: true },
    });
    const workerId = `invoices-test-${job.id}`;
    const claim = async () => {
      const { attempts } = await db.job.update({ where: { id: job.id }, data: { lockedBy: workerId, attempts: { increment: 1 } }, select: { attempts: true } });
      return { ...job, attempts };
    };
    let stored: string | null = null;
    const crashingStore: DocumentStore = {
      async save(file) {
        stored = (await generatedDocumentStore.save(file)).id;
        throw new Error("the worker was killed");
      },
      discard: generatedDocumentStore.discard,
    };
    await runClaimedJob(await claim(), {
      workerId,
      now: new Date(),
      handlers: { ...JOB_HANDLERS, "documents.render-invoice": ({ invoiceId }, now) => renderInvoice({ invoiceId, now, store: crashingStore }) },
    });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, lastError: true } })).toMatchObject({
      status: "QUEUED",
      lastError: expect.stringContaining("killed"),
    });
    expect((await receiptOf(payment.id)).fileId).toBeNull();
    expect(await db.emailOutbox.count({ where: { dedupeKey: { startsWith: `invoice:${receipt.id}` } } })).toBe(0);

    await runClaimedJob(await claim(), { workerId, now: new Date(), handlers: JOB_HANDLERS });
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { status: true } })).status).toBe("COMPLETED");
    const rendered = await receiptOf(payment.id);
    expect(rendered.fileId).not.toBeNull();
    expect(rendered.fileId).not.toBe(stored);
    expect(await pdfTextOf(rendered.fileId!)).toContain("$777.00");
    expect(await db.emailOutbox.count({ where: { dedupeKey: { startsWith: `invoice:${receipt.id}` } } })).toBe(1);
  });

  it("gets a credit note, in its own gapless sequence, when the charge is refunded", async () => {
    const { client, milestoneIds } = await createFundableContract(harness, [45_000, 5_000]);
    const payment = await fund(client, milestoneIds[0]);
    await cancelMilestone({ user: client, milestoneId: milestoneIds[0], now: new Date() });
    await eventually(async () => (await milestoneStatus(milestoneIds[0])) === "REFUNDED", "the refund");
    const refund = await db.refund.findFirstOrThrow({ where: { paymentId: payment.id, status: "SUCCEEDED" }, select: { id: true, idempotencyKey: true } });
    const note = await db.invoice.findUniqueOrThrow({ where: { refundId: refund.id } });
    const receipt = await receiptOf(payment.id);
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", sequence: 1, number: "CN-000001", creditsId: receipt.id, totalCents: 45_000 });
    expect(note.totalCents).toBe(await ledgerAmountOf(refund.idempotencyKey));
    const { invoices } = await listInvoices({ user: client });
    expect(invoices.find((invoice) => invoice.id === receipt.id)).toMatchObject({ status: "REFUNDED", statusLabel: "Refunded" });
    expect(invoices.find((invoice) => invoice.id === note.id)).toMatchObject({ status: "CREDIT", credits: { number: "R-000001" } });
    await renderInvoice({ invoiceId: note.id, now: new Date(), store: generatedDocumentStore });
    const text = await pdfTextOf((await db.invoice.findUniqueOrThrow({ where: { id: note.id }, select: { fileId: true } })).fileId!);
    for (const expected of ["Credit note", "CN-000001", "R-000001", "$450.00", "Total credited"]) expect(text).toContain(expected);
  });
});

describe("who sees money documents", () => {
  it("owners, finance members and admins do; hiring managers, viewers, experts and other companies do not", async () => {
    const { client, expert, milestoneIds } = await createFundableContract(harness, [12_300]);
    const payment = await fund(client, milestoneIds[0]);
    const receipt = await receiptOf(payment.id);
    await renderInvoice({ invoiceId: receipt.id, now: new Date(), store: generatedDocumentStore });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: (await receiptOf(payment.id)).fileId! }, select: fileAccessSelect });

    const finance = await addColleague(client.companyId!, "FINANCE");
    const hiringManager = await addColleague(client.companyId!, "HIRING_MANAGER");
    const viewer = await addColleague(client.companyId!, "VIEWER");
    const other = await createFundableContract(harness, [1_000], { payouts: false });
    const adminUser: SessionUser = {
      id: "invoices-admin",
      email: "admin@example.test",
      name: "Admin",
      role: "ADMIN",
      companyId: null,
      companyRole: null,
      expertProfileId: null,
      isTwoFactorEnabled: true,
    };

    expect(await canReadFile(client, file)).toBe(true);
    expect(await canReadFile(finance, file)).toBe(true);
    expect(await canReadFile(adminUser, file)).toBe(true);
    for (const outsider of [hiringManager, viewer, expert, other.client]) expect(await canReadFile(outsider, file)).toBe(false);

    expect((await listInvoices({ user: finance })).invoices.map((invoice) => invoice.id)).toContain(receipt.id);
    expect((await listInvoices({ user: other.client })).invoices.map((invoice) => invoice.id)).not.toContain(receipt.id);
    for (const refused of [hiringManager, viewer]) {
      expect(codeOf(await listInvoices({ user: refused }).catch((error) => error))).toBe("FORBIDDEN");
      expect(codeOf(await setBilling(refused).catch((error) => error))).toBe("FORBIDDEN");
    }
    await setBilling(finance);
  });
});
