import { openText } from "../../lib/account-links/sealed-text";

// The single-use links Vetted emails (reset, verification, email change), read back out of an email's
// text as the outbox holds it (sealed) with the secret the app runs with.

export type LinkPath = "/reset-password" | "/verify-email" | "/confirm-email-change";

/** The token of the link to `path` in the email text, or null when there is none. */
export function tokenInEmail(text: string, path: LinkPath, secret?: string) {
  const opened = openText(text, secret);
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=([A-Za-z0-9_-]+)`).exec(opened);
  return match?.[1] ?? null;
}
