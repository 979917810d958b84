import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";

/** Statements belong to expert profiles: anyone else has none to see or ask for. */
export function expertProfileIdOf(user: SessionUser): string {
  if (user.role !== "EXPERT" || !user.expertProfileId) throw new AppError("FORBIDDEN", "Only experts have earnings statements.");
  return user.expertProfileId;
}
