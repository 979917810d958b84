import type { Metadata } from "next";
import { ConversationList } from "@/components/chat/conversation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listConversations } from "@/lib/chat/list-conversations";
import { can } from "@/lib/teams/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const user = await requirePageUser({ path: "/messages" });
  if (user.role === "CLIENT" && !can(user, "chat")) {
    return (
      <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
        <PageHeader title="Messages" description="Conversations with candidates about your company's requests and contracts." />
        <EmptyState
          title="Your role has no conversations"
          description="Your company's owners and hiring managers talk with candidates. Ask an owner if your role should change."
        />
      </div>
    );
  }
  const { conversations, nextCursor, streamAfter } = await listConversations({ user });
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader title="Messages" description="Your conversations about requests and contracts, most recent first." />
      <ConversationList initial={conversations} initialNextCursor={nextCursor} streamAfter={streamAfter} viewerId={user.id} />
    </div>
  );
}
