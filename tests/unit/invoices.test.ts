import { describe, expect, it } from "vitest";
import { billedToSnapshot } from "@/lib/invoices/billed-to";
import { creditNoteAmounts, receiptAmounts } from "@/lib/invoices/line-items";
import { invoiceStatus } from "@/lib/invoices/list-invoices";
import { formatInvoiceNumber } from "@/lib/invoices/numbering";
import { billingDetailsSchema } from "@/lib/invoices/schemas";
import { platformFee } from "@/lib/payments/fees";

const charge = {
  kind: "MILESTONE_FUNDING" as const,
  milestonePosition: 2,
  milestoneTitle: "API design",
  contractTitle: "Payments rebuild",
  expertName: "Zoë Müller",
  amountCents: 123_455,
  currency: "USD",
  platformFeeBps: 1000,
  expertSideFeeCents: platformFee(123_455, 1000),
};

describe("invoice numbers", () => {
  it("are the kind's prefix and the sequence, six digits, growing past a million", () => {
    expect(formatInvoiceNumber("RECEIPT", 1)).toBe("R-000001");
    expect(formatInvoiceNumber("RECEIPT", 42)).toBe("R-000042");
    expect(formatInvoiceNumber("CREDIT_NOTE", 3)).toBe("CN-000003");
    expect(formatInvoiceNumber("RECEIPT", 1_234_567)).toBe("R-1234567");
  });
});

describe("a milestone funding receipt", () => {
  it("totals exactly what the client paid, with the fee on its own line and not charged", () => {
    const { lines, subtotalCents, feeCents, totalCents } = receiptAmounts(charge);
    expect(totalCents).toBe(123_455);
    expect(subtotalCents).toBe(123_455);
    expect(feeCents).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: "WORK", quantity: 1, unitCents: 123_455, amountCents: 123_455 });
    expect(lines[0].description).toContain("Milestone 2: API design");
    expect(lines[0].description).toContain("Zoë Müller");
    expect(lines[1]).toMatchObject({ kind: "PLATFORM_FEE", amountCents: 0, note: "Not charged" });
    // 10% of 1,234.55 is 123.455, rounded half up by fees.ts: the line names the expert's side's fee.
    expect(lines[1].description).toContain("10%, $123.46");
    expect(lines[1].description).toContain("not charged to you");
  });

  it("sums to the total, line by line, for any amount and fee", () => {
    for (const [amountCents, platformFeeBps] of [
      [1, 1000],
      [99, 1250],
      [100_000_001, 0],
      [5, 10_000],
    ]) {
      const amounts = receiptAmounts({ ...charge, amountCents, platformFeeBps, expertSideFeeCents: platformFee(amountCents, platformFeeBps) });
      expect(amounts.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(amounts.totalCents);
      expect(amounts.totalCents).toBe(amountCents);
    }
  });
});

describe("a credit note", () => {
  it("credits the refunded amount against the receipt it names", () => {
    const amounts = creditNoteAmounts({ receiptNumber: "R-000007", milestoneTitle: "API design", amountCents: 40_000, reason: "split dispute" });
    expect(amounts.totalCents).toBe(40_000);
    expect(amounts.lines[0]).toMatchObject({ kind: "REFUND", amountCents: 40_000 });
    expect(amounts.lines[0].description).toContain("receipt R-000007");
  });

  it("marks its receipt refunded in full or in part", () => {
    expect(invoiceStatus({ kind: "RECEIPT", totalCents: 100, creditNotes: [] })).toBe("PAID");
    expect(invoiceStatus({ kind: "RECEIPT", totalCents: 100, creditNotes: [{ totalCents: 40 }] })).toBe("PARTLY_REFUNDED");
    expect(invoiceStatus({ kind: "RECEIPT", totalCents: 100, creditNotes: [{ totalCents: 40 }, { totalCents: 60 }] })).toBe("REFUNDED");
    expect(invoiceStatus({ kind: "CREDIT_NOTE", totalCents: 100, creditNotes: [] })).toBe("CREDIT");
  });
});

describe("billing details", () => {
  const valid = {
    legalName: "Łódź Software Sp. z o.o.",
    addressLine1: "ul. Piotrkowska 1",
    postalCode: "90-001",
    city: "Łódź",
    country: "PL",
    taxId: "pl 123-456-78-90",
  };

  it("accept a full address, upper-case the tax id and keep blank lines as nothing", () => {
    const parsed = billingDetailsSchema.parse({ ...valid, addressLine2: "  ", emails: ["AP@Example.com", "ap@example.com"] });
    expect(parsed).toMatchObject({ legalName: "Łódź Software Sp. z o.o.", addressLine2: null, region: null, taxId: "PL 123-456-78-90", country: "PL" });
    expect(parsed.emails).toEqual(["ap@example.com"]);
  });

  it("refuse what cannot be a tax id, a country or an email, in the user's words", () => {
    const issue = (input: Record<string, unknown>) => billingDetailsSchema.safeParse({ ...valid, ...input }).error?.issues[0].message;
    expect(issue({ taxId: "VAT!" })).toMatch(/letters, digits/);
    expect(issue({ taxId: "ABCDEFG" })).toMatch(/contains digits/);
    expect(issue({ country: "XX" })).toMatch(/Choose a country/);
    expect(issue({ emails: ["not-an-email"] })).toMatch(/valid email/);
    expect(issue({ emails: Array.from({ length: 6 }, (_, i) => `a${i}@example.com`) })).toMatch(/at most 5/);
    expect(issue({ legalName: " " })).toMatch(/legal name/);
    expect(billingDetailsSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });

  it("print as a billed-to block with the country's name and the tax id", () => {
    const snapshot = billedToSnapshot({
      name: "Lodz Software",
      billingLegalName: "Łódź Software Sp. z o.o.",
      billingAddressLine1: "ul. Piotrkowska 1",
      billingAddressLine2: null,
      billingPostalCode: "90-001",
      billingCity: "Łódź",
      billingRegion: null,
      billingCountry: "PL",
      billingTaxId: "PL1234567890",
    });
    expect(snapshot).toEqual({
      name: "Łódź Software Sp. z o.o.",
      lines: ["(Lodz Software)", "ul. Piotrkowska 1", "90-001 Łódź", "Poland", "Tax ID: PL1234567890"],
    });
  });

  it("fall back to the company's name when nothing is filled in", () => {
    const blank = {
      name: "Acme",
      billingLegalName: null,
      billingAddressLine1: null,
      billingAddressLine2: null,
      billingPostalCode: null,
      billingCity: null,
      billingRegion: null,
      billingCountry: null,
      billingTaxId: null,
    };
    expect(billedToSnapshot(blank)).toEqual({ name: "Acme", lines: [] });
  });
});
