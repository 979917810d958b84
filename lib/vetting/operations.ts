import type { Operation } from "@/lib/api-operation";
import { VETTING_ADMIN_OPERATIONS } from "./operations-admin";
import { APPLICATION_OPERATIONS } from "./operations-application";

export const VETTING_OPERATIONS: Operation[] = [...APPLICATION_OPERATIONS, ...VETTING_ADMIN_OPERATIONS];
