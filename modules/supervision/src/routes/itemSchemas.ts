import { z } from 'zod';
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATES, cadenceSchema, COLOURS, HANDLING_MODES, ITEM_STATES, SOURCE_KINDS, URGENCIES } from '../itemVocabulary.ts';
import { itemRequestSchema } from '../itemRegistration.ts';

/** The shapes of the supervision item routes: what they take and what they answer. */
export const idParams = z.strictObject({ id: z.uuid() });

export const listQuery = z.strictObject({
  state: z.enum([...ITEM_STATES, 'open']).optional(),
  colour: z.enum(COLOURS).optional(),
  unitId: z.uuid().optional(),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** Items due (by their current deadline) on or before this day. */
  dueBefore: z.iso.date().optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });

export const listItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  sourceKind: z.enum(SOURCE_KINDS),
  urgency: z.enum(URGENCIES),
  state: z.enum(ITEM_STATES),
  colour: z.enum(COLOURS).nullable(),
  leadUnit: ref.nullable(),
  coUnitCount: z.number().int(),
  receivedOn: z.string(),
  dueOn: z.string(),
  nextReportDue: z.string().nullable(),
  progress: z.number().int(),
  closedAt: z.string().nullable(),
});

/** The office registers an item: as the contract's request, less what the route knows (who registers). */
export const createBody = itemRequestSchema.omit({ registeredBy: true });
export const createResult = z.object({ id: z.string(), number: z.string() });

const task = z.object({ taskId: z.string(), elementId: z.string(), name: z.string(), version: z.number().int(), processKey: z.string() });

export const itemDetail = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  content: z.string(),
  sourceKind: z.enum(SOURCE_KINDS),
  source: z.object({ module: z.string(), kind: z.string(), id: z.string(), title: z.string() }).nullable(),
  instructedBy: ref.nullable(),
  instruction: z.string().nullable(),
  office: ref,
  registeredBy: ref,
  requiredAnswer: z.string(),
  urgency: z.enum(URGENCIES),
  handlingMode: z.enum(HANDLING_MODES),
  receivedOn: z.string(),
  originalDueOn: z.string(),
  dueOn: z.string(),
  cadence: cadenceSchema,
  nextReportDue: z.string().nullable(),
  progress: z.number().int(),
  round: z.number().int(),
  state: z.enum(ITEM_STATES),
  colour: z.enum(COLOURS).nullable(),
  closedAt: z.string().nullable(),
  closedOnTime: z.boolean().nullable(),
  instanceId: z.string().nullable(),
  assignments: z.array(
    z.object({
      id: z.string(),
      unit: ref,
      role: z.enum(ASSIGNMENT_ROLES),
      contact: ref.nullable(),
      contactPhone: z.string(),
      state: z.enum(ASSIGNMENT_STATES),
      signBy: z.string().nullable(),
      signedAt: z.string().nullable(),
      declinedReason: z.string().nullable(),
      nextReportDue: z.string().nullable(),
      lastReportAt: z.string().nullable(),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.string(),
      unit: ref,
      kind: z.enum(['progress', 'completion']),
      addressedTo: z.enum(['lead', 'office']),
      content: z.string(),
      progress: z.number().int().nullable(),
      round: z.number().int(),
      reportedBy: ref,
      reportedAt: z.string(),
      reviewState: z.enum(['pending', 'returned', 'accepted']).nullable(),
      reviewNote: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.string(),
      unit: ref,
      requestedBy: ref,
      reason: z.string(),
      previousDueOn: z.string(),
      requestedDueOn: z.string(),
      state: z.enum(['pending', 'approved', 'refused']),
      decidedBy: ref.nullable(),
      decidedAt: z.string().nullable(),
      decisionNote: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  urges: z.array(
    z.object({ id: z.string(), unit: ref, kind: z.enum(['manual', 'digest']), note: z.string().nullable(), sentBy: ref.nullable(), createdAt: z.string() }),
  ),
  /** What the caller may do here. */
  can: z.object({ manage: z.boolean(), reportFor: z.array(ref), requestExtension: z.boolean(), urge: z.boolean() }),
  /** The caller's open tasks on the item and its extension requests. */
  myTasks: z.array(task),
});

export const reportBody = z.strictObject({
  unitId: z.uuid(),
  content: z.string().trim().min(1).max(8000),
  progress: z.number().int().min(0).max(100).optional(),
});
export const reportResult = z.object({ id: z.string(), nextReportDue: z.string().nullable() });

export const extensionBody = z.strictObject({
  unitId: z.uuid(),
  reason: z.string().trim().min(1).max(2000),
  requestedDueOn: z.iso.date(),
});
export const extensionResult = z.object({ id: z.string() });

export const deadlineRule = z.object({
  sourceKind: z.enum(SOURCE_KINDS),
  urgency: z.enum(URGENCIES),
  days: z.number().int().min(1).max(400),
  workingDays: z.boolean(),
});
export const deadlineRulesBody = z.strictObject({
  rules: z
    .array(deadlineRule.strict())
    .min(1)
    .max(SOURCE_KINDS.length * URGENCIES.length),
});
