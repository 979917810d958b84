import { FileList } from "@/components/files/file-list";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { type ChatClock, formatMessageTime } from "./chat-time";
import { MessageText } from "./message-text";
import type { ThreadMessage } from "./thread-state";

export type OwnMessageStatus = "Sending…" | "Sent" | "Read" | "Not sent";

export function ownMessageStatus(message: ThreadMessage, othersReadSeq: number): OwnMessageStatus {
  if (message.status !== "stored") return message.status === "sending" ? "Sending…" : "Not sent";
  return message.seq <= othersReadSeq ? "Read" : "Sent";
}

type MessageItemProps = {
  message: ThreadMessage;
  /** Set for the viewer's own messages only. */
  ownStatus?: OwnMessageStatus;
  clock: ChatClock;
  onRetry: (clientMessageId: string) => void;
};

export function MessageItem({ message, ownStatus, clock, onRetry }: MessageItemProps) {
  const isOwn = ownStatus !== undefined;
  const sentAt = new Date(message.createdAt);
  return (
    <li className={cn("flex", isOwn && "justify-end")}>
      <div className={cn("flex max-w-[85%] flex-col gap-1 sm:max-w-[75%]", isOwn && "items-end")}>
        <div
          className={cn(
            "rounded-2xl px-4 py-2 ring-1 ring-inset",
            isOwn ? "bg-indigo-50 ring-indigo-200" : "bg-white ring-slate-200",
            ownStatus === "Not sent" && "ring-red-300",
          )}
        >
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs">
            <span className="font-semibold text-slate-900">{message.sender.name}</span>
            <time dateTime={message.createdAt} className="text-slate-600">
              {formatMessageTime(sentAt, clock)}
            </time>
          </p>
          {message.body && (
            <div className="mt-0.5">
              <MessageText body={message.body} />
            </div>
          )}
          {message.status === "stored" && message.files.length > 0 && (
            <div className="mt-2">
              <FileList files={message.files} label={`Files from ${message.sender.name}`} />
            </div>
          )}
          {message.status !== "stored" && message.fileIds.length > 0 && (
            <p className="mt-1 text-sm text-slate-600">
              {message.fileIds.length} file{message.fileIds.length === 1 ? "" : "s"} attached
            </p>
          )}
        </div>
        {ownStatus && <StatusLine status={ownStatus} onRetry={() => onRetry(message.clientMessageId)} />}
      </div>
    </li>
  );
}

function StatusLine({ status, onRetry }: { status: OwnMessageStatus; onRetry: () => void }) {
  if (status === "Not sent") {
    return (
      <p className="flex items-center gap-2 text-xs font-medium text-red-700">
        Not sent
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Retry
        </Button>
      </p>
    );
  }
  return (
    <p className="flex items-center gap-1 text-xs text-slate-600">
      {status === "Sending…" && <Spinner className="size-3" />}
      {status}
    </p>
  );
}
