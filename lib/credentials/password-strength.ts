import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { messageOfIssue } from "@/lib/plain-zod-messages";
import { newPasswordSchema } from "./schemas";

// The policy for every new password: sign-up today, password change and reset next. Length is checked
// by newPasswordSchema (shared with the forms); guessability by zxcvbn, whose dictionaries are
// megabytes: they load on the first check, on the server only (next.config.js keeps them out of the bundles).

/** zxcvbn's 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash attack". */
const MIN_SCORE = 3;

/**
 * zxcvbn's time grows steeply with length and with look-alike characters ("p@ssw0rd"): seconds for 200
 * characters with its defaults, in the request's thread. Scoring the first 64 characters with at most 4
 * substitutions keeps the slowest check near 50 ms here and still sees "1l0v3y0u2020" for what it is.
 * A password whose first 64 characters are strong is strong.
 */
const SCORED_LENGTH = 64;
const MAX_LOOKALIKE_SUBSTITUTIONS = 4;

const KEEP_GOING = "Add a few uncommon words or make it longer.";

let estimator: Promise<ZxcvbnFactory> | undefined;

function loadEstimator() {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    const { translations } = english;
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      // Ours where zxcvbn's English is vague or technical.
      translations: {
        ...translations,
        warnings: {
          ...translations.warnings,
          topTen: "This is one of the most used passwords.",
          topHundred: "This is a very common password.",
          common: "This is a very common password.",
          similarToCommon: "This is too close to a common password.",
          userInputs: "It contains your name, email address or company name.",
        },
        suggestions: { ...translations.suggestions, anotherWord: KEEP_GOING },
      },
      maxLength: SCORED_LENGTH,
      l33tMaxSubstitutions: MAX_LOOKALIKE_SUBSTITUTIONS,
    });
  })();
  return estimator;
}

/**
 * Why a new password would be refused, in the words shown next to the field, or null when it is fine.
 * `personalDetails` (email, name, company) count as guessable: a password made of them is weak.
 * Nothing is trimmed: spaces are part of the password as typed.
 */
export async function newPasswordProblem(password: string, personalDetails: readonly string[]): Promise<string | null> {
  const length = newPasswordSchema.safeParse(password);
  if (!length.success) return messageOfIssue(length.error.issues[0]);
  const { score, feedback } = (await loadEstimator()).check(password, guessableWords(personalDetails));
  if (score >= MIN_SCORE) return null;
  const advice = feedback.suggestions.length ? feedback.suggestions.slice(0, 2) : [KEEP_GOING];
  return [feedback.warning ?? "This password is easy to guess.", ...advice].join(" ");
}

/** Each detail whole, run together and in its parts ("Acme Robotics" → "acmerobotics", "acme", "robotics"), plus the site's own name. */
function guessableWords(details: readonly string[]) {
  const words = details.flatMap((detail) => {
    const parts = detail.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return [detail, parts.join(""), ...parts];
  });
  return [...new Set(["vetted", ...words.filter((word) => word.length >= 3)])];
}
