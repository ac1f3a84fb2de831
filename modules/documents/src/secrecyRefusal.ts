import { unprocessable, text } from '@kunlun/core';
import { SECRECY_LEVELS } from './documentVocabulary.ts';

/**
 * This system carries non-classified (非涉密) documents only. A document marked with any 密级 —
 * declared in its `secrecy` element, or written as a marking (机密★1年, 密级：秘密) in its title,
 * body, note or attachment names — is refused before anything of it is stored.
 */
const NOT_CLASSIFIED = ['', '无', '非密', '非涉密', '公开', '不公开', '内部'];

const MARKING = new RegExp(`(${SECRECY_LEVELS.join('|')})\\s*★|密\\s*级\\s*[:：]\\s*(${SECRECY_LEVELS.join('|')})`, 'u');

export interface SecrecyCheckInput {
  secrecy?: string | null | undefined;
  title?: string | null | undefined;
  bodyText?: string | null | undefined;
  note?: string | null | undefined;
  attachmentNames?: readonly string[] | undefined;
}

/** The 密级 a document carries, or null for a non-classified one. */
export function secrecyOf(input: SecrecyCheckInput): string | null {
  const declared = (input.secrecy ?? '').trim();
  if (declared && !NOT_CLASSIFIED.includes(declared)) {
    return SECRECY_LEVELS.find((level) => declared.startsWith(level)) ?? declared;
  }
  for (const value of [input.title, input.bodyText, input.note, ...(input.attachmentNames ?? [])]) {
    const found = value ? MARKING.exec(value) : null;
    if (found) return found[1] ?? found[2] ?? '涉密';
  }
  return null;
}

/** Throws 422 documents.classified when the document is marked with a 密级. */
export function refuseClassified(input: SecrecyCheckInput): void {
  const level = secrecyOf(input);
  if (!level) return;
  throw unprocessable(
    'documents.classified',
    text(
      `本系统只办理非涉密公文。该公文标有密级“${level}”，不能录入、存储或传输，请按涉密载体管理规定线下办理。`,
      `This system handles non-classified documents only. The document is marked "${level}" and cannot be entered, stored or sent; handle it offline under the rules for classified material.`,
    ),
    { secrecy: level },
  );
}
