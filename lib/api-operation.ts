import type { z } from "zod";

// The shape of one published HTTP operation. Each domain declares its own beside its operations
// (lib/<domain>/operations.ts); lib/endpoints/operations.ts lists them all, and the OpenAPI document, the
// route coverage test and the malformed-input suite are generated from that list.

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: "public" | "user" | "CLIENT" | "EXPERT" | "ADMIN";
  query?: z.ZodType;
  headers?: { name: string; description: string }[];
  body?: z.ZodType;
  success: { status: number; description: string; schema?: z.ZodType };
  errors?: number[];
};
