import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { FIXTURES_DIR } from './paths';

/** One way a release server can behave, good or bad. */
export type ReleaseBehaviour =
  | { kind: 'serve'; body: string; signature?: string; contentType?: string; etag?: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'cut-mid-body'; body: string }
  | { kind: 'huge'; megabytes: number }
  /** `/release.json` (and its `.sig`) answer 302 to `location` (and `location`.sig); `/moved/…` then serves `then`. */
  | { kind: 'redirect'; location: string; then?: ReleaseBehaviour };

/**
 * Serves `/release.json` (and `/release.json.sig`) the way the current
 * behaviour says. Used by the unit tests (Node's fetch) and the end-to-end
 * sync tests (the extension's fetch).
 */
export class ReleaseServer {
  behaviour: ReleaseBehaviour = { kind: 'status', status: 404 };
  requests: { path: string; headers: IncomingMessage['headers'] }[] = [];

  readonly route = (request: IncomingMessage, response: ServerResponse): boolean => {
    let path = new URL(request.url ?? '/', 'http://x').pathname;
    let behaviour = this.behaviour;
    if (path.startsWith('/moved/') && behaviour.kind === 'redirect' && behaviour.then) {
      this.requests.push({ path, headers: request.headers });
      behaviour = behaviour.then;
      path = path.replace(/^\/moved/, '');
    } else {
      if (!path.startsWith('/release.json')) return false;
      this.requests.push({ path, headers: request.headers });
    }
    if (behaviour.kind === 'redirect') {
      response.writeHead(302, { location: path.endsWith('.sig') ? `${behaviour.location}.sig` : behaviour.location }).end();
      return true;
    }
    if (path === '/release.json.sig') {
      if (behaviour.kind === 'serve' && behaviour.signature) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(behaviour.signature);
      } else {
        response.writeHead(404).end();
      }
      return true;
    }
    switch (behaviour.kind) {
      case 'serve': {
        if (behaviour.etag && request.headers['if-none-match'] === behaviour.etag) {
          response.writeHead(304).end();
          return true;
        }
        const body = Buffer.from(behaviour.body);
        response.writeHead(200, {
          'content-type': behaviour.contentType ?? 'application/json',
          'content-length': body.byteLength,
          ...(behaviour.etag ? { etag: behaviour.etag } : {}),
        });
        response.end(body);
        return true;
      }
      case 'status':
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('error');
        return true;
      case 'hang':
        // Never answers; the client must give up on its own.
        return true;
      case 'cut-mid-body': {
        const body = Buffer.from(behaviour.body);
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength });
        response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => response.socket?.destroy());
        return true;
      }
      case 'huge': {
        // No Content-Length: the client must count while it reads.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < behaviour.megabytes) {
            sent++;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('error', () => undefined);
        pump();
        return true;
      }
    }
  };

  async start(): Promise<StaticServer> {
    return startStaticServer({ root: FIXTURES_DIR, routes: [this.route] });
  }
}
