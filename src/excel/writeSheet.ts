/**
 * Queues one sheet description into a worksheet: values as whole blocks,
 * formats per block, rules, notes, freeze and tab colour. Nothing syncs here
 * except when a values block would push the request past the byte budget.
 */
import { cellAddress, colLetters } from "../core/parse";
import { queuePageLayout } from "./pageLayout";
import type { ChartSpec, RangeFormat, SheetSpec } from "../sheets/types";
import { TEXT_FORMAT } from "../sheets/types";
import { rowChunks } from "./budget";
import { prepareBlock, setNumberFormat } from "./writeBlock";
import { NAME_PREFIX } from "../sheets/marks";
import { addRules, addValidations } from "./writeRules";

/** Makes room in the current request for `bytes` more, syncing first when it would overflow. */
export type Reserve = (bytes: number) => Promise<void>;

/** Excel's column width is in points; the specs give characters of the default font. */
export const pointsForCharacters = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/**
 * Queue `spec` into the empty worksheet `sheet`.
 * @example await writeSheet(sheet, timelineSpec, reserve, { notes: true })
 */
export async function writeSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  reserve: Reserve,
  options: { notes: boolean; byteBudget?: number },
): Promise<void> {
  spec.columns.forEach((column, i) => {
    const range = sheet.getRange(`${colLetters(i)}:${colLetters(i)}`);
    if (column.width !== undefined) range.format.columnWidth = pointsForCharacters(column.width);
    if (column.numberFormat) setNumberFormat(range, column.numberFormat);
    if (column.hidden) range.columnHidden = true;
  });
  // Rows go in runs of equal width: a wide header row must not pad every data row below it.
  for (const run of widthRuns(spec.rows)) {
    const rows = spec.rows.slice(run.start, run.end);
    // Links in a text-formatted column get General, or Excel would keep the formula as text.
    const general = (cells: [number, number][]) =>
      cells.filter(([, c]) => spec.columns[c]?.numberFormat === TEXT_FORMAT);
    for (const [start, end] of rowChunks(rows, options.byteBudget)) {
      const block = prepareBlock(rows.slice(start, end), general);
      await reserve(block.bytes);
      block.queue(sheet, run.start + start, 0);
    }
  }
  for (const format of spec.formats) applyFormat(sheet.getRange(format.range), format);
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  for (const table of spec.tables) {
    const added = sheet.tables.add(table.range, true);
    added.name = table.name;
    added.style = table.style;
    added.showBandedRows = table.bandedRows === true;
  }
  addValidations(sheet, spec.validations);
  addRules(sheet, spec.conditionalFormats);
  if (options.notes) for (const note of spec.notes) sheet.notes.add(sheet.getRange(note.cell), note.text);
  for (const chart of spec.charts) addChart(sheet, chart);
  freeze(sheet, spec.freeze);
  queuePageLayout(sheet, spec.print);
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
}

/** Consecutive rows of the same width (trailing blanks dropped); empty rows are skipped. */
function widthRuns(rows: SheetSpec["rows"]): { start: number; end: number }[] {
  const width = (row: SheetSpec["rows"][number]) => {
    let w = row.length;
    while (w > 0 && (row[w - 1] === null || row[w - 1] === undefined)) w--;
    return w;
  };
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && width(rows[i]) === width(rows[start])) continue;
    if (width(rows[start]) > 0) runs.push({ start, end: i });
    start = i;
  }
  return runs;
}

function applyFormat(range: Excel.Range, f: RangeFormat): void {
  if (f.numberFormat) setNumberFormat(range, f.numberFormat);
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor) range.format.font.color = f.fontColor;
  if (f.fontSize) range.format.font.size = f.fontSize;
  if (f.fill) range.format.fill.color = f.fill;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal) range.format.horizontalAlignment = capitalised(f.horizontal) as Excel.HorizontalAlignment;
  if (f.vertical) range.format.verticalAlignment = capitalised(f.vertical) as Excel.VerticalAlignment;
  if (f.borderBottom) range.format.borders.getItem("EdgeBottom").color = f.borderBottom;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function freeze(sheet: Excel.Worksheet, panes: SheetSpec["freeze"]): void {
  if (!panes || (panes.rows === 0 && panes.columns === 0)) return;
  if (panes.columns === 0) sheet.freezePanes.freezeRows(panes.rows);
  else if (panes.rows === 0) sheet.freezePanes.freezeColumns(panes.columns);
  else sheet.freezePanes.freezeAt(sheet.getRange(`A1:${cellAddress("A1", panes.rows - 1, panes.columns - 1)}`));
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add("BarStacked", sheet.getRange(spec.data), "Columns");
  // Named with the planner's prefix, so a rewrite removes only its own charts.
  chart.name = `${NAME_PREFIX}${spec.title.replace(/\W+/g, "_")}`;
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
  spec.seriesColors.forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
}
