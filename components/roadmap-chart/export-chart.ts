/**
 * Exports the roadmap as it is drawn: an SVG file that stands alone (the
 * page's CSS written into each element, so it looks the same anywhere) and
 * a PNG drawn from that SVG. Everything happens in the page: nothing is
 * sent anywhere, and no code is evaluated (the extension's CSP allows none).
 */

/** The presentation properties the chart's CSS sets, copied onto each element of the export. */
const STYLED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-opacity',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'text-decoration',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG as a standalone document: styles inlined, a background, a title, no tab stops. */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index] as SVGElement;
    const style = getComputedStyle(original);
    const inline = STYLED_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).filter((entry) => !entry.endsWith(':'));
    target.setAttribute('style', inline.join(';'));
    for (const attribute of ['tabindex', 'role', 'class', 'aria-hidden', 'data-key']) target.removeAttribute(attribute);
  });
  copy.setAttribute('xmlns', SVG_NS);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  const heading = document.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  copy.prepend(heading, background);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The SVG text drawn into a PNG at `scale` times its size (sharper on high-density screens). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through the browser's own download (no permission needed). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
