/**
 * Notes on a user's sheet that already has notes: the comments part and its
 * VML drawing are merged, not replaced. The user's notes stay as written; the
 * planner's old notes go (or give back the user's part of a shared note);
 * the new flags' notes come from the stand-in, beside any note of the user's
 * in the same cell (markNote keeps the user's text first).
 */
import { parseXml } from "../../reader/xmlEvents";
import { cellA1 } from "../../sheets/a1";
import { userPartOfNote } from "../../sheets/marks";
import { PLANNER_AUTHOR } from "./notesXml";
import { GraftUnsupported } from "./packageParts";
import { applyEdits, elementSpans, escapeXml, prefixOf, startTag, type Edit, type ElementSpan } from "./xmlSpans";

export interface NoteEntry {
  ref: string;
  text: string;
  span: ElementSpan;
}

const encoder = new TextEncoder();

/**
 * The notes of a comments part, with their plain text.
 * @example notesIn(xml, "xl/comments1.xml")[0] // { ref: "F5", text: "Check with Tom", span }
 */
export function notesIn(xml: string, part: string): NoteEntry[] {
  return elementSpans(xml, part, (name, depth) => depth === 2 && name === "comment").map((span) => {
    const texts: string[] = [];
    parseXml(encoder.encode(xml.slice(span.start, span.end)), part, {
      open() {},
      text: (t) => texts.push(t),
    });
    return { ref: (span.attributes.ref ?? "").toUpperCase(), text: texts.join(""), span };
  });
}

export interface MergedNotes {
  comments: string;
  drawing: string;
  /** No note is left: the parts (and the sheet's link to them) can go. */
  empty: boolean;
}

/**
 * The user's comments and drawing with the planner's notes replaced by the stand-in's.
 * @example mergeNotes(userComments, userDrawing, standInComments, standInDrawing, "xl/comments1.xml")
 */
export function mergeNotes(
  userComments: string,
  userDrawing: string,
  standInComments: string,
  standInDrawing: string,
  part: string,
): MergedNotes {
  const existing = notesIn(userComments, part);
  const fresh = standInComments ? notesIn(standInComments, "stand-in notes") : [];
  const freshRefs = new Set(fresh.map((n) => n.ref));
  const authors = elementSpans(userComments, part, (name, depth) => depth === 1 && name === "authors")[0];
  const authorNames = elementSpans(userComments, part, (name, depth) => depth === 2 && name === "author").map((a) =>
    userComments.slice(a.openEnd, a.closeStart),
  );
  const known = authorNames.indexOf(PLANNER_AUTHOR);
  const authorId = String(known >= 0 ? known : authorNames.length);
  const list = elementSpans(userComments, part, (name, depth) => depth === 1 && name === "commentList")[0];
  if (!authors || !list || list.closeStart === list.end)
    throw new GraftUnsupported(`${part} has no authors or notes list`);

  const edits: Edit[] = [];
  const written = (note: NoteEntry) => {
    const xml = standInComments.slice(note.span.start, note.span.end);
    return xml.replace(/^<comment\b[^>]*>/, startTag("comment", { ref: note.ref, authorId }));
  };
  const kept = new Set<string>();
  const removed = new Set<string>();
  for (const note of existing) {
    const replacement = fresh.find((f) => f.ref === note.ref);
    const user = userPartOfNote(note.text);
    if (replacement) {
      edits.push({ start: note.span.start, end: note.span.end, text: written(replacement) });
      kept.add(note.ref);
    } else if (user === note.text) {
      kept.add(note.ref);
    } else if (user === null) {
      edits.push({ start: note.span.start, end: note.span.end, text: "" });
      removed.add(note.ref);
    } else {
      const plain = `<text><r><t xml:space="preserve">${escapeXml(user)}</t></r></text>`;
      edits.push({
        start: note.span.start,
        end: note.span.end,
        text: `${startTag("comment", { ...note.span.attributes })}${plain}</comment>`,
      });
      kept.add(note.ref);
    }
  }
  const added = fresh.filter((f) => !existing.some((e) => e.ref === f.ref));
  if (added.length > 0) edits.push({ start: list.closeStart, end: list.closeStart, text: added.map(written).join("") });
  if (freshRefs.size > 0 && known < 0) {
    edits.push({ start: authors.closeStart, end: authors.closeStart, text: `<author>${PLANNER_AUTHOR}</author>` });
  }
  const empty = kept.size + added.length === 0;
  return {
    comments: applyEdits(userComments, edits, prefixOf(list.qname)),
    drawing: mergeDrawing(userDrawing, standInDrawing, removed, new Set(added.map((n) => n.ref)), part),
    empty,
  };
}

