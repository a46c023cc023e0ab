import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/**
 * The welcome page's own stylesheets, as its components render in it (read
 * from disk: Vitest empties CSS imports, `?raw` ones included).
 */
export const WELCOME_PAGE_CSS = [read('components/ui/base.css'), read('entrypoints/welcome/welcome.css')];
