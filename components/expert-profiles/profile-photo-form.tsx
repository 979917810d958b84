"use client";

import { useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { FileUploader } from "@/components/files/file-uploader";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { ProfilePhoto } from "./profile-photo";

/** The expert's photo: upload an image (it is used as soon as it is checked), or remove it. */
export function ProfilePhotoForm({ name, photo }: { name: string; photo: { url: string; thumbnailUrl: string } | null }) {
  const { toast } = useToast();
  const { isPending, problem, run } = useApiCall();
  // A new uploader after each save, so the next photo starts from an empty list.
  const [round, setRound] = useState(0);

  function use(fileIds: string[]) {
    const [fileId] = fileIds;
    if (!fileId) return;
    run(() => callApi("PUT /api/v1/profile/photo", { body: { fileId } }), {
      onDone: () => {
        setRound((value) => value + 1);
        toast("Your new photo is on your profile.", { tone: "success" });
      },
    });
  }

  return (
    <Card as="section" className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Photo</h2>
        <p className="mt-1 text-sm text-slate-600">
          A clear photo of your face, shown on your profile and to companies on their shortlist (and publicly, if your profile is public). JPEG, PNG, WebP or
          GIF.
        </p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-5">
        <ProfilePhoto name={name} photo={photo} size={80} />
        <div className="min-w-0 flex-1 space-y-2">
          <FileUploader
            key={round}
            purpose="PROFILE_PHOTO"
            label={photo ? "Upload a new photo" : "Upload a photo"}
            multiple={false}
            maxFiles={1}
            onChange={use}
          />
          {photo && (
            <Button
              variant="ghost"
              size="sm"
              isLoading={isPending}
              loadingLabel="Removing…"
              onClick={() => run(() => callApi("DELETE /api/v1/profile/photo", {}), { onDone: () => toast("Photo removed.", { tone: "success" }) })}
            >
              Remove photo
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
