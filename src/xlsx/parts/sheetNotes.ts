/**
 * A user sheet's notes, as the part-by-part writer sees them: the comments
 * part and its drawing, and whether every note in it is the planner's.
 */
import { parseXml } from "../../reader/xmlEvents";
import { NOTE_MARK } from "../../sheets/marks";
import { CONTENT_TYPES, RELATIONSHIP_TYPE, relativeTarget, relIs, type PackageParts, type Rel } from "./packageParts";

export interface SheetNotes {
  comments: Rel | null;
  drawing: Rel | null;
  /** The planner's notes there. */
  planners: number;
}

/**
 * The notes of the sheet part `sheet`.
 * @example notesOf(parts, "xl/worksheets/sheet2.xml").planners // 3
 */
export function notesOf(parts: PackageParts, sheet: string): SheetNotes {
  const rels = parts.rels(sheet);
  const comments = rels.find((r) => relIs(r, "comments") && r.part !== null) ?? null;
  const drawing = rels.find((r) => relIs(r, "vmlDrawing") && r.part !== null) ?? null;
  let planners = 0;
  const bytes = comments?.part ? parts.bytes(comments.part) : undefined;
  if (bytes && comments?.part) {
    let text: string[] | null = null;
    parseXml(bytes, comments.part, {
      open(name) {
        if (name === "comment") text = [];
      },
      text(t) {
        text?.push(t);
      },
      close(name) {
        if (name !== "comment" || !text) return;
        if (text.join("").includes(NOTE_MARK)) planners++;
        text = null;
      },
    });
  }
  return { comments, drawing, planners };
}

/** A sheet's first notes: the comments part and its drawing, linked from the sheet; the drawing's relationship id. */
export function addNotesParts(
  parts: PackageParts,
  sheet: string,
  comments: string,
  drawing: string,
  drawingId?: string,
): string {
  const commentsPart = parts.freeName("xl/comments#.xml");
  const drawingPart = parts.freeName("xl/drawings/vmlDrawing#.vml");
  parts.set(commentsPart, comments);
  parts.set(drawingPart, drawing);
  parts.setOverride(commentsPart, CONTENT_TYPES.comments);
  parts.ensureDefault("vml", CONTENT_TYPES.vml);
  if (drawingId) {
    // A new owned sheet: its relationships are the notes' alone.
    parts.setRels(sheet, [
      { id: drawingId, type: `${RELATIONSHIP_TYPE}/vmlDrawing`, target: relativeTarget(sheet, drawingPart) },
      { id: "rId2", type: `${RELATIONSHIP_TYPE}/comments`, target: relativeTarget(sheet, commentsPart) },
    ]);
    return drawingId;
  }
  parts.addRel(sheet, `${RELATIONSHIP_TYPE}/comments`, commentsPart);
  return parts.addRel(sheet, `${RELATIONSHIP_TYPE}/vmlDrawing`, drawingPart);
}
