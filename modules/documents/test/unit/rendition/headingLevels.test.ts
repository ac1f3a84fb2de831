import { describe, expect, it } from 'vitest';
import { headingLevel, paragraphStyle, styleParagraph } from '../../../src/rendition/headingLevels.ts';

describe('heading levels (结构层次序数)', () => {
  it('given the four numbering styles, when recognised, then they are levels 1 to 4', () => {
    expect(headingLevel('一、总体要求')).toBe(1);
    expect(headingLevel('十二、其他事项')).toBe(1);
    expect(headingLevel('（一）指导思想。坚持人民至上。')).toBe(2);
    expect(headingLevel('(三)工作目标')).toBe(2);
    expect(headingLevel('1.强化党政领导责任。')).toBe(3);
    expect(headingLevel('12．落实部门监管责任')).toBe(3);
    expect(headingLevel('（1）开展化工园区认定复核')).toBe(4);
  });

  it('given ordinary text, including a number with decimals, when recognised, then it is no heading', () => {
    expect(headingLevel('为深入贯彻落实党中央决策部署。')).toBeNull();
    expect(headingLevel('1.5亿元资金已经下达。')).toBeNull();
    expect(headingLevel('2026年全省生产安全事故起数下降。')).toBeNull();
  });

  it('given a heading sentence followed by text, when styled, then only the sentence takes the level face', () => {
    const { chars, style } = styleParagraph('（一）指导思想。坚持人民至上。');
    expect(style).toEqual({ level: 2, headingLength: 8, standsAlone: false });
    expect(chars.slice(0, 8).every((c) => c.face === 'kaiTi')).toBe(true);
    expect(chars.slice(8).every((c) => c.face === 'fangSong')).toBe(true);
  });

  it('given a paragraph that is only a heading, when styled, then it stands alone in 黑体', () => {
    expect(paragraphStyle('一、总体要求')).toEqual({ level: 1, headingLength: 6, standsAlone: true });
    expect(styleParagraph('一、总体要求').chars.every((c) => c.face === 'heiTi')).toBe(true);
  });

  it('given third and fourth levels, when styled, then they stay in 仿宋', () => {
    expect(styleParagraph('1.强化领导。要求如下。').chars.every((c) => c.face === 'fangSong')).toBe(true);
    expect(styleParagraph('（1）开展复核').chars.every((c) => c.face === 'fangSong')).toBe(true);
  });
});
