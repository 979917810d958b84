import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { CreateTokenDialog } from "./create-token-dialog";
import { RevokeTokenButton } from "./revoke-token-button";
import type { TokenRow, TokenStatus } from "./token-row";

const STATUS: Record<TokenStatus, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "warning" },
  revoked: { label: "Revoked", tone: "neutral" },
};

export function ApiTokensSection({ tokens }: { tokens: TokenRow[] }) {
  return (
    <Card as="section">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-prose">
          <h2 className="text-lg font-semibold text-slate-900">API tokens</h2>
          <p className="mt-1 text-sm text-slate-600">
            Personal tokens let scripts and other services call the{" "}
            <Link className="text-indigo-700 underline" href="/docs/api#calling-with-a-token">
              Vetted API
            </Link>{" "}
            as you. Treat each like a password; revoke one you no longer use.
          </p>
        </div>
        <CreateTokenDialog />
      </div>
      {tokens.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">You have no API tokens yet.</p>
      ) : (
        <Table caption="Your API tokens" isCaptionHidden className="mt-6">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Scopes</Th>
              <Th>Token</Th>
              <Th>Created</Th>
              <Th>Last used</Th>
              <Th>Expires</Th>
              <Th>Status</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {tokens.map((token) => (
              <Tr key={token.id}>
                <Th scope="row" className="font-medium break-all">
                  {token.name}
                </Th>
                <Td className="whitespace-nowrap">{token.scopes}</Td>
                <Td className="font-mono text-xs whitespace-nowrap">{token.prefix}</Td>
                <Td className="whitespace-nowrap">{token.created}</Td>
                <Td className="whitespace-nowrap">{token.lastUsed}</Td>
                <Td className="whitespace-nowrap">{token.expires}</Td>
                <Td>
                  <Badge tone={STATUS[token.status].tone}>{STATUS[token.status].label}</Badge>
                </Td>
                <Td className="text-right">{token.status !== "revoked" && <RevokeTokenButton tokenId={token.id} tokenName={token.name} />}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
