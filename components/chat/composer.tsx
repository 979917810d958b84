"use client";

import { type KeyboardEvent, type RefObject, useId, useRef, useState } from "react";
import { FileUploader } from "@/components/files/file-uploader";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { MESSAGE_MAX_FILES, MESSAGE_MAX_LENGTH } from "@/lib/chat/schemas";
import type { Rejection } from "./use-thread";

const COUNTER_FROM = MESSAGE_MAX_LENGTH - 400;
const formatNumber = (value: number) => value.toLocaleString("en-US");

type ComposerProps = {
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Called with the trimmed text and the uploaded files; the text is cleared by the caller, the files here. */
  onSend: (body: string, fileIds: string[]) => void;
  /** The server's reason for refusing the last message, shown until the next send. */
  rejection: Rejection | null;
  /** Where the thread's drop zone hands files dropped on it. */
  addFilesRef?: RefObject<((files: File[]) => void) | null>;
};

/** The message box: Enter sends, Shift+Enter starts a new line; files go with it once uploaded. */
export function Composer({ draft, onDraftChange, onSend, rejection, addFilesRef }: ComposerProps) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  // A new uploader after each send: the files sent are no longer the composer's.
  const [uploaderKey, setUploaderKey] = useState(0);
  const counterId = useId();
  const rejectionId = useId();
  const length = draft.trim().length;
  const overBy = length - MESSAGE_MAX_LENGTH;
  const tooLong =
    overBy > 0
      ? `This message is ${formatNumber(overBy)} characters too long. Keep it to ${formatNumber(MESSAGE_MAX_LENGTH)} characters, or split it into two messages.`
      : undefined;
  const isCounterShown = length >= COUNTER_FROM && !tooLong;

  function submit() {
    const body = draft.trim();
    if (tooLong) textareaRef.current?.focus();
    if ((!body && !fileIds.length) || tooLong || isUploading) return;
    onSend(body, fileIds);
    setFileIds([]);
    setUploaderKey((key) => key + 1);
  }

  function sendOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    // isComposing: Enter that confirms an IME composition (Japanese, Chinese…) is not a send.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  const describedBy = [rejection && rejectionId, isCounterShown && counterId].filter(Boolean).join(" ");

  return (
    <form
      noValidate
      aria-label="Write a message"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-3 border-t border-slate-200 px-3 py-4 sm:px-5"
    >
      {rejection && (
        <Alert id={rejectionId} tone="danger" role="alert">
          {rejection.bodyError ?? rejection.message}
        </Alert>
      )}
      <Textarea
        ref={textareaRef}
        name="body"
        label="Message"
        hint="Press Enter to send, Shift+Enter for a new line."
        rows={3}
        value={draft}
        onChange={(event) => onDraftChange(event.target.value)}
        onKeyDown={sendOnEnter}
        error={tooLong}
        aria-describedby={describedBy || undefined}
        aria-invalid={tooLong || rejection?.bodyError ? true : undefined}
        className="max-h-60 resize-y"
      />
      <FileUploader
        key={uploaderKey}
        purpose="CHAT_ATTACHMENT"
        label="Attach files"
        maxFiles={MESSAGE_MAX_FILES}
        onChange={setFileIds}
        onUploadingChange={setUploading}
        addFilesRef={addFilesRef}
      />
      <div className="flex items-center justify-between gap-3">
        <p id={counterId} className="text-sm text-slate-600">
          {isCounterShown && `${formatNumber(MESSAGE_MAX_LENGTH - length)} characters left`}
          {isUploading && "Sending waits until your files have uploaded."}
        </p>
        <Button type="submit" disabled={isUploading}>
          Send
        </Button>
      </div>
    </form>
  );
}
