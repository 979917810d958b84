import { env } from "@/lib/env";

// Which storage driver serves files, and a loud warning when production keeps them on one machine's
// disk: a second instance, a replaced container or a lost volume would lose or hide them.

export type StorageHealth = { driver: "disk" | "s3"; warning: string | null };

export function storageHealth(): StorageHealth {
  const settings = env();
  const driver = settings.STORAGE_DRIVER;
  const warning =
    settings.isProduction && driver === "disk"
      ? `WARNING: files are stored on this machine's disk (${settings.STORAGE_DISK_ROOT}). Only one app instance can serve them and they are lost with the machine: set STORAGE_DRIVER=s3.`
      : null;
  return { driver, warning };
}
