/** Owner names: joint owners split, spellings made one, unknown names noticed. */

const SEPARATORS = /\s+and\s+|\s*&\s*|\s*;\s*|\s*,\s*|\s+\+\s+|\s*\n\s*/i;

/**
 * Split an owner cell into names: on ` and `, `&`, `;`, `,`, ` + ` and
 * line breaks; trimmed, spaces collapsed, blanks dropped.
 * @example splitOwners("Head of IAG & Careers lead") // ["Head of IAG", "Careers lead"]
 */
export function splitOwners(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => name !== "");
}

export { OwnerDirectory } from "../rules/names";
