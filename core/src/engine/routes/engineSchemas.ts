import { z } from 'zod';
import { TASK_OPERATIONS } from '@kunlun/workflows';

/** Schemas of the engine API, shared by its routes and the OpenAPI document. */
const person = z.object({ id: z.string(), name: z.string().nullable() });
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

export const idParams = z.strictObject({ id: z.uuid() });

/** How a completed process ended: the end event its last path reached. */
export const endingSchema = z.object({ elementId: z.string(), name: z.string() });

export const moveResultSchema = z.object({
  instanceId: z.string(),
  taskIds: z.array(z.string()),
  tasks: z.array(z.object({ id: z.string(), elementId: z.string(), assigneeId: z.string().nullable() })),
});

export const boxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['task', 'instance', 'circulation']),
  instanceId: z.string(),
  title: z.string(),
  processKey: z.string(),
  module: z.string().nullable(),
  stepName: z.string().nullable(),
  urgency: z.string(),
  state: z.string(),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  readAt: z.string().nullable(),
  fromName: z.string().nullable(),
  initiatorName: z.string().nullable(),
  version: z.number().int().nullable(),
  businessKey: z.string().nullable(),
  /** The state of the line's process instance, and how it ended once completed. */
  instanceState: z.enum(['active', 'suspended', 'completed', 'terminated']),
  ending: endingSchema.nullable(),
});

export const historyEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.string(),
  elementId: z.string().nullable(),
  elementName: z.string().nullable(),
  taskId: z.string().nullable(),
  actor: person.nullable(),
  onBehalfOf: person.nullable(),
  outcome: z.string().nullable(),
  opinion: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** The people the details name by id (toId, userIds, assigneeId, candidates, escalation "to"), with their unit's short name. */
  people: z.record(z.string(), z.object({ name: z.string(), unit: z.string().nullable() })),
});

export const instanceDetailSchema = z.object({
  id: z.string(),
  processKey: z.string(),
  processName: z.string(),
  definitionId: z.string(),
  version: z.number().int(),
  title: z.string(),
  businessKey: z.string().nullable(),
  urgency: z.string(),
  state: z.enum(['active', 'suspended', 'completed', 'terminated']),
  endReason: z.string().nullable(),
  ending: endingSchema.nullable(),
  initiator: z.object({ id: z.string(), name: z.string(), unit: z.object({ id: z.string(), name: z.string() }).nullable() }).nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  variables: z.record(z.string(), z.unknown()),
  activeElementIds: z.array(z.string()),
  completedElementIds: z.array(z.string()),
  openTasks: z.array(
    z.object({
      id: z.string(),
      elementId: z.string(),
      name: z.string(),
      kind: z.string(),
      state: z.string(),
      assignee: person.nullable(),
      dueAt: z.string().nullable(),
      createdAt: z.string(),
      urgeCount: z.number().int(),
    }),
  ),
  /** The instance's form, read-only, with its values (from the module's record when the module keeps the form). */
  form: z
    .object({
      id: z.string(),
      schema: z.record(z.string(), z.unknown()),
      values: z.record(z.string(), z.unknown()),
      access: z.record(z.string(), z.enum(['readonly', 'hidden'])),
    })
    .nullable(),
  history: z.array(historyEntrySchema),
  circulations: z.array(
    z.object({ id: z.string(), user: person, from: person.nullable(), note: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() }),
  ),
  viewer: z.object({ canWithdraw: z.boolean(), canUrge: z.boolean(), canTerminate: z.boolean(), canManage: z.boolean() }),
});

export const taskDetailSchema = z.object({
  task: z.object({
    id: z.string(),
    elementId: z.string(),
    name: z.string(),
    kind: z.string(),
    state: z.string(),
    version: z.number().int(),
    assignee: person.nullable(),
    proxyFor: person.nullable(),
    delegatedBy: person.nullable(),
    dueAt: z.string().nullable(),
    createdAt: z.string(),
    formKey: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  }),
  instance: instanceDetailSchema,
  form: z.record(z.string(), z.unknown()).nullable(),
  /** The values of the step's form as they stand. */
  values: z.record(z.string(), z.unknown()),
  fieldAccess: z.record(z.string(), z.enum(['editable', 'readonly', 'hidden'])),
  operations: z.array(z.enum([...TASK_OPERATIONS, 'claim'])),
  returnableSteps: z.array(z.object({ elementId: z.string(), name: z.string(), lastHandledBy: person.nullable() })),
});

export const processCatalogSchema = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    module: z.string().nullable(),
    moduleTitle: bilingual.nullable(),
    version: z.number().int(),
    definitionId: z.string(),
    startFormKey: z.string().nullable(),
    startForm: z.record(z.string(), z.unknown()).nullable(),
  }),
);

const userIds = z.array(z.uuid()).min(1).max(500);
const opinion = z.string().trim().max(2000).optional();
const version = z.number().int().positive().optional();

export const completeBody = z.strictObject({
  version,
  outcome: z.enum(['agree', 'disagree']).optional(),
  opinion,
  variables: z.record(z.string(), z.unknown()).optional(),
  nextAssignees: z.union([z.array(z.uuid()).max(100), z.record(z.string(), z.array(z.uuid()).max(100))]).optional(),
});
export const returnBody = z.strictObject({ version, targetElementId: z.string().min(1).max(200), opinion, comeBack: z.boolean().optional() });
export const handOverBody = z.strictObject({ version, userId: z.uuid(), opinion });
export const signersBody = z.strictObject({ version, userIds, mode: z.enum(['before', 'after', 'parallel']), opinion });
export const removeSignersBody = z.strictObject({ version, taskIds: z.array(z.uuid()).min(1).max(100) });
export const circulateBody = z.strictObject({ userIds, note: z.string().trim().max(500).optional() });
export const urgeBody = z.strictObject({ note: z.string().trim().max(500).optional(), taskIds: z.array(z.uuid()).max(100).optional() });
export const startBody = z.strictObject({
  variables: z.record(z.string(), z.unknown()).optional(),
  title: z.string().trim().max(500).optional(),
  businessKey: z.string().trim().max(200).optional(),
  urgency: z.enum(['normal', 'urgent', 'very_urgent']).optional(),
  submit: z.boolean().optional(),
  opinion,
  nextAssignees: completeBody.shape.nextAssignees,
});
