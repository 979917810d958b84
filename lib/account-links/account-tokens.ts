import { createHash, randomBytes } from "node:crypto";
import type { AccountTokenPurpose } from "@/generated/prisma/enums";
import type { db, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Single-use links: 32 random bytes in the link, only their SHA-256 in the database (a dump hands out
// no working link, and a token this long needs no slow hash). Issuing a token deletes the user's
// older unused ones of the same purpose, so only the latest email works.

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_VERIFICATION: 7 * 24 * 60 * 60_000,
  EMAIL_CHANGE: 24 * 60 * 60_000,
};

/** What the person holding a link is told when it does not work; nothing in the database changes. */
export const TOKEN_PROBLEMS = {
  invalid: "This link is not valid. It may have been copied incompletely or replaced by a newer email: use the link in the latest email, or ask for a new one.",
  expired: "This link has expired. Ask for a new one.",
  used: "This link was already used. Ask for a new one if you still need it.",
} as const;

export type TokenProblem = keyof typeof TOKEN_PROBLEMS;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token is 43 base64url characters; anything else is refused before the database is asked. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export async function issueAccountToken(tx: Transaction, options: { userId: string; purpose: AccountTokenPurpose; email: string; now: Date }) {
  const { userId, purpose, email, now } = options;
  await tx.accountToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: { userId, purpose, email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) },
    select: { id: true },
  });
  return token;
}

export type TokenCheck = { ok: true; id: string; userId: string; email: string } | { ok: false; problem: TokenProblem };

/** Whether a token would work now, without using it (the reset page asks before showing its form). */
export async function checkAccountToken(client: typeof db | Transaction, token: string, purpose: AccountTokenPurpose, now: Date): Promise<TokenCheck> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const row = await client.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, email: true, purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== purpose) return { ok: false, problem: "invalid" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, id: row.id, userId: row.userId, email: row.email };
}

/**
 * Uses a token inside the caller's transaction: of two concurrent uses one wins, the other is told
 * the link was used. Throws the holder's message when it does not work.
 */
export async function useAccountToken(tx: Transaction, token: string, purpose: AccountTokenPurpose, now: Date) {
  const check = await checkAccountToken(tx, token, purpose, now);
  if (!check.ok) throw tokenError(check.problem);
  const { count } = await tx.accountToken.updateMany({ where: { id: check.id, usedAt: null }, data: { usedAt: now } });
  if (!count) throw tokenError("used");
  return { userId: check.userId, email: check.email };
}

export const tokenError = (problem: TokenProblem) =>
  new AppError(problem === "invalid" ? "NOT_FOUND" : "CONFLICT", TOKEN_PROBLEMS[problem], { fields: { token: [problem] } });
