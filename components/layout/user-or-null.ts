import { unstable_rethrow } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";

/**
 * The signed-in user for the root layout, which sits outside every error boundary but the global one:
 * if the user cannot be read, the layout shows the signed-out version rather than take the page down.
 */
export async function userOrNull(context: string): Promise<SessionUser | null> {
  try {
    return await currentUser();
  } catch (error) {
    unstable_rethrow(error); // Next's own control flow (dynamic rendering, redirects) must pass through.
    logger.error({ err: error }, `${context} could not read the current user`);
    return null;
  }
}
