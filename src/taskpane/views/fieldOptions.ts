/** The template fields a source column can map to, with the template's own header text as the label. */
import type { ActionField } from "../../core/types";
import { TEMPLATE_COLUMNS } from "../../sheets/templateColumns";

export interface FieldOption {
  field: ActionField;
  label: string;
}

/** Area first (plans kept on one sheet name it per row), then the template's columns in order. */
export const FIELD_OPTIONS: readonly FieldOption[] = [
  { field: "area", label: "Area" },
  ...TEMPLATE_COLUMNS.map((c) => ({ field: c.field, label: c.header })),
];

const LABELS = new Map(FIELD_OPTIONS.map((o) => [o.field, o.label]));

/**
 * The label of a field as the template heads it.
 * @example fieldLabel("percentComplete") // "% complete"
 */
export function fieldLabel(field: ActionField): string {
  return LABELS.get(field) ?? field;
}

/**
 * Fields that more than one column maps to, with those columns: the user must pick one.
 * @example duplicateFields([{ column: "C", header: "Who", field: "owner" }, { column: "E", header: "Lead", field: "owner" }])
 * // [{ field: "owner", columns: ["C", "E"] }]
 */
export function duplicateFields(
  columns: readonly { column: string; field: ActionField | null }[],
): { field: ActionField; columns: string[] }[] {
  const byField = new Map<ActionField, string[]>();
  for (const c of columns) {
    if (c.field) byField.set(c.field, [...(byField.get(c.field) ?? []), c.column]);
  }
  return [...byField].filter(([, cols]) => cols.length > 1).map(([field, cols]) => ({ field, columns: cols }));
}
