import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Where the extension serves pdf.js's data files (the viewer's getDocument points there). */
export const PDFJS_ASSETS_DIR = 'pdfjs';

const PDFJS_DIR = path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist');

/**
 * pdf.js's data files the viewer needs, copied into the build so nothing is
 * fetched from elsewhere: the standard fonts (for PDFs that name Helvetica,
 * Times… without embedding them) and the WebAssembly image decoders (JPEG
 * 2000, JBIG2 scans) and colour management. Not the JavaScript fallback of
 * the JPEG 2000 decoder (the extension's CSP allows WebAssembly), nor the
 * CMaps for non-embedded Chinese, Japanese or Korean fonts (1.7 MB).
 */
export function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  return ['standard_fonts', 'wasm'].flatMap((folder) =>
    readdirSync(path.join(PDFJS_DIR, folder))
      .filter((name) => !name.endsWith('.js'))
      .map((name) => ({ absoluteSrc: path.join(PDFJS_DIR, folder, name), relativeDest: `${PDFJS_ASSETS_DIR}/${folder}/${name}` })),
  );
}
