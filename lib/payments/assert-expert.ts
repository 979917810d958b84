import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export function assertExpert(user: SessionUser): asserts user is SessionUser & { expertProfileId: string } {
  if (user.role !== "EXPERT" || !user.expertProfileId) throw new AppError("FORBIDDEN", "Only experts set up payouts.");
}
