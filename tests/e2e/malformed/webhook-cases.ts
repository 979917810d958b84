import type { Random } from "./prng";

// Malformed deliveries to POST /api/webhooks/stripe: none is signed with the webhook secret, so every
// one must be refused with a 400 before anything is stored.

export type WebhookMutation = { kind: string; detail: string; signature: string | null; contentType: string | null; body: string };

function signatures(nowSeconds: number, random: Random): [string, string | null][] {
  const hex = () => random.hex(64);
  return [
    ["no Stripe-Signature", null],
    ["empty", ""],
    ["garbage", "garbage"],
    ["t= only", "t="],
    ["v1= only", "v1="],
    ["non-numeric t", `t=abc,v1=${hex()}`],
    ["current t, random v1", `t=${nowSeconds},v1=${hex()}`],
    ["current t, no v1", `t=${nowSeconds}`],
    ["v1 without t", `v1=${hex()}`],
    ["t=0", `t=0,v1=${hex()}`],
    ["t far in the future", `t=99999999999,v1=${hex()}`],
    ["negative t", `t=-1,v1=${hex()}`],
    ["exponent t", `t=1e10,v1=${hex()}`],
    ["only a v0 scheme", `t=${nowSeconds},v0=${hex()}`],
    ["two random v1", `t=${nowSeconds},v1=${hex()},v1=${hex()}`],
    ["non-hex v1", `t=${nowSeconds},v1=${"z".repeat(64)}`],
    ["short v1", `t=${nowSeconds},v1=abc`],
    ["uppercase hex v1", `t=${nowSeconds},v1=${hex().toUpperCase()}`],
    ["8 KB header", `t=${nowSeconds},v1=${"0".repeat(8000)}`],
    ["Latin-1 bytes", `t=${nowSeconds},v1=\u00ff\u00fe`],
    ["semicolons", `t=${nowSeconds};v1=${hex()}`],
    ["spaces", ` t = ${nowSeconds} , v1 = ${hex()} `],
    ["hour-old t", `t=${nowSeconds - 3600},v1=${hex()}`],
  ];
}

function bodies(): [string, string][] {
  const event = (type: string, object: unknown) => JSON.stringify({ id: `evt_malformed_${type}`, object: "event", type, data: { object } });
  return [
    ["checkout completed event", event("checkout.session.completed", { id: "cs_malformed", metadata: { milestoneId: "x" } })],
    ["dispute event", event("charge.dispute.created", { id: "dp_malformed", charge: "ch_x" })],
    ["account event with NUL", event("account.updated", { id: "acct_\u0000" })],
    ["invalid JSON", '{"id": "evt_x", "type": '],
    ["empty body", ""],
    ["a bare string", '"hello"'],
    ["unicode soup", JSON.stringify({ id: "\ud800\u202e\u200d\u{1d54f}", type: "\u0000" })],
    ["600 KB event (over the 512 KB limit)", event("checkout.session.completed", { padding: "a".repeat(600_000) })],
    ["1.5 MB event", event("checkout.session.completed", { padding: "a".repeat(1_572_864) })],
    ["form encoding", "id=evt_x&type=checkout.session.completed"],
  ];
}

export function webhookMutations(nowSeconds: number, random: Random, count = 300): WebhookMutation[] {
  const signatureOptions = signatures(nowSeconds, random);
  const bodyOptions = bodies();
  const contentTypes: (string | null)[] = ["application/json", "application/json; charset=utf-8", "text/plain", null];
  const mutations: WebhookMutation[] = [];
  for (const [signatureDetail, signature] of signatureOptions) {
    for (const [bodyDetail, body] of bodyOptions.slice(0, 4)) {
      mutations.push({ kind: "webhook.signature", detail: `${signatureDetail}; ${bodyDetail}`, signature, contentType: "application/json", body });
    }
  }
  for (const [bodyDetail, body] of bodyOptions) {
    mutations.push({
      kind: "webhook.body",
      detail: `random v1; ${bodyDetail}`,
      signature: `t=${nowSeconds},v1=${random.hex(64)}`,
      contentType: "application/json",
      body,
    });
  }
  while (mutations.length < count) {
    const [signatureDetail, signature] = random.pick(signatureOptions);
    const [bodyDetail, body] = random.pick(bodyOptions);
    const contentType = random.pick(contentTypes);
    mutations.push({ kind: "webhook.random", detail: `${signatureDetail}; ${bodyDetail}; ${contentType ?? "no content type"}`, signature, contentType, body });
  }
  return mutations;
}
