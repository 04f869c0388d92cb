/**
 * The workbook's date system, which the API does not expose as a property
 * (`Workbook.use1904DateSystem` is preview-only): DATE(1904,1,1) is 1462 in
 * the 1900 system and 0 in the 1904 one.
 */

/**
 * Queue the probe; the returned function answers after the next sync.
 * @example const is1904 = queueDateSystemProbe(context); await context.sync(); is1904() // false
 */
export function queueDateSystemProbe(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}
