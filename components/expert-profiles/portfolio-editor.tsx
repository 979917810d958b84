"use client";

import { useState } from "react";
import { bodyFor, useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { MAX_PORTFOLIO_ITEMS, portfolioItemChangesSchema, portfolioItemInputSchema } from "@/lib/expert-profiles/portfolio-schemas";
import type { FileSummary } from "@/lib/files/schemas";
import { formatCount } from "@/lib/format";
import { type FileChanges, PortfolioItemForm, type PortfolioItemValues } from "./portfolio-item-form";

export type EditablePortfolioItem = { id: string; title: string; description: string; url: string | null; files: FileSummary[] };

const EMPTY: PortfolioItemValues = { title: "", description: "", url: "" };
const valuesOf = (item: EditablePortfolioItem): PortfolioItemValues => ({ title: item.title, description: item.description, url: item.url ?? "" });

/** The expert's portfolio on their profile settings: add, edit, move up or down, delete. */
export function PortfolioEditor({ items }: { items: EditablePortfolioItem[] }) {
  const { toast } = useToast();
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  const [editing, setEditing] = useState<string | "new" | null>(null);

  const onSaved = (message: string) => () => {
    setEditing(null);
    toast(message, { tone: "success" });
  };

  function add(values: PortfolioItemValues, files: FileChanges) {
    const built = bodyFor(portfolioItemInputSchema, { ...values, fileIds: files.added });
    if ("errors" in built) return setFieldErrors(built.errors);
    run(() => callApi("POST /api/v1/profile/portfolio", { body: built.body }), { onDone: onSaved("Added to your portfolio.") });
  }

  function update(itemId: string, values: PortfolioItemValues, files: FileChanges) {
    const built = bodyFor(portfolioItemChangesSchema, { ...values, addFileIds: files.added, removeFileIds: files.removed });
    if ("errors" in built) return setFieldErrors(built.errors);
    run(() => callApi("PATCH /api/v1/profile/portfolio/{id}", { params: { id: itemId }, body: built.body }), { onDone: onSaved("Portfolio item saved.") });
  }

  function move(index: number, by: -1 | 1) {
    const order = items.map((item) => item.id);
    [order[index], order[index + by]] = [order[index + by], order[index]];
    run(() => callApi("PUT /api/v1/profile/portfolio/order", { body: { itemIds: order } }));
  }

  function remove(item: EditablePortfolioItem) {
    if (!window.confirm(`Delete “${item.title}” from your portfolio?`)) return;
    run(() => callApi("DELETE /api/v1/profile/portfolio/{id}", { params: { id: item.id } }), {
      onDone: () => toast("Portfolio item deleted.", { tone: "success" }),
    });
  }

  return (
    <Card as="section" className="space-y-5">
      <div>
        <h2 id="portfolio-heading" className="text-lg font-semibold text-slate-900">
          Portfolio
        </h2>
        <p className="mt-1 text-sm text-slate-600">Work you are proud of, shown on your profile in this order. Up to {MAX_PORTFOLIO_ITEMS} items.</p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      {items.length > 0 && (
        <ol aria-labelledby="portfolio-heading" className="space-y-3">
          {items.map((item, index) => (
            <li key={item.id} className="rounded-lg p-4 ring-1 ring-slate-200">
              {editing === item.id ? (
                <PortfolioItemForm
                  initial={valuesOf(item)}
                  files={item.files}
                  submitLabel={`Save “${item.title}”`}
                  isPending={isPending}
                  fieldErrors={fieldErrors}
                  onSubmit={(values, files) => update(item.id, values, files)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h3 className="font-medium text-slate-900">{item.title}</h3>
                    {item.description && <p className="mt-1 line-clamp-2 text-sm text-slate-700">{item.description}</p>}
                    {item.url && <p className="mt-1 text-sm break-all text-slate-600">{item.url}</p>}
                    {item.files.length > 0 && <p className="mt-1 text-sm text-slate-600">{formatCount(item.files.length, "file")}</p>}
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === 0 || isPending}
                      onClick={() => move(index, -1)}
                      aria-label={`Move “${item.title}” up`}
                    >
                      Up
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === items.length - 1 || isPending}
                      onClick={() => move(index, 1)}
                      aria-label={`Move “${item.title}” down`}
                    >
                      Down
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setEditing(item.id)} aria-label={`Edit “${item.title}”`}>
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" disabled={isPending} onClick={() => remove(item)} aria-label={`Delete “${item.title}”`}>
                      Delete
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {editing === "new" ? (
        <div className="rounded-lg p-4 ring-1 ring-slate-200">
          <PortfolioItemForm
            initial={EMPTY}
            submitLabel="Add to portfolio"
            isPending={isPending}
            fieldErrors={fieldErrors}
            onSubmit={add}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : (
        items.length < MAX_PORTFOLIO_ITEMS && (
          <Button variant="secondary" onClick={() => setEditing("new")}>
            Add a portfolio item
          </Button>
        )
      )}
    </Card>
  );
}
