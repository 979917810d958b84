import type { Prisma } from "@/generated/prisma/client";
import { appUrl } from "@/lib/app-url";
import { PREFERENCE_WORDS, type PreferenceKind } from "./preference-kinds";
import { signUnsubscribeToken, unsubscribeApiUrl, unsubscribePageUrl } from "./unsubscribe-token";

// What every email about something a user can turn off carries: a footer with a one-click
// unsubscribe link for that kind, and the RFC 8058 headers that let mail clients offer the same.

export type EmailParts = { footer: string; headers: Prisma.InputJsonValue | undefined };

export function preferenceEmailParts(userId: string, kind: PreferenceKind): EmailParts {
  const token = signUnsubscribeToken(userId, kind);
  const { label } = PREFERENCE_WORDS[kind];
  const footer = [
    "—",
    `You get this email because email for “${label}” is on.`,
    `Stop these emails with one click: ${unsubscribePageUrl(token)}`,
    `Choose all your emails: ${appUrl("/settings/notifications")}`,
  ].join("\n");
  return {
    footer,
    headers: { "List-Unsubscribe": `<${unsubscribeApiUrl(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** Security emails (sign-in alerts, suspensions, password resets, address checks) are always sent, and say so. */
export const SECURITY_EMAIL_FOOTER = "—\nThis is a security email about your Vetted account. We always send these, whatever your notification settings.";

export const withFooter = (text: string, footer: string) => `${text}\n\n${footer}`;
