import type { paths } from './schema.gen.ts';

/**
 * The server's request and response shapes, read from schema.gen.ts (generated from the zod
 * schemas of the server's routes by `pnpm api:types`). `*.api.ts` files name their types
 * with these instead of copying the server's: `ResponseOf<'get', '/api/tasks'>`.
 */
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths (OpenAPI style: `/api/tasks/{id}`) that answer method M. */
export type ApiPath<M extends ApiMethod> = { [P in keyof paths]: paths[P][M] extends { responses: object } ? P : never }[keyof paths];

type Operation<M extends ApiMethod, P extends ApiPath<M>> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Responses<M extends ApiMethod, P extends ApiPath<M>> = Operation<M, P> extends { responses: infer R } ? R : never;

/** What a successful answer carries (200, 201 or 202); `void` for 204 No Content. */
export type ResponseOf<M extends ApiMethod, P extends ApiPath<M>> =
  Responses<M, P> extends { 200: infer R }
    ? JsonOf<R>
    : Responses<M, P> extends { 201: infer R }
      ? JsonOf<R>
      : Responses<M, P> extends { 202: infer R }
        ? JsonOf<R>
        : void;

/** The JSON body a route takes. */
export type BodyOf<M extends ApiMethod, P extends ApiPath<M>> = Operation<M, P> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/**
 * The query a route takes, as the web hands it to the request client. On the wire every value
 * is text: the server reads `true`/`false` (or 1/0) as booleans, so booleans go as they are, and
 * a value the server coerces from text (a date) is text.
 */
export type QueryOf<M extends ApiMethod, P extends ApiPath<M>> =
  Operation<M, P> extends { parameters: { query?: infer Q } } ? QueryText<NonNullable<Q>> : never;

type QueryText<Q> = {
  [K in keyof Q]: unknown extends Q[K] ? string : [Exclude<Q[K], undefined>] extends ['0' | '1' | 'true' | 'false'] ? boolean : Q[K];
};
