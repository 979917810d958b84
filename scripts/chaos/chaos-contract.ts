import type { SessionUser } from "@/lib/auth/session";

/** A contract the chaos run works on: its two sides and its milestones. */
export type ChaosContract = { client: SessionUser; expert: SessionUser; contractId: string; milestoneIds: string[] };
