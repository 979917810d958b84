import { db } from "@/lib/db";

/** What counts as guessable in a new password: the email, the name and the companies' names. */
export async function personalDetailsOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, memberships: { select: { company: { select: { name: true } } } } },
  });
  return [user.email, user.name, ...user.memberships.map((membership) => membership.company.name)];
}
