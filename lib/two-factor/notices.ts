import type { Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";

// What the owner is told (in the app and by email) when their account's second factor changes or a
// recovery code is spent, so that someone else doing it does not go unnoticed.

const IF_NOT_YOU = "If that was not you, change your password now and check Settings → Security.";

export type TwoFactorEvent = { kind: "enabled" } | { kind: "disabled" } | { kind: "recovery-code-used"; codesLeft: number };

const MESSAGES = {
  enabled: () => ({
    title: "Two-factor authentication is on for your Vetted account",
    body: `Signing in now asks for a code from your authenticator app as well as your password. ${IF_NOT_YOU}`,
  }),
  disabled: () => ({
    title: "Two-factor authentication was turned off on your Vetted account",
    body: `Signing in now needs only your password. ${IF_NOT_YOU}`,
  }),
  "recovery-code-used": ({ codesLeft }: { codesLeft: number }) => ({
    title: "A recovery code was used on your Vetted account",
    body: `One of your two-factor recovery codes was just used; ${codesLeft} of 10 are left, and each works once. ${IF_NOT_YOU}`,
  }),
};

export function tellOwner(tx: Transaction, userId: string, event: TwoFactorEvent) {
  const message = event.kind === "recovery-code-used" ? MESSAGES[event.kind](event) : MESSAGES[event.kind]();
  return notifyUsers(tx, [userId], { kind: `account.two-factor-${event.kind}`, ...message, link: "/settings/security" });
}
