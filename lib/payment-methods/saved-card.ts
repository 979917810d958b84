import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { assertCan } from "@/lib/teams/assert-can";

// The card a company saved for charges made while nobody is at the keyboard (hourly weeks, bonuses).
// Owners and finance members (`viewBilling`) see and replace it; nothing but brand, last four digits
// and expiry is ever stored here.

type CardRow = { brand: string; last4: string; expMonth: number; expYear: number; savedAt: Date };

const BRAND_NAMES: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
};

export const brandName = (brand: string) => BRAND_NAMES[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);

/** "Visa •••• 4242" */
export const cardLabel = (card: Pick<CardRow, "brand" | "last4">) => `${brandName(card.brand)} •••• ${card.last4}`;

/** "04/29" */
export const cardExpiry = (card: Pick<CardRow, "expMonth" | "expYear">) =>
  `${String(card.expMonth).padStart(2, "0")}/${String(card.expYear % 100).padStart(2, "0")}`;

export function toSavedCardView(card: CardRow) {
  return {
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    label: cardLabel(card),
    expires: cardExpiry(card),
    savedAt: card.savedAt,
  };
}

export type SavedCardView = ReturnType<typeof toSavedCardView>;

/** Whether the company can be charged off-session: for pages that require a card before hiring hourly. */
export async function hasSavedCard(companyId: string): Promise<boolean> {
  return (await db.savedCard.count({ where: { companyId } })) > 0;
}

const CARD_SELECT = { brand: true, last4: true, expMonth: true, expYear: true, savedAt: true } as const;

/** The company's saved card and how many of its charges are waiting for a working card. */
export async function getSavedCard({ user }: { user: SessionUser }) {
  assertCan(user, "viewBilling");
  const company = await db.company.findFirst({
    where: { id: user.companyId ?? "", members: { some: { userId: user.id } } },
    select: { savedCard: { select: CARD_SELECT } },
  });
  if (!company) throw notFound("Company");
  const failingCharges = await db.milestone.count({
    where: {
      status: "PENDING",
      contract: { companyId: user.companyId ?? "" },
      payments: { some: { status: "FAILED", idempotencyKey: { startsWith: "charge:" } } },
    },
  });
  return { card: company.savedCard ? toSavedCardView(company.savedCard) : null, failingCharges };
}
