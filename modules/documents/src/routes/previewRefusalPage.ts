import type { Text } from '@kunlun/core';

/**
 * What a browser tab shows when 版式预览 is opened directly (a new tab, a bookmark) and the PDF
 * cannot be made: a readable page in both languages instead of the API's JSON error.
 */
const escape = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

export function previewRefusalPage(title: string, reason: Text, documentPath: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>版式预览 · ${escape(title)}</title>
<style>body{font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em;color:#303133}h1{font-size:20px;color:#c45656}p{line-height:1.6}</style></head>
<body>
<h1>无法生成版式预览</h1>
<p>${escape(title)}</p>
<p>${escape(reason['zh-CN'])}</p>
<p lang="en">The preview cannot be made: ${escape(reason.en)}</p>
<p><a href="${escape(documentPath)}">返回公文 Back to the document</a></p>
</body>
</html>
`;
}
