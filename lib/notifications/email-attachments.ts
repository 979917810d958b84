// Files sent with an outbox email, stored beside it as JSON. Only text content (a calendar invite):
// binary documents are linked to, never attached.

export type EmailAttachment = { filename: string; contentType: string; content: string };

/** The stored attachments, as nodemailer takes them; rows written before attachments existed have none. */
export function attachmentsOf(stored: unknown): EmailAttachment[] | undefined {
  if (!Array.isArray(stored) || !stored.length) return undefined;
  return stored.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const { filename, contentType, content } = item as Partial<EmailAttachment>;
    return typeof filename === "string" && typeof contentType === "string" && typeof content === "string" ? [{ filename, contentType, content }] : [];
  });
}
