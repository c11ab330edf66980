import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

// Serves the built UI. Unknown non-API GETs get index.html so that client-side routes reload.
export async function registerWeb(app: FastifyInstance): Promise<boolean> {
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  // serve: false — files are sent only by the routes below, which declare their access.
  await app.register(fastifyStatic, { root: webDistDir, serve: false });
  // Read per request (it is small): a rebuilt UI is served without restarting the server.
  const html = () => fs.readFileSync(index);
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) => reply.type('text/html').header('cache-control', 'no-cache').send(html()));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const file = path.join(webDistDir, path.normalize(request.url.split('?')[0]));
    if (file.startsWith(webDistDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const isHashed = request.url.startsWith('/assets/');
      return reply.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(path.relative(webDistDir, file));
    }
    if (request.url.startsWith('/api/') || path.extname(request.url.split('?')[0])) {
      return reply.callNotFound();
    }
    return reply.type('text/html').header('cache-control', 'no-cache').send(html());
  });
  return true;
}
