import { db, type Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { PREFERENCE_KINDS, PREFERENCE_WORDS, type PreferenceKind } from "./preference-kinds";
import type { UpdateNotificationPreferencesInput } from "./preference-schemas";

// A user's email choices per kind. No row is the default: email on, no digest.

export type EmailChoice = { isEmailEnabled: boolean; isDigestEnabled: boolean };
export const DEFAULT_CHOICE: EmailChoice = { isEmailEnabled: true, isDigestEnabled: false };

type Client = Pick<Transaction, "notificationPreference">;

/** Each user's choice for one kind, defaults filled in. */
export async function emailChoicesFor(client: Client, userIds: readonly string[], kind: PreferenceKind): Promise<Map<string, EmailChoice>> {
  const rows = await client.notificationPreference.findMany({
    where: { userId: { in: [...userIds] }, kind },
    select: { userId: true, isEmailEnabled: true, isDigestEnabled: true },
  });
  const choices = new Map(userIds.map((userId) => [userId, DEFAULT_CHOICE]));
  for (const { userId, ...choice } of rows) choices.set(userId, choice);
  return choices;
}

export async function getNotificationPreferences(user: Pick<SessionUser, "id">) {
  const [rows, digest] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, isEmailEnabled: true, isDigestEnabled: true } }),
    db.emailDigest.findUnique({ where: { userId: user.id }, select: { timezone: true } }),
  ]);
  return {
    preferences: PREFERENCE_KINDS.map((kind) => {
      const row = rows.find((candidate) => candidate.kind === kind);
      return {
        kind,
        label: PREFERENCE_WORDS[kind].label,
        ...DEFAULT_CHOICE,
        ...(row && { isEmailEnabled: row.isEmailEnabled, isDigestEnabled: row.isDigestEnabled }),
      };
    }),
    digestTimezone: digest?.timezone ?? "UTC",
  };
}

export async function updateNotificationPreferences(user: Pick<SessionUser, "id">, input: UpdateNotificationPreferencesInput) {
  const kinds = input.preferences.map((preference) => preference.kind);
  if (new Set(kinds).size !== kinds.length)
    throw new AppError("VALIDATION_FAILED", "List each kind of email once.", { fields: { preferences: ["List each kind of email once."] } });
  await db.$transaction(async (tx) => {
    for (const { kind, isEmailEnabled, isDigestEnabled = false } of input.preferences) {
      // A digest is for messages only, and is email: it needs email on.
      const choice = { isEmailEnabled, isDigestEnabled: kind === "MESSAGES" && isEmailEnabled && isDigestEnabled };
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, ...choice },
        update: choice,
      });
    }
    if (input.digestTimezone) {
      await tx.emailDigest.upsert({
        where: { userId: user.id },
        create: { userId: user.id, timezone: input.digestTimezone },
        update: { timezone: input.digestTimezone },
      });
    }
  });
  return getNotificationPreferences(user);
}

/** The one-click unsubscribe: email for this kind off (a digest too), whatever it was. */
export async function turnOffEmail(userId: string, kind: PreferenceKind) {
  // A link outlives a deleted account: there is nothing left to email.
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) return;
  const off = { isEmailEnabled: false, isDigestEnabled: false };
  await db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, ...off }, update: off });
}
