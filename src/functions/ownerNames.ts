/**
 * Owner names as people type them: "Jane Smith", "jane smith " and
 * "JANE  SMITH" are one person, shown under the first spelling seen.
 */
export class OwnerNames {
  private readonly byKey = new Map<string, string>();

  /** The key two spellings of one name share. */
  static keyOf(name: string): string {
    return name.trim().replace(/\s+/g, " ").toLowerCase();
  }

  /**
   * Record a name; returns the spelling it is known by.
   * @example names.add("Jane Smith"); names.add("jane smith ") // "Jane Smith"
   */
  add(name: string): string {
    const key = OwnerNames.keyOf(name);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const spelling = name.trim().replace(/\s+/g, " ");
    this.byKey.set(key, spelling);
    return spelling;
  }

  /** The known spelling of a name, or undefined when nobody of that name was seen. */
  find(name: string): string | undefined {
    return this.byKey.get(OwnerNames.keyOf(name));
  }

  get size(): number {
    return this.byKey.size;
  }
}
