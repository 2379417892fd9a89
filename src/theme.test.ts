import { describe, expect, it } from 'vitest';
import { getContrastColor, luminance, mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { cssVariablesResolver, theme } from './theme';

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};
/** A `var(--mantine-color-red-8)` reference back to its colour. */
const colourOf = (value: string) => {
  const [, hue, shade] = /--mantine-color-(\w+)-(\d)\)$/.exec(value) ?? [];
  return resolved.colors[hue ?? '']?.[Number(shade)] ?? value;
};

describe('the light scheme’s filled controls', () => {
  const { light } = cssVariablesResolver(resolved);
  const hues = Object.keys(resolved.colors).filter((hue) => hue !== 'dark' && hue !== 'gray');

  it.each(hues)('%s: the text autoContrast picks is readable on the filled colour (WCAG AA)', (hue) => {
    const filled = colourOf(light[`--mantine-color-${hue}-filled`] ?? `var(--mantine-color-${hue}-6)`);
    const text = getContrastColor({ color: filled, theme: resolved, autoContrast: true });
    expect(['var(--mantine-color-white)', 'var(--mantine-color-black)']).toContain(text);
    const textColour = text === 'var(--mantine-color-white)' ? resolved.white : resolved.black;
    expect(contrast(filled, textColour)).toBeGreaterThanOrEqual(4.5);
  });
});
