import type { Operation } from "@/lib/api-operation";
import { APPLICATION_OPERATIONS } from "./operations-application";

export const VETTING_OPERATIONS: Operation[] = [...APPLICATION_OPERATIONS];
