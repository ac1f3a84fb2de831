import http from 'node:http';
import Koa from 'koa';
import Router from '@koa/router';
import helmet from 'koa-helmet';
import { z } from 'zod';
import type { Runtime } from './kunlunRuntime.ts';
import { requestContext } from '../http/requestContext.ts';
import { errorHandler } from '../http/errorHandler.ts';
import { mountRoutes } from '../http/routeMounting.ts';
import { buildOpenApi } from '../http/openapi.ts';
import { healthRoute } from '../http/health.ts';
import { staticWeb } from '../http/staticWeb.ts';
import { defineRoute, type AnyRoute } from '../http/route.ts';
import { authentication } from '../auth/authentication.ts';
import { authRoutes } from '../auth/authRoutes.ts';
import { unitRoutes } from '../org/routes/unitRoutes.ts';
import { unitGroupRoutes } from '../org/routes/unitGroupRoutes.ts';
import { userRoutes } from '../org/routes/userRoutes.ts';
import { importRoutes } from '../org/routes/importRoutes.ts';
import { securityRoutes } from '../access/routes/securityRoutes.ts';
import { auditRoutes } from '../audit/auditRoutes.ts';
import { calendarRoutes } from '../calendar/calendarRoutes.ts';
import { CalendarYears } from '../calendar/calendarYears.ts';
import { moduleRoutes } from '../modules/moduleRoutes.ts';
import { processRoutes } from '../engine/routes/processRoutes.ts';
import { taskRoutes } from '../engine/routes/taskRoutes.ts';
import { instanceRoutes } from '../engine/routes/instanceRoutes.ts';
import { proxyRoutes } from '../engine/routes/proxyRoutes.ts';
import { messageRoutes } from '../engine/routes/messageRoutes.ts';
import { notificationRoutes } from '../notifications/notificationRoutes.ts';
import { liveRoutes } from '../live/liveRoutes.ts';
import { fileRoutes } from '../files/fileRoutes.ts';
import { definitionRoutes } from '../engine/routes/definitionRoutes.ts';

/** Every route of core, in one table. Module routes come from the module loader. */
export function coreRoutes(rt: Runtime): AnyRoute[] {
  const s = rt.services;
  return [
    healthRouteOf(rt),
    ...authRoutes({ db: rt.db, signIn: s.signIn, currentUser: s.currentUser, catalog: rt.catalog, cookies: { secure: rt.config.sessions.cookieSecure } }),
    ...unitRoutes(s.units),
    ...unitGroupRoutes(s.unitGroups),
    ...userRoutes(s.users, s.posts),
    ...importRoutes(s.orgImport, rt.config.http.uploadLimitBytes),
    ...securityRoutes({ roles: s.roles, sessions: s.sessionAdmin, catalog: rt.catalog }),
    ...auditRoutes(rt.db, rt.audit),
    ...calendarRoutes(new CalendarYears(rt.db, rt.calendar)),
    ...moduleRoutes({
      db: rt.db,
      audit: rt.audit,
      discovered: rt.modules.discovered,
      enabled: rt.modules.enabled,
      fixedByEnvironment: rt.modules.fixedByEnvironment,
    }),
    ...processRoutes({
      engine: rt.engine,
      catalog: rt.catalog,
      modules: rt.modules.enabled,
      disabledModules: rt.modules.discovered.filter((m) => !rt.modules.enabled.some((e) => e.name === m.name)).map((m) => m.name),
    }),
    ...taskRoutes({ db: rt.db, engine: rt.engine }),
    ...instanceRoutes({ db: rt.db, engine: rt.engine }),
    ...proxyRoutes(rt.db, rt.engine.deps.resolver),
    ...messageRoutes(rt.engine),
    ...notificationRoutes(rt.db),
    ...liveRoutes(rt.live),
    ...fileRoutes(rt.files),
    ...definitionRoutes({ library: rt.library, engine: rt.engine, forms: rt.forms, serviceTasks: rt.serviceTasks }),
  ];
}

const healthRouteOf = (rt: Runtime) => healthRoute({ db: rt.db, dbKind: rt.database.kind, redis: rt.redis, version: rt.version, role: rt.role });

function routerOf(rt: Runtime, routes: AnyRoute[]): Router {
  const router = new Router();
  mountRoutes(router, routes, {
    bodyLimitBytes: rt.config.http.bodyLimitBytes,
    catalog: rt.catalog,
    audit: rt.audit,
    checkResponses: rt.config.env !== 'production',
  });
  return router;
}

/**
 * Every route an API process serves (core, modules and GET /api/openapi.json itself) and the
 * OpenAPI document that describes them. `kunlun openapi` writes the same document out.
 */
export function apiRoutes(rt: Runtime): { routes: AnyRoute[]; openapi: Record<string, unknown> } {
  let openapi: Record<string, unknown> = {};
  const routes: AnyRoute[] = [
    ...coreRoutes(rt),
    ...rt.modules.registered.routes,
    defineRoute({
      method: 'GET',
      path: '/api/openapi.json',
      summary: '接口说明 This API described as OpenAPI 3.1',
      tags: ['system'],
      access: 'public',
      response: z.record(z.string(), z.unknown()),
      handler: async () => openapi,
    }),
  ];
  openapi = buildOpenApi(routes, rt.catalog, { version: rt.version });
  return { routes, openapi };
}

/** The Koa application of an API process: middleware, core and module routes, the web build. */
export function createHttpApp(rt: Runtime): Koa {
  const app = new Koa({ proxy: rt.config.http.trustProxy });
  app.silent = true;
  const router = routerOf(rt, apiRoutes(rt).routes);
  app.use(requestContext(rt.log));
  app.use(errorHandler());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: rt.config.sessions.cookieSecure,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(authentication({ db: rt.db, sessions: rt.services.sessions, catalog: rt.catalog }));
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: false }));
  const web = staticWeb(rt.config.webDir);
  if (web) app.use(web);
  else rt.log.warn({ webDir: rt.config.webDir }, 'the web desktop is not built; serving the API only (run: pnpm -C web build)');
  return app;
}

/** The only HTTP a worker serves: GET /healthz on its health port, for probes and load balancers. */
export function createHealthApp(rt: Runtime): Koa {
  const app = new Koa({ proxy: rt.config.http.trustProxy });
  app.silent = true;
  const router = routerOf(rt, [healthRouteOf(rt)]);
  app.use(requestContext(rt.log));
  app.use(errorHandler());
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: false }));
  return app;
}

export interface RunningServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export async function startHttpServer(rt: Runtime, app = createHttpApp(rt), port = rt.config.http.port): Promise<RunningServer> {
  await rt.live?.listen();
  const server = http.createServer(app.callback());
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, rt.config.http.host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const host = rt.config.http.host === '0.0.0.0' ? 'localhost' : rt.config.http.host;
  return {
    server,
    url: `http://${host}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
