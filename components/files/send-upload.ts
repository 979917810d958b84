import { callApi } from "@/lib/endpoints/client";

// One file's whole upload from the browser: start it (the API checks what it can before any byte
// moves), send the bytes straight to the storage's signed URL with XMLHttpRequest (fetch reports no
// upload progress), then complete it (the API checks the bytes). Each failure is one sentence a
// person can act on.

export type UploadProgress = { loaded: number; total: number };
export type UploadOutcome = { ok: true; fileId: string } | { ok: false; message: string; fileId: string | null };
export type UploadHooks = { onStarted?: (fileId: string) => void; onProgress?: (progress: UploadProgress) => void; signal: AbortSignal };

const INTERRUPTED = "The upload was interrupted. Check your connection and try again.";

/** What the storage said, in words: our disk routes answer JSON, S3 answers XML. */
function storageRefusal(status: number, body: string) {
  try {
    const message = (JSON.parse(body) as { error?: { message?: string } }).error?.message;
    if (message) return message;
  } catch {
    // not JSON: an S3 error document
  }
  if (status === 403) return "The upload link was refused or has expired. Try adding the file again.";
  if (status === 413 || /EntityTooLarge/.test(body)) return "The file is larger than the upload allows.";
  if (status === 412 || status === 409) return "This file was already uploaded. Add it again to send it once more.";
  return `The storage refused the file (error ${status}). Try again in a minute.`;
}

function sendBytes(file: File, target: { method: string; url: string; headers?: Record<string, string> }, hooks: UploadHooks) {
  return new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers ?? {})) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => hooks.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () =>
      resolve(request.status >= 200 && request.status < 300 ? { ok: true } : { ok: false, message: storageRefusal(request.status, request.responseText) });
    request.onerror = () => resolve({ ok: false, message: INTERRUPTED });
    request.ontimeout = () => resolve({ ok: false, message: INTERRUPTED });
    request.onabort = () => resolve({ ok: false, message: "Cancelled." });
    hooks.signal.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}

export async function sendUpload(
  file: File,
  purpose: "CHAT_ATTACHMENT" | "MILESTONE_DELIVERABLE" | "REQUEST_BRIEF" | "PORTFOLIO" | "PROFILE_PHOTO" | "DISPUTE_EVIDENCE",
  hooks: UploadHooks,
): Promise<UploadOutcome> {
  const started = await callApi(
    "POST /api/v1/files",
    { body: { purpose, name: file.name, size: file.size, contentType: file.type } },
    { signal: hooks.signal },
  );
  if (!started.ok) return { ok: false, message: started.message, fileId: null };
  const fileId = started.data.file.id;
  hooks.onStarted?.(fileId);
  const sent = await sendBytes(file, started.data.upload, hooks);
  if (!sent.ok) return { ok: false, message: sent.message, fileId };
  const completed = await callApi("POST /api/v1/files/{id}/complete", { params: { id: fileId } }, { signal: hooks.signal });
  return completed.ok ? { ok: true, fileId } : { ok: false, message: completed.message, fileId };
}

/** Cancelling or removing an unattached file deletes it; nothing to do when it was never started. */
export function discardUpload(fileId: string | null) {
  if (fileId) void callApi("DELETE /api/v1/files/{id}", { params: { id: fileId } }, { keepalive: true });
}
