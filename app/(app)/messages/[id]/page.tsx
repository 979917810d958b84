import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConversationList } from "@/components/chat/conversation-list";
import { Thread } from "@/components/chat/thread";
import { ThreadHeader } from "@/components/chat/thread-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { listConversations } from "@/lib/chat/list-conversations";
import { conversationIdSchema } from "@/lib/chat/schemas";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type ConversationPageProps = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request.
const loadThread = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/messages/${encodeURIComponent(id)}`, ability: "chat" });
  if (!conversationIdSchema.safeParse(id).success) notFound();
  const page = await getMessagePage({ user, conversationId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, page };
});

export async function generateMetadata({ params }: ConversationPageProps): Promise<Metadata> {
  const { page } = await loadThread((await params).id);
  return { title: `${page.conversation.title} · Messages` };
}

export default async function ConversationPage({ params }: ConversationPageProps) {
  const { user, page } = await loadThread((await params).id);
  const { conversations, nextCursor, streamAfter } = await listConversations({ user });
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-8 sm:px-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div className="min-w-0 space-y-4">
        <ThreadHeader conversation={page.conversation} />
        <Thread key={page.conversation.id} page={page} viewer={{ id: user.id, name: user.name }} />
      </div>
      {/* After the thread in reading order, beside it on wide screens; narrow screens get the thread alone. */}
      <div className="hidden lg:order-first lg:block">
        <ConversationList
          initial={conversations}
          initialNextCursor={nextCursor}
          streamAfter={streamAfter}
          viewerId={user.id}
          openConversationId={page.conversation.id}
        />
      </div>
    </div>
  );
}
