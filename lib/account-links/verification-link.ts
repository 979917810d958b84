import type { Transaction } from "@/lib/db";
import { accountUrl, queueAccountEmail } from "./account-email";
import { issueAccountToken } from "./account-tokens";

/** Emails `email` a link that confirms it belongs to the user; the link replaces any sent before. */
export async function sendVerificationLink(tx: Transaction, user: { id: string; name: string; email: string }, now: Date) {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "EMAIL_VERIFICATION", email: user.email, now });
  await queueAccountEmail(
    tx,
    {
      to: user.email,
      subject: "Confirm your email address for Vetted",
      text:
        `Hi ${user.name},\n\nConfirm that this is your email address to start hiring, funding work or getting paid on Vetted:\n\n` +
        `${accountUrl("/verify-email", { token })}\n\nThe link works for 7 days. If you did not create a Vetted account, ignore this email.`,
    },
    { hasSecretLink: true },
  );
}
