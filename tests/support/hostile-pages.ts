import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Pages built to break things, generated on request so the repository does
 * not carry megabytes of them: 200,000 text nodes, deep nesting, a 10 MB text
 * node, SVG and XML documents, a document without <body>, 3,000 marks.
 */
const PAGES: Record<string, () => { type: string; body: string }> = {
  '/hostile/many-nodes.html': () => {
    // 200,000 text nodes: 20,000 paragraphs of ten spans.
    const paragraphs: string[] = [];
    for (let p = 0; p < 20_000; p++) {
      const spans: string[] = [];
      for (let s = 0; s < 10; s++) {
        const i = p * 10 + s;
        spans.push(i % 1000 === 0 ? '<span>Mon espace santé</span>' : `<span>mot ${i}</span>`);
      }
      paragraphs.push(`<p>${spans.join(' ')}</p>`);
    }
    return { type: 'text/html', body: `<!doctype html><title>200 000 nœuds</title><body>${paragraphs.join('')}</body>` };
  },
  '/hostile/many-marks.html': () => {
    // A long dossier: 1,500 paragraphs, two marks each.
    const paragraph = (n: number) => `<p>Paragraphe ${n} : le Ségur numérique alimente Mon espace santé.</p>`;
    return {
      type: 'text/html',
      body: `<!doctype html><html lang="fr"><title>Long dossier</title><body>${Array.from({ length: 1500 }, (_, n) => paragraph(n + 1)).join('')}</body></html>`,
    };
  },
  '/hostile/deep-2000.html': () => ({ type: 'text/html', body: nested(2000) }),
  '/hostile/deep-3000.html': () => ({ type: 'text/html', body: nested(3000) }),
  '/hostile/giant-text.html': () => {
    const unit = 'Un texte sans fin sur la santé publique. ';
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
    // One 10 MB text node. It is folded away (<details>): laying out 10 MB of
    // running text takes Chromium minutes on its own, extension or not.
    return {
      type: 'text/html',
      body: `<!doctype html><title>10 Mo</title><body><p>Mon espace santé, en clair.</p><details><summary>Annexe</summary><p>${text}Mon espace santé à la fin. ${text}</p></details></body>`,
    };
  },
  '/hostile/svg-text.html': () => ({
    type: 'text/html',
    body:
      '<!doctype html><title>SVG</title><body><p>Le DMP dans Mon espace santé.</p>' +
      '<svg width="400" height="60"><text x="0" y="20">Mon espace santé en SVG</text><foreignObject x="0" y="30" width="400" height="30"><p xmlns="http://www.w3.org/1999/xhtml">MSSanté dans un foreignObject</p></foreignObject></svg></body>',
  }),
  '/hostile/image.svg': () => ({
    type: 'image/svg+xml',
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="0" y="20">Mon espace santé dans un document SVG</text></svg>',
  }),
  '/hostile/feed.xml': () => ({
    type: 'application/xml',
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Mon espace santé</title><item><title>Le DMP et l’INS</title></item></channel></rss>',
  }),
  '/hostile/no-body.html': () => ({
    type: 'text/html',
    body: '<!doctype html><html><head><title>Sans body</title></head><frameset cols="100%"><frame src="/pages/frame-article.html"></frameset></html>',
  }),
  '/hostile/blank-frames.html': () => ({
    type: 'text/html',
    body:
      '<!doctype html><title>Cadres vides</title><body><p>Mon espace santé.</p>' +
      '<iframe></iframe><iframe src="about:blank"></iframe>' +
      '<script>for (let i = 0; i < 5; i++) { const f = document.createElement("iframe"); document.body.append(f); f.contentDocument.write("<p>Le DMP " + i + "</p>"); f.contentDocument.close(); }</script></body>',
  }),
};

function nested(depth: number): string {
  return `<!doctype html><title>${depth} niveaux</title><body>${'<div>'.repeat(depth)}Mon espace santé tout au fond${'</div>'.repeat(depth)}</body>`;
}

export const HOSTILE_PAGE_PATHS = Object.keys(PAGES);

export function hostilePagesRoute(request: IncomingMessage, response: ServerResponse): boolean {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const page = PAGES[path];
  if (!page) return false;
  const { type, body } = page();
  response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
  return true;
}
