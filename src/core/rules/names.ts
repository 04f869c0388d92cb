/** Names people type (owners, areas, objectives): the one key two spellings of a name share. */

/**
 * Trimmed, runs of spaces made one, case ignored: "Jane Smith", " jane  smith"
 * and "JANE SMITH" are one person everywhere — engine, functions, pane, hosts.
 * @example nameKey("  Jane   SMITH ") // "jane smith"
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * One spelling per person: the People sheet's, else the first seen.
 * @example const d = new OwnerDirectory(["Jane Smith"]); d.canonical("jane smith") // "Jane Smith"
 */
export class OwnerDirectory {
  private readonly spelling = new Map<string, string>();
  private readonly listed = new Set<string>();

  constructor(people: readonly string[] = []) {
    for (const name of people) {
      const key = nameKey(name);
      if (!this.spelling.has(key)) this.spelling.set(key, tidy(name));
      this.listed.add(key);
    }
  }

  /** The spelling to show for `name`, remembering it when first seen. */
  canonical(name: string): string {
    const key = nameKey(name);
    const known = this.spelling.get(key);
    if (known !== undefined) return known;
    const spelling = tidy(name);
    this.spelling.set(key, spelling);
    return spelling;
  }

  /** The known spelling of a name, or undefined when nobody of that name was seen. */
  find(name: string): string | undefined {
    return this.spelling.get(nameKey(name));
  }

  /** True when the People sheet lists the name. */
  isListed(name: string): boolean {
    return this.listed.has(nameKey(name));
  }

  /** How many people are known. */
  get size(): number {
    return this.spelling.size;
  }
}

function tidy(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}
