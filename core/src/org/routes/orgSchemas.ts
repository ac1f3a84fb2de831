import { z } from 'zod';
import { UNIT_KINDS, UNIT_LEVELS } from '../unitRules.ts';

/** Schemas of the organization API, shared by its routes and the OpenAPI document. */
export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  level: z.enum(UNIT_LEVELS),
  name: z.string(),
  shortName: z.string(),
  docPrefix: z.string().nullable(),
  sortOrder: z.number().int(),
  depth: z.number().int(),
  status: z.enum(['active', 'disabled']),
  childCount: z.number().int().optional(),
});

export const unitDetailSchema = unitSchema.extend({
  ancestors: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() })),
});

const name = (max: number) => z.string().trim().min(1).max(max);

export const unitCreateSchema = z.strictObject({
  parentId: z.uuid().nullable(),
  code: z.string().trim().min(6).max(40),
  kind: z.enum(UNIT_KINDS),
  level: z.enum(UNIT_LEVELS),
  name: name(200),
  shortName: name(100),
  docPrefix: name(20).nullable().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const unitPatchSchema = unitCreateSchema.partial();

export const postSchema = z.object({
  id: z.string(),
  userId: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() }),
  postType: z.string(),
  postTypeName: z.string(),
  title: z.string().nullable(),
  isPrimary: z.boolean(),
  chargeUnits: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});

export const postInputSchema = z.strictObject({
  unitId: z.uuid(),
  postType: z.string().min(1).max(40),
  title: z.string().trim().max(60).nullable().optional(),
  isPrimary: z.boolean().optional(),
  chargeUnitIds: z.array(z.uuid()).max(200).optional(),
});

export const postPatchSchema = postInputSchema.pick({ title: true, isPrimary: true, chargeUnitIds: true }).partial();

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  officePhone: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  posts: z.array(postSchema),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  privateVisible: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/, '电话号码格式不正确 / not a phone number');

export const userCreateSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_.-]{1,63}$/, '用户名由小写字母、数字和 _ . - 组成 / letters, digits, _ . -'),
  displayName: name(100),
  password: z.string().min(1).max(128),
  gender: z.enum(['male', 'female']).nullable().optional(),
  officePhone: phone.nullable().optional(),
  mobile: phone.nullable().optional(),
  email: z.email().nullable().optional(),
  mustChangePassword: z.boolean().optional(),
  posts: z.array(postInputSchema).max(50).optional(),
});

export const userPatchSchema = z.strictObject({
  displayName: name(100).optional(),
  gender: z.enum(['male', 'female']).nullable().optional(),
  officePhone: phone.nullable().optional(),
  mobile: phone.nullable().optional(),
  email: z.email().nullable().optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const idParams = z.strictObject({ id: z.uuid() });
