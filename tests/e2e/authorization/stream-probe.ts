import { randomUUID } from "node:crypto";
import { SECOND_URL } from "../chat-fixtures";
import { ACTOR_LABEL, type Actor, partyOf } from "./actors";
import { callApi } from "./api-client";
import type { World } from "./fixtures";

// The event stream without a conversation filter carries everything the user may see. A message in
// set A's conversation must reach A's expert and A's hiring manager (a colleague with conversations),
// and nobody else listening: B's people, the admin, A's finance member and viewer.
// The streams are opened on the second instance and the message posted on the first, so the
// cross-instance fan-out (LISTEN/NOTIFY) is part of what is checked.

const LISTENERS: readonly Actor[] = ["expert", "hiringManager", "finance", "viewer", "otherClient", "otherExpert", "admin"];
const RECEIVERS: readonly Actor[] = ["expert", "hiringManager"];

async function listen(actor: Actor, world: World) {
  const controller = new AbortController();
  const response = await fetch(`${SECOND_URL}/api/v1/stream`, {
    headers: { cookie: partyOf(actor, world)!.cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  const listener = { actor, status: response.status, received: "", close: () => controller.abort() };
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        listener.received += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  return listener;
}

export async function streamLeakProblems(world: World): Promise<string[]> {
  const listeners = await Promise.all(LISTENERS.map((actor) => listen(actor, world)));
  const problems = listeners
    .filter((listener) => listener.status !== 200)
    .map((listener) => `GET /api/v1/stream as ${ACTOR_LABEL[listener.actor]}: ${listener.status}`);
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const marker = `authorization matrix stream probe ${randomUUID()}`;
    const posted = await callApi(world.a.client, "POST", `/api/v1/conversations/${world.a.conversationId}/messages`, {
      clientMessageId: randomUUID(),
      body: marker,
    });
    if (posted.status !== 201) return [...problems, `posting the probe message: ${posted.status}`];
    const deadline = Date.now() + 10_000;
    for (const receiver of listeners.filter((listener) => RECEIVERS.includes(listener.actor))) {
      while (!receiver.received.includes(marker) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (!receiver.received.includes(marker)) problems.push(`${ACTOR_LABEL[receiver.actor]}'s stream never received A's message`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // time for a wrong delivery to arrive too
    for (const listener of listeners.filter((candidate) => !RECEIVERS.includes(candidate.actor))) {
      if (listener.received.includes(marker) || listener.received.includes(world.a.conversationId)) {
        problems.push(`GET /api/v1/stream as ${ACTOR_LABEL[listener.actor]} received set A's message in a conversation they are not in`);
      }
    }
    return problems;
  } finally {
    for (const listener of listeners) listener.close();
  }
}
