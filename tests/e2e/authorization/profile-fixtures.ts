import sharp from "sharp";
import { PRIMARY_URL } from "../chat-fixtures";
import { callApi, expectStatus, type Party } from "./api-client";

// Set A's expert's profile records: a public profile with a photo, a spare photo upload, and two
// portfolio items, made through the API the way the profile settings page makes them.

export type ProfileRecords = {
  /** The public profile's slug (A's expert opted in). */
  slug: string;
  /** The photo on the profile now. */
  photoFileId: string;
  /** A checked PROFILE_PHOTO upload, not attached: the photo to switch to. */
  sparePhotoFileId: string;
  /** One item to edit, one to delete. */
  portfolioItemIds: [string, string];
};

type Started = { file: { id: string }; upload: { url: string; headers: Record<string, string> } };

async function uploadPhoto(expert: Party, name: string) {
  const bytes = await sharp({ create: { width: 48, height: 48, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();
  const started = await expectStatus(
    callApi<Started>(expert, "POST", "/api/v1/files", { purpose: "PROFILE_PHOTO", name, size: bytes.length, contentType: "image/png" }),
    201,
    "starting a photo upload",
  );
  const put = await fetch(new URL(started.upload.url, PRIMARY_URL), { method: "PUT", headers: started.upload.headers, body: new Uint8Array(bytes) });
  if (!put.ok) throw new Error(`uploading ${name}: ${put.status} ${await put.text()}`);
  await expectStatus(callApi(expert, "POST", `/api/v1/files/${started.file.id}/complete`), 200, "completing a photo upload");
  return started.file.id;
}

export async function createProfileRecords(expert: Party): Promise<ProfileRecords> {
  const [photoFileId, sparePhotoFileId] = await Promise.all([uploadPhoto(expert, "matrix-photo.png"), uploadPhoto(expert, "matrix-spare-photo.png")]);
  await expectStatus(callApi(expert, "PUT", "/api/v1/profile/photo", { fileId: photoFileId }), 200, "setting the profile photo");
  const opted = await expectStatus(callApi<{ publicProfilePath: string }>(expert, "PATCH", "/api/v1/profile", { publicProfile: true }), 200, "going public");
  const add = (title: string) =>
    expectStatus(
      callApi<{ id: string }>(expert, "POST", "/api/v1/profile/portfolio", { title, url: "https://example.com/work" }),
      201,
      "adding a portfolio item",
    );
  const first = await add("Payments platform audit");
  const second = await add("Checkout rewrite");
  return { slug: opted.publicProfilePath.replace(/^\/p\//, ""), photoFileId, sparePhotoFileId, portfolioItemIds: [first.id, second.id] };
}
