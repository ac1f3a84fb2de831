import { describe, expect, it } from 'vitest';
import { ApiError } from '@kunlun/core';
import { refuseClassified, secrecyOf } from '../../src/secrecyRefusal.ts';

describe('secrecyOf / refuseClassified: only non-classified documents', () => {
  it.each([
    [{ secrecy: '秘密' }, '秘密'],
    [{ secrecy: '机密★1年' }, '机密'],
    [{ secrecy: 'confidential' }, 'confidential'],
    [{ title: '绝密★长期 关于某事项的通知' }, '绝密'],
    [{ bodyText: '密级：机密\n正文' }, '机密'],
    [{ attachmentNames: ['附件1', '秘密★3个月 名单'] }, '秘密'],
  ])('given %j, then it is marked %s', (input, level) => {
    expect(secrecyOf(input)).toBe(level);
  });

  it.each([[{ secrecy: '' }], [{ secrecy: '非密' }], [{ secrecy: null }], [{ title: '关于加强保密工作的通知', bodyText: '严守国家秘密，不得泄露机密。' }]])(
    'given %j, then it is not classified',
    (input) => {
      expect(secrecyOf(input)).toBeNull();
      expect(() => refuseClassified(input)).not.toThrow();
    },
  );

  it('refuses a classified document with 422 and a message saying why and what to do', () => {
    try {
      refuseClassified({ secrecy: '绝密' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(422);
      expect((err as ApiError).text['zh-CN']).toBe('本系统只办理非涉密公文。该公文标有密级“绝密”，不能录入、存储或传输，请按涉密载体管理规定线下办理。');
    }
  });
});
