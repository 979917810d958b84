// What Stripe still needs (its `currently_due` requirement keys) in words an expert understands.
// Keys are dotted paths such as "individual.dob.day"; several keys can mean one thing to fill in.

const WORDS: [pattern: RegExp, words: string][] = [
  [/^external_account/, "A bank account to receive payouts"],
  [/^tos_acceptance/, "Accepting Stripe's terms of service"],
  [/\.verification\.(additional_)?document/, "A photo of an identity document"],
  [/\.dob\./, "Your date of birth"],
  [/\.address\./, "Your address"],
  [/\.(first|last)_name(_kana|_kanji)?$/, "Your legal name"],
  [/\.email$/, "Your email address"],
  [/\.phone$/, "Your phone number"],
  [/\.(id_number|ssn_last_4)$/, "Your tax or national ID number"],
  [/^business_type$/, "Whether you work as an individual or a company"],
  [/^business_profile\./, "What you do: a website or a short description of your work"],
  [/^(company|representative|owners|directors|executives)\b/, "Details about your company and its people"],
];

const FALLBACK = "A few more details Stripe asks for";

/** One line per thing to do, in Stripe's order, without repeats. */
export function describeRequirements(keys: readonly string[]): string[] {
  return [...new Set(keys.map((key) => WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? FALLBACK))];
}
