import ts from 'typescript';

/**
 * One module specifier a source file names: a static import, an `export … from`, a dynamic
 * `import('…')`, or an `import.meta.glob('…')` pattern (how the web desktop picks up module parts).
 */
export interface ImportSpecifier {
  specifier: string;
  line: number;
  kind: 'static' | 'dynamic' | 'glob';
  /**
   * True only for declarations TypeScript always erases: `import type …` and `export type … from`.
   * `import { type A } from 'x'` is NOT type-only here: under `verbatimModuleSyntax` (tsconfig.base.json)
   * it is emitted as `import {} from 'x'`, which still loads and runs 'x'.
   */
  typeOnly: boolean;
}

/** The `<script>` blocks of a Vue single-file component, each with the line its content starts on. */
export function vueScriptBlocks(source: string): { code: string; firstLine: number }[] {
  const blocks: { code: string; firstLine: number }[] = [];
  for (const m of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const contentStart = m.index + m[0].indexOf('>') + 1;
    blocks.push({ code: m[1] ?? '', firstLine: source.slice(0, contentStart).split('\n').length });
  }
  return blocks;
}

function scanScript(code: string, firstLine: number, fileName: string): ImportSpecifier[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ImportSpecifier[] = [];
  const add = (literal: ts.Node, kind: ImportSpecifier['kind'], typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = sf.getLineAndCharacterOfPosition(literal.getStart(sf)).line + firstLine;
    found.push({ specifier: literal.text, line, kind, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, 'static', node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, 'static', node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, 'static', node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first) add(first, 'dynamic', false);
      if (isImportMetaGlob(node.expression) && first) {
        const patterns = ts.isArrayLiteralExpression(first) ? first.elements : [first];
        for (const p of patterns) add(p, 'glob', false);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'static', true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function isImportMetaGlob(expr: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(expr) &&
    expr.name.text === 'glob' &&
    ts.isMetaProperty(expr.expression) &&
    expr.expression.keywordToken === ts.SyntaxKind.ImportKeyword &&
    expr.expression.name.text === 'meta'
  );
}

/** The specifiers of a `.ts` file, or of the `<script>` blocks of a `.vue` file. */
export function scanImports(fileName: string, source: string): ImportSpecifier[] {
  if (fileName.endsWith('.vue')) return vueScriptBlocks(source).flatMap((b) => scanScript(b.code, b.firstLine, fileName));
  return scanScript(source, 1, fileName);
}
