"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { callApi } from "@/lib/endpoints/client";
import { type Enrolment, EnrolmentPanel } from "./enrolment-panel";
import { ManageTwoFactorPanel } from "./manage-two-factor-panel";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

export type TwoFactorSectionProps = {
  email: string;
  isAdmin: boolean;
  status: { isEnabled: boolean; enabledOn: string | null; recoveryCodesLeft: number };
};

type Stage = { kind: "idle" } | { kind: "enrolling"; enrolment: Enrolment } | { kind: "codes"; codes: string[] };

export function TwoFactorSection({ email, isAdmin, status }: TwoFactorSectionProps) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [problem, setProblem] = useState<string | null>(null);
  const [isStarting, setStarting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  async function start() {
    setProblem(null);
    setNotice(null);
    setStarting(true);
    const answer = await callApi("POST /api/v1/me/two-factor/enrolment", {});
    setStarting(false);
    if (!answer.ok) return setProblem(answer.message);
    setStage({ kind: "enrolling", enrolment: answer.data });
  }

  function finish(message: string | null) {
    setStage({ kind: "idle" });
    setNotice(message);
    router.refresh();
  }

  return (
    <Card as="section" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Two-factor authentication</h2>
        <Badge tone={status.isEnabled ? "success" : "neutral"}>{status.isEnabled ? "On" : "Off"}</Badge>
      </div>
      <p className="text-sm text-slate-600">
        Signing in asks for a code from an authenticator app on your phone as well as your password, so a stolen password alone does not get anyone in.
      </p>
      {notice && (
        <Alert tone="success" role="status">
          {notice}
        </Alert>
      )}
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      {stage.kind === "codes" ? (
        <RecoveryCodesPanel codes={stage.codes} email={email} onDone={() => finish(null)} />
      ) : stage.kind === "enrolling" ? (
        <EnrolmentPanel enrolment={stage.enrolment} onConfirmed={(codes) => setStage({ kind: "codes", codes })} onCancel={() => setStage({ kind: "idle" })} />
      ) : status.isEnabled ? (
        <>
          <p className="text-sm text-slate-700">
            On since {status.enabledOn}. {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
          <ManageTwoFactorPanel
            isAdmin={isAdmin}
            onNewCodes={(codes) => setStage({ kind: "codes", codes })}
            onDisabled={() => finish("Two-factor authentication is off. Signing in now needs only your password.")}
          />
        </>
      ) : (
        <Button onClick={start} isLoading={isStarting} loadingLabel="Preparing…">
          Set up two-factor authentication
        </Button>
      )}
    </Card>
  );
}
