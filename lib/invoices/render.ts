import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { drawInvoicePdf } from "./draw-invoice";
import { BILLING_PAGE_PATH, invoiceDownloadPath, invoiceFileName, invoiceTitle } from "./names";

// The documents.render-invoice job: draws the PDF, stores it in file storage, records it on the
// document, then emails the company's owners and finance members (and its billing addresses). Each
// step is skipped once done, so a retry after a crash repeats only what did not finish (a crash between
// storing the PDF and recording it leaves that one copy unreferenced; the retry stores and records a
// new one); the emails are written once, in the transaction that marks the document emailed.

const INVOICE_SELECT = {
  id: true,
  companyId: true,
  kind: true,
  number: true,
  chargeKind: true,
  currency: true,
  lines: true,
  subtotalCents: true,
  feeCents: true,
  totalCents: true,
  billedTo: true,
  issuer: true,
  paidAt: true,
  issuedAt: true,
  stripePaymentIntentId: true,
  stripeChargeId: true,
  stripeRefundId: true,
  fileId: true,
  emailedAt: true,
  contract: { select: { title: true } },
  credits: { select: { number: true } },
  company: { select: { name: true, billingEmails: true } },
} as const;

/**
 * Where the PDF goes: file storage (lib/files/), passed in by the worker — lib/files/ asks this room who
 * may read a document, so this room does not import it back.
 */
export type DocumentStore = {
  save(file: { name: string; contentType: string; body: Buffer; now: Date }): Promise<{ id: string }>;
  discard(fileId: string): Promise<void>;
};

export async function renderInvoice({ invoiceId, now, store }: { invoiceId: string; now: Date; store: DocumentStore }) {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: INVOICE_SELECT });
  if (!invoice) return;
  let fileId = invoice.fileId;
  if (!fileId) {
    const bytes = await drawInvoicePdf({ ...invoice, contractTitle: invoice.contract.title, creditsNumber: invoice.credits?.number ?? null });
    const file = await store.save({ name: invoiceFileName(invoice), contentType: "application/pdf", body: Buffer.from(bytes), now });
    // Only the first run to finish records its file; a concurrent run's copy is removed.
    const { count } = await db.invoice.updateMany({ where: { id: invoice.id, fileId: null }, data: { fileId: file.id, renderedAt: now } });
    if (count) fileId = file.id;
    else {
      await store.discard(file.id);
      fileId = (await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { fileId: true } })).fileId;
    }
  }
  if (!invoice.emailedAt && fileId) await emailInvoice(invoice, fileId, now);
}

type Mailable = {
  id: string;
  companyId: string;
  kind: "RECEIPT" | "CREDIT_NOTE";
  number: string;
  currency: string;
  totalCents: number;
  paidAt: Date;
  contract: { title: string };
  company: { name: string; billingEmails: string[] };
};

async function emailInvoice(invoice: Mailable, fileId: string, now: Date) {
  const title = invoiceTitle(invoice.kind);
  const amount = formatMoney(invoice.totalCents, invoice.currency);
  const summary =
    invoice.kind === "RECEIPT"
      ? `${invoice.company.name} paid ${amount} on ${formatDate(invoice.paidAt)} for "${invoice.contract.title}".`
      : `${amount} was refunded to ${invoice.company.name} on ${formatDate(invoice.paidAt)} for "${invoice.contract.title}".`;
  await db.$transaction(async (tx) => {
    const { count } = await tx.invoice.updateMany({ where: { id: invoice.id, emailedAt: null }, data: { emailedAt: now } });
    if (!count) return;
    const members = await companyRecipients(tx, { companyId: invoice.companyId }, ["viewBilling"]);
    await notifyUsers(tx, members, {
      kind: "invoice.issued",
      title: `${title} ${invoice.number}: ${amount}`,
      body: `${summary}\n\nDownload the PDF: ${appUrl(invoiceDownloadPath(fileId))}\nAll receipts are on your billing page.`,
      link: BILLING_PAGE_PATH,
      dedupeKey: `invoice:${invoice.id}`,
    });
    const memberEmails = new Set((await tx.user.findMany({ where: { id: { in: members } }, select: { email: true } })).map((user) => user.email.toLowerCase()));
    const extra = invoice.company.billingEmails.filter((email) => !memberEmails.has(email.toLowerCase()));
    if (!extra.length) return;
    await tx.emailOutbox.createMany({
      data: extra.map((email) => ({
        toEmail: email,
        subject: `${title} ${invoice.number} from Vetted: ${amount}`,
        text: [
          summary,
          "",
          `${title}: ${invoice.number}`,
          `Amount: ${amount}`,
          "",
          `The PDF is on ${invoice.company.name}'s billing page in Vetted, for its owners and finance members: ${appUrl(BILLING_PAGE_PATH)}`,
          "",
          "—",
          `You get this email because ${invoice.company.name} lists this address for billing at Vetted. Its owners and finance members can change that in the billing settings.`,
        ].join("\n"),
        dedupeKey: `invoice:${invoice.id}:billing:${email.toLowerCase()}`,
      })),
      skipDuplicates: true,
    });
  });
}
