import { env } from "@/lib/env";
import { createDiskDriver } from "./disk-driver";
import { createS3Driver } from "./s3-driver";
import type { StorageDriver } from "./types";

// The configured storage driver (STORAGE_DRIVER), created on first use.

export type { CreateUploadInput, SignedDownloadInput, StorageDriver, UploadTarget } from "./types";

let configured: StorageDriver | undefined;
let override: StorageDriver | null = null;

function createConfiguredDriver(): StorageDriver {
  const settings = env();
  if (settings.STORAGE_DRIVER === "disk") return createDiskDriver(settings.STORAGE_DISK_ROOT);
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
  if (!bucket || !accessKeyId || !secretAccessKey) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.");
  return createS3Driver({
    endpoint: settings.S3_ENDPOINT,
    region: settings.S3_REGION,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE === "true",
  });
}

export function storage(): StorageDriver {
  if (override) return override;
  configured ??= createConfiguredDriver();
  return configured;
}

/** For tests and benchmarks only: use this driver instead of the configured one (null restores it). */
export function useStorageDriver(driver: StorageDriver | null) {
  override = driver;
}
