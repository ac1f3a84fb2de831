import { BpmnModdle, type ModdleElement, type ParseWarning } from 'bpmn-moddle';
import { kunlunModdleDescriptor } from './kunlunModdle.ts';

/**
 * Reading and writing BPMN 2.0 XML safely. What is refused, before the parser sees it: anything
 * over the size limit, a DOCTYPE or entity declaration (XML external entities, entity bombs),
 * and documents whose root is not <bpmn:definitions>.
 */
export const MAX_BPMN_BYTES = 5 * 1024 * 1024;

export class BpmnFormatError extends Error {
  constructor(
    readonly code: 'too_large' | 'not_xml' | 'doctype' | 'not_bpmn' | 'unparsable',
    message: string,
  ) {
    super(message);
    this.name = 'BpmnFormatError';
  }
}

export interface ParsedBpmn {
  definitions: ModdleElement;
  warnings: ParseWarning[];
  elementsById: Record<string, ModdleElement>;
}

export function createModdle(): BpmnModdle {
  return new BpmnModdle({ kunlun: kunlunModdleDescriptor });
}

export async function parseBpmn(xml: string, opts: { maxBytes?: number } = {}): Promise<ParsedBpmn> {
  const max = opts.maxBytes ?? MAX_BPMN_BYTES;
  if (new TextEncoder().encode(xml).length > max) {
    throw new BpmnFormatError(
      'too_large',
      `BPMN 文件超过 ${Math.round(max / 1024 / 1024)} MB / the BPMN file is larger than ${Math.round(max / 1024 / 1024)} MB`,
    );
  }
  const head = xml.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) throw new BpmnFormatError('not_xml', '文件不是 XML / the file is not XML');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new BpmnFormatError('doctype', '不接受含 DOCTYPE 或实体声明的 XML（可能是 XXE 攻击）/ XML with a DOCTYPE or entity declarations is refused');
  }
  let result;
  try {
    result = await createModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (err) {
    throw new BpmnFormatError('unparsable', `无法解析 BPMN：${(err as Error).message.split('\n')[0]} / cannot parse the BPMN`);
  }
  if (!result.rootElement || result.rootElement.$type !== 'bpmn:Definitions') {
    throw new BpmnFormatError('not_bpmn', '根元素不是 bpmn:definitions / the root element is not bpmn:definitions');
  }
  const fatal = result.warnings.filter((w) => /unparsable content|non-whitespace outside of root node|unclosed tag|mismatched/i.test(w.message));
  if (fatal.length) throw new BpmnFormatError('unparsable', `无法解析 BPMN：${fatal[0]!.message.split('\n')[0]}`);
  return { definitions: result.rootElement, warnings: result.warnings, elementsById: result.elementsById };
}

export async function serializeBpmn(definitions: ModdleElement): Promise<string> {
  const { xml } = await createModdle().toXML(definitions, { format: true });
  return xml;
}
