/**
 * Notes as package parts: the comments part (the text) and the VML drawing
 * Excel shows them with, written as Excel writes a sheet's first notes
 * (ECMA-376 Part 1, 18.7 comments; [MS-OI29500] for the legacy VML shapes).
 */
import { OWNED_TITLE_PREFIX } from "../../core/rules/ownedMark";
import { decodeA1 } from "../address";
import { escapeXml } from "./xmlSpans";

export interface Note {
  cell: string;
  text: string;
}

const NEEDS_WORK = /[&<>"_\u0000-\u001F\uFFFE\uFFFF]/;

/** The author the planner's notes are filed under. */
export const PLANNER_AUTHOR = OWNED_TITLE_PREFIX;

/**
 * A comments part holding `notes`.
 * @example commentsXml([{ cell: "F5", text: "[Implementation Planner]\nJane…" }])
 */
export function commentsXml(notes: readonly Note[]): string {
  const list = notes.map(
    (n) =>
      `<comment ref="${n.cell}" authorId="0"><text><r><t xml:space="preserve">${textXml(n.text)}</t></r></text></comment>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>${PLANNER_AUTHOR}</author></authors><commentList>${list.join("")}</commentList></comments>`
  );
}

/**
 * The VML drawing of `notes`: one hidden note shape per cell, beside it.
 * @example vmlXml([{ cell: "F5", text: "…" }])
 */
export function vmlXml(notes: readonly Note[]): string {
  const shapes = notes.map((n, i) => {
    const { row, col } = decodeA1(n.cell);
    const anchor = [col, 6, Math.max(0, row - 2), 14, col + 2, 2, row + 2, 16].join(", ");
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${i + 1};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
      '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join("")}</xml>`
  );
}

/**
 * Text for a cell or note: XML-escaped, with what XML cannot hold written as Excel does (`_x000D_`).
 * @example textXml("a\r\nb & c") // "a_x000D_\nb &amp; c"
 */
export function textXml(text: string): string {
  // Most text needs nothing done.
  if (!NEEDS_WORK.test(text)) return text;
  return escapeXml(
    text
      .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
      .replace(
        /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
      ),
  );
}
