import { z } from "zod";

// File storage settings (lib/env.ts lists them with the others). The disk driver needs nothing; the S3
// driver talks to any S3-compatible service (AWS S3, Cloudflare R2, MinIO, Backblaze B2…).

const MB = 1024 * 1024;

export const storageEnvironment = z.object({
  // "disk": a folder on this machine (development, one instance). "s3": any S3-compatible bucket.
  STORAGE_DRIVER: z.enum(["disk", "s3"]).default("disk"),
  // The disk driver's folder, relative to the app's working directory (git-ignored by default).
  STORAGE_DISK_ROOT: z.string().min(1).default(".data/files"),
  // The S3 driver: the service's endpoint (unset for AWS itself), region, bucket and credentials.
  S3_ENDPOINT: z.preprocess((value) => (value === "" ? undefined : value), z.url().optional()),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // "true" for services addressed as endpoint/bucket/key (MinIO, s3rver) rather than bucket.endpoint/key.
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
  // Limits: the largest file, each user's total (pending and ready files), and uploads started but not completed.
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(5 * 1024 * MB)
    .default(25 * MB),
  FILE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(2 * 1024 * MB),
  FILE_MAX_PENDING_UPLOADS: z.coerce.number().int().min(1).max(1000).default(20),
  // How many app servers run side by side; production refuses the disk driver above one.
  APP_INSTANCES: z.coerce.number().int().min(1).max(1000).default(1),
});

export type StorageSettings = z.output<typeof storageEnvironment>;
