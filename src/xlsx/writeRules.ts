/** Conditional formats and data validation of a spec, through ExcelJS. */
import type ExcelJS from "exceljs";
import { validationsOf, type ValidationModel } from "./exceljsInternals";
import type { ConditionalRule, ValidationSpec } from "../sheets/types";
import { argb } from "./styles";

/** ExcelJS's rule with the fields it writes (its typings omit stopIfTrue). */
type RuleModel = ExcelJS.ConditionalFormattingRule & { stopIfTrue?: boolean };

/**
 * Conditional-format rules in priority order starting at `firstPriority`, one entry per rule.
 * @example addRules(sheet, spec.conditionalFormats, 1)
 */
export function addRules(sheet: ExcelJS.Worksheet, rules: ConditionalRule[], firstPriority: number): void {
  rules.forEach((rule, i) => {
    const priority = firstPriority + i;
    sheet.addConditionalFormatting({ ref: rule.range, rules: [ruleModel(rule, priority)] });
  });
}

function ruleModel(rule: ConditionalRule, priority: number): RuleModel {
  if (rule.kind === "dataBar") {
    // Solid and without a border, so it prints as a plain bar (ExcelJS writes the x14 extension too).
    return {
      type: "dataBar",
      priority,
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: rule.max },
      ],
      color: argb(rule.color),
      gradient: false,
      border: false,
    } as unknown as RuleModel;
  }
  if (rule.kind === "colorScale") {
    return {
      type: "colorScale",
      priority,
      cfvo: [
        { type: "num", value: rule.min.value },
        { type: "num", value: rule.max.value },
      ],
      color: [argb(rule.min.color), argb(rule.max.color)],
    } as RuleModel;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (rule.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: argb(rule.fill) };
  if (rule.fontColor || rule.bold) {
    style.font = { ...(rule.fontColor ? { color: argb(rule.fontColor) } : {}), ...(rule.bold ? { bold: true } : {}) };
  }
  const model: RuleModel = { type: "expression", priority, formulae: [rule.formula.replace(/^=/, "")], style };
  if (rule.stopIfTrue) model.stopIfTrue = true;
  return model;
}

/** ExcelJS validation, including the input-message-only kind its typings leave out. */
/** Add a spec's validations (one entry per range; ExcelJS expands ranges itself when it reads). */
export function addValidations(sheet: ExcelJS.Worksheet, validations: ValidationSpec[]): void {
  const store = validationsOf(sheet);
  for (const v of validations) store.add(v.range, validationModel(v));
}

function validationModel(v: ValidationSpec): ValidationModel {
  const messages = {
    showInputMessage: v.prompt !== undefined,
    promptTitle: v.prompt?.title,
    prompt: v.prompt?.message,
    showErrorMessage: v.errorStyle !== undefined,
    errorStyle: v.errorStyle,
    errorTitle: v.errorStyle ? "Implementation Planner" : undefined,
    error: v.errorMessage,
  };
  if (v.list) return { type: "list", allowBlank: true, formulae: [`"${v.list.join(",")}"`], ...messages };
  if (v.listSource) return { type: "list", allowBlank: true, formulae: [v.listSource.replace(/^=/, "")], ...messages };
  if (v.number) {
    const { kind, min, max } = v.number;
    return { type: kind, operator: "between", allowBlank: true, formulae: [min, max], ...messages };
  }
  if (v.date) {
    return {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      ...messages,
    };
  }
  // Input message only.
  return { type: "any", allowBlank: true, ...messages };
}
