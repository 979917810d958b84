"use client";

import { type DragEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { acceptAttribute } from "@/lib/files/content-types";
import { formatBytes } from "@/lib/files/format-bytes";
import { FileTypeIcon } from "./file-type-icon";
import { type UploadItem, type UploadPurpose, useUploads } from "./use-uploads";

// Adding files: a button (keyboard and screen readers) and a drop zone around it, several files at
// once, each with its own progress bar, cancel button and, when it fails, the reason in words.
// onChange receives the ids of the files that are ready, to send with the form they belong to.

export type FileUploaderProps = {
  purpose: UploadPurpose;
  onChange?: (readyFileIds: string[]) => void;
  label?: string;
  maxFiles?: number;
  multiple?: boolean;
  disabled?: boolean;
  /** Told whether any file is still uploading or being checked, e.g. to hold a form's submit until they are done. */
  onUploadingChange?: (isUploading: boolean) => void;
  /** Set to a function that adds files, for a drop zone outside the uploader (a whole chat thread). */
  addFilesRef?: RefObject<((files: File[]) => void) | null>;
};

const STATUS_WORDS: Record<UploadItem["status"], string> = {
  waiting: "Waiting…",
  uploading: "Uploading…",
  checking: "Checking…",
  ready: "Ready",
  failed: "Not uploaded",
};

function UploadRow({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const isActive = item.status === "waiting" || item.status === "uploading" || item.status === "checking";
  const messageId = useId();
  return (
    <li className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-2" aria-describedby={item.message ? messageId : undefined}>
      <FileTypeIcon contentType={item.type} name={item.name} />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex justify-between gap-2 text-sm">
          <span className="truncate font-medium text-slate-900" title={item.name}>
            {item.name}
          </span>
          <span className="shrink-0 text-slate-600">{formatBytes(item.size)}</span>
        </p>
        {isActive && (
          <progress
            className="h-1.5 w-full overflow-hidden rounded-full accent-indigo-600"
            max={1}
            value={item.status === "waiting" ? 0 : item.progress}
            aria-label={`Uploading ${item.name}`}
          />
        )}
        <p id={messageId} className={cn("text-xs", item.status === "failed" ? "text-red-700" : "text-slate-600")}>
          {item.status === "failed" ? item.message : item.status === "uploading" ? `${Math.round(item.progress * 100)}%` : STATUS_WORDS[item.status]}
        </p>
      </div>
      <Button variant="ghost" size="sm" onClick={onRemove}>
        {isActive ? "Cancel" : "Remove"}
        <span className="sr-only"> {item.name}</span>
      </Button>
    </li>
  );
}

export function FileUploader(props: FileUploaderProps) {
  const { purpose, onChange, label = "Add files", maxFiles = 10, multiple = true, disabled = false, onUploadingChange, addFilesRef } = props;
  const { items, add, remove } = useUploads(purpose, onChange);
  const isUploading = items.some((item) => item.status === "waiting" || item.status === "uploading" || item.status === "checking");
  const onUploadingChangeRef = useRef(onUploadingChange);
  onUploadingChangeRef.current = onUploadingChange;
  useEffect(() => {
    onUploadingChangeRef.current?.(isUploading);
  }, [isUploading]);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const [notice, setNotice] = useState("");

  function choose(chosen: File[]) {
    const room = Math.max(0, maxFiles - items.length);
    const taken = chosen.slice(0, multiple ? room : Math.min(1, room));
    add(taken);
    const skipped = chosen.length - taken.length;
    setNotice(skipped > 0 ? `Up to ${maxFiles} files: ${skipped} not added.` : `${taken.length} file${taken.length === 1 ? "" : "s"} added, uploading.`);
  }
  // After each render, so the outside drop zone adds to the current list.
  useEffect(() => {
    if (addFilesRef) addFilesRef.current = disabled ? null : choose;
  });

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    if (!disabled) choose([...event.dataTransfer.files]);
  }

  const finished = items.filter((item) => item.status === "ready").length;
  const failed = items.filter((item) => item.status === "failed");
  const status = items.length === 0 ? notice : `${notice} ${finished} of ${items.length} ready.${failed.length ? ` ${failed.length} failed.` : ""}`;

  return (
    <div className="space-y-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={drop}
        className={cn(
          "flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed p-3 text-sm text-slate-600",
          isDragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300",
        )}
      >
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-label={label}
          multiple={multiple}
          accept={acceptAttribute(purpose)}
          disabled={disabled}
          onChange={(event) => {
            choose([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
        <Button variant="secondary" size="sm" disabled={disabled} onClick={() => inputRef.current?.click()}>
          {label}
        </Button>
        <span>or drop files here</span>
      </div>
      {items.length > 0 && (
        <ul className="space-y-2" aria-label="Files being added">
          {items.map((item) => (
            <UploadRow key={item.key} item={item} onRemove={() => remove(item.key)} />
          ))}
        </ul>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {status.trim()}
        {failed.map((item) => ` ${item.name}: ${item.message}`).join("")}
      </p>
    </div>
  );
}
