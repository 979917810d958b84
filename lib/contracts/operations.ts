import type { Operation } from "@/lib/api/operations";

export const CONTRACTS_OPERATIONS: Operation[] = [];
