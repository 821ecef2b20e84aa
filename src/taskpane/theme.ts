import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Fluent's light or dark theme, following Office's theme (its body background) where there is one. */
export function officeTheme(): Theme {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  const match = background ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background) : null;
  if (!match) return webLightTheme;
  const [r, g, b] = match.slice(1, 4).map((h) => parseInt(h, 16)) as [number, number, number];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
