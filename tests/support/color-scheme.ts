import axe from 'axe-core';

/**
 * Light and dark in component tests. happy-dom evaluates the pages' real
 * stylesheets, `prefers-color-scheme` included (from its device settings),
 * but lays nothing out, so axe's own color-contrast rule cannot run here.
 * `contrastFailures` applies axe's contrast thresholds to the colours
 * happy-dom computes: each text's colour against the backgrounds of its
 * ancestors, composited. The end-to-end tests run axe's full rule on the
 * laid-out page in Chromium as well.
 */

export type ColorScheme = 'light' | 'dark';

const STYLE_ID = 'component-test-page-styles';

/** The part of axe's colour module used here (its public typings leave `commons.color` out). */
interface AxeColor {
  red: number;
  alpha: number;
  parseString(value: string): AxeColor;
  toHexString(): string;
}
interface AxeColorCommons {
  Color: new (red?: number, green?: number, blue?: number, alpha?: number) => AxeColor;
  flattenColors(foreground: AxeColor, background: AxeColor): AxeColor;
  hasValidContrastRatio(background: AxeColor, foreground: AxeColor, fontSizePx: number, isBold: boolean): { isValid: boolean; contrastRatio: number };
}
const { Color, flattenColors, hasValidContrastRatio } = (axe.commons as unknown as { color: AxeColorCommons }).color;

interface HappyDomWindow {
  happyDOM: { settings: { device: { prefersColorScheme: ColorScheme } } };
}

/** Puts `cssTexts` in the document under `scheme` (inserted anew, so happy-dom recomputes its styles). */
export function usePageStyles(scheme: ColorScheme, cssTexts: string[]): void {
  (window as unknown as HappyDomWindow).happyDOM.settings.device.prefersColorScheme = scheme;
  document.getElementById(STYLE_ID)?.remove();
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = cssTexts.join('\n');
  document.head.append(style);
}

function parseColor(value: string): AxeColor | null {
  if (!value || value === 'transparent') return null;
  const color = new Color();
  color.parseString(value);
  return Number.isNaN(color.red) ? null : color;
}

/** The colour behind `element`: its ancestors' backgrounds composited over the canvas (white, or black in dark). */
function backgroundBehind(element: Element, scheme: ColorScheme): AxeColor {
  const layers: AxeColor[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer && layer.alpha > 0) layers.push(layer);
  }
  let result = scheme === 'dark' ? new Color(0, 0, 0, 1) : new Color(255, 255, 255, 1);
  for (const layer of layers.reverse()) result = flattenColors(layer, result);
  return result;
}

function hasOwnText(element: Element): boolean {
  return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
}

/** Texts in `container` whose colour does not reach axe's contrast ratio on their background, as readable lines. */
export function contrastFailures(container: Element, scheme: ColorScheme): string[] {
  const failures: string[] = [];
  for (const element of [container, ...container.querySelectorAll('*')]) {
    if (!hasOwnText(element)) continue;
    const style = getComputedStyle(element);
    const background = backgroundBehind(element, scheme);
    const foreground = parseColor(style.color);
    if (!foreground) {
      failures.push(`"${element.textContent!.trim().slice(0, 40)}": no computed colour`);
      continue;
    }
    const text = flattenColors(foreground, background);
    const fontSize = Number.parseFloat(style.fontSize) || 14;
    const bold = Number.parseInt(style.fontWeight, 10) >= 600 || style.fontWeight === 'bold';
    const result = hasValidContrastRatio(background, text, fontSize, bold);
    if (!result.isValid) {
      failures.push(`"${element.textContent!.trim().slice(0, 40)}": ${result.contrastRatio.toFixed(2)}:1 (${style.color} on ${background.toHexString()})`);
    }
  }
  return failures;
}
