import type { Metadata } from "next";
import { ConversationList } from "@/components/chat/conversation-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listConversations } from "@/lib/chat/list-conversations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const user = await requirePageUser({ path: "/messages" });
  const { conversations, nextCursor, streamAfter } = await listConversations({ user });
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader title="Messages" description="Your conversations about requests and contracts, most recent first." />
      <ConversationList initial={conversations} initialNextCursor={nextCursor} streamAfter={streamAfter} viewerId={user.id} />
    </div>
  );
}
