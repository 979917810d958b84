import { readFileSync } from "node:fs";
import sharp from "sharp";
import { signGrant } from "../../../lib/storage/signed-token";
import { PRIMARY_URL } from "../chat-fixtures";
import { callApi, expectStatus, type Party } from "./api-client";

// Set A's client's files, uploaded the way a browser does (start, PUT to the signed URL, complete),
// and signed storage links that must be refused: tampered, and expired.

export type MatrixFiles = {
  /** A ready image with a preview. */
  fileId: string;
  /** Another ready file, for the owner to delete. */
  spareFileId: string;
  tamperedDownloadToken: string;
  expiredDownloadToken: string;
  tamperedUploadToken: string;
  expiredUploadToken: string;
};

type Started = { file: { id: string }; upload: { method: string; url: string; headers: Record<string, string> } };

async function uploadImage(party: Party, name: string) {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#4f46e5" } })
    .png()
    .toBuffer();
  const started = await expectStatus(
    callApi<Started>(party, "POST", "/api/v1/files", { purpose: "CHAT_ATTACHMENT", name, size: bytes.length, contentType: "image/png" }),
    201,
    "starting an upload",
  );
  const put = await fetch(new URL(started.upload.url, PRIMARY_URL), { method: "PUT", headers: started.upload.headers, body: new Uint8Array(bytes) });
  if (!put.ok) throw new Error(`uploading ${name}: ${put.status} ${await put.text()}`);
  await expectStatus(callApi(party, "POST", `/api/v1/files/${started.file.id}/complete`), 200, "completing an upload");
  return started.file.id;
}

/** One character of the signature changed: the right shape, the wrong signature. */
const tamper = (token: string) => token.replace(/.$/, (last) => (last === "A" ? "B" : "A"));

export async function createMatrixFiles(owner: Party): Promise<MatrixFiles> {
  const [fileId, spareFileId] = await Promise.all([uploadImage(owner, "matrix-preview.png"), uploadImage(owner, "matrix-spare.png")]);
  const secret = readFileSync(`.data/e2e-auth-secret-${process.env.E2E_PORT}`, "utf8").trim();
  const longAgo = Math.floor(Date.now() / 1000) - 3600;
  const soon = Math.floor(Date.now() / 1000) + 3600;
  const download = { op: "get" as const, key: "files/matrix-object", name: "x.png", type: "image/png", inline: false };
  const upload = { op: "put" as const, key: "files/matrix-upload", maxBytes: 10, contentType: "text/plain" };
  return {
    fileId,
    spareFileId,
    tamperedDownloadToken: tamper(signGrant({ ...download, exp: soon }, secret)),
    expiredDownloadToken: signGrant({ ...download, exp: longAgo }, secret),
    tamperedUploadToken: tamper(signGrant({ ...upload, exp: soon }, secret)),
    expiredUploadToken: signGrant({ ...upload, exp: longAgo }, secret),
  };
}
