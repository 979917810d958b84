import { describe, expect, it } from "vitest";
import { findPayoutCountry, needsRecipientAgreement, PAYOUT_COUNTRIES, PLATFORM_COUNTRY } from "@/lib/payments/payout-countries";

describe("payout countries", () => {
  it("lists each country once, with an ISO code and a currency Intl knows", () => {
    const codes = PAYOUT_COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const country of PAYOUT_COUNTRIES) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(() => new Intl.NumberFormat("en-US", { style: "currency", currency: country.currency })).not.toThrow();
      expect(new Intl.DisplayNames("en", { type: "region" }).of(country.code)).not.toBe(country.code);
    }
    expect(codes).toContain(PLATFORM_COUNTRY);
  });

  it("finds a country by code in any case, and nothing for a country Stripe cannot pay out to", () => {
    expect(findPayoutCountry("de")).toEqual({ code: "DE", name: "Germany", currency: "EUR" });
    expect(findPayoutCountry("KP")).toBeNull();
    expect(findPayoutCountry("")).toBeNull();
  });

  it("needs the recipient agreement everywhere but the platform's own country", () => {
    expect(needsRecipientAgreement("US")).toBe(false);
    expect(needsRecipientAgreement("us")).toBe(false);
    expect(needsRecipientAgreement("GB")).toBe(true);
    expect(needsRecipientAgreement("IN")).toBe(true);
  });
});
