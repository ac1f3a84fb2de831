import { text, type Text } from '../i18n/text.ts';

/**
 * An error the API reports to its caller as `{ error: { code, message, details } }`.
 * Anything else thrown inside a request is logged and reported as a 500 without details.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    readonly text: Text,
    readonly details: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

export const badRequest = (code: string, t: Text, details?: Record<string, unknown>) => new ApiError(400, code, t, details);
export const unprocessable = (code: string, t: Text, details?: Record<string, unknown>) => new ApiError(422, code, t, details);
export const conflict = (code: string, t: Text, details?: Record<string, unknown>) => new ApiError(409, code, t, details);
export const notFound = (code: string, t: Text, details?: Record<string, unknown>) => new ApiError(404, code, t, details);
export const forbidden = (code: string, t: Text, details?: Record<string, unknown>) => new ApiError(403, code, t, details);

export const unauthenticated = () => new ApiError(401, 'unauthenticated', text('请先登录', 'Please sign in first'));

export const permissionDenied = (permission: string) =>
  new ApiError(403, 'permission_denied', text('没有执行此操作的权限', 'You do not have permission for this'), {
    permission,
  });

/** PostgreSQL error codes that stem from what the caller sent, mapped to API errors. */
export function fromDatabaseError(err: unknown): ApiError | undefined {
  const e = err as { code?: string; constraint?: string; detail?: string };
  switch (e.code) {
    case '23505':
      return conflict('already_exists', text('记录已存在', 'A record with these values already exists'), {
        constraint: e.constraint,
      });
    case '23503':
      return conflict('still_referenced', text('记录仍被引用，不能删除或修改', 'The record is still referenced'), {
        constraint: e.constraint,
      });
    case '23514':
      return unprocessable('constraint_violated', text('数据不符合规则', 'The data breaks a rule'), {
        constraint: e.constraint,
      });
    default:
      return undefined;
  }
}

/** The caller holds the permission, but its data scope does not reach this unit or person. */
export const outOfScope = () => new ApiError(403, 'out_of_scope', text('超出您的管理范围', 'Outside the units you manage'));
