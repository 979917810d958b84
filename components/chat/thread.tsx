"use client";

import { type DragEvent, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { MessagePage } from "@/lib/chat/schemas";
import { Composer } from "./composer";
import { MessageLog } from "./message-log";
import { othersReadSeq, threadMessages } from "./thread-state";
import { draftKey, useDraft } from "./use-draft";
import { type Rejection, useThread, type Viewer } from "./use-thread";

type ThreadProps = {
  /** From `getMessagePage`, loaded by the page. Mount with `key={conversation id}`: the state is per thread. */
  page: MessagePage;
  viewer: Viewer;
};

export function Thread({ page, viewer }: ThreadProps) {
  const [draft, setDraft] = useDraft(draftKey(viewer.id, page.conversation.id));
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const { state, send, retry, loadOlder, isLoadingOlder, olderProblem } = useThread({
    page,
    viewer,
    onRejected: (body, reason) => {
      // Never lose text: if a new draft was started meanwhile, the refused one goes above it.
      setDraft((current) => (current.trim() ? `${body}\n\n${current}` : body));
      setRejection(reason);
    },
  });
  const messages = useMemo(() => threadMessages(state), [state]);
  const isParticipant = state.participants.some((participant) => participant.userId === viewer.id);
  // Files dropped anywhere on the thread go to the composer's uploader.
  const addFilesRef = useRef<((files: File[]) => void) | null>(null);
  const [isDragging, setDragging] = useState(false);
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");
  const dropProps = isParticipant
    ? {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          if (!hasFiles(event) || !addFilesRef.current) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: (event: DragEvent<HTMLDivElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          setDragging(false);
          if (!hasFiles(event) || !addFilesRef.current || event.defaultPrevented) return;
          event.preventDefault();
          addFilesRef.current([...event.dataTransfer.files]);
        },
      }
    : {};

  return (
    <div {...dropProps} className={cn("flex min-w-0 flex-col rounded-xl bg-white shadow-sm ring-1 ring-slate-200", isDragging && "ring-2 ring-indigo-500")}>
      <MessageLog
        label={`Messages with ${page.conversation.counterpart.name}`}
        messages={messages}
        viewerId={viewer.id}
        othersReadSeq={othersReadSeq(state, viewer.id)}
        hasOlder={state.hasOlder}
        isLoadingOlder={isLoadingOlder}
        olderProblem={olderProblem}
        onLoadOlder={loadOlder}
        onRetry={retry}
      />
      {isParticipant ? (
        <Composer
          addFilesRef={addFilesRef}
          draft={draft}
          onDraftChange={setDraft}
          rejection={rejection}
          onSend={(body, fileIds) => {
            setRejection(null);
            setDraft("");
            send(body, fileIds);
          }}
        />
      ) : (
        <p className="border-t border-slate-200 px-5 py-4 text-sm text-slate-700">
          You can read this conversation because its contract is disputed. Only its participants can write in it.
        </p>
      )}
    </div>
  );
}
