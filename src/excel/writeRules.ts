/** Data validation and conditional formats, each on a whole block in one operation. */
import type { ConditionalRule, ValidationSpec } from "../sheets/types";

/**
 * Queue the validations of a sheet: lists, number limits, dates, with their input messages.
 * @example addValidations(sheet, spec.validations)
 */
export function addValidations(sheet: Excel.Worksheet, validations: ValidationSpec[]): void {
  for (const v of validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    const rule = ruleOf(v);
    if (rule) validation.rule = rule;
    if (v.prompt) validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    if (rule) {
      validation.errorAlert = {
        showAlert: true,
        style: v.errorStyle === "warning" ? "Warning" : "Stop",
        title: v.prompt?.title ?? "Check this value",
        message: v.errorMessage ?? "Choose a value from the list.",
      };
    }
  }
}

function ruleOf(v: ValidationSpec): Excel.DataValidationRule | null {
  if (v.list) return { list: { inCellDropDown: true, source: v.list.join(",") } };
  if (v.listSource) return { list: { inCellDropDown: true, source: v.listSource } };
  if (v.number) {
    const limits = { formula1: v.number.min, formula2: v.number.max, operator: "Between" as const };
    return v.number.kind === "whole" ? { wholeNumber: limits } : { decimal: limits };
  }
  if (v.date) return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  return null;
}

/**
 * Queue conditional formats so the first of `rules` is checked first: Office.js
 * puts each new format at the top of the priority list, so they go in reversed.
 * @example addRules(sheet, spec.conditionalFormats)
 */
export function addRules(sheet: Excel.Worksheet, rules: ConditionalRule[]): void {
  for (const rule of [...rules].reverse()) {
    const range = sheet.getRange(rule.range);
    if (rule.kind === "expression") {
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      if (rule.fill) format.custom.format.fill.color = rule.fill;
      if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
      if (rule.bold) format.custom.format.font.bold = true;
      if (rule.stopIfTrue) format.stopIfTrue = true;
    } else if (rule.kind === "dataBar") {
      const format = range.conditionalFormats.add("DataBar");
      format.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      format.dataBar.upperBoundRule = { type: "Number", formula: String(rule.max) };
      format.dataBar.positiveFormat.fillColor = rule.color;
      format.dataBar.positiveFormat.gradientFill = false;
    } else {
      const format = range.conditionalFormats.add("ColorScale");
      format.colorScale.criteria = {
        minimum: { type: "Number", formula: String(rule.min.value), color: rule.min.color },
        maximum: { type: "Number", formula: String(rule.max.value), color: rule.max.color },
      };
    }
  }
}
