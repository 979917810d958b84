"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { DateTime } from "@/components/dashboards/date-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { callApi } from "@/lib/endpoints/client";
import type { NotificationItem, NotificationList } from "@/lib/notifications/list-notifications";

type NotificationsListProps = {
  /** From `listNotifications({ user })`, loaded by the server component that mounts this list. */
  initial: NotificationList;
  headingLevel?: 2 | 3;
  className?: string;
};

/** `keepalive` lets the request finish while a clicked link navigates away. */
const markRead = (ids?: string[]) => callApi("POST /api/v1/notifications/read", { body: ids ? { ids } : {} }, { keepalive: true });

/** The signed-in user's notifications, newest first, with the unread count and "Mark all as read". */
export function NotificationsList({ initial, headingLevel = 2, className }: NotificationsListProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [{ notifications, unreadCount }, setList] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [isMarking, startMarking] = useTransition();

  function markAllRead() {
    setProblem(null);
    startMarking(async () => {
      const answer = await markRead();
      if (!answer.ok) return setProblem("We could not mark your notifications as read. Try again in a minute.");
      const readAt = new Date();
      setList((list) => ({ unreadCount: 0, notifications: list.notifications.map((item) => ({ ...item, readAt: item.readAt ?? readAt })) }));
    });
  }

  function markOneRead(item: NotificationItem) {
    if (item.readAt) return;
    void markRead([item.id]);
    setList((list) => ({
      unreadCount: Math.max(0, list.unreadCount - 1),
      notifications: list.notifications.map((other) => (other.id === item.id ? { ...other, readAt: new Date() } : other)),
    }));
  }

  return (
    <section aria-labelledby={headingId} className={cn("space-y-3", className)}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Heading id={headingId} className="flex items-center gap-2 text-base font-semibold text-slate-900">
          Notifications
          {unreadCount > 0 && <Badge tone="info">{unreadCount} unread</Badge>}
        </Heading>
        {unreadCount > 0 && (
          <Button size="sm" variant="ghost" onClick={markAllRead} isLoading={isMarking} loadingLabel="Marking…">
            Mark all as read
          </Button>
        )}
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      {notifications.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing yet. Invitations, shortlists and messages will show up here.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
          {notifications.map((item) => (
            <li key={item.id} className={cn("flex gap-3 p-3", !item.readAt && "bg-indigo-50/60")}>
              <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.readAt ? "bg-transparent" : "bg-indigo-600")} />
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  {!item.readAt && <span className="sr-only">Unread: </span>}
                  {/* Links come from our own notifications; only in-app paths become links. */}
                  {item.link?.startsWith("/") ? (
                    <Link href={item.link} onClick={() => markOneRead(item)} className="underline-offset-2 hover:underline">
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                {item.body && <p className="mt-0.5 text-slate-700">{item.body}</p>}
                <p className="mt-1 text-xs text-slate-600">
                  <DateTime value={item.createdAt} />
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
