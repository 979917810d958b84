import { db } from "@/lib/db";
import { exportSavedCards } from "./export-saved-cards";

// The export's sections about records kept around the user: money, notifications and emails,
// reviews, and the audit log's entries about them.

const concernsUser = (userId: string) => ({ contract: { OR: [{ clientUserId: userId }, { expertProfile: { userId } }] } });

export async function paymentsSection(userId: string) {
  const milestone = { select: { id: true, title: true, contract: { select: { id: true, title: true } } } } as const;
  const [payments, transfers, refunds, documents, statements, ledgerExports, savedCards] = await Promise.all([
    db.payment.findMany({
      where: { milestone: { contract: { clientUserId: userId } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, amountCents: true, currency: true, status: true, failureReason: true, stripePaymentIntentId: true, createdAt: true, milestone },
    }),
    db.transfer.findMany({
      where: { milestone: { contract: { expertProfile: { userId } } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, amountCents: true, feeCents: true, currency: true, status: true, stripeTransferId: true, createdAt: true, milestone },
    }),
    db.refund.findMany({
      where: { milestone: concernsUser(userId) },
      orderBy: { createdAt: "asc" },
      select: { id: true, amountCents: true, currency: true, status: true, reason: true, createdAt: true, milestone },
    }),
    // Receipts and credit notes of the contracts the user hired under (the company's documents name the company, not them).
    db.invoice.findMany({
      where: { paidByUserId: userId },
      orderBy: [{ issuedAt: "asc" }, { sequence: "asc" }],
      select: {
        id: true,
        kind: true,
        number: true,
        currency: true,
        totalCents: true,
        paidAt: true,
        issuedAt: true,
        lines: true,
        contractId: true,
        milestoneId: true,
      },
    }),
    // The statements' figures are the payouts above and the ledger; their PDF and CSV download from the earnings page.
    db.earningsStatement.findMany({
      where: { expertProfile: { userId } },
      orderBy: { createdAt: "asc" },
      select: { id: true, month: true, status: true, createdAt: true, readyAt: true },
    }),
    db.ledgerExport.findMany({
      where: { requestedById: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, fromDate: true, toDate: true, status: true, rowsDone: true, createdAt: true },
    }),
    exportSavedCards(userId),
  ]);
  return {
    paymentsYouMade: payments,
    payoutsToYou: transfers,
    refunds,
    receiptsAndCreditNotes: documents,
    earningsStatements: statements,
    ledgerExportsYouAskedFor: ledgerExports,
    cardsYouSaved: savedCards,
  };
}

export async function notificationsSection(userId: string, email: string) {
  const [notifications, emails] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.emailOutbox.findMany({
      where: { toEmail: email },
      orderBy: { createdAt: "asc" },
      select: { subject: true, text: true, status: true, createdAt: true, sentAt: true },
    }),
  ]);
  return { notifications, emailsSentToYou: emails };
}

export async function reviewsSection(userId: string) {
  const select = { rating: true, text: true, createdAt: true, contract: { select: { id: true, title: true } } } as const;
  const [written, received] = await Promise.all([
    db.review.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      select: { ...select, expertProfile: { select: { user: { select: { name: true } } } } },
    }),
    db.review.findMany({ where: { expertProfile: { userId } }, orderBy: { createdAt: "asc" }, select: { ...select, author: { select: { name: true } } } }),
  ]);
  return {
    reviewsYouWrote: written.map(({ expertProfile, ...review }) => ({ ...review, aboutExpert: expertProfile.user.name })),
    reviewsOfYou: received.map(({ author, ...review }) => ({ ...review, author: author.name })),
  };
}

const EMAIL_ADDRESS = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;

/** Entries of things the user did or that were done to their account or profile; any address but their own is blanked. */
export async function auditSection(userId: string, email: string) {
  const profile = await db.expertProfile.findUnique({ where: { userId }, select: { id: true } });
  const entries = await db.auditLog.findMany({
    where: {
      OR: [{ actorId: userId }, { targetType: "User", targetId: userId }, ...(profile ? [{ targetType: "ExpertProfile", targetId: profile.id }] : [])],
    },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, targetType: true, targetId: true, data: true, createdAt: true },
  });
  return entries.map(({ actorId, data, ...entry }) => ({
    ...entry,
    byYou: actorId === userId,
    data: JSON.parse(
      JSON.stringify(data).replace(EMAIL_ADDRESS, (found) => (found.toLowerCase() === email.toLowerCase() ? found : "[another person's email]")),
    ),
  }));
}
