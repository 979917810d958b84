import { db } from "@/lib/db";
import { removeObjects } from "@/lib/files/delete-file";
import { storeGeneratedFile } from "@/lib/files/store-generated-file";

// Generated documents (receipts, statements) as the rooms that draw them see storage: save the
// bytes as a READY, attached DOCUMENT file, or discard one that lost a race to be recorded.

export const generatedDocumentStore = {
  save: ({ name, contentType, body, now }: { name: string; contentType: string; body: Buffer; now: Date }) =>
    storeGeneratedFile({ ownerId: null, purpose: "DOCUMENT", name, contentType, body, now }),
  async discard(fileId: string) {
    const file = await db.storedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, thumbnailKey: true } });
    if (!file) return;
    await removeObjects(file);
    await db.storedFile.deleteMany({ where: { id: fileId } });
  },
};