interface NoteShape {
  span: ElementSpan;
  ref: string | null;
}

/** Note shapes of a VML drawing, by the cell their Row and Column name. */
function noteShapes(xml: string, part: string): { shapes: NoteShape[]; root: ElementSpan; highest: number } {
  const spans = elementSpans(
    xml,
    part,
    (name, depth) => depth <= 1 || name === "Row" || name === "Column" || name === "ClientData",
  );
  const root = spans[0];
  if (!root) throw new GraftUnsupported(`${part} has no drawing`);
  const shapes: NoteShape[] = [];
  let highest = 1024;
  for (const span of spans.filter((s) => s.depth === 1 && s.name === "shape")) {
    const inside = spans.filter((s) => s.start > span.start && s.end <= span.end);
    const note = inside.some((s) => s.name === "ClientData" && s.attributes.ObjectType === "Note");
    const value = (name: string) => inside.find((s) => s.name === name);
    const row = value("Row");
    const column = value("Column");
    const ref =
      note && row && column
        ? cellA1(
            Number(xml.slice(column.openEnd, column.closeStart).trim()),
            Number(xml.slice(row.openEnd, row.closeStart).trim()) + 1,
          )
        : null;
    shapes.push({ span, ref });
    const id = /_x0000_s(\d+)/.exec(span.attributes.id ?? "");
    if (id) highest = Math.max(highest, Number(id[1]));
  }
  return { shapes, root, highest };
}

/** The user's drawing without the removed notes' shapes, with the added notes' shapes from the stand-in. */
function mergeDrawing(
  user: string,
  standIn: string,
  removed: ReadonlySet<string>,
  added: ReadonlySet<string>,
  part: string,
): string {
  const mine = noteShapes(user, part);
  const edits: Edit[] = mine.shapes
    .filter((s) => s.ref && removed.has(s.ref))
    .map((s) => ({ start: s.span.start, end: s.span.end, text: "" }));
  if (added.size > 0) {
    const theirs = noteShapes(standIn, "stand-in drawing");
    let next = mine.highest + 1;
    const shapes = theirs.shapes
      .filter((s) => s.ref && added.has(s.ref))
      .map((s) =>
        standIn
          .slice(s.span.start, s.span.end)
          .replace(/^(<v:shape\b[^>]*?\sid=")_x0000_s\d+"/, `$1_x0000_s${next++}"`)
          .replace(/^<v:shape\b/, `<v:shape${VML_NAMESPACES}`),
      );
    // Notes' shapes are drawn from the note shape type; a drawing without one gets the stand-in's.
    const type = /id="_x0000_t202"/.test(user) ? "" : shapeType(standIn);
    edits.push({ start: mine.root.closeStart, end: mine.root.closeStart, text: type + shapes.join("") });
  }
  return applyEdits(user, edits);
}

function shapeType(standIn: string): string {
  const span = elementSpans(standIn, "stand-in drawing", (name, depth) => depth === 1 && name === "shapetype")[0];
  return span ? standIn.slice(span.start, span.end).replace(/^<v:shapetype\b/, `<v:shapetype${VML_NAMESPACES}`) : "";
}

/** The stand-in's VML prefixes, declared on each element moved into a drawing that may bind them otherwise (openpyxl writes ns0:, ns1:). */
const VML_NAMESPACES =
  ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

/** Whether a drawing holds shapes other than notes (form controls): it then stays even when no note does. */
export function holdsOtherShapes(xml: string, part: string): boolean {
  return noteShapes(xml, part).shapes.some((s) => s.ref === null);
}
