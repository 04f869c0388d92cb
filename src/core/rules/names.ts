/** Names people type (owners, areas, objectives): the one key two spellings of a name share. */

/** Characters that show as nothing: a name pasted from the web or a PDF often carries one. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A name as shown: Unicode compatibility forms made plain (full-width "Ｊａｎｅ"
 * is "Jane", NFKC), invisible characters removed, trimmed, runs of spaces made one.
 * @example cleanName(" Jane\u200B  Smith ") // "Jane Smith"
 */
export function cleanName(name: string): string {
  // Plain ASCII (nearly every name) has nothing to normalise: names are cleaned for every action read.
  const text = PLAIN_ASCII.test(name) ? name : name.normalize("NFKC").replace(INVISIBLE, "");
  return /\s\s|^\s|\s$|[\t\n\r]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The key two spellings of one person share: cleaned, case ignored. "Jane
 * Smith", " jane  smith", "JANE SMITH" and "Ｊａｎｅ Smith" are one person
 * everywhere — engine, functions, pane, hosts.
 * @example nameKey("  Jane   SMITH ") // "jane smith"
 */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}

/** Between joint owners: " and ", "&", ";", ",", " + " or a line break (captured, to rebuild listed names). */
const SEPARATOR = /(\s+and\s+|\s*&\s*|\s*;\s*|\s*,\s*|\s+\+\s+|\s*\n\s*)/i;

/**
 * Split an owner cell into names. Joint owners are separated by ` and `,
 * `&`, `;`, `,`, ` + ` or line breaks — except that a name People lists whole
 * ("Head of Teaching and Learning", "Smith, Jane") is never split, and a cell
 * holding just "Surname, First" is one person.
 * @example splitOwners("Head of IAG & Careers lead") // ["Head of IAG", "Careers lead"]
 * @example splitOwners("Head of Teaching and Learning", (n) => n === "Head of Teaching and Learning") // one name
 */
export function splitOwners(text: string, isListed: (name: string) => boolean = () => false): string[] {
  const parts = text.normalize("NFKC").replace(INVISIBLE, "").split(SEPARATOR);
  const names = parts.filter((_, i) => i % 2 === 0).map(cleanName);
  const joined = (from: number, to: number) => cleanName(parts.slice(from * 2, to * 2 - 1).join(""));
  if (names.filter((n) => n !== "").length === 2 && names.length === 2 && isSurnameFirst(parts, isListed)) {
    return [joined(0, 2)];
  }
  const out: string[] = [];
  for (let i = 0; i < names.length;) {
    let next = i + 1;
    for (let j = names.length; j > i + 1; j--) {
      if (isListed(joined(i, j))) {
        next = j;
        break;
      }
    }
    const name = joined(i, next);
    if (name !== "") out.push(name);
    i = next;
  }
  return out;
}

/** "Smith, Jane": two single words around a comma, not two people People lists separately. */
function isSurnameFirst(parts: string[], isListed: (name: string) => boolean): boolean {
  const [first, separator, second] = parts.map(cleanName);
  const word = /^[\p{L}'’.-]+$/u;
  if (separator !== "," || !word.test(first) || !word.test(second)) return false;
  return !(isListed(first) && isListed(second));
}

/**
 * One spelling per person: the People sheet's, else the first seen.
 * @example const d = new OwnerDirectory(["Jane Smith"]); d.canonical("jane smith") // "Jane Smith"
 */
export class OwnerDirectory {
  private readonly spelling = new Map<string, string>();
  private readonly listed = new Set<string>();
  private readonly splits = new Map<string, string[]>();

  constructor(people: readonly string[] = []) {
    for (const name of people) {
      // "Smith, Jane" on People is also who "Jane Smith" means, and the other way round.
      for (const key of [nameKey(name), nameKey(reversed(name))]) {
        if (!this.spelling.has(key)) this.spelling.set(key, tidy(name));
        this.listed.add(key);
      }
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

  /**
   * The people an owner cell names, in their known spellings (answers remembered per text).
   * @example new OwnerDirectory(["Head of Teaching and Learning"]).split("head of teaching and learning") // ["Head of Teaching and Learning"]
   */
  split(text: string): string[] {
    const known = this.splits.get(text);
    if (known) return known;
    const names = splitOwners(text, (name) => this.listed.has(nameKey(name))).map((name) => this.canonical(name));
    if (this.splits.size >= SPLITS_REMEMBERED) this.splits.clear();
    this.splits.set(text, names);
    return names;
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

const tidy = cleanName;

/** Distinct owner texts remembered, so a pathological sheet cannot grow memory without bound. */
const SPLITS_REMEMBERED = 4096;

/**
 * A name turned round: "Smith, Jane" as "Jane Smith" and "Jane Smith" as
 * "Smith, Jane" (two words only: "Head of IAG" is not turned).
 * @example reversed("Smith, Jane") // "Jane Smith"
 */
function reversed(name: string): string {
  const comma = /^\s*([^,\s]+)\s*,\s*([^,\s]+)\s*$/.exec(name);
  if (comma) return `${comma[2]} ${comma[1]}`;
  const words = /^\s*(\S+)\s+(\S+)\s*$/.exec(name);
  return words ? `${words[2]}, ${words[1]}` : name;
}
