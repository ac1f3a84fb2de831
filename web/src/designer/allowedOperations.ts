import { DEFAULT_TASK_OPERATIONS, TASK_OPERATIONS, type TaskOperation } from '@kunlun/workflows';

/**
 * kunlun:operations, the OA operations a user task allows (办理 complete, 退回 return, 撤回
 * withdraw, 转办 transfer, 委派 delegate, 加签/减签 add/remove signers, 传阅 circulate, 催办 urge):
 * a comma-separated list; a task that names none allows the engine's default set. Names the
 * engine does not know are kept, so that nothing typed by hand is lost silently.
 */
export interface OperationsInput {
  /** False: the attribute is unset and the defaults apply. */
  explicit: boolean;
  operations: TaskOperation[];
  unknown: string[];
}

const isOperation = (name: string): name is TaskOperation => (TASK_OPERATIONS as readonly string[]).includes(name);

export function parseOperations(value: string | null | undefined): OperationsInput {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) return { explicit: false, operations: [...DEFAULT_TASK_OPERATIONS], unknown: [] };
  return { explicit: true, operations: TASK_OPERATIONS.filter((op) => names.includes(op)), unknown: names.filter((n) => !isOperation(n)) };
}

/** The attribute value: operations in the engine's order, unknown names after; undefined for the defaults. */
export function formatOperations(input: OperationsInput): string | undefined {
  if (!input.explicit) return undefined;
  const ordered = TASK_OPERATIONS.filter((op) => input.operations.includes(op));
  return [...ordered, ...input.unknown].join(',') || undefined;
}
