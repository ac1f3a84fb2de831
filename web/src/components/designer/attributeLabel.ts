import { useI18n } from 'vue-i18n';
import { typeKey } from '@/designer/elementKinds.ts';

/**
 * Names of attributes and element types for people: "处理人规则" for kunlun:assignee, "用户任务"
 * for bpmn:UserTask; anything the locale files do not name is shown as it is.
 */
export function useDesignerLabels() {
  const { t, te } = useI18n();
  const attributeLabel = (attribute: string): string => {
    const key = `designer.attributes.${attribute.replace(':', '_').replace('$', '')}`;
    return te(key) ? t(key) : attribute;
  };
  const typeLabel = (type: string): string => {
    const key = `designer.types.${typeKey(type)}`;
    return te(key) ? t(key) : typeKey(type);
  };
  return { attributeLabel, typeLabel };
}
