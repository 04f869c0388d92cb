import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { StructureProposal } from "../../contract/operations";
import { fieldLabel } from "./fieldOptions";

const useStyles = makeStyles({
  // Scrolls sideways at 320 px; focusable so keyboard users can scroll it too.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    whiteSpace: "nowrap",
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  td: {
    padding: tokens.spacingHorizontalXS,
    maxWidth: "12em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** How many rows the preview shows. */
const PREVIEW_ROWS = 5;

/** The first rows as they will land, under the template headers the user chose. */
export function PreviewTable({ proposal }: { proposal: StructureProposal }) {
  const styles = useStyles();
  const kept = proposal.columns.map((c, i) => ({ ...c, index: i })).filter((c) => c.field !== null);
  const rows = proposal.preview.slice(0, PREVIEW_ROWS);
  if (kept.length === 0) return <Caption1>No column is mapped yet, so nothing would be moved.</Caption1>;
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label="Preview of the first rows">
      <table className={styles.table}>
        <thead>
          <tr>
            {kept.map((c) => (
              <th key={c.column} scope="col" className={styles.th}>
                {c.field ? fieldLabel(c.field) : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {kept.map((c) => (
                <td key={c.column} className={styles.td} title={row[c.index] ?? ""}>
                  {row[c.index] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
