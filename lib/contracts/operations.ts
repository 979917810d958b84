import type { Operation } from "@/lib/api-operation";
import { contractDetailSchema, contractListSchema, contractStateSchema, createdReviewSchema, listContractsQuerySchema } from "./api-schemas";
import { declineContractSchema, proposeContractSchema, reviewSchema } from "./schemas";

// A contract's milestones, once agreed, are operated on in lib/milestones/operations.ts.

export const CONTRACTS_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/contracts",
    summary: "Your contracts, newest first, 50 a page: a client's company's, an expert's own, all of them for an admin",
    tag: "Contracts",
    access: "user",
    query: listContractsQuerySchema,
    success: { status: 200, description: "A page of contracts with their totals and money so far.", schema: contractListSchema },
    errors: [422],
  },
  {
    method: "post",
    path: "/api/v1/contracts",
    summary: "Propose a fixed-price contract to a shortlisted expert, in the request's currency; the milestones must add up to totalCents",
    tag: "Contracts",
    access: "CLIENT",
    body: proposeContractSchema,
    success: { status: 201, description: "The proposal was sent to the expert.", schema: contractStateSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "get",
    path: "/api/v1/contracts/{id}",
    summary: "One contract: parties, milestones with fees, the money held and released, and the actions open to you",
    tag: "Contracts",
    access: "user",
    success: { status: 200, description: "The contract.", schema: contractDetailSchema },
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/v1/contracts/{id}/accept",
    summary: "The expert accepts a proposal: they are hired, the rest of the shortlist is told, the conversation becomes the contract's",
    tag: "Contracts",
    access: "EXPERT",
    success: { status: 200, description: "The contract is active.", schema: contractStateSchema },
    errors: [400, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/contracts/{id}/decline",
    summary: "The expert declines a proposal with a reason; they stay on the shortlist",
    tag: "Contracts",
    access: "EXPERT",
    body: declineContractSchema,
    success: { status: 200, description: "The proposal is cancelled.", schema: contractStateSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/contracts/{id}/withdraw",
    summary: "The client withdraws a proposal the expert has not answered",
    tag: "Contracts",
    access: "CLIENT",
    success: { status: 200, description: "The proposal is cancelled.", schema: contractStateSchema },
    errors: [400, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/contracts/{id}/review",
    summary: "Rate the expert (1–5 and a text) once the contract is completed; once per contract",
    tag: "Contracts",
    access: "CLIENT",
    body: reviewSchema,
    success: { status: 201, description: "The review is stored and counts towards the expert's rating.", schema: createdReviewSchema },
    errors: [400, 404, 409, 415, 422],
  },
];
