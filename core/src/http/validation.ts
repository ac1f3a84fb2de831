import { z } from 'zod';
import { ApiError } from './apiError.ts';
import { text, type Locale } from '../i18n/text.ts';

const localeErrors = {
  'zh-CN': z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
} as const;

export type InputLocation = 'params' | 'query' | 'body';

/** Parses one part of a request; a mismatch becomes a 400 (a 404 for path parameters) listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: InputLocation, locale: Locale): z.output<S> {
  const result = schema.safeParse(value, { error: localeErrors[locale] as z.core.$ZodErrorMap });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    location: where,
    path: issue.path.join('.'),
    code: issue.code,
    message: issue.message,
    ...(issue.code === 'unrecognized_keys' ? { keys: (issue as { keys: string[] }).keys } : {}),
  }));
  if (where === 'params') {
    throw new ApiError(404, 'not_found', text('资源不存在', 'Not found'), { issues });
  }
  throw new ApiError(400, 'validation_failed', text('提交的数据不符合要求', 'The request data is not valid'), { issues });
}

/** Query strings arrive as strings: these read them into numbers and booleans. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const queryBool = () =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .optional();

/** Standard paging for lists: `page` from 1, `pageSize` up to 200. */
export const pagingQuery = {
  page: queryInt(1, 1_000_000).default(1),
  pageSize: queryInt(1, 200).default(20),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
