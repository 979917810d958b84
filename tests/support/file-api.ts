import { expect } from "vitest";

// The files API as a browser uses it, over real HTTP: start, send the bytes to the signed URL, complete.

export type FileApi = ReturnType<typeof fileApi>;
type Started = { file: { id: string }; upload: { method: string; url: string; headers?: Record<string, string> } };

export function fileApi(baseUrl: string, cookie: string) {
  const call = (path: string, init: RequestInit = {}) => fetch(new URL(path, baseUrl), { ...init, redirect: "manual", headers: { cookie, ...init.headers } });
  return {
    call,
    start: (body: { name: string; size: number; contentType: string; purpose?: string }) =>
      call("/api/v1/files", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, purpose: body.purpose ?? "CHAT_ATTACHMENT" }),
      }),
    send: (upload: Started["upload"], bytes: Buffer) =>
      fetch(new URL(upload.url, baseUrl), { method: upload.method, headers: upload.headers, body: new Uint8Array(bytes) }),
    complete: (id: string) => call(`/api/v1/files/${id}/complete`, { method: "POST" }),
    async upload(file: { name: string; bytes: Buffer; contentType: string; purpose?: string; declaredSize?: number }) {
      const started = await this.start({ name: file.name, size: file.declaredSize ?? file.bytes.length, contentType: file.contentType, purpose: file.purpose });
      expect(started.status, await started.clone().text()).toBe(201);
      const { file: pending, upload } = (await started.json()) as Started;
      const sent = await this.send(upload, file.bytes);
      return { id: pending.id, upload, sent };
    },
    /** Start, send and complete; the completion's answer. */
    async uploadAndComplete(file: { name: string; bytes: Buffer; contentType: string; purpose?: string }) {
      const { id, sent } = await this.upload(file);
      expect(sent.status, await sent.clone().text()).toBeLessThan(300);
      const completed = await this.complete(id);
      return { id, completed, body: (await completed.json()) as { file?: Record<string, unknown>; error?: { message: string } } };
    },
    /** Follows the download redirect to the bytes. */
    async download(id: string, variant: "download" | "thumbnail" = "download") {
      const redirect = await call(`/api/v1/files/${id}/${variant}`);
      if (redirect.status !== 302) return redirect;
      return fetch(new URL(redirect.headers.get("location") ?? "", baseUrl));
    },
  };
}
