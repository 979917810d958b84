import { getCurrentUserOperation } from "@/lib/auth/get-current-user.operation";
import { signUpOperation } from "@/lib/auth/sign-up.operation";
import { getMessagePageOperation } from "@/lib/chat/get-message-page.operation";
import { listConversationsOperation } from "@/lib/chat/list-conversations.operation";
import { markConversationReadOperation } from "@/lib/chat/mark-conversation-read.operation";
import { openStreamOperation } from "@/lib/chat/open-stream.operation";
import { postMessageOperation } from "@/lib/chat/post-message.operation";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications.operation";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read.operation";
import { cancelRequestOperation } from "@/lib/requests/cancel-request.operation";
import { createRequestOperation } from "@/lib/requests/create-request.operation";
import { getRequestOperation } from "@/lib/requests/get-request.operation";
import { listRequestsOperation } from "@/lib/requests/list-requests.operation";
import { submitRequestOperation } from "@/lib/requests/submit-request.operation";
import { updateDraftOperation } from "@/lib/requests/update-draft.operation";
import { searchSkillsOperation } from "@/lib/skills/search-skills.operation";
import { getOpenApiDocumentOperation } from "./get-openapi-document.operation";

// Every operation declared with defineOperation: the API router serves these, the OpenAPI document
// and the typed client are derived from them. (Operations not yet moved here are still Next route
// handlers under app/api, listed in lib/endpoints/operations.ts.)

export const API_OPERATIONS = [
  listRequestsOperation,
  createRequestOperation,
  getRequestOperation,
  updateDraftOperation,
  submitRequestOperation,
  cancelRequestOperation,
  searchSkillsOperation,
  getOpenApiDocumentOperation,
  signUpOperation,
  getCurrentUserOperation,
  listNotificationsOperation,
  markNotificationsReadOperation,
  listConversationsOperation,
  getMessagePageOperation,
  postMessageOperation,
  markConversationReadOperation,
  openStreamOperation,
] as const;

export type ApiOperations = typeof API_OPERATIONS;
