import type { Context } from 'koa';
import type { z } from 'zod';
import type { AuthContext } from '../access/authContext.ts';
import type { Locale, Text } from '../i18n/text.ts';
import type { Logger } from '../log/logger.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. Every route says so explicitly; there is no default.
 * - `public`: anybody (sign-in, health).
 * - `authenticated`: any signed-in account (its own profile, sign-out).
 * - `{ permission }`: a signed-in account whose roles grant that permission (or, given a list,
 *   any one of them).
 */
export type RouteAccess = 'public' | 'authenticated' | { permission: string | readonly string[] };

export function permissionsOf(access: RouteAccess): readonly string[] {
  if (typeof access !== 'object') return [];
  return typeof access.permission === 'string' ? [access.permission] : access.permission;
}

/** What an audited operation was done on; a missing name is looked up when the entry is written. */
export interface AuditTargetRef {
  type: string;
  id: string;
  name?: string | null;
}

/**
 * How a state-changing route is audited. A declaration has the mounting layer record the entry
 * in the transaction of the change (see audit/requestAudit.ts): `action` is a namespaced code
 * (`definitions.publish`), `label` its readable name, `target` what it was done on.
 * `{ by }` says the route's service (or sign-in) records its own entries, or that the route only
 * computes an answer and changes nothing (with the reason in words).
 */
export type RouteAudit =
  | {
      action: string;
      label: Text;
      /** The target from the validated input: the entry is then written in the change's own transaction. */
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      target?: (input: { params: any; query: any; body: any }) => AuditTargetRef | null | undefined;
      /** The target from the answer (a created thing's id): the entry is written once the handler succeeded. */
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      targetOfAnswer?: (result: any) => AuditTargetRef | null | undefined;
    }
  | { by: 'service' | 'auth' | 'readOnly'; because: string };

/** What a handler gets: validated input and the caller. */
export interface RouteInput<P, Q, B, A extends RouteAccess> {
  params: P;
  query: Q;
  body: B;
  auth: A extends 'public' ? AuthContext | null : AuthContext;
  requestId: string;
  locale: Locale;
  log: Logger;
  ip: string;
  /** The Koa context, for the few routes that stream, upload or set headers. */
  ctx: Context;
}

/** A handler may answer with data (serialized as JSON) or take over the response itself. */
export const RESPONSE_SENT = Symbol('response-sent');

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
  A extends RouteAccess = RouteAccess,
> {
  method: HttpMethod;
  /** Koa router path, e.g. `/api/org/units/:id`. */
  path: string;
  summary: string;
  tags?: string[];
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** `upload`: the handler reads a multipart body itself (see uploads.ts); documented as multipart/form-data. */
  bodyKind?: 'json' | 'upload';
  response?: R;
  /** Status of a successful answer; 201 for routes that create. */
  status?: 200 | 201 | 202 | 204;
  /** Every POST/PUT/PATCH/DELETE route says how it is audited (a test enforces it). */
  audit?: RouteAudit;
  handler(input: RouteInput<Infer<P>, Infer<Q>, Infer<B>, A>): Promise<(R extends Schema ? z.input<R> : unknown) | typeof RESPONSE_SENT>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any, any>;

/** Identity function that keeps each route's input and output types linked to its schemas. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
  A extends RouteAccess = RouteAccess,
>(spec: RouteSpec<P, Q, B, R, A>): RouteSpec<P, Q, B, R, A> {
  return spec;
}
