import { invalidRequest } from "../stripe-error";

// The stand-in's platform is a US account, like the app's (lib/payments/payout-countries.ts).
const PLATFORM_COUNTRY = "US";

const EURO_COUNTRIES = "AT BE CY DE EE ES FI FR GR HR IE IS IT LT LU LV MT NL PT SI SK".split(" ");
const OTHER_CURRENCIES: Record<string, string> = {
  AE: "aed",
  AR: "ars",
  AU: "aud",
  BG: "bgn",
  CA: "cad",
  CH: "chf",
  CL: "clp",
  CO: "cop",
  CR: "crc",
  CZ: "czk",
  DK: "dkk",
  GB: "gbp",
  HK: "hkd",
  HU: "huf",
  ID: "idr",
  IL: "ils",
  IN: "inr",
  JP: "jpy",
  KE: "kes",
  KR: "krw",
  MX: "mxn",
  MY: "myr",
  NG: "ngn",
  NO: "nok",
  NZ: "nzd",
  PE: "pen",
  PH: "php",
  PL: "pln",
  RO: "ron",
  RS: "rsd",
  SE: "sek",
  SG: "sgd",
  TH: "thb",
  TR: "try",
  TW: "twd",
  US: "usd",
  UY: "uyu",
  VN: "vnd",
  ZA: "zar",
};

export function defaultCurrencyOf(country: string): string {
  return EURO_COUNTRIES.includes(country) ? "eur" : (OTHER_CURRENCIES[country] ?? "usd");
}

/**
 * Stripe's rules for a US platform: an account in another country is paid across the border, which
 * needs the recipient service agreement; a recipient account takes no card payments; and US accounts
 * cannot be recipients.
 */
export function checkCrossBorderTerms(country: string, serviceAgreement: "full" | "recipient", capabilities: string[]): void {
  const param = "tos_acceptance[service_agreement]";
  if (country !== PLATFORM_COUNTRY && serviceAgreement !== "recipient") {
    throw invalidRequest(
      `Connected accounts in ${country} created by a platform in ${PLATFORM_COUNTRY} must use the recipient service agreement (cross-border payouts).`,
      { param },
    );
  }
  if (country === PLATFORM_COUNTRY && serviceAgreement === "recipient") {
    throw invalidRequest(`The recipient service agreement is not available for accounts in ${country}.`, { param });
  }
  if (serviceAgreement === "recipient" && capabilities.some((name) => name !== "transfers")) {
    throw invalidRequest("Accounts under the recipient service agreement can only request the transfers capability.", { param: "capabilities" });
  }
}
