/** The pane's theme from Office's colours (src/taskpane/theme.ts). */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDark, luminance, paneTheme, previewColors } from "../../src/ui/theme";

describe("the pane's theme", () => {
  test.each([
    ["#FFFFFF", false], // White, Colorful
    ["#E6E6E6", false],
    ["#262626", true], // Dark Gray
    ["#000000", true], // Black
    ["#1f1f1f", true],
  ])("Office's body background %s → dark: %s", async (color, dark) => {
    expect(isDark({ bodyBackgroundColor: color })).toBe(dark);
    expect(await paneTheme({ bodyBackgroundColor: color })).toBe(
      dark ? webDarkTheme : webLightTheme
    );
  });

  test("no theme, or a colour that is not one: the light theme", async () => {
    expect(await paneTheme(undefined)).toBe(webLightTheme);
    expect(luminance("rouge")).toBeNull();
    expect(await paneTheme({ bodyBackgroundColor: "rouge" })).toBe(webLightTheme);
  });

  test("the preview: ?theme=dark, nothing else", () => {
    expect(isDark(previewColors("?theme=dark"))).toBe(true);
    expect(isDark(previewColors("?theme=light"))).toBe(false);
    expect(isDark(previewColors(""))).toBe(false);
  });
});
