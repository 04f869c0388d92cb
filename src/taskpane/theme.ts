/** Picks the Fluent theme that matches Office's, with a light fallback. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * The Fluent theme for Office's current theme. Without Office's (outside
 * Excel, or an older host) it follows the browser's colour scheme.
 * @example themeFor(Office.context.officeTheme) // webDarkTheme in a dark Office
 */
export function themeFor(office: OfficeThemeColours | undefined, highContrast = false, prefersDark = false): Theme {
  if (highContrast) return teamsHighContrastTheme;
  if (!office) return prefersDark ? webDarkTheme : webLightTheme;
  if (office.isDarkTheme === true || (office.bodyBackgroundColor && isDark(office.bodyBackgroundColor))) {
    return webDarkTheme;
  }
  return webLightTheme;
}

/** Relative luminance below one half counts as dark. */
function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
