"use client";

import { type KeyboardEvent, useId, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { MESSAGE_MAX_LENGTH } from "@/lib/chat/schemas";
import type { Rejection } from "./use-thread";

const COUNTER_FROM = MESSAGE_MAX_LENGTH - 400;
const formatNumber = (value: number) => value.toLocaleString("en-US");

type ComposerProps = {
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Called with the trimmed text; the composer is cleared by the caller. */
  onSend: (body: string) => void;
  /** The server's reason for refusing the last message, shown until the next send. */
  rejection: Rejection | null;
};

/** The message box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ draft, onDraftChange, onSend, rejection }: ComposerProps) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
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
    if (!body || tooLong) return;
    onSend(body);
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
      <div className="flex items-center justify-between gap-3">
        <p id={counterId} className="text-sm text-slate-600">
          {isCounterShown && `${formatNumber(MESSAGE_MAX_LENGTH - length)} characters left`}
        </p>
        <Button type="submit">Send</Button>
      </div>
    </form>
  );
}
