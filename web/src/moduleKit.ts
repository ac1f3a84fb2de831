/**
 * The module kit: everything a module's web part (`modules/<name>/web/**`) may use of the
 * desktop, in one entry. Module code imports from `@/moduleKit` (and from vue, vue-router,
 * vue-i18n, pinia, element-plus and its own files), never from the desktop's other files, so
 * the desktop can move its insides without breaking a module.
 */

// Declaring a module: routes, menu entries, desktop widgets, form widgets, task pages.
export { defineWebModule } from './modules/webModule.ts';
export type { WebModule, MenuEntry, DesktopWidget, FormWidget, TaskPage, ModuleTaskRef } from './modules/webModule.ts';
export type { PermissionRequirement } from './access/permissionRequirement.ts';

// Talking to the server: the one request client, its error, pages, and the server's types.
export { http, ApiError, type QueryValue } from './api/client.ts';
export { readAllPages, MAX_PAGE_SIZE, type Page } from './api/page.ts';
export type { ApiMethod, ApiPath, BodyOf, QueryOf, ResponseOf } from './api/routeTypes.ts';
export { tasksApi, type TaskDetail, type CompleteRequest } from './api/tasks.api.ts';
export type { MoveResult, NextAssignees } from './api/processes.api.ts';

// Forms: the renderer, its widgets, field access and values.
export { default as FormRenderer } from './components/form/FormRenderer.vue';
export { useFormWidgets } from './composables/useFormWidgets.ts';
export type { FormDefinition, FormField, FormValues, FieldAccess, FieldAccessMap, BilingualText } from './forms/formSchema.ts';
export { formOf } from './forms/formSchema.ts';
export { accessAtStep, startAccess } from './forms/fieldAccess.ts';
export { initialValues, shownValues, submissionOf } from './forms/formValues.ts';

// Pickers of people and units.
export { default as PeoplePickerDialog } from './components/people/PeoplePickerDialog.vue';
export { default as UnitPickerDialog } from './components/people/UnitPickerDialog.vue';
export { default as UnitsPickerDialog } from './components/people/UnitsPickerDialog.vue';
export type { PickedPerson } from './components/people/pickedPerson.ts';

// Layout pieces of the desktop.
export { default as WidgetCard } from './components/home/WidgetCard.vue';
export { default as UrgencyTag } from './components/workflow/UrgencyTag.vue';
export { default as DueMark } from './components/workflow/DueMark.vue';
export { default as HistoryTimeline } from './components/workflow/HistoryTimeline.vue';

// Feedback and language.
export { toast, messageBox, notify } from './ui/feedback.ts';
export { describeFailure } from './ui/apiProblems.ts';
export { formatDateTime, formatShortDateTime } from './ui/dateTime.ts';
export { useLoading } from './composables/useLoading.ts';
export { useLocalizedText } from './composables/useLocalizedText.ts';
export type { LocalizedText } from './i18n/localizedText.ts';
export type { AppLocale } from './i18n/i18n.ts';

// The desktop's stores a module may read: the signed-in person, the task badges, uploaded files.
export { useAuthStore } from './stores/auth.ts';
export { useTasksStore } from './stores/tasks.ts';
export { useFilesStore } from './stores/files.ts';
