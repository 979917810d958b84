import type { DisputeEntryKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { ATTACHED_FILES } from "@/lib/files/attached-files";

// The export's sections about the work: requests, matches, conversations, contracts. Counterparties
// appear by name (the user dealt with them and saw their names), never by email.

const nameOnly = { select: { name: true } } as const;
/** What an export says about an attached file: its name, type and size, in upload order. */
const ATTACHED_FILE_NAMES = { orderBy: ATTACHED_FILES.orderBy, select: { name: true, contentType: true, size: true } } as const;

export async function requestsSection(userId: string) {
  const requests = await db.hiringRequest.findMany({
    where: { createdById: userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      description: true,
      engagement: true,
      budgetMinCents: true,
      budgetMaxCents: true,
      budgetTolerancePercent: true,
      currency: true,
      startDate: true,
      durationWeeks: true,
      hoursPerWeek: true,
      timezone: true,
      minOverlapHours: true,
      status: true,
      submittedAt: true,
      matchDeadline: true,
      shortlistedAt: true,
      cancelledAt: true,
      closedAt: true,
      createdAt: true,
      company: { select: { name: true } },
      skills: { select: { isRequired: true, minYears: true, skill: { select: { name: true } } } },
      files: ATTACHED_FILE_NAMES,
    },
  });
  return requests.map(({ skills, company, ...request }) => ({
    ...request,
    company: company.name,
    skills: skills.map((skill) => ({ skill: skill.skill.name, isRequired: skill.isRequired, minYears: skill.minYears })),
  }));
}

/** As an expert: the invitations they received. As a client: the experts matched to the requests they raised. */
export async function matchesSection(userId: string) {
  const select = {
    id: true,
    status: true,
    score: true,
    scoreBreakdown: true,
    invitedAt: true,
    expiresAt: true,
    respondedAt: true,
    responseNote: true,
    declineReason: true,
    request: { select: { id: true, title: true, company: { select: { name: true } } } },
    expertProfile: { select: { user: nameOnly } },
  } as const;
  const [asExpert, onYourRequests] = await Promise.all([
    db.match.findMany({ where: { expertProfile: { userId } }, orderBy: { invitedAt: "asc" }, select }),
    db.match.findMany({
      where: { request: { createdById: userId }, status: { in: ["ACCEPTED", "SHORTLISTED", "HIRED", "PASSED"] } },
      orderBy: { invitedAt: "asc" },
      select: { id: true, status: true, invitedAt: true, request: { select: { id: true, title: true } }, expertProfile: { select: { user: nameOnly } } },
    }),
  ]);
  return {
    invitationsYouReceived: asExpert.map(({ expertProfile: _, request, ...match }) => ({
      ...match,
      request: { id: request.id, title: request.title, company: request.company.name },
    })),
    expertsMatchedToYourRequests: onYourRequests.map(({ expertProfile, ...match }) => ({ ...match, expert: expertProfile.user.name })),
  };
}

export async function conversationsSection(userId: string) {
  const conversations = await db.conversation.findMany({
    where: { participants: { some: { userId } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      request: { select: { title: true } },
      participants: { select: { userId: true, user: nameOnly } },
      messages: {
        orderBy: { seq: "asc" },
        select: { id: true, senderId: true, body: true, createdAt: true, sender: nameOnly, files: ATTACHED_FILE_NAMES },
      },
    },
  });
  return conversations.map((conversation) => ({
    id: conversation.id,
    about: conversation.request?.title ?? null,
    createdAt: conversation.createdAt,
    participants: conversation.participants.map((participant) => (participant.userId === userId ? "You" : participant.user.name)),
    messages: conversation.messages.map((message) => ({
      id: message.id,
      from: message.senderId === userId ? "You" : message.sender.name,
      body: message.body,
      // Names and sizes: the files themselves are downloaded from the conversation.
      files: message.files,
      sentAt: message.createdAt,
    })),
  }));
}

const DISPUTE_ENTRIES_EXPORT = {
  where: { kind: { in: ["OPENING", "RESPONSE", "EVIDENCE"] as DisputeEntryKind[] } },
  orderBy: { createdAt: "asc" as const },
  // Names and sizes: the files themselves are downloaded from the case.
  select: { kind: true, side: true, text: true, links: true, createdAt: true, files: { select: { name: true, size: true, contentType: true } } },
};

/** Statements and evidence the user gave in disputes (also those of contracts they are a team member on). */
export async function disputeStatementsSection(userId: string) {
  return db.disputeEntry.findMany({
    where: { authorId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      disputeId: true,
      kind: true,
      side: true,
      text: true,
      links: true,
      createdAt: true,
      files: { select: { name: true, size: true, contentType: true } },
      dispute: { select: { contract: { select: { id: true, title: true } } } },
    },
  });
}

/** Contracts where the user is the client or the expert, with milestones, their submissions and disputes, and an hourly contract's weeks and time entries. */
export async function contractsSection(userId: string) {
  return db.contract.findMany({
    where: { OR: [{ clientUserId: userId }, { expertProfile: { userId } }] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      currency: true,
      totalCents: true,
      platformFeeBps: true,
      billing: true,
      hourlyRateCents: true,
      weeklyCapMinutes: true,
      weekTimeZone: true,
      proposedAt: true,
      acceptedAt: true,
      completedAt: true,
      cancelledAt: true,
      trialEndsAt: true,
      endedAt: true,
      endReason: true,
      endNote: true,
      endedBy: nameOnly,
      replacementRequestedAt: true,
      trialPayout: { select: { amountCents: true, currency: true, status: true, createdAt: true } },
      company: { select: { name: true } },
      clientUser: nameOnly,
      expertProfile: { select: { user: nameOnly } },
      amendments: {
        orderBy: { proposedAt: "asc" },
        select: {
          kind: true,
          status: true,
          before: true,
          after: true,
          note: true,
          proposedBySide: true,
          proposedBy: nameOnly,
          respondedBy: nameOnly,
          effectiveFrom: true,
          proposedAt: true,
          respondedAt: true,
        },
      },
      milestones: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          description: true,
          amountCents: true,
          currency: true,
          releasedCents: true,
          dueDate: true,
          status: true,
          fundedAt: true,
          submittedAt: true,
          releasedAt: true,
          refundedAt: true,
          endRefundRequest: { select: { status: true, consentDeadline: true, answeredAt: true, isAgreedBySilence: true } },
          submissions: {
            orderBy: { round: "asc" },
            select: {
              round: true,
              note: true,
              links: true,
              files: ATTACHED_FILE_NAMES,
              submittedAt: true,
              changesRequestedNote: true,
              changesRequestedAt: true,
            },
          },
        },
      },
      timesheetWeeks: {
        orderBy: { weekStart: "asc" },
        select: {
          weekStart: true,
          status: true,
          hourlyRateCents: true,
          capMinutes: true,
          totalMinutes: true,
          amountCents: true,
          closedAt: true,
          reviewEndsAt: true,
          approvedAt: true,
          disputedAt: true,
          disputeReason: true,
          milestoneId: true,
          entries: { orderBy: { date: "asc" }, select: { date: true, minutes: true, description: true, createdAt: true, updatedAt: true } },
        },
      },
      disputes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          reason: true,
          status: true,
          outcome: true,
          releaseCents: true,
          refundCents: true,
          resolutionNote: true,
          createdAt: true,
          resolvedAt: true,
          category: true,
          responseDueAt: true,
          respondedAt: true,
          entries: DISPUTE_ENTRIES_EXPORT,
        },
      },
    },
  });
}
