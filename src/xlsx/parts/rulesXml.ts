/**
 * Conditional formats as worksheet XML: expression rules with their
 * differential format, two-colour scales, and data bars drawn solid without
 * a border (the 2010 extension Excel reads for that, ECMA-376 Part 1,
 * 18.3.1.18; [MS-XLSX] 2.6.15 x14:dataBar).
 */
import { argbText } from "../styles";
import type { ConditionalRule } from "../../sheets/types";
import type { StyleTable } from "./styleTable";
import { escapeXml } from "./xmlSpans";

export interface RulesXml {
  /** conditionalFormatting elements, in place after the sheet's data. */
  main: string;
  /** The x14 extension for the data bars, for the sheet's extLst (empty when none). */
  extension: string;
}

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

/**
 * Rules in priority order from `first`; dxf ids from `styles` (`dxfIndex` maps them to the merged styles, identity before).
 * @example rulesXml(sheet.conditionalFormats, styles, 1, (i) => i, "{0000…}")
 */
export function rulesXml(
  rules: readonly ConditionalRule[],
  styles: StyleTable,
  first: number,
  dxfIndex: (local: number) => number,
  idPrefix: string,
): RulesXml {
  const main: string[] = [];
  const bars: string[] = [];
  rules.forEach((rule, i) => {
    const priority = first + i;
    const sqref = escapeXml(rule.range);
    if (rule.kind === "expression") {
      const stop = rule.stopIfTrue ? ' stopIfTrue="1"' : "";
      const formula = escapeXml(rule.formula.replace(/^=/, ""));
      main.push(
        `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxfIndex(styles.dxf(rule))}" priority="${priority}"${stop}><formula>${formula}</formula></cfRule></conditionalFormatting>`,
      );
    } else if (rule.kind === "colorScale") {
      main.push(
        `<conditionalFormatting sqref="${sqref}"><cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="num" val="${rule.min.value}"/><cfvo type="num" val="${rule.max.value}"/><color rgb="${argbText(rule.min.color)}"/><color rgb="${argbText(rule.max.color)}"/></colorScale></cfRule></conditionalFormatting>`,
      );
    } else {
      const id = `{${idPrefix}-${String(i).padStart(12, "0")}}`;
      main.push(
        `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="${rule.max}"/><color rgb="${argbText(rule.color)}"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
      );
      bars.push(
        `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${rule.max}</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`,
      );
    }
  });
  const extension =
    bars.length > 0
      ? `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>${bars.join("")}</x14:conditionalFormattings></ext>`
      : "";
  return { main: main.join(""), extension };
}
