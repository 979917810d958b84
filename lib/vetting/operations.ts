import type { Operation } from "@/lib/api/operations";

export const VETTING_OPERATIONS: Operation[] = [];
