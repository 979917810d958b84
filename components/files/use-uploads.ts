"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { discardUpload, sendUpload } from "./send-upload";

// The uploader's list: each chosen file with its progress and outcome. At most three upload at once;
// the others wait their turn (the API also caps uploads in progress per person).

export type UploadPurpose = Parameters<typeof sendUpload>[1];
export type UploadStatus = "waiting" | "uploading" | "checking" | "ready" | "failed";
export type UploadItem = {
  key: string;
  name: string;
  size: number;
  type: string;
  status: UploadStatus;
  progress: number;
  message: string | null;
  fileId: string | null;
};

const PARALLEL_UPLOADS = 3;
let nextKey = 0;

export function useUploads(purpose: UploadPurpose, onChange?: (readyFileIds: string[]) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<string, File>());
  const controllers = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const run = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      update(key, { status: "uploading" });
      const outcome = await sendUpload(file, purpose, {
        signal: controller.signal,
        onStarted: (fileId) => update(key, { fileId }),
        onProgress: ({ loaded, total }) => update(key, { progress: total ? loaded / total : 0, ...(loaded >= total && { status: "checking" }) }),
      }).catch(() => ({ ok: false as const, message: "Cancelled.", fileId: null }));
      controllers.current.delete(key);
      files.current.delete(key);
      if (controller.signal.aborted) return;
      update(key, outcome.ok ? { status: "ready", progress: 1, fileId: outcome.fileId } : { status: "failed", message: outcome.message });
    },
    [purpose, update],
  );

  // Starts waiting files while fewer than PARALLEL_UPLOADS are running.
  useEffect(() => {
    const running = items.filter((item) => item.status === "uploading" || item.status === "checking").length;
    const next = items.filter((item) => item.status === "waiting").slice(0, Math.max(0, PARALLEL_UPLOADS - running));
    for (const item of next) {
      const file = files.current.get(item.key);
      if (file) void run(item.key, file);
    }
  }, [items, run]);

  const readyIds = items.flatMap((item) => (item.status === "ready" && item.fileId ? [item.fileId] : []));
  const readyKey = readyIds.join(",");
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    onChangeRef.current?.(readyKey ? readyKey.split(",") : []);
  }, [readyKey]);

  const add = useCallback((chosen: File[]) => {
    const added = chosen.map((file) => {
      const key = `upload-${nextKey++}`;
      files.current.set(key, file);
      return { key, name: file.name, size: file.size, type: file.type, status: "waiting" as const, progress: 0, message: null, fileId: null };
    });
    setItems((current) => [...current, ...added]);
  }, []);

  /** Cancels an upload in flight, or removes a finished or failed one (deleting its file). */
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const remove = useCallback((key: string) => {
    const item = itemsRef.current.find((candidate) => candidate.key === key);
    controllers.current.get(key)?.abort();
    if (item && item.status !== "failed") discardUpload(item.fileId);
    files.current.delete(key);
    setItems((current) => current.filter((candidate) => candidate.key !== key));
  }, []);

  /** After the caller used the ready files (a message sent): forget them without deleting them. */
  const clear = useCallback(() => setItems((current) => current.filter((item) => item.status !== "ready")), []);

  return { items, add, remove, clear };
}
