import fs from 'node:fs';
import path from 'node:path';
import { fileViolations } from './boundaryRules.ts';
import { cyclePath, importCycles, type ImportGraph } from './importCycles.ts';
import { resolveImport } from './importResolution.ts';
import { scanImports } from './importScan.ts';
import { listSourceFiles } from './workspaceFiles.ts';
import { readWorkspaceLayout } from './workspacePackages.ts';
import type { Violation } from './violation.ts';

/**
 * Checks the architecture of the workspace at `root` (DESIGN.md): modules import other modules
 * only through declared contracts, module web parts only the module kit, module server code
 * names no core table, core/workflows/web point the right way, and no file import cycle.
 *
 * The cycle graph leaves out `import type …` / `export type … from`: TypeScript erases them
 * (`verbatimModuleSyntax` guarantees it), so they never load a module and cannot cause the
 * half-initialised-module bugs a runtime cycle causes. Rules 1–4 still apply to them: a type
 * import across a boundary is a boundary crossing. `import { type A }` stays in the graph, since
 * it compiles to `import {} from …` and loads the module. `import.meta.glob` patterns are not
 * edges: they name many files, and only the module registry uses one (checked by its own rule).
 */
export function checkBoundaries(root: string): Violation[] {
  const layout = readWorkspaceLayout(root);
  const violations: Violation[] = [];
  const graph: ImportGraph = new Map();
  for (const file of listSourceFiles(root)) {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const imports = scanImports(file, source);
    violations.push(...fileViolations(layout, file, source, imports));
    const edges = new Map<string, number>();
    for (const imp of imports) {
      if (imp.typeOnly || imp.kind === 'glob') continue;
      const resolved = resolveImport(layout, file, imp.specifier);
      const target = resolved.kind === 'file' ? resolved.file : resolved.kind === 'package' ? resolved.file : null;
      if (target && !edges.has(target)) edges.set(target, imp.line);
    }
    graph.set(file, edges);
  }
  for (const component of importCycles(graph)) {
    const loop = cyclePath(graph, component);
    const [first, second] = loop as [string, string];
    violations.push({
      rule: 'import-cycle',
      file: first,
      line: graph.get(first)?.get(second) ?? 1,
      message: `import cycle ${loop.join(' → ')}${component.length > loop.length - 1 ? ` (${component.length} files import each other: ${component.join(', ')})` : ''}`,
    });
  }
  return violations;
}
