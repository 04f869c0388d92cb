/**
 * The workbook part, spliced: new owned sheets added to the sheet list, the
 * planner's defined names replaced (found by name and mark, never by a prefix
 * alone), everything of the user's left as written, and Excel asked to
 * recalculate on opening (the calculation chain is dropped by the caller).
 */
import {
  FUNCTION_NAMES_SWITCH,
  FUNCTION_NAMES_SWITCH_COMMENT,
  isFunctionNamesSwitch,
  isOwnFunctionName,
} from "../../sheets/functionNames";
import { planFunctionNames } from "../../sheets/functionNamesPlan";
import { isOwnName } from "../../sheets/marks";
import type { DefinedNameSpec, WorkbookSpec } from "../../sheets/types";
import { GraftUnsupported, RELATIONSHIP_TYPE } from "./packageParts";
import {
  applyEdits,
  elementSpans,
  escapeXml,
  prefixOf,
  startTag,
  unescapeXml,
  type Edit,
  type ElementSpan,
} from "./xmlSpans";

/** A name written by this run: its text (no `=`) and attributes. */
export interface NewName {
  name: string;
  text: string;
  attributes?: Record<string, string>;
}

export interface WorkbookChange {
  /** Sheets to append to the list: name and relationship id. */
  newSheets: { name: string; relId: string }[];
  /** Indexes (in the final tab order) of owned sheets replaced in place: their print names are rewritten. */
  replaced: ReadonlySet<number>;
  /** Print areas and titles of the owned sheets, with their final localSheetId. */
  printNames: NewName[];
  names: readonly DefinedNameSpec[];
  functionNames: WorkbookSpec["functionNames"];
  /** Leave the planner's names as they are (a baseline changes none). */
  keepOwnNames?: boolean;
}

/** workbook children after definedNames, in schema order (ECMA-376 Part 1, 18.2.27). */
const AFTER_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The sheets as listed: name, relationship id and the attribute that holds it. */
export function sheetList(
  xml: string,
  part: string,
): { name: string; relId: string; idAttribute: string; sheetId: number }[] {
  return elementSpans(xml, part, (name, depth) => depth === 2 && name === "sheet").map((s) => {
    const idAttribute = Object.keys(s.attributes).find((k) => k === "r:id" || k.endsWith(":id")) ?? "r:id";
    return {
      name: s.attributes.name ?? "",
      relId: s.attributes[idAttribute] ?? "",
      idAttribute,
      sheetId: Number(s.attributes.sheetId ?? 0),
    };
  });
}

/**
 * The workbook part with the change made; what the user should be told (the function names' messages).
 * @example workbookXml(xml, "xl/workbook.xml", change)
 */
