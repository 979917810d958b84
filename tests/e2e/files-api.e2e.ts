import { randomBytes } from "node:crypto";
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { PRIMARY_URL, SECOND_URL } from "./chat-fixtures";
import { createClientAccount, expect, signInThroughApi, test } from "./fixtures";

// The files API over real HTTP against the production build, with the disk driver (the e2e server's
// default, one folder shared by both instances): start an upload, PUT the bytes to the signed URL,
// complete it, download it through the signed redirect; and the refusals a person sees.

type Started = { file: { id: string }; upload: { method: string; url: string; headers: Record<string, string> } };

async function signedInClient(baseURL = PRIMARY_URL) {
  const request = await playwrightRequest.newContext({ baseURL });
  await signInThroughApi(request, await createClientAccount(request));
  return request;
}

async function upload(request: APIRequestContext, name: string, bytes: Buffer, contentType: string) {
  const started = await request.post("/api/v1/files", { data: { purpose: "CHAT_ATTACHMENT", name, size: bytes.length, contentType } });
  expect(started.status(), await started.text()).toBe(201);
  const { file, upload: target } = (await started.json()) as Started;
  expect(target.method).toBe("PUT");
  const sent = await request.fetch(target.url, { method: "PUT", headers: target.headers, data: bytes });
  expect(sent.status(), await sent.text()).toBe(200);
  return { id: file.id, completed: await request.post(`/api/v1/files/${file.id}/complete`) };
}

/** The download's 302, then the bytes at the signed link it points to. */
async function download(request: APIRequestContext, id: string) {
  const redirect = await request.get(`/api/v1/files/${id}/download`, { maxRedirects: 0 });
  if (redirect.status() !== 302) return { redirect, body: null };
  const body = await request.get(redirect.headers().location, { maxRedirects: 0 });
  return { redirect, body };
}

test.describe("files over HTTP", () => {
  test("a file uploaded through one instance downloads byte for byte through the other", async () => {
    const owner = await signedInClient(PRIMARY_URL);
    const bytes = randomBytes(2 * 1024 * 1024);
    const { id, completed } = await upload(owner, "dataset.zip", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), bytes]), "application/zip");
    expect(completed.status(), await completed.text()).toBe(200);
    expect((await completed.json()).file).toMatchObject({ status: "READY", contentType: "application/zip", downloadUrl: `/api/v1/files/${id}/download` });

    const onSecond = await playwrightRequest.newContext({ baseURL: SECOND_URL, storageState: await owner.storageState() });
    const { redirect, body } = await download(onSecond, id);
    expect(redirect.status()).toBe(302);
    expect(redirect.headers()["cache-control"]).toContain("no-store");
    expect(body?.status()).toBe(200);
    expect(body?.headers()["content-disposition"]).toBe(`attachment; filename="dataset.zip"; filename*=UTF-8''dataset.zip`);
    expect(body?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.compare(await (body?.body() ?? Promise.resolve(Buffer.alloc(0))), Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), bytes]))).toBe(0);
    await Promise.all([owner.dispose(), onSecond.dispose()]);
  });

  test("an .exe renamed .png is refused with what it really is, and another user gets a 404 for someone's file", async () => {
    const owner = await signedInClient();
    const program = Buffer.alloc(512);
    program.write("MZ", 0, "latin1");
    program.writeUInt32LE(0x80, 0x3c);
    program.write("PE\0\0", 0x80, "latin1");
    program.writeUInt16LE(0x14c, 0x84);
    const rejected = await upload(owner, "cat.png", program, "image/png");
    expect(rejected.completed.status()).toBe(422);
    expect((await rejected.completed.json()).error.message).toBe("This file is a Windows program, not a PNG image.");

    const text = await upload(owner, "notes.md", Buffer.from("# Notes\n\nThe brief, in Markdown.\n"), "text/markdown");
    expect(text.completed.status()).toBe(200);
    const stranger = await signedInClient();
    expect((await stranger.get(`/api/v1/files/${text.id}/download`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await stranger.delete(`/api/v1/files/${text.id}`)).status()).toBe(404);
    const location = (await download(owner, text.id)).redirect.headers().location;
    expect((await stranger.get(location.replace(/.$/, (last) => (last === "A" ? "B" : "A")))).status()).toBe(403);
    await Promise.all([owner.dispose(), stranger.dispose()]);
  });
});
