import Link from "next/link";
import type { MessagePage } from "@/lib/chat/schemas";

/** The thread page's h1 (what the conversation is about) and who is on the other side. */
export function ThreadHeader({ conversation }: { conversation: MessagePage["conversation"] }) {
  const { counterpart } = conversation;
  return (
    <div className="space-y-2">
      <Link
        href="/messages"
        className="inline-flex items-center gap-1 rounded-md text-sm font-medium text-indigo-700 underline-offset-4 hover:underline lg:hidden"
      >
        <span aria-hidden="true">←</span> All conversations
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{conversation.title}</h1>
      <p className="text-base text-slate-700">
        With <span className="font-medium text-slate-900">{counterpart.name}</span>
        {counterpart.headline && <span className="text-slate-600"> · {counterpart.headline}</span>}
      </p>
    </div>
  );
}
