import type { z } from "zod";
import { signUpSchema } from "@/lib/auth/schemas";
import { createdAccountSchema, healthSchema, meSchema } from "./schemas";

// Every HTTP operation we publish. The OpenAPI document is generated from this list, and a test
// fails when a route handler under app/api/v1 is missing from it.

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: "public" | "user" | "CLIENT" | "EXPERT" | "ADMIN";
  query?: z.ZodType;
  body?: z.ZodType;
  success: { status: number; description: string; schema?: z.ZodType };
  errors?: number[];
};

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database reachability",
    tag: "System",
    access: "public",
    success: { status: 200, description: "The app and its database answer.", schema: healthSchema },
    errors: [503],
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tag: "System",
    access: "public",
    success: { status: 200, description: "The OpenAPI document." },
  },
  {
    method: "post",
    path: "/api/v1/accounts",
    summary: "Sign up as a company member (creates the company) or as an expert (creates an application)",
    tag: "Accounts",
    access: "public",
    body: signUpSchema,
    success: { status: 201, description: "The account was created; sign in with its email and password.", schema: createdAccountSchema },
    errors: [400, 409, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The signed-in user",
    tag: "Accounts",
    access: "user",
    success: { status: 200, description: "Who is asking.", schema: meSchema },
    errors: [401],
  },
];
