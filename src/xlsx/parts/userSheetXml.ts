/**
 * The flags on a user's sheet, spliced into its XML: the planner's marked
 * rules taken out, its new rules put in at their place in the schema's
 * element order, blank ID cells filled when asked, and the notes' drawing
 * linked or unlinked. Everything else in the sheet keeps its characters.
 */
import { OWNED_TITLE_PREFIX } from "../../core/rules/ownedMark";
import { isMarkedFormula } from "../../sheets/marks";
import type { SheetPatch } from "../../sheets/types";
import { GraftUnsupported, RELATIONSHIP_TYPE } from "./packageParts";
import { fillCells } from "./fillCells";
import { applyEdits, elementSpans, prefixOf, startTag, unescapeXml, type Edit, type ElementSpan } from "./xmlSpans";

/** worksheet children after conditionalFormatting, in schema order (ECMA-376 Part 1, 18.3.1.99). */
const AFTER_RULES = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_LEGACY_DRAWING = AFTER_RULES.slice(AFTER_RULES.indexOf("legacyDrawing") + 1);

export interface UserSheetChange {
  /** The flags' rules: conditionalFormatting elements, priorities 1…n, dxf ids already in the merged styles. */
  rules: readonly string[];
  fills: SheetPatch["fills"];
  /** Leave the planner's rules as they are (a baseline fills IDs and changes no flag). */
  keepFlags?: boolean;
  /** Link the notes' drawing by this relationship id, or unlink the sheet's one. */
  legacyDrawing: { add: string } | { remove: true } | null;
}

/**
 * Whether a sheet's XML may hold something of the planner's (a marked rule), by a cheap text search.
 * @example mayHoldFlags(xml) // false for a sheet the planner never flagged
 */
export function mayHoldFlags(xml: string): boolean {
  return xml.includes(OWNED_TITLE_PREFIX);
}

/**
 * The user's sheet with the change applied.
 * @example userSheetXml(xml, "xl/worksheets/sheet2.xml", { rules, fills: [], legacyDrawing: null }).cellsKept // true
 */
export function userSheetXml(xml: string, part: string, change: UserSheetChange): { xml: string; cellsKept: boolean } {
  const wanted = (name: string, depth: number) =>
    depth <= 1 || (depth <= 3 && inRules(name)) || (change.fills.length > 0 && isCellLevel(name, depth));
  const spans = change.fills.length > 0 ? elementSpans(xml, part, wanted) : spansAfterCells(xml, part, wanted);
  const root = spans[0];
  if (!root || root.name !== "worksheet") throw new GraftUnsupported(`${part} is not a worksheet`);
  const top = spans.filter((s) => s.depth === 1);
  const edits: Edit[] = [];
  const kept = change.keepFlags ? [] : removeOwnRules(xml, spans, edits);
  const added = change.rules;
  if (added.length > 0) {
    shiftPriorities(kept, added.length, edits);
    const lastRules = [...top].reverse().find((s) => s.name === "conditionalFormatting");
    const at = lastRules ? lastRules.end : before(top, AFTER_RULES, root);
    edits.push({ start: at, end: at, text: added.join("") });
  }
  if (change.fills.length > 0) fillCells(xml, spans, change.fills, edits, part);
  const drawing = top.find((s) => s.name === "legacyDrawing");
  if (change.legacyDrawing && "add" in change.legacyDrawing) {
    if (drawing) throw new GraftUnsupported(`${part} already has a drawing for notes or controls`);
    const at = before(top, AFTER_LEGACY_DRAWING, root);
    const tag = `<legacyDrawing xmlns:r="${RELATIONSHIP_TYPE}" r:id="${change.legacyDrawing.add}"/>`;
    edits.push({ start: at, end: at, text: tag });
  } else if (change.legacyDrawing && drawing) {
    edits.push({ start: drawing.start, end: drawing.end, text: "" });
  }
  // The cells and the sheet's protection are kept character for character when no edit reaches into them.
  const guarded = top.filter((s) => s.name === "sheetData" || s.name === "sheetProtection");
  const cellsKept = !edits.some((e) => guarded.some((g) => e.start < g.end && Math.max(e.end, e.start + 1) > g.start));
  return { xml: edits.length === 0 ? xml : applyEdits(xml, edits, prefixOf(root.qname)), cellsKept };
}

