/**
 * A partner's plan copied into a consortium workbook (one sheet per plan):
 * the template's action columns, then these columns saying where each
 * action came from. The headers are the mark the engine knows a copy by —
 * one rule for the sheet writer and the reader.
 */

/** The copy's own columns, in order, after the action columns. */
export const PLAN_COPY_SOURCE_HEADERS = ["Plan", "Plan as of", "From file", "From sheet", "From cell", "Read"] as const;

/** A copy read this many days or more before the consortium's As of is out of date (the guide's monthly reviews). */
export const STALE_AFTER_DAYS = 28;
