import axe from 'axe-core';

/**
 * The accessibility violations axe finds in a rendered component, as short
 * readable lines (empty when there are none). Colour contrast needs real
 * layout and colours, which happy-dom does not compute: the end-to-end
 * tests check it in a real browser.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} node(s))`);
}
