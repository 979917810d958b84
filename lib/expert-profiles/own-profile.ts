import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { announceHirePageChanges } from "@/lib/hire-pages/announce-changes";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";

// The expert's own profile, for changes to what it shows (portfolio, photo).

/** The caller's profile row, locked for the rest of the transaction: two changes to one portfolio queue up. */
export async function lockOwnProfile(tx: Transaction, user: SessionUser): Promise<{ id: string }> {
  if (user.role !== "EXPERT") throw forbidden("Only experts have a portfolio and a profile photo.");
  const [profile] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM expert_profiles WHERE "userId" = ${user.id} FOR UPDATE`;
  if (!profile) throw notFound("Your expert profile");
  return profile;
}

/** After a change committed: a public profile page shows it within seconds on every instance. Never throws. */
export async function announceProfileChange(userId: string): Promise<void> {
  const profile = await db.expertProfile.findUnique({ where: { userId }, select: { publicSlug: true } }).catch(() => null);
  if (profile?.publicSlug) await announceHirePageChanges([publicProfilePathOf(profile.publicSlug)]);
}
