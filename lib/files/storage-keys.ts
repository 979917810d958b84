import { randomUUID } from "node:crypto";

// Object keys: never the user's file name (a key is a storage path), a random id instead.

export const newUploadKey = () => `files/${randomUUID()}`;
export const newDocumentKey = () => `documents/${randomUUID()}`;
export const thumbnailKeyOf = (storageKey: string) => `thumbnails/${storageKey.replace(/^(files|documents)\//, "")}.webp`;
