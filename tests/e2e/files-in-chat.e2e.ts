import { readFile } from "node:fs/promises";
import type { Browser } from "@playwright/test";
import { disguisedExecutable, pdfFile, pngFile, uploadThroughApi } from "./attachment-fixtures";
import { type ChatParty, createChat } from "./chat-fixtures";
import { expect, test } from "./fixtures";

// Files in a conversation: the client attaches them in one browser, the expert sees them arrive live
// in another and downloads the very same bytes; an image shows a preview. The API refuses an 11th
// file and a file that failed its checks, and stores nothing.

async function pageFor(browser: Browser, party: ChatParty) {
  const context = await browser.newContext({ storageState: await party.request.storageState(), viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

test.describe("files in chat", () => {
  test("the client attaches a PDF and an image; the expert sees both live, previews the image and downloads the PDF byte for byte", async ({ browser }) => {
    const { client, experts, conversationOf } = await createChat(1);
    const [expert] = experts;
    const conversationId = await conversationOf(expert);
    const clientPage = await pageFor(browser, client);
    const expertPage = await pageFor(browser, expert);
    await expertPage.goto(`/messages/${conversationId}`);
    await clientPage.goto(`/messages/${conversationId}`);

    const spec = pdfFile("data-platform-spec.pdf", `Spec ${Date.now()}`);
    const mockup = pngFile("dashboard-mockup.png", 96);
    const composer = clientPage.getByRole("form", { name: "Write a message" });
    await composer.locator('input[type="file"]').setInputFiles([spec, mockup]);
    const send = composer.getByRole("button", { name: "Send" });
    // Each file shows its own progress, then it is ready; sending waits for that.
    await expect(composer.getByText("data-platform-spec.pdf", { exact: true }).first()).toBeVisible();
    await expect(composer.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(2, { timeout: 15_000 });
    await expect(send).toBeEnabled();
    await clientPage.getByRole("textbox", { name: "Message" }).fill("The spec and a first mockup.");
    await send.click();

    const expertLog = expertPage.getByRole("log", { name: /^Messages with / });
    const files = expertLog.getByRole("list", { name: /^Files from / });
    await expect(files.getByRole("link", { name: "Download data-platform-spec.pdf" })).toBeVisible();
    await expect(files.getByRole("link", { name: "Download dashboard-mockup.png" })).toBeVisible();
    const preview = files.getByRole("link", { name: "Preview dashboard-mockup.png" }).locator("img");
    await expect(preview).toBeVisible();
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

    const downloading = expertPage.waitForEvent("download");
    await files.getByRole("link", { name: /Download data-platform-spec\.pdf/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("data-platform-spec.pdf");
    const bytes = await readFile((await download.path())!);
    expect(bytes.equals(spec.buffer)).toBe(true);

    // The sender's own thread shows the files on the stored message too.
    await expect(clientPage.getByRole("log", { name: /^Messages with / }).getByRole("link", { name: "Download dashboard-mockup.png" })).toBeVisible();
    await Promise.all([clientPage.context().close(), expertPage.context().close()]);
  });

  test("a message of files only can be sent, and a file that failed its checks is shown as refused", async ({ browser }) => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const page = await pageFor(browser, client);
    await page.goto(`/messages/${conversationId}`);
    const composer = page.getByRole("form", { name: "Write a message" });
    await composer.locator('input[type="file"]').setInputFiles([disguisedExecutable("holiday.png")]);
    await expect(composer).toContainText(/Windows program/);
    await composer.locator('input[type="file"]').setInputFiles([pngFile("only-a-picture.png")]);
    // A file dropped anywhere on the thread joins them.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["Notes from the call, dropped on the thread."], "dropped-notes.txt", { type: "text/plain" }));
      return transfer;
    });
    const log = page.getByRole("log", { name: /^Messages with / });
    await log.dispatchEvent("dragover", { dataTransfer: dropped });
    await log.dispatchEvent("drop", { dataTransfer: dropped });
    await expect(composer.getByRole("list", { name: "Files being added" }).getByText("Ready", { exact: true })).toHaveCount(2, { timeout: 15_000 });
    await expect(composer.getByRole("button", { name: "Send" })).toBeEnabled();
    await composer.getByRole("button", { name: "Send" }).click();
    const sent = log.getByRole("list", { name: /^Files from / });
    await expect(sent.getByRole("link", { name: "Download only-a-picture.png" })).toBeVisible();
    await expect(sent.getByRole("link", { name: "Download dropped-notes.txt" })).toBeVisible();
    await expect(log.getByText("Sent", { exact: true })).toBeVisible();
    await page.context().close();
  });

  test("the API refuses 11 files on one message and a rejected file, and stores no message", async () => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const post = (fileIds: string[]) =>
      client.request.post(`/api/v1/conversations/${conversationId}/messages`, { data: { clientMessageId: crypto.randomUUID(), body: "", fileIds } });
    // One after another: uploads in progress are capped per person.
    const eleven: { id: string }[] = [];
    for (let index = 0; index < 11; index++) eleven.push(await uploadThroughApi(client.cookie, "CHAT_ATTACHMENT", pngFile(`shot-${index}.png`, 8)));
    const tooMany = await post(eleven.map((file) => file.id));
    expect(tooMany.status()).toBe(422);
    expect(JSON.stringify(await tooMany.json())).toContain("Attach at most 10 files to one message");

    const rejected = await uploadThroughApi(client.cookie, "CHAT_ATTACHMENT", disguisedExecutable());
    expect(rejected.status).toBe("REJECTED");
    const refused = await post([rejected.id]);
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBeTruthy();

    // Someone else's file id: refused as if it did not exist, and its download is a 404 for them.
    const theirs = await uploadThroughApi(experts[0].cookie, "CHAT_ATTACHMENT", pngFile("the-experts.png"));
    expect((await post([theirs.id])).status()).toBe(422);
    expect((await client.request.get(`/api/v1/files/${theirs.id}/download`, { maxRedirects: 0 })).status()).toBe(404);

    const page = (await (await client.request.get(`/api/v1/conversations/${conversationId}/messages`)).json()) as { messages: unknown[] };
    expect(page.messages).toHaveLength(0);
  });
});
