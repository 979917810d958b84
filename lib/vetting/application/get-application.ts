import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertExpert } from "./access";
import { applicationQuery, toApplication } from "./load-application";

/** The signed-in expert's application (a draft until submitted) or, once approved, their profile. */
export async function getApplication({ user, now }: { user: SessionUser; now: Date }) {
  assertExpert(user);
  return toApplication(await db.expertProfile.findUnique(applicationQuery(user, now)), now);
}
