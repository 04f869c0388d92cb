/** The chart the file writers cannot draw, said where the chart would be. */
export const NO_CHART_TEXT =
  "Chart: drawn when you consolidate in Excel (this file's writer cannot draw charts; the bars beside the counts show the same).";
