/**
 * A package held as its parts (./storedParts.ts), for the part-by-part
 * writer: relationships and content types are changed by splicing single
 * entries in or out.
 */
import { partKey, relsPartOf, resolveTarget } from "../../reader/zipParts";
import { GraftUnsupported, StoredParts } from "./storedParts";
import { applyEdits, elementSpans, escapeXml, inPrefix, PartXmlError, prefixOf, type Edit } from "./xmlSpans";

export { GraftUnsupported };

export const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * True when a relationship is of `type`, by the type's last segment (Transitional and Strict alike).
 * @example relIs({ type: "http://…/relationships/comments", … }, "comments") // true
 */
export const relIs = (rel: Rel, type: string): boolean => rel.type.endsWith(`/${type}`);

/** Content types of the parts the planner adds (ECMA-376 Part 1, 12.3). */
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

export interface Rel {
  id: string;
  /** Full type URI. */
  type: string;
  target: string;
  external: boolean;
  /** The part it points at (key form), or null for an external target. */
  part: string | null;
}

export class PackageParts extends StoredParts {
  /** The relationships of `source` (absent part: none). */
  rels(source: string): Rel[] {
    const relsPart = relsPartOf(source);
    if (!this.has(relsPart)) return [];
    const xml = this.text(relsPart);
    return elementSpans(xml, relsPart, (name, depth) => depth === 1 && name === "Relationship").map((s) => {
      const external = s.attributes.TargetMode === "External";
      const target = s.attributes.Target ?? "";
      return {
        id: s.attributes.Id ?? "",
        type: s.attributes.Type ?? "",
        target,
        external,
        part: external ? null : partKey(resolveTarget(source, target)),
      };
    });
  }

  /** Add a relationship from `source` to the part `target` (key form); its new id. */
  addRel(source: string, type: string, target: string): string {
    const relsPart = relsPartOf(this.storedName(source));
    const taken = new Set(this.rels(source).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const entry = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
    if (!this.has(relsPart)) {
      this.set(
        relsPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entry}</Relationships>`,
      );
      return id;
    }
    this.insertBeforeRootEnd(relsPart, entry);
    return id;
  }

  /** Remove every relationship of `source` (its relationships part). */
  deleteRels(source: string): void {
    this.delete(relsPartOf(source));
  }

  /** Write `source`'s relationships whole (a part the planner owns). */
  setRels(source: string, rels: readonly { id: string; type: string; target: string }[]): void {
    const entries = rels.map(
      (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
    );
    this.set(
      relsPartOf(this.storedName(source)),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`,
    );
  }

  /** Remove relationships of `source` by id; the relationships part goes when none is left. */
  removeRels(source: string, ids: ReadonlySet<string>): void {
    const relsPart = relsPartOf(source);
    if (!this.has(relsPart) || ids.size === 0) return;
    const xml = this.text(relsPart);
    const spans = elementSpans(xml, relsPart, (name, depth) => depth === 1 && name === "Relationship");
    const gone = spans.filter((s) => ids.has(s.attributes.Id ?? ""));
    if (gone.length === spans.length) this.delete(relsPart);
    else
      this.set(
        relsPart,
        applyEdits(
          xml,
          gone.map((s) => ({ start: s.start, end: s.end, text: "" })),
        ),
      );
  }

  /** Content types: an override for a part (replacing one it had). */
  setOverride(key: string, contentType: string): void {
    if (this.overrideOf(key) === contentType) return;
    this.removeOverrides(new Set([partKey(key)]));
    this.insertBeforeRootEnd(
      "[Content_Types].xml",
      `<Override PartName="/${escapeXml(this.storedName(key))}" ContentType="${escapeXml(contentType)}"/>`,
    );
  }

  /** Content types: remove the overrides of these parts (keys). */
  removeOverrides(keys: ReadonlySet<string>): void {
    const part = "[Content_Types].xml";
    const xml = this.text(part);
    const spans = elementSpans(xml, part, (name, depth) => depth === 1 && name === "Override");
    const edits: Edit[] = spans
      .filter((s) => keys.has(partKey(s.attributes.PartName ?? "")))
      .map((s) => ({ start: s.start, end: s.end, text: "" }));
    if (edits.length > 0) this.set(part, applyEdits(xml, edits));
  }

  /** Content types: remove the overrides of parts no longer in the package. */
  pruneOverrides(): void {
    const part = "[Content_Types].xml";
    const xml = this.text(part);
    const spans = elementSpans(xml, part, (name, depth) => depth === 1 && name === "Override");
    this.removeOverrides(
      new Set(spans.map((s) => partKey(s.attributes.PartName ?? "")).filter((key) => !this.has(key))),
    );
  }

  /** Content types: a default for an extension, unless one is there. */
  ensureDefault(extension: string, contentType: string): void {
    const part = "[Content_Types].xml";
    const xml = this.text(part);
    const spans = elementSpans(xml, part, (name, depth) => depth === 1 && name === "Default");
    if (spans.some((s) => (s.attributes.Extension ?? "").toLowerCase() === extension)) return;
    this.insertBeforeRootEnd(part, `<Default Extension="${extension}" ContentType="${escapeXml(contentType)}"/>`);
  }

  /** The override a part has, if any. */
  private overrideOf(key: string): string | undefined {
    const part = "[Content_Types].xml";
    const xml = this.text(part);
    const spans = elementSpans(xml, part, (name, depth) => depth === 1 && name === "Override");
    return spans.find((s) => partKey(s.attributes.PartName ?? "") === partKey(key))?.attributes.ContentType;
  }

  private insertBeforeRootEnd(part: string, entry: string): void {
    const xml = this.text(part);
    const root = elementSpans(xml, part, (_, depth) => depth === 0)[0];
    if (!root) throw new PartXmlError(`${part} has no root element`);
    if (root.closeStart === root.end) {
      // `<Relationships/>`: opened up to hold the entry.
      const open = xml.slice(root.start, root.end - 2);
      const inside = inPrefix(entry, prefixOf(root.qname));
      this.set(part, `${xml.slice(0, root.start)}${open}>${inside}</${root.qname}>${xml.slice(root.end)}`);
      return;
    }
    this.set(
      part,
      applyEdits(xml, [{ start: root.closeStart, end: root.closeStart, text: entry }], prefixOf(root.qname)),
    );
  }
}

/**
 * A relationship target written relative to its source's folder.
 * @example relativeTarget("xl/worksheets/sheet1.xml", "xl/comments1.xml") // "../comments1.xml"
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
