import { i18n } from '@/i18n/i18n.ts';
import { designerZhCN } from './zh-CN/designer.ts';
import { designerEn } from './en/designer.ts';

/**
 * The process designer's texts (`designer.*`) are loaded with its pages, not with the desktop's
 * first page: the routes of the designer install them before a designer page renders.
 */
let installed = false;

export function installDesignerMessages(): void {
  if (installed) return;
  i18n.global.mergeLocaleMessage('zh-CN', designerZhCN);
  i18n.global.mergeLocaleMessage('en', designerEn);
  installed = true;
}
