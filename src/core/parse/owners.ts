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

/** Case-insensitive key of a name. */
export const ownerKey = (name: string): string => name.toLowerCase();

/**
 * One spelling per person: the People sheet's, else the first seen.
 * @example const d = new OwnerDirectory(["Jane Smith"]); d.canonical("jane smith") // "Jane Smith"
 */
export class OwnerDirectory {
  private readonly spelling = new Map<string, string>();
  private readonly listed = new Set<string>();

  constructor(people: readonly string[]) {
    for (const name of people) {
      const key = ownerKey(name);
      if (!this.spelling.has(key)) this.spelling.set(key, name);
      this.listed.add(key);
    }
  }

  /** The spelling to show for `name`, remembering it when first seen. */
  canonical(name: string): string {
    const key = ownerKey(name);
    const known = this.spelling.get(key);
    if (known !== undefined) return known;
    this.spelling.set(key, name);
    return name;
  }

  /** True when the People sheet lists the name. */
  isListed(name: string): boolean {
    return this.listed.has(ownerKey(name));
  }
}
