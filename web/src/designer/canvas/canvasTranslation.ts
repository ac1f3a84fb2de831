import { currentLocale } from '@/i18n/i18n.ts';
import { bpmnCanvasZhCN } from '@/locales/zh-CN/bpmnCanvas.ts';

/**
 * bpmn-js' `translate` service in the interface's language: the palette, the context pad and
 * the replace menu ask it for every text they draw, each time they open, so a language switched
 * on the desktop shows the next time a menu opens. English texts are bpmn-js' own.
 */
export function translateCanvasText(template: string, replacements: Record<string, string> = {}): string {
  const text = currentLocale() === 'zh-CN' ? (bpmnCanvasZhCN[template] ?? template) : template;
  return text.replace(/\{([^}]+)\}/gu, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** The bpmn-js module that replaces diagram-js' English-only `translate`. */
export const canvasTranslationModule = { translate: ['value', translateCanvasText] };
