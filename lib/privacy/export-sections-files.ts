import { db } from "@/lib/db";

// The export's section about files the user uploaded (and documents made for them): what they are,
// never the bytes themselves (each can be downloaded from where it is attached while the account lives).

export async function filesSection(userId: string) {
  const files = await db.storedFile.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      size: true,
      contentType: true,
      purpose: true,
      status: true,
      rejectedReason: true,
      createdAt: true,
      uploadedAt: true,
      attachedAt: true,
    },
  });
  return { files };
}
