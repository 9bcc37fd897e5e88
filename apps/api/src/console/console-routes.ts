import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ConsoleSettings } from './console-settings';
import { consoleContentSecurityPolicy } from './console-settings';

/** Where the console lives; `GET /` sends people here. */
export const CONSOLE_PATH = '/app/';

/**
 * Serves the built console (`npm run build` writes it to dist/web) under /app/: hashed assets
 * cached for a year, `index.html` never cached so a deploy is seen at once, and any other path
 * under /app/ answered with `index.html` so deep links survive a reload. Not part of the API, so
 * not in its OpenAPI document and not behind its token guard: the console signs in itself.
 */
export async function registerConsole(
  fastify: FastifyInstance,
  settings: ConsoleSettings,
): Promise<void> {
  const policy = consoleContentSecurityPolicy(settings);
  fastify.addHook('onSend', async (request, reply) => {
    if (request.url === '/app' || request.url.startsWith(CONSOLE_PATH)) {
      void reply.header('content-security-policy', policy);
    }
  });
  fastify.get('/', (_request, reply) => reply.redirect(CONSOLE_PATH, 302));
  fastify.get('/app', (_request, reply) => reply.redirect(CONSOLE_PATH, 301));
  fastify.get(`${CONSOLE_PATH}settings.json`, (_request, reply) =>
    reply.header('cache-control', 'no-cache').send({ signIn: settings.signIn }),
  );

  if (!existsSync(join(settings.directory, 'index.html'))) {
    fastify.get(`${CONSOLE_PATH}*`, (_request, reply) => notBuilt(reply));
    fastify.get(CONSOLE_PATH, (_request, reply) => notBuilt(reply));
    return;
  }
  await fastify.register(fastifyStatic, {
    root: settings.directory,
    prefix: CONSOLE_PATH,
    // Routes for the files the build wrote, found once at boot; the fallback below takes the rest.
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      const hashed = relative(settings.directory, path).startsWith(`assets${sep}`);
      void response.header(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', settings.directory);
  fastify.get(CONSOLE_PATH, (_request, reply) => sendIndex(reply));
  fastify.get(`${CONSOLE_PATH}*`, (request, reply) =>
    // A missing hashed asset is a 404, not the page: a stale tab must not run HTML as script.
    request.url.startsWith(`${CONSOLE_PATH}assets/`)
      ? reply
          .code(404)
          .type('application/problem+json')
          .send({
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            detail: `No console asset at ${request.url}`,
          })
      : sendIndex(reply),
  );
}

function notBuilt(reply: FastifyReply) {
  return reply.code(503).type('application/problem+json').send({
    type: 'about:blank',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The console is not built: run npm run build.',
  });
}
