import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export function assertAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can do this.");
}
