import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { userOrNull } from "@/components/layout/user-or-null";
import { logger } from "@/lib/logger";
import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { ChatEventsProvider } from "./chat-events-provider";

async function streamStartFor(userId: string) {
  try {
    const { unreadMessages, streamAfter } = await navigationCounts(userId);
    return { initialUnread: unreadMessages, streamAfter };
  } catch (error) {
    unstable_rethrow(error);
    logger.error({ err: error }, "chat events could not read the unread count");
    return null;
  }
}

/** For the root layout: the live chat stream for a signed-in user; for anyone else, or on failure, just the page. */
export async function LiveChatEvents({ children }: { children: ReactNode }) {
  const user = await userOrNull("chat events");
  const start = user ? await streamStartFor(user.id) : null;
  if (!start) return children;
  return (
    <ChatEventsProvider initialUnread={start.initialUnread} streamAfter={start.streamAfter}>
      {children}
    </ChatEventsProvider>
  );
}
