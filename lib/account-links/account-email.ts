import type { Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { sealText } from "./sealed-text";

export type AccountEmail = { to: string; subject: string; text: string; dedupeKey?: string };

/**
 * An email about the account itself, straight to the outbox: no in-app notification (a link with a
 * token must not sit in the notification list), and sealed when it carries a secret link.
 */
export async function queueAccountEmail(tx: Transaction, email: AccountEmail, { hasSecretLink = false } = {}) {
  await tx.emailOutbox.createMany({
    data: [{ toEmail: email.to, subject: email.subject, text: hasSecretLink ? sealText(email.text) : email.text, dedupeKey: email.dedupeKey ?? null }],
    skipDuplicates: true,
  });
}

export function accountUrl(path: string, params: Record<string, string> = {}) {
  const url = new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000");
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** "jo…@example.com": enough for the owner to recognise an address, not enough to hand it to a stranger. */
export function maskEmail(email: string) {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 2)}…@${domain}`;
}
