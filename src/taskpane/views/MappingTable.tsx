import { Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionField } from "../../core/types";
import type { ColumnChoice } from "../../contract/operations";
import { FIELD_OPTIONS } from "./fieldOptions";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  td: { paddingBlock: tokens.spacingVerticalXXS, paddingInlineEnd: tokens.spacingHorizontalS, verticalAlign: "middle" },
  source: { overflowWrap: "anywhere" },
  letter: { color: tokens.colorNeutralForeground3 },
  select: { minWidth: "8em" },
});

/** Value of the "not moved" option in the drop-downs. */
const LEAVE_OUT = "";

export interface MappingTableProps {
  columns: ColumnChoice[];
  onChange(column: string, field: ActionField | null): void;
}

/** The detected mapping, one drop-down per source column, for the user to correct. */
export function MappingTable({ columns, onChange }: MappingTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.letter}>How the sheet&apos;s columns map to the template</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            Column
          </th>
          <th scope="col" className={styles.th}>
            Goes to
          </th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.column}>
            <td className={styles.td}>
              <span className={styles.letter}>{c.column}</span> <span className={styles.source}>{c.header}</span>
            </td>
            <td className={styles.td}>
              <Select
                className={styles.select}
                size="small"
                aria-label={`Column ${c.column} (${c.header}) goes to`}
                value={c.field ?? LEAVE_OUT}
                onChange={(_, d) => onChange(c.column, d.value === LEAVE_OUT ? null : (d.value as ActionField))}
              >
                <option value={LEAVE_OUT}>Leave out</option>
                {FIELD_OPTIONS.map((o) => (
                  <option key={o.field} value={o.field}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
