// Where experts can be paid out: the platform's own country plus the countries Stripe Connect supports
// for cross-border payouts from a US platform (https://docs.stripe.com/connect/cross-border-payouts),
// each with the currency Stripe pays out in there by default. A country missing here is refused before
// any Stripe account is created; adding one is adding a line.

/** The country of the platform's Stripe account. */
export const PLATFORM_COUNTRY = "US";

export type PayoutCountry = { code: string; name: string; currency: string };

export const PAYOUT_COUNTRIES: readonly PayoutCountry[] = [
  { code: "AR", name: "Argentina", currency: "ARS" },
  { code: "AU", name: "Australia", currency: "AUD" },
  { code: "AT", name: "Austria", currency: "EUR" },
  { code: "BE", name: "Belgium", currency: "EUR" },
  { code: "BG", name: "Bulgaria", currency: "BGN" },
  { code: "CA", name: "Canada", currency: "CAD" },
  { code: "CL", name: "Chile", currency: "CLP" },
  { code: "CO", name: "Colombia", currency: "COP" },
  { code: "CR", name: "Costa Rica", currency: "CRC" },
  { code: "HR", name: "Croatia", currency: "EUR" },
  { code: "CY", name: "Cyprus", currency: "EUR" },
  { code: "CZ", name: "Czech Republic", currency: "CZK" },
  { code: "DK", name: "Denmark", currency: "DKK" },
  { code: "EE", name: "Estonia", currency: "EUR" },
  { code: "FI", name: "Finland", currency: "EUR" },
  { code: "FR", name: "France", currency: "EUR" },
  { code: "DE", name: "Germany", currency: "EUR" },
  { code: "GR", name: "Greece", currency: "EUR" },
  { code: "HK", name: "Hong Kong", currency: "HKD" },
  { code: "HU", name: "Hungary", currency: "HUF" },
  { code: "IS", name: "Iceland", currency: "EUR" },
  { code: "IN", name: "India", currency: "INR" },
  { code: "ID", name: "Indonesia", currency: "IDR" },
  { code: "IE", name: "Ireland", currency: "EUR" },
  { code: "IL", name: "Israel", currency: "ILS" },
  { code: "IT", name: "Italy", currency: "EUR" },
  { code: "JP", name: "Japan", currency: "JPY" },
  { code: "KE", name: "Kenya", currency: "KES" },
  { code: "LV", name: "Latvia", currency: "EUR" },
  { code: "LT", name: "Lithuania", currency: "EUR" },
  { code: "LU", name: "Luxembourg", currency: "EUR" },
  { code: "MY", name: "Malaysia", currency: "MYR" },
  { code: "MT", name: "Malta", currency: "EUR" },
  { code: "MX", name: "Mexico", currency: "MXN" },
  { code: "NL", name: "Netherlands", currency: "EUR" },
  { code: "NZ", name: "New Zealand", currency: "NZD" },
  { code: "NG", name: "Nigeria", currency: "NGN" },
  { code: "NO", name: "Norway", currency: "NOK" },
  { code: "PE", name: "Peru", currency: "PEN" },
  { code: "PH", name: "Philippines", currency: "PHP" },
  { code: "PL", name: "Poland", currency: "PLN" },
  { code: "PT", name: "Portugal", currency: "EUR" },
  { code: "RO", name: "Romania", currency: "RON" },
  { code: "RS", name: "Serbia", currency: "RSD" },
  { code: "SG", name: "Singapore", currency: "SGD" },
  { code: "SK", name: "Slovakia", currency: "EUR" },
  { code: "SI", name: "Slovenia", currency: "EUR" },
  { code: "ZA", name: "South Africa", currency: "ZAR" },
  { code: "KR", name: "South Korea", currency: "KRW" },
  { code: "ES", name: "Spain", currency: "EUR" },
  { code: "SE", name: "Sweden", currency: "SEK" },
  { code: "CH", name: "Switzerland", currency: "CHF" },
  { code: "TW", name: "Taiwan", currency: "TWD" },
  { code: "TH", name: "Thailand", currency: "THB" },
  { code: "TR", name: "Turkey", currency: "TRY" },
  { code: "AE", name: "United Arab Emirates", currency: "AED" },
  { code: "GB", name: "United Kingdom", currency: "GBP" },
  { code: "US", name: "United States", currency: "USD" },
  { code: "UY", name: "Uruguay", currency: "UYU" },
  { code: "VN", name: "Vietnam", currency: "VND" },
];

export const findPayoutCountry = (code: string) => PAYOUT_COUNTRIES.find((country) => country.code === code.toUpperCase()) ?? null;

/**
 * An account outside the platform's country is paid across the border, which Stripe allows only under
 * the recipient service agreement: the account receives transfers and pays them out, and takes no
 * card payments itself (so `transfers` is its only capability). At home the full agreement applies.
 */
export const needsRecipientAgreement = (countryCode: string) => countryCode.toUpperCase() !== PLATFORM_COUNTRY;
