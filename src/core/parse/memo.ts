/** Remembering a text function's answers: plans repeat a few dozen statuses, RAGs and owner cells thousands of times. */

/** Distinct texts remembered at most, so a pathological sheet cannot grow memory without bound. */
const LIMIT = 4096;

/**
 * `fn`, answering repeated texts from memory.
 * @example const rag = memoText(parseRag); rag("G"); rag("G") // parsed once
 */
export function memoText<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const answer = fn(text);
    if (known.size >= LIMIT) known.clear();
    known.set(text, answer);
    return answer;
  };
}