export function workbookXml(xml: string, part: string, change: WorkbookChange): { xml: string; messages: string[] } {
  const spans = elementSpans(xml, part, (_, depth) => depth <= 2);
  const root = spans[0];
  if (!root || root.name !== "workbook") throw new GraftUnsupported(`${part} is not a workbook part`);
  const top = spans.filter((s) => s.depth === 1);
  const edits: Edit[] = [];
  const list = sheetList(xml, part);
  const sheets = top.find((s) => s.name === "sheets");
  if (!sheets || sheets.closeStart === sheets.end) throw new GraftUnsupported(`${part} has no sheet list`);
  const idAttribute = list[0]?.idAttribute ?? "r:id";
  let nextId = Math.max(0, ...list.map((s) => s.sheetId)) + 1;
  // The prefix is declared on the element itself: openpyxl declares it on each sheet, not on the workbook.
  const prefix = idAttribute.slice(0, idAttribute.indexOf(":"));
  const added = change.newSheets.map((s) =>
    startTag(
      "sheet",
      { name: s.name, sheetId: String(nextId++), [`xmlns:${prefix}`]: RELATIONSHIP_TYPE, [idAttribute]: s.relId },
      true,
    ),
  );
  if (added.length > 0) edits.push({ start: sheets.closeStart, end: sheets.closeStart, text: added.join("") });

  const names = spans.filter((s) => s.depth === 2 && s.name === "definedName");
  const existing = names.map((s) => ({
    span: s,
    name: s.attributes.name ?? "",
    comment: s.attributes.comment ?? null,
    formula: unescapeXml(xml.slice(s.openEnd, s.closeStart)),
    scope: s.attributes.localSheetId,
  }));
  const plan = change.functionNames
    ? planFunctionNames(
        existing.filter((n) => n.scope === undefined),
        change.functionNames.choice,
      )
    : null;
  const removedFunctions = new Set(plan?.remove ?? []);
  const gone = (n: (typeof existing)[number]) =>
    (!change.keepOwnNames && isOwnName(n.name)) ||
    (n.name.startsWith("_xlnm.Print_") && n.scope !== undefined && change.replaced.has(Number(n.scope))) ||
    (n.scope === undefined && removedFunctions.has(n.name) && isOwnFunctionName(n)) ||
    (n.scope === undefined && plan?.switchTo != null && isFunctionNamesSwitch(n.name));

  const fresh: NewName[] = [...change.printNames];
  for (const n of change.names) {
    if (!isOwnName(n.name)) throw new Error(`Defined name ${n.name} is not one of the planner's own (sheets/marks.ts)`);
    fresh.push({ name: n.name, text: n.refersTo.replace(/^=/, "") });
  }
  for (const f of plan?.add ?? []) fresh.push({ name: f.name, text: f.stored, attributes: { comment: f.comment } });
  if (plan?.switchTo === "off")
    fresh.push({ name: FUNCTION_NAMES_SWITCH, text: "FALSE", attributes: { comment: FUNCTION_NAMES_SWITCH_COMMENT } });
  // A name written again takes its old place, so consolidating again leaves the part as it was.
  const element = (n: NewName) =>
    `${startTag("definedName", { name: n.name, ...n.attributes })}${escapeXml(n.text)}</definedName>`;
  const key = (name: string, scope: string | undefined) => `${name.toLowerCase()}|${scope ?? ""}`;
  const fresher = new Map(fresh.map((n) => [key(n.name, n.attributes?.localSheetId), n]));
  for (const n of existing) {
    if (!gone(n)) continue;
    const again = fresher.get(key(n.name, n.scope));
    fresher.delete(key(n.name, n.scope));
    edits.push({ start: n.span.start, end: n.span.end, text: again ? element(again) : "" });
  }
  const written = [...fresher.values()].map(element).join("");
  const block = top.find((s) => s.name === "definedNames");
  if (written) {
    if (block && block.closeStart !== block.end)
      edits.push({ start: block.closeStart, end: block.closeStart, text: written });
    else if (block) edits.push({ start: block.start, end: block.end, text: `<definedNames>${written}</definedNames>` });
    else {
      const at = top.find((s) => AFTER_NAMES.includes(s.name))?.start ?? root.closeStart;
      edits.push({ start: at, end: at, text: `<definedNames>${written}</definedNames>` });
    }
  } else if (block && existing.length > 0 && existing.every(gone) && fresh.length === 0) {
    // An empty definedNames element is not allowed.
    edits.splice(0, edits.length, ...edits.filter((e) => !(e.start >= block.start && e.end <= block.end)), {
      start: block.start,
      end: block.end,
      text: "",
    });
  }
  edits.push(recalculate(xml, top, root));
  return { xml: applyEdits(xml, edits, prefixOf(root.qname)), messages: plan?.messages ?? [] };
}

/** calcPr with fullCalcOnLoad: the owned sheets' formulas are written without results. */
function recalculate(xml: string, top: readonly ElementSpan[], root: ElementSpan): Edit {
  const calc = top.find((s) => s.name === "calcPr");
  if (calc)
    return {
      start: calc.start,
      end: calc.openEnd,
      text: startTag(calc.qname, { ...calc.attributes, fullCalcOnLoad: "1" }, calc.closeStart === calc.end),
    };
  const at = top.find((s) => AFTER_NAMES.slice(1).includes(s.name))?.start ?? root.closeStart;
  return { start: at, end: at, text: `<calcPr fullCalcOnLoad="1"/>` };
}
