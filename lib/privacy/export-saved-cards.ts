import { db } from "@/lib/db";
import { cardLabel } from "@/lib/payment-methods/saved-card";

/** The cards the user saved for their company, as the billing page names them: brand and last four digits, never more. */
export async function exportSavedCards(userId: string) {
  const cards = await db.savedCard.findMany({
    where: { savedByUserId: userId },
    orderBy: { savedAt: "asc" },
    select: { brand: true, last4: true, savedAt: true, company: { select: { name: true } } },
  });
  return cards.map((card) => ({ company: card.company.name, card: cardLabel(card), savedAt: card.savedAt.toISOString() }));
}
