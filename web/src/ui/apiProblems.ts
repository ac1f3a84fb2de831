import { ApiError } from '@/api/apiError.ts';

/**
 * The message of a refused request with the problems the server listed (validation issues,
 * business-rule problems), as one line for a toast.
 */
export function describeFailure(err: unknown, fallback: string): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : fallback;
  const list = Array.isArray(err.details.issues) ? err.details.issues : Array.isArray(err.details.problems) ? err.details.problems : [];
  const problems = list
    .map((p: unknown) =>
      typeof p === 'object' && p !== null && typeof (p as { message?: unknown }).message === 'string' ? (p as { message: string }).message : null,
    )
    .filter((m): m is string => m !== null)
    .slice(0, 5);
  return problems.length ? `${err.message}：${problems.join('；')}` : err.message;
}
