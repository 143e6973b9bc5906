/**
 * The pane's Fluent UI theme from Office's: Office.context.officeTheme gives the colours of the
 * user's Office theme (Colorful, Dark Gray, Black, White, or the system's); a dark body
 * background means a dark theme, and the pane then uses Fluent's webDarkTheme, whose contrasts
 * are checked. The preview page takes `?theme=dark` to show the same outside Office.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme the pane reads. */
export interface OfficeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (WCAG), or null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(colors: OfficeColors | undefined): boolean {
  const l = luminance(colors?.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

/** The theme for these colours; the dark one is fetched when needed (it weighs a few Ko). */
export async function paneTheme(colors: OfficeColors | undefined): Promise<Theme> {
  if (!isDark(colors)) return webLightTheme;
  return (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme")).webDarkTheme;
}

/** Office's theme in Excel (undefined where the host does not give it). */
export function officeColors(): OfficeColors | undefined {
  try {
    return typeof Office !== "undefined"
      ? (Office.context?.officeTheme as OfficeColors | undefined)
      : undefined;
  } catch {
    return undefined; // some hosts throw on officeTheme outside PowerPoint and Excel
  }
}

/** The preview's theme, from its address: `preview.html?theme=dark`. */
export function previewColors(search: string): OfficeColors | undefined {
  return new URLSearchParams(search).get("theme") === "dark"
    ? { bodyBackgroundColor: "#1f1f1f" }
    : undefined;
}

/** The page behind the pane takes the theme's background too (the pane does not fill it). */
export function paintPage(theme: Theme): void {
  if (typeof document === "undefined") return;
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.colorScheme = theme === webLightTheme ? "light" : "dark";
}
