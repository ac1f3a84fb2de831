import type { Component } from 'vue';
import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import type { LocalizedText } from '@/i18n/localizedText.ts';
import type { AppLocale } from '@/i18n/i18n.ts';
import type { PermissionRequirement } from '@/access/permissionRequirement.ts';

/**
 * An entry of the desktop's side menu. It shows only while the module is enabled on the server
 * and the user holds `permission` (any one of them, when several are listed).
 */
export interface MenuEntry {
  /** Namespaced and stable: `<module>.<thing>`, e.g. `documents.outgoing`. */
  id: string;
  /** An i18n message key (a module's own keys live under its name: `documents.menu.outgoing`) or both texts. */
  title: LocalizedText;
  /** The name of an icon of @element-plus/icons-vue (`'Document'`), or the icon component itself. */
  icon?: string | Component;
  route: RouteLocationRaw;
  permission?: PermissionRequirement;
  /** Smaller first; entries without an order follow, by id. */
  order?: number;
  /** A number to show beside the entry (e.g. from the module's store); none when 0. */
  badge?: () => number;
}

/** A card on the desktop home page (待办, schedules, …). Loaded only when it is shown. */
export interface DesktopWidget {
  /** Namespaced and stable: `<module>.<thing>`, e.g. `documents.pendingReceipts`. */
  id: string;
  title: LocalizedText;
  load: () => Promise<Component | { default: Component }>;
  permission?: PermissionRequirement;
  order?: number;
  /** Spans the whole row instead of one column. */
  wide?: boolean;
}

/**
 * A module's own way of drawing one field of one of its forms (a document number picker, a
 * meeting-room chooser…). The component receives `field`, `access` ('editable' | 'readonly'),
 * `modelValue` and all form `values`, and emits `update:modelValue`.
 */
export interface FormWidget {
  /** Namespaced and stable: `<module>.<thing>`, e.g. `documents.docNumber`. */
  id: string;
  /** The form id (`documents.outgoing`) and the key of the field it draws. */
  form: string;
  field: string;
  load: () => Promise<Component | { default: Component }>;
}

/** A task as the desktop knows it when it is about to open it (from 待办, a notification, a pop-up). */
export interface ModuleTaskRef {
  taskId: string;
  instanceId: string;
  processKey: string;
  /** The instance's business key: the module's record (a document's id …). */
  businessKey: string | null;
  /** The task's form, when known. */
  formKey?: string | null;
}

/**
 * A module's own page for its tasks (a document's page for the steps of a document's process):
 * the task center, the desktop widgets, notifications and pop-ups open it instead of the
 * generic task page. A task matches by its process or by its form; `route` answers null to
 * leave a task on the generic page.
 */
export interface TaskPage {
  processKey?: string;
  formId?: string;
  route: (task: ModuleTaskRef) => RouteLocationRaw | null;
}

/**
 * What `modules/<name>/web/index.ts` exports as default. Its routes become children of the
 * desktop shell (paths relative to `/`, e.g. `documents/outgoing`); `meta.permission` on a route
 * is enforced by the router. `messages` are merged into vue-i18n under the module's name.
 */
export interface WebModule {
  /** The module's name, the same as its folder and its server manifest. */
  name: string;
  routes?: RouteRecordRaw[];
  menu?: MenuEntry[];
  /** Entries of the administrators' group (系统管理): settings of the module kept by an administrator's duty. */
  adminMenu?: MenuEntry[];
  widgets?: DesktopWidget[];
  formWidgets?: FormWidget[];
  /** Pages of this module where its tasks are handled (matched by process key or form id, namespaced). */
  taskPages?: TaskPage[];
  messages?: Partial<Record<AppLocale, Record<string, unknown>>>;
}

/** Declares a module's web part with its type checked: `export default defineWebModule({ … })`. */
export function defineWebModule<const M extends WebModule>(module: M): M {
  return module;
}
