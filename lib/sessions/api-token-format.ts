import { createHash, randomBytes } from "node:crypto";

// `vtd_` and 32 random bytes in base64url (43 characters). That much entropy makes a fast hash the
// right one: SHA-256 of the token is what is stored, and a lookup by it needs no per-token salt.

export const API_TOKEN_PREFIX = "vtd_";
const RANDOM_BYTES = 32;
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 8;
const TOKEN_SHAPE = /^vtd_[A-Za-z0-9_-]{43}$/;

export const hashApiToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** What a token's owner sees to tell it apart: "vtd_AbCd1234…" without the rest. */
export const displayPrefixOf = (token: string) => token.slice(0, DISPLAY_LENGTH);

export const isApiTokenShaped = (value: string) => TOKEN_SHAPE.test(value);

export function generateApiToken() {
  const token = `${API_TOKEN_PREFIX}${randomBytes(RANDOM_BYTES).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: displayPrefixOf(token) };
}
