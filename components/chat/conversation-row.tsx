import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ConversationSummary } from "@/lib/chat/schemas";
import { type ChatClock, formatLastActivity } from "./chat-time";

type ConversationRowProps = {
  conversation: ConversationSummary;
  viewerId: string;
  isOpen: boolean;
  clock: ChatClock;
};

const SNIPPET_LENGTH = 120;

function snippetOf(lastMessage: ConversationSummary["lastMessage"], viewerId: string) {
  if (!lastMessage) return "No messages yet";
  const flat = lastMessage.body.replace(/\s+/g, " ").trim();
  const text = flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}…` : flat;
  return lastMessage.sender.id === viewerId ? `You: ${text}` : text;
}

/** Keeps the link's accessible name readable: "Ada Lovelace, 3:04 PM, Rust rewrite, …" rather than one run-on word. */
const Pause = () => <span className="sr-only">, </span>;

export function ConversationRow({ conversation, viewerId, isOpen, clock }: ConversationRowProps) {
  const { counterpart, lastMessage, unreadCount } = conversation;
  const lastActivity = lastMessage?.createdAt ?? conversation.lastMessageAt;
  return (
    <li>
      <Link
        href={`/messages/${encodeURIComponent(conversation.id)}`}
        aria-current={isOpen ? "page" : undefined}
        className={cn(
          "block border-l-4 px-4 py-3 hover:bg-slate-50 focus-visible:-outline-offset-2",
          isOpen ? "border-indigo-600 bg-indigo-50 hover:bg-indigo-50" : "border-transparent",
        )}
      >
        <span className="flex items-baseline justify-between gap-3">
          <span className="min-w-0 truncate font-semibold text-slate-900">{counterpart.name}</span>
          {lastActivity && (
            <>
              <Pause />
              <time dateTime={lastActivity} className="shrink-0 text-xs text-slate-600">
                {formatLastActivity(new Date(lastActivity), clock)}
              </time>
            </>
          )}
        </span>
        {counterpart.headline && (
          <>
            <Pause />
            <span className="block truncate text-xs text-slate-600">{counterpart.headline}</span>
          </>
        )}
        <Pause />
        <span className="mt-1 block truncate text-sm font-medium text-slate-800">{conversation.title}</span>
        <Pause />
        <span className="mt-0.5 flex items-center justify-between gap-3">
          <span className={cn("min-w-0 truncate text-sm", unreadCount > 0 ? "font-medium text-slate-900" : "text-slate-600")}>
            {snippetOf(lastMessage, viewerId)}
          </span>
          {unreadCount > 0 && (
            <>
              <Pause />
              <Badge tone="info">{unreadCount} unread</Badge>
            </>
          )}
        </span>
      </Link>
    </li>
  );
}
