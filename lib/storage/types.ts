import type { Readable } from "node:stream";

// What every storage driver does. Bodies are streams both ways: nothing holds a whole file in memory.

/** Where and how the browser sends the bytes: straight to the storage, never through the app's API. */
export type UploadTarget = {
  method: "PUT" | "POST";
  /** Absolute for object storage; relative to the app's origin for the disk driver. */
  url: string;
  /** Headers the request must carry exactly as given (they are part of the signature). */
  headers?: Record<string, string>;
  /** Form fields of a POST upload, sent before the file. */
  fields?: Record<string, string>;
};

export type CreateUploadInput = {
  key: string;
  contentType: string;
  /** The declared size: storage refuses a body longer than this (the disk driver) or of any other length (S3). */
  maxBytes: number;
  expiresAt: Date;
};

export type SignedDownloadInput = {
  key: string;
  fileName: string;
  contentType: string;
  expiresInSeconds: number;
  /** Shown in the browser (image and PDF previews) rather than saved. */
  inline?: boolean;
};

export type StorageDriver = {
  readonly name: "disk" | "s3";
  createUpload(input: CreateUploadInput): Promise<UploadTarget>;
  signedDownloadUrl(input: SignedDownloadInput): Promise<string>;
  putObject(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** Bytes start..end inclusive (fewer when the object is shorter). */
  readRange(key: string, start: number, end: number): Promise<Buffer>;
  openRead(key: string): Promise<Readable>;
  stat(key: string): Promise<{ size: number } | null>;
  /** Deleting an object that is already gone is not an error. */
  deleteObject(key: string): Promise<void>;
};
