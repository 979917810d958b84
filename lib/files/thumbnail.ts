import sharp from "sharp";
import { storage } from "@/lib/storage";
import { thumbnailKeyOf } from "./storage-keys";

// Images get a small WebP preview, stored beside the file. Decoding is bounded (a "decompression bomb"
// of a few kilobytes that claims a billion pixels is refused before it is expanded).

export const THUMBNAIL_WIDTH = 320;
const MAX_INPUT_PIXELS = 50_000_000;

export async function createThumbnail(storageKey: string) {
  const image = sharp({ limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
  (await storage().openRead(storageKey)).pipe(image);
  const { width, height, orientation } = await image.metadata();
  const preview = image
    .clone()
    .rotate()
    .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 });
  const thumbnailKey = thumbnailKeyOf(storageKey);
  await storage().putObject(thumbnailKey, preview, "image/webp");
  // EXIF orientations 5-8 turn the picture a quarter: the shown width is the stored height.
  const isTurned = (orientation ?? 1) >= 5;
  return { thumbnailKey, width: isTurned ? height : width, height: isTurned ? width : height };
}
