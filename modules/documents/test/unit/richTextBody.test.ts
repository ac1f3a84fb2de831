import { describe, expect, it } from 'vitest';
import { bodyPlainText, sanitizeBody } from '../../src/richTextBody.ts';
import { bodyParagraphs } from '../../src/rendition/documentBody.ts';

/** The paragraphs the fixed-layout rendition sets for a 正文 as the rich-text editor saved it. */
const paragraphsOf = (editorHtml: string): string[] => bodyParagraphs(bodyPlainText(sanitizeBody(editorHtml)));

describe('正文 paragraphs for the rendition', () => {
  it('keeps the first line typed before the editor wrapped the next ones in <div> as a paragraph of its own', () => {
    // given the HTML a contenteditable editor leaves after a clerk typed three lines
    const html = '受强冷空气影响，我市将出现寒潮天气。<div>请各地做好防范应对工作。</div><div>特此通知。</div>';
    // when the body becomes the rendition's paragraphs
    // then each typed line is one paragraph
    expect(paragraphsOf(html)).toEqual(['受强冷空气影响，我市将出现寒潮天气。', '请各地做好防范应对工作。', '特此通知。']);
  });

  it('keeps a bare first line apart from the <p> paragraphs after it', () => {
    expect(paragraphsOf('各县（区）人民政府：<p style="text-indent: 2em">现将有关事项通知如下。</p><p>一、加强监测预警。</p>')).toEqual([
      '各县（区）人民政府：',
      '现将有关事项通知如下。',
      '一、加强监测预警。',
    ]);
  });

  it('splits lines broken with <br> and keeps text inside one paragraph together', () => {
    expect(paragraphsOf('<p>第一段<strong>加粗</strong>文字<br>第二行</p><div><br></div><p>第三段</p>')).toEqual(['第一段加粗文字', '第二行', '第三段']);
  });

  it('sets list items and a text after a list as separate paragraphs', () => {
    expect(paragraphsOf('<ul><li>甲</li><li>乙</li></ul>附件：方案')).toEqual(['甲', '乙', '附件：方案']);
  });
});
