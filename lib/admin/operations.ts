import type { Operation } from "@/lib/api/operations";

export const ADMIN_OPERATIONS: Operation[] = [];
