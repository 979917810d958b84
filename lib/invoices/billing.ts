import type { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { assertCan } from "@/lib/teams/assert-can";
import { COMPANY_BILLING_SELECT } from "./billed-to";
import type { BillingDetails } from "./schemas";

// A company's billing details: read and changed by its owners and finance members (`viewBilling`);
// other roles are refused with a 403 in their words. Documents already issued keep their own copy.

const DETAILS_SELECT = { id: true, ...COMPANY_BILLING_SELECT, billingUpdatedAt: true } satisfies Prisma.CompanySelect;

type DetailsRow = Prisma.CompanyGetPayload<{ select: typeof DETAILS_SELECT }>;

function toView(company: DetailsRow) {
  return {
    companyId: company.id,
    companyName: company.name,
    details: {
      legalName: company.billingLegalName,
      addressLine1: company.billingAddressLine1,
      addressLine2: company.billingAddressLine2,
      postalCode: company.billingPostalCode,
      city: company.billingCity,
      region: company.billingRegion,
      country: company.billingCountry,
      taxId: company.billingTaxId,
      emails: company.billingEmails,
    },
    updatedAt: company.billingUpdatedAt,
  };
}

export type BillingDetailsView = ReturnType<typeof toView>;

export async function getBillingDetails({ user }: { user: SessionUser }): Promise<BillingDetailsView> {
  assertCan(user, "viewBilling");
  const company = await db.company.findUnique({ where: { id: user.companyId ?? "" }, select: DETAILS_SELECT });
  if (!company) throw notFound("Company");
  return toView(company);
}

export async function updateBillingDetails({
  user,
  details,
  now,
  requestId,
}: {
  user: SessionUser;
  details: BillingDetails;
  now: Date;
  requestId?: string;
}): Promise<BillingDetailsView> {
  assertCan(user, "viewBilling");
  const companyId = user.companyId ?? "";
  return db.$transaction(async (tx) => {
    const { count } = await tx.company.updateMany({
      where: { id: companyId, members: { some: { userId: user.id } } },
      data: {
        billingLegalName: details.legalName,
        billingAddressLine1: details.addressLine1,
        billingAddressLine2: details.addressLine2,
        billingPostalCode: details.postalCode,
        billingCity: details.city,
        billingRegion: details.region,
        billingCountry: details.country,
        billingTaxId: details.taxId,
        billingEmails: details.emails,
        billingUpdatedAt: now,
      },
    });
    if (!count) throw notFound("Company");
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "billing.details-updated",
      targetType: "Company",
      targetId: companyId,
      data: { country: details.country, hasTaxId: details.taxId !== null, billingEmails: details.emails.length },
      requestId: requestId ?? null,
    });
    return toView(await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: DETAILS_SELECT }));
  });
}