/**
 * The spans of a sheet whose cells are not to be touched, parsing only what
 * follows them: the rows (most of a large sheet) are stood in for by an empty
 * sheetData, and positions are mapped back. `<` cannot stand in text, so the
 * last `</sheetData>` closes the cells; if anything after it says otherwise,
 * the whole sheet is parsed instead.
 */
function spansAfterCells(xml: string, part: string, wanted: (name: string, depth: number) => boolean): ElementSpan[] {
  // `<x:sheetData>` where the Open XML SDK wrote the sheet with a prefix.
  const found = /<([\w.-]+:)?sheetData[\s/>]/.exec(xml);
  const close = found ? xml.lastIndexOf(`</${found[1] ?? ""}sheetData>`) : -1;
  const open = found?.index ?? -1;
  if (!found || close < open) return elementSpans(xml, part, wanted);
  const stand = `<${found[1] ?? ""}sheetData/>`;
  const end = close + `</${found[1] ?? ""}sheetData>`.length;
  const shift = end - (open + stand.length);
  let spans: ElementSpan[];
  try {
    spans = elementSpans(xml.slice(0, open) + stand + xml.slice(end), part, wanted);
  } catch {
    return elementSpans(xml, part, wanted);
  }
  const at = (p: number) => (p < open + stand.length ? p : p + shift);
  return spans.map((s) =>
    s.start === open && s.name === "sheetData"
      ? { ...s, openEnd: xml.indexOf(">", open) + 1, closeStart: close, end }
      : { ...s, start: at(s.start), openEnd: at(s.openEnd), closeStart: at(s.closeStart), end: at(s.end) },
  );
}

function inRules(name: string): boolean {
  return name === "conditionalFormatting" || name === "cfRule" || name === "formula";
}

function isCellLevel(name: string, depth: number): boolean {
  return (depth === 2 && name === "row") || (depth === 3 && name === "c");
}

/** Where an element goes: before the first present element that must follow it, else at the root's end. */
function before(top: readonly ElementSpan[], later: readonly string[], root: ElementSpan): number {
  return top.find((s) => later.includes(s.name))?.start ?? root.closeStart;
}

/** Take out marked rules (a formatting left empty goes whole); the user's rules that stay. */
function removeOwnRules(xml: string, spans: readonly ElementSpan[], edits: Edit[]): ElementSpan[] {
  const formattings: { span: ElementSpan; rules: { span: ElementSpan; own: boolean }[] }[] = [];
  for (const span of spans) {
    const formatting = formattings[formattings.length - 1];
    if (span.depth === 1 && span.name === "conditionalFormatting") formattings.push({ span, rules: [] });
    else if (span.depth === 2 && span.name === "cfRule" && formatting && span.start < formatting.span.end) {
      formatting.rules.push({ span, own: false });
    } else if (span.depth === 3 && span.name === "formula" && formatting) {
      const rule = formatting.rules[formatting.rules.length - 1];
      if (
        rule &&
        span.start < rule.span.end &&
        isMarkedFormula(unescapeXml(xml.slice(span.openEnd, span.closeStart)))
      ) {
        rule.own = true;
      }
    }
  }
  const kept: ElementSpan[] = [];
  for (const { span, rules } of formattings) {
    const own = rules.filter((r) => r.own);
    if (own.length > 0 && own.length === rules.length) {
      edits.push({ start: span.start, end: span.end, text: "" });
      continue;
    }
    for (const rule of own) edits.push({ start: rule.span.start, end: rule.span.end, text: "" });
    kept.push(...rules.filter((r) => !r.own).map((r) => r.span));
  }
  return kept;
}

/** The flags take priorities 1…n, as the add-in's do in Excel: the user's rules move below them only if they must. */
function shiftPriorities(kept: readonly ElementSpan[], count: number, edits: Edit[]): void {
  if (kept.length === 0) return;
  const lowest = Math.min(...kept.map((r) => Number(r.attributes.priority ?? 1)));
  if (lowest > count) return;
  const shift = count - lowest + 1;
  for (const rule of kept) {
    const priority = String(Number(rule.attributes.priority ?? 1) + shift);
    edits.push({
      start: rule.start,
      end: rule.openEnd,
      text: startTag(rule.qname, { ...rule.attributes, priority }, rule.closeStart === rule.end),
    });
  }
}
