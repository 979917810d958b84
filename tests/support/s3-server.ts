import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { createS3Driver, type S3Settings } from "@/lib/storage/s3-driver";

// A real S3-protocol server (s3rver) for tests and benchmarks: on a port the OS picks, with its data
// in a temporary folder, and one bucket. The S3 driver talks to it exactly as it would to AWS.

export type S3TestServer = { settings: S3Settings; endpoint: string; close: () => Promise<void> };

export async function startS3Server(bucket = "vetted-test"): Promise<S3TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "vetted-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    // s3rver's one account.
    settings: { endpoint, region: "us-east-1", bucket, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export const createTestS3Driver = (server: S3TestServer) => createS3Driver(server.settings);
