import type { Operation } from "@/lib/api/operations";

export const PAYMENTS_OPERATIONS: Operation[] = [];
