"use client";

import { useEffect, useRef, useState } from "react";

// Storage can be missing or full (private windows, quotas): a draft that cannot be kept is no error.
function readStored(key: string) {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function writeStored(key: string, value: string) {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Keep the draft in memory only.
  }
}

/** The composer's text for one conversation, kept in localStorage so a reload or a crash does not lose it. */
export function useDraft(storageKey: string) {
  const [draft, setDraft] = useState("");
  const isRestored = useRef(false);

  // Declared before the restore, so the first render's empty draft does not overwrite the stored one.
  useEffect(() => {
    if (isRestored.current) writeStored(storageKey, draft);
  }, [storageKey, draft]);

  // Read after hydration: the server render has no localStorage, and the first client render must match it.
  useEffect(() => {
    const stored = readStored(storageKey);
    if (stored) setDraft((current) => current || stored);
    isRestored.current = true;
  }, [storageKey]);

  return [draft, setDraft] as const;
}

export const draftKey = (userId: string, conversationId: string) => `vetted:chat-draft:${userId}:${conversationId}`;
