import { z } from "zod";
import { countryName } from "@/lib/countries";

// The "Billed to" block of a document, copied from the company's billing details when it is issued.

export const partySnapshotSchema = z.object({ name: z.string(), lines: z.array(z.string()) });
export type PartySnapshot = z.infer<typeof partySnapshotSchema>;

export type CompanyBilling = {
  name: string;
  billingLegalName: string | null;
  billingAddressLine1: string | null;
  billingAddressLine2: string | null;
  billingPostalCode: string | null;
  billingCity: string | null;
  billingRegion: string | null;
  billingCountry: string | null;
  billingTaxId: string | null;
};

export const COMPANY_BILLING_SELECT = {
  name: true,
  billingLegalName: true,
  billingAddressLine1: true,
  billingAddressLine2: true,
  billingPostalCode: true,
  billingCity: true,
  billingRegion: true,
  billingCountry: true,
  billingTaxId: true,
  billingEmails: true,
} as const;

export function billedToSnapshot(company: CompanyBilling): PartySnapshot {
  const cityLine = [company.billingPostalCode, company.billingCity].filter(Boolean).join(" ");
  const lines = [
    company.billingLegalName && company.billingLegalName !== company.name ? `(${company.name})` : null,
    company.billingAddressLine1,
    company.billingAddressLine2,
    cityLine || null,
    company.billingRegion,
    company.billingCountry ? countryName(company.billingCountry) : null,
    company.billingTaxId ? `Tax ID: ${company.billingTaxId}` : null,
  ].filter((line): line is string => Boolean(line));
  return { name: company.billingLegalName ?? company.name, lines };
}
