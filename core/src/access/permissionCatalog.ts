import { z } from 'zod';
import { DUTIES, type Duty } from './duties.ts';
import type { Text } from '../i18n/text.ts';

/** `<module>.<resource>.<action>`, e.g. `documents.outgoing.sign`. */
export const permissionIdSchema = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*){2,}$/, 'a permission id is <module>.<resource>.<action>');

export const permissionDeclSchema = z.strictObject({
  id: permissionIdSchema,
  title: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  /** Which duty the permission belongs to; only roles of that duty can hold it. */
  duty: z.enum(DUTIES).default('business'),
  /** Built-in business roles that receive the permission when its module is first enabled. */
  grantTo: z.array(z.string()).default([]),
});
export type PermissionDecl = z.output<typeof permissionDeclSchema>;

export interface CatalogEntry extends PermissionDecl {
  /** "core" or the declaring module's name. */
  source: string;
}

/** Every permission the running installation knows, from core and the enabled modules. */
export class PermissionCatalog {
  private readonly entries = new Map<string, CatalogEntry>();

  add(source: string, decl: PermissionDecl): void {
    const existing = this.entries.get(decl.id);
    if (existing) throw new Error(`permission ${decl.id} is declared by both ${existing.source} and ${source}`);
    const namespace = decl.id.split('.')[0];
    if (source !== 'core' && namespace !== source) {
      throw new Error(`module ${source} declares permission ${decl.id} outside its namespace "${source}."`);
    }
    this.entries.set(decl.id, { ...decl, source });
  }

  get(id: string): CatalogEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  list(): CatalogEntry[] {
    return [...this.entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  ofDuty(duty: Duty): CatalogEntry[] {
    return this.list().filter((e) => e.duty === duty);
  }

  titleOf(id: string): Text | undefined {
    return this.entries.get(id)?.title;
  }
}
