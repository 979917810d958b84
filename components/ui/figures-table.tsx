import type { ReactNode } from "react";
import { Table, TBody, Td, THead, Th, Tr } from "./table";

// A table of figures: one header cell naming each row, then right-aligned numeric columns.

export type FiguresColumn<K extends string> = { key: K; label: string };
export type FiguresRow<K extends string> = { key: string; header: ReactNode; cells: Record<K, ReactNode>; className?: string };

type FiguresTableProps<K extends string> = {
  caption: string;
  rowLabel: string;
  columns: readonly FiguresColumn<K>[];
  rows: FiguresRow<K>[];
  /** Extra classes for one cell, e.g. to fade zeros or flag failures. */
  cellClassName?: (column: K, row: FiguresRow<K>) => string | false | undefined;
  rowHeaderClassName?: string;
};

export function FiguresTable<K extends string>({ caption, rowLabel, columns, rows, cellClassName, rowHeaderClassName }: FiguresTableProps<K>) {
  return (
    <Table caption={caption} isCaptionHidden>
      <THead>
        <Tr>
          <Th>{rowLabel}</Th>
          {columns.map((column) => (
            <Th key={column.key} className="text-right">
              {column.label}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key} className={row.className}>
            <Th scope="row" className={rowHeaderClassName}>
              {row.header}
            </Th>
            {columns.map((column) => (
              <Td key={column.key} className={["text-right whitespace-nowrap tabular-nums", cellClassName?.(column.key, row)].filter(Boolean).join(" ")}>
                {row.cells[column.key]}
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
