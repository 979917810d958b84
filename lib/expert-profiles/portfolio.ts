import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { attachFiles } from "@/lib/files/attach-files";
import { fileSummarySelect, toFileSummary } from "@/lib/files/serialize";
import { announceProfileChange, lockOwnProfile } from "./own-profile";
import { MAX_PORTFOLIO_FILES, MAX_PORTFOLIO_ITEMS, type PortfolioItemChanges, type PortfolioItemInput } from "./portfolio-schemas";
import { dropFileRows, removeDroppedObjects } from "./profile-files";

// An expert's portfolio: add, edit, reorder and delete items, always their own (another expert's item
// is not found). Each change locks the profile row, so the limit and the order hold under concurrent calls.

const ITEM_SELECT = {
  id: true,
  title: true,
  description: true,
  url: true,
  files: { where: { status: "READY" }, select: fileSummarySelect, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.PortfolioItemSelect;

type ItemRow = Prisma.PortfolioItemGetPayload<{ select: typeof ITEM_SELECT }>;
const toItem = ({ files, ...item }: ItemRow) => ({ ...item, files: files.map(toFileSummary) });

const tooManyFiles = () =>
  new AppError("VALIDATION_FAILED", `A portfolio item holds at most ${MAX_PORTFOLIO_FILES} files: remove some first.`, {
    fields: { addFileIds: [`At most ${MAX_PORTFOLIO_FILES} files per item.`] },
  });

async function audit(tx: Transaction, user: SessionUser, expertProfileId: string, change: string) {
  await recordAudit(tx, {
    actorId: user.id,
    action: "profile.updated",
    targetType: "ExpertProfile",
    targetId: expertProfileId,
    data: { fields: ["portfolio"], change },
  });
}

export async function addPortfolioItem({ user, input, now = new Date() }: { user: SessionUser; input: PortfolioItemInput; now?: Date }) {
  const { fileIds, ...fields } = input;
  const item = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const count = await tx.portfolioItem.count({ where: { expertProfileId: profile.id } });
    if (count >= MAX_PORTFOLIO_ITEMS) throw conflict(`Your portfolio has ${MAX_PORTFOLIO_ITEMS} items, the most it can hold. Delete one to add another.`);
    const last = await tx.portfolioItem.aggregate({ where: { expertProfileId: profile.id }, _max: { position: true } });
    const created = await tx.portfolioItem.create({
      data: { expertProfileId: profile.id, position: (last._max.position ?? 0) + 1, ...fields },
      select: { id: true },
    });
    await attachFiles(tx, { user, fileIds, purpose: "PORTFOLIO", attach: { portfolioItemId: created.id }, now });
    await audit(tx, user, profile.id, "added");
    return toItem(await tx.portfolioItem.findUniqueOrThrow({ where: { id: created.id }, select: ITEM_SELECT }));
  });
  await announceProfileChange(user.id);
  return item;
}

export async function updatePortfolioItem({
  user,
  itemId,
  changes,
  now = new Date(),
}: {
  user: SessionUser;
  itemId: string;
  changes: PortfolioItemChanges;
  now?: Date;
}) {
  const { addFileIds = [], removeFileIds = [], ...fields } = changes;
  const { item, dropped } = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const { count } = await tx.portfolioItem.updateMany({ where: { id: itemId, expertProfileId: profile.id }, data: fields });
    if (!count) throw notFound("Portfolio item");
    const removable = await tx.storedFile.findMany({ where: { id: { in: removeFileIds }, portfolioItemId: itemId }, select: { id: true } });
    if (removable.length !== removeFileIds.length) {
      throw new AppError("VALIDATION_FAILED", "One of the files to remove is not on this item: reload the page.", {
        fields: { removeFileIds: ["Not on this item."] },
      });
    }
    const dropped = await dropFileRows(tx, removeFileIds);
    await attachFiles(tx, { user, fileIds: addFileIds, purpose: "PORTFOLIO", attach: { portfolioItemId: itemId }, now });
    if ((await tx.storedFile.count({ where: { portfolioItemId: itemId } })) > MAX_PORTFOLIO_FILES) throw tooManyFiles();
    await audit(tx, user, profile.id, "edited");
    return { item: toItem(await tx.portfolioItem.findUniqueOrThrow({ where: { id: itemId }, select: ITEM_SELECT })), dropped };
  });
  await removeDroppedObjects(dropped);
  await announceProfileChange(user.id);
  return item;
}

export async function deletePortfolioItem({ user, itemId }: { user: SessionUser; itemId: string }) {
  const dropped = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const files = await tx.storedFile.findMany({ where: { portfolioItem: { id: itemId, expertProfileId: profile.id } }, select: { id: true } });
    const dropped = await dropFileRows(
      tx,
      files.map((file) => file.id),
    );
    const { count } = await tx.portfolioItem.deleteMany({ where: { id: itemId, expertProfileId: profile.id } });
    if (!count) throw notFound("Portfolio item");
    await audit(tx, user, profile.id, "deleted");
    return dropped;
  });
  await removeDroppedObjects(dropped);
  await announceProfileChange(user.id);
}

/** `itemIds` must name every item of the portfolio, each once, in the new order. */
export async function reorderPortfolio({ user, itemIds }: { user: SessionUser; itemIds: string[] }) {
  const items = await db.$transaction(async (tx) => {
    const profile = await lockOwnProfile(tx, user);
    const current = await tx.portfolioItem.findMany({ where: { expertProfileId: profile.id }, select: { id: true } });
    const known = new Set(current.map((item) => item.id));
    if (itemIds.length !== known.size || itemIds.some((id) => !known.has(id))) {
      throw new AppError("VALIDATION_FAILED", "Send every item of your portfolio once, in the new order; reload the page if it changed elsewhere.", {
        fields: { itemIds: ["List every portfolio item once."] },
      });
    }
    for (const [index, id] of itemIds.entries()) await tx.portfolioItem.update({ where: { id }, data: { position: index + 1 } });
    await audit(tx, user, profile.id, "reordered");
    return (await tx.portfolioItem.findMany({ where: { expertProfileId: profile.id }, orderBy: { position: "asc" }, select: ITEM_SELECT })).map(toItem);
  });
  await announceProfileChange(user.id);
  return items;
}

/** The caller's own portfolio, in order. */
export async function listOwnPortfolio(user: SessionUser) {
  return (await db.portfolioItem.findMany({ where: { expertProfile: { userId: user.id } }, orderBy: { position: "asc" }, select: ITEM_SELECT })).map(toItem);
}
