/** What the server reports about a failed request: `{ error: { code, message, details } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Codes of a 401 that mean the session is gone (as opposed to a failed sign-in). */
export const SIGNED_OUT_CODES: readonly string[] = ['unauthenticated', 'session_expired'];

/**
 * A request that did not succeed. `message` is the server's own text in the interface language
 * (or ours when the server could not be reached); `status` is 0 when no answer arrived.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get signedOut(): boolean {
    return this.status === 401 && SIGNED_OUT_CODES.includes(this.code);
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
