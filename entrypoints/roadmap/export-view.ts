import { saveFile, standaloneSvg, svgToPng } from '@/components/roadmap-chart/export-chart';
import { todayIso } from '@/utils/dates/format-date';

/** Saves the chart as drawn now, as `repere-feuille-de-route-<day>.svg` or `.png`. */
export async function exportChart(svg: SVGSVGElement, format: 'svg' | 'png', title: string): Promise<void> {
  const text = standaloneSvg(svg, title);
  const name = `repere-feuille-de-route-${todayIso()}.${format}`;
  if (format === 'svg') return saveFile(new Blob([text], { type: 'image/svg+xml' }), name);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  saveFile(await svgToPng(text, width, height), name);
}
