"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { LoadMore } from "@/components/ui/load-more";
import { type ChatClock, dayKey, formatDayLabel, useChatClock } from "./chat-time";
import { MessageItem, ownMessageStatus } from "./message-item";
import type { ThreadMessage } from "./thread-state";

const NEAR_BOTTOM_PX = 120;

type MessageLogProps = {
  label: string;
  messages: ThreadMessage[];
  viewerId: string;
  othersReadSeq: number;
  hasOlder: boolean;
  isLoadingOlder: boolean;
  olderProblem: string | null;
  onLoadOlder: () => void;
  onRetry: (clientMessageId: string) => void;
};

/** Stable across the pending → stored swap, so a message that arrives is not re-created. */
const messageKey = (message: ThreadMessage) => `${message.sender.id}:${message.clientMessageId}`;

function groupByDay(messages: ThreadMessage[], clock: ChatClock) {
  const days: { key: string; label: string; messages: ThreadMessage[] }[] = [];
  for (const message of messages) {
    const date = new Date(message.createdAt);
    const key = dayKey(date, clock.timeZone);
    const day = days.at(-1);
    if (day?.key === key) day.messages.push(message);
    else days.push({ key, label: formatDayLabel(date, clock), messages: [message] });
  }
  return days;
}

export function MessageLog(props: MessageLogProps) {
  const { label, messages, viewerId, othersReadSeq, hasOlder, isLoadingOlder, olderProblem, onLoadOlder, onRetry } = props;
  const clock = useChatClock();
  const logRef = useStickToBottom(messages, viewerId);

  // When the oldest page arrives the button goes away; keep focus in the log instead of losing it to the page.
  const hadOlder = useRef(hasOlder);
  useEffect(() => {
    if (hadOlder.current && !hasOlder && document.activeElement === document.body) logRef.current?.focus();
    hadOlder.current = hasOlder;
  }, [hasOlder, logRef]);

  return (
    <div
      ref={logRef}
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={label}
      aria-busy={isLoadingOlder || undefined}
      // Focusable so keyboard users can scroll it.
      tabIndex={0}
      className="h-[min(60dvh,40rem)] min-h-64 space-y-4 overflow-y-auto px-3 py-4 sm:px-5"
    >
      {hasOlder && (
        <LoadMore
          label="Load earlier messages"
          loadingLabel="Loading earlier messages…"
          isLoading={isLoadingOlder}
          problem={olderProblem}
          onLoad={onLoadOlder}
        />
      )}
      {messages.length === 0 && <p className="py-8 text-center text-sm text-slate-600">No messages yet. Say hello and ask what you need to know.</p>}
      {groupByDay(messages, clock).map((day) => (
        <div key={day.key}>
          <h2 className="my-2 flex items-center gap-3 text-xs font-medium text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
            {day.label}
          </h2>
          <ol className="space-y-3">
            {day.messages.map((message) => (
              <MessageItem
                key={messageKey(message)}
                message={message}
                ownStatus={message.sender.id === viewerId ? ownMessageStatus(message, othersReadSeq) : undefined}
                clock={clock}
                onRetry={onRetry}
              />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/**
 * Opens at the newest message and follows new ones while the reader is near the bottom (always after
 * sending one); keeps the reader's place when earlier messages are added above.
 */
function useStickToBottom(messages: ThreadMessage[], viewerId: string) {
  const logRef = useRef<HTMLDivElement>(null);
  const isNearBottom = useRef(true);
  const previous = useRef<{ firstKey: string | undefined; count: number; scrollHeight: number } | null>(null);

  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const trackPosition = () => {
      isNearBottom.current = log.scrollHeight - log.scrollTop - log.clientHeight < NEAR_BOTTOM_PX;
    };
    log.addEventListener("scroll", trackPosition, { passive: true });
    return () => log.removeEventListener("scroll", trackPosition);
  }, []);

  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const first = messages[0];
    const newest = messages.at(-1);
    const before = previous.current;
    const firstKey = first && messageKey(first);
    if (!before) {
      log.scrollTop = log.scrollHeight;
    } else if (messages.length > before.count && firstKey !== before.firstKey) {
      log.scrollTop += log.scrollHeight - before.scrollHeight;
    } else if (messages.length > before.count && (isNearBottom.current || newest?.sender.id === viewerId)) {
      log.scrollTop = log.scrollHeight;
    }
    previous.current = { firstKey, count: messages.length, scrollHeight: log.scrollHeight };
  }, [messages, viewerId]);

  return logRef;
}
