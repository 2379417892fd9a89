import {
  createTheme,
  darken,
  DEFAULT_THEME,
  isLightColor,
  luminance,
  type CSSVariablesResolver,
} from '@mantine/core';

/** The console's Mantine theme: one place for colours, fonts and component defaults. */
export const theme = createTheme({
  primaryColor: 'violet',
  defaultRadius: 'md',
  // Filled buttons and badges pick black or white text by the background's lightness (a white label on
  // a light green badge would not be readable).
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  components: {
    TextInput: { defaultProps: { size: 'md' } },
    // The show-password eye is a Tab stop like any button (Mantine leaves it out of the tab order).
    PasswordInput: { defaultProps: { size: 'md', visibilityToggleFocusable: true } },
    Select: { defaultProps: { size: 'md' } },
    // Suggestions open on typing or a click, not when Tab passes by (they covered the next field).
    Autocomplete: { defaultProps: { size: 'md', openOnFocus: false } },
  },
});

/** Contrast of white text on `color` (WCAG's ratio of relative luminances). */
const whiteTextContrast = (color: string) => 1.05 / (luminance(color) + 0.05);

/**
 * The lightest shade from 6 on that a filled control (a red "Hang up") can sit on with readable text:
 * autoContrast writes dark text on shades lighter than the theme's luminance threshold, white on
 * the others, and white on red 6 reaches only 3.3:1.
 */
const readableFilledShade = (shades: readonly string[], luminanceThreshold: number) =>
  [6, 7, 8, 9].find((shade) => {
    const color = shades[shade] ?? '';
    return isLightColor(color, luminanceThreshold) || whiteTextContrast(color) >= 4.5;
  }) ?? 9;

/** Palettes whose shades are text colours on light tints (all but the neutral greys). */
const HUES = Object.keys(DEFAULT_THEME.colors).filter((name) => name !== 'dark' && name !== 'gray');

/**
 * Colours that reach WCAG AA (4.5:1 for text) in both schemes, for every component at once. Mantine's
 * defaults fall short on small text: grey "dimmed" helper text (3.3:1), a light badge's text on its tint
 * (green 3.8:1), outline badges and coloured text in shade 6 (teal 2.5:1), links and outlines in shade 4
 * on the dark scheme's grey (4.0:1). Light scheme: coloured text a third darker than shade 9; dark scheme:
 * shade 3, and the dimmed grey one step lighter. Filled controls in the light scheme move to a darker
 * shade where white text on shade 6 would fall short.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': `var(--mantine-color-${resolved.primaryColor}-7)`,
  };
  const dark: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': `var(--mantine-color-${resolved.primaryColor}-3)`,
  };
  for (const hue of HUES) {
    const shades = resolved.colors[hue];
    if (!shades) continue;
    const readable = darken(shades[9], 0.35);
    light[`--mantine-color-${hue}-light-color`] = readable;
    light[`--mantine-color-${hue}-outline`] = readable;
    light[`--mantine-color-${hue}-text`] = readable;
    const filled = readableFilledShade(shades, resolved.luminanceThreshold);
    if (filled !== 6) {
      light[`--mantine-color-${hue}-filled`] = `var(--mantine-color-${hue}-${filled})`;
      light[`--mantine-color-${hue}-filled-hover`] = `var(--mantine-color-${hue}-${Math.min(filled + 1, 9)})`;
    }
    dark[`--mantine-color-${hue}-outline`] = `var(--mantine-color-${hue}-3)`;
    dark[`--mantine-color-${hue}-text`] = `var(--mantine-color-${hue}-3)`;
  }
  return { variables: {}, light, dark };
};
