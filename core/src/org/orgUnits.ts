import type { Knex } from 'knex';
import { conflict, notFound, outOfScope, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { countRows } from '../db/database.ts';
import { scopeCovers, type DataScope } from '../access/dataScope.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';
import { unitPlacementProblems, type UnitKind, type UnitLevel } from './unitRules.ts';
import { orderUnits } from './unitOrder.ts';

/** An organization unit as the API shows it. */
export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  name: string;
  shortName: string;
  docPrefix: string | null;
  sortOrder: number;
  depth: number;
  status: 'active' | 'disabled';
  childCount?: number;
}

export interface UnitRow {
  id: string;
  parent_id: string | null;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  name: string;
  short_name: string;
  doc_prefix: string | null;
  sort_order: number;
  path: string;
  depth: number;
  status: 'active' | 'disabled';
  child_count?: number | string;
}

export function toOrgUnit(row: UnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    kind: row.kind,
    level: row.level,
    name: row.name,
    shortName: row.short_name,
    docPrefix: row.doc_prefix,
    sortOrder: row.sort_order,
    depth: row.depth,
    status: row.status,
    ...(row.child_count !== undefined ? { childCount: Number(row.child_count) } : {}),
  };
}

export interface UnitInput {
  parentId: string | null;
  code: string;
  kind: UnitKind;
  level: UnitLevel;
  name: string;
  shortName: string;
  docPrefix?: string | null;
  sortOrder?: number;
  status?: 'active' | 'disabled';
}

export interface UnitListFilter {
  parentId?: string;
  rootsOnly?: boolean;
  under?: string;
  keyword?: string;
  level?: UnitLevel;
  kind?: UnitKind;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

const unitNotFound = () => notFound('org.unit_not_found', text('组织机构不存在', 'No such organization unit'));

/** Units of the organization tree: reading, creating, changing, moving and removing them. */
export class OrgUnits {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditLog,
  ) {}

  async rowById(id: string, trx: Knex | Knex.Transaction = this.db): Promise<UnitRow | undefined> {
    return trx('core_org_units').where({ id }).first();
  }

  async rowByCode(code: string, trx: Knex | Knex.Transaction = this.db): Promise<UnitRow | undefined> {
    return trx('core_org_units').where({ code }).first();
  }

  async get(id: string): Promise<OrgUnit & { ancestors: Pick<OrgUnit, 'id' | 'code' | 'name' | 'shortName'>[] }> {
    const row = await this.db('core_org_units as u')
      .where('u.id', id)
      .select('u.*', this.db.raw('(select count(*) from core_org_units c where c.parent_id = u.id) as child_count'))
      .first();
    if (!row) throw unitNotFound();
    const ancestorIds = row.path.split('/').filter(Boolean).slice(0, -1);
    const ancestors: UnitRow[] = ancestorIds.length ? await this.db('core_org_units').whereIn('id', ancestorIds).orderBy('depth') : [];
    return { ...toOrgUnit(row), ancestors: ancestors.map((a) => ({ id: a.id, code: a.code, name: a.name, shortName: a.short_name })) };
  }

  async list(filter: UnitListFilter): Promise<{ items: OrgUnit[]; total: number }> {
    const q = this.db('core_org_units as u');
    if (filter.parentId) q.where('u.parent_id', filter.parentId);
    if (filter.rootsOnly) q.whereNull('u.parent_id');
    if (filter.under) {
      const anchor = await this.rowById(filter.under);
      if (!anchor) throw unitNotFound();
      q.where('u.path', 'like', `${anchor.path}%`).whereNot('u.id', anchor.id);
    }
    if (filter.keyword) {
      const like = `%${filter.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q.where((w) => w.whereILike('u.name', like).orWhereILike('u.short_name', like).orWhereILike('u.code', like));
    }
    if (filter.level) q.where('u.level', filter.level);
    if (filter.kind) q.where('u.kind', filter.kind);
    if (filter.status) q.where('u.status', filter.status);
    const total = await countRows(q);
    const rows: UnitRow[] = await orderUnits(q.select('u.*', this.db.raw('(select count(*) from core_org_units c where c.parent_id = u.id) as child_count')))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return { items: rows.map(toOrgUnit), total };
  }

  async create(input: UnitInput, scope: DataScope, source: AuditSource): Promise<OrgUnit> {
    return this.db.transaction(async (trx) => {
      const parent = input.parentId ? ((await this.rowById(input.parentId, trx)) ?? null) : null;
      if (input.parentId && !parent) throw unprocessable('org.parent_not_found', text('上级机构不存在', 'The parent unit does not exist'));
      this.assertInScope(scope, parent);
      this.assertPlacement(input, parent ?? null);
      const row = await this.insertUnit(trx, input, parent ?? null);
      await this.audit.record(
        entryFrom(source, { action: 'org.unit.create', target: { type: 'org_unit', id: row.id }, details: { code: row.code, name: row.name } }),
        trx,
      );
      return toOrgUnit(row);
    });
  }

  /** Inserts one unit under an already loaded parent; shared by create and the importer. */
  async insertUnit(trx: Knex.Transaction, input: UnitInput, parent: UnitRow | null): Promise<UnitRow> {
    const [inserted] = await trx('core_org_units')
      .insert({
        parent_id: parent?.id ?? null,
        code: input.code,
        kind: input.kind,
        level: input.level,
        name: input.name,
        short_name: input.shortName,
        doc_prefix: input.docPrefix ?? null,
        sort_order: input.sortOrder ?? 0,
        status: input.status ?? 'active',
        path: '/',
        depth: parent ? parent.depth + 1 : 0,
      })
      .onConflict('code')
      .ignore()
      .returning('*');
    if (!inserted)
      throw conflict('org.unit_code_taken', text(`机构编码 ${input.code} 已被使用`, `Unit code ${input.code} is already used`), { code: input.code });
    const path = `${parent?.path ?? '/'}${inserted.id}/`;
    await trx('core_org_units').where({ id: inserted.id }).update({ path });
    return { ...inserted, path };
  }

  async update(id: string, patch: Partial<UnitInput>, scope: DataScope, source: AuditSource): Promise<OrgUnit> {
    return this.db.transaction(async (trx) => {
      const current = await trx('core_org_units').where({ id }).forUpdate().first<UnitRow>();
      if (!current) throw unitNotFound();
      this.assertInScope(scope, current);
      const moving = patch.parentId !== undefined && patch.parentId !== current.parent_id;
      const parent = moving
        ? patch.parentId
          ? await this.rowById(patch.parentId, trx)
          : null
        : current.parent_id
          ? await this.rowById(current.parent_id, trx)
          : null;
      if (moving && patch.parentId && !parent) throw unprocessable('org.parent_not_found', text('上级机构不存在', 'The parent unit does not exist'));
      if (moving) {
        this.assertInScope(scope, parent ?? null);
        if (parent && parent.path.startsWith(current.path)) {
          throw unprocessable('org.unit_cycle', text('不能把机构移到它自己的下级之下', 'A unit cannot move under its own descendant'));
        }
      }
      const next = { code: patch.code ?? current.code, kind: patch.kind ?? current.kind, level: patch.level ?? current.level };
      if (moving || next.code !== current.code || next.kind !== current.kind || next.level !== current.level) {
        this.assertPlacement(next, parent ?? null);
        const hasChildren = await trx('core_org_units').where({ parent_id: id }).first('id');
        if (hasChildren && (next.code !== current.code || next.level !== current.level || next.kind !== current.kind)) {
          throw unprocessable(
            'org.unit_has_children',
            text('该机构有下级机构，不能修改编码、类型或级别', 'A unit with sub-units cannot change its code, kind or level'),
          );
        }
      }
      const changes: Record<string, unknown> = { updated_at: trx.fn.now() };
      if (patch.code !== undefined) changes.code = patch.code;
      if (patch.kind !== undefined) changes.kind = patch.kind;
      if (patch.level !== undefined) changes.level = patch.level;
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.shortName !== undefined) changes.short_name = patch.shortName;
      if (patch.docPrefix !== undefined) changes.doc_prefix = patch.docPrefix;
      if (patch.sortOrder !== undefined) changes.sort_order = patch.sortOrder;
      if (patch.status !== undefined) changes.status = patch.status;
      if (patch.code !== undefined && patch.code !== current.code) {
        const taken = await trx('core_org_units').where({ code: patch.code }).whereNot({ id }).first('id');
        if (taken)
          throw conflict('org.unit_code_taken', text(`机构编码 ${patch.code} 已被使用`, `Unit code ${patch.code} is already used`), { code: patch.code });
      }
      if (moving) {
        const newPath = `${parent?.path ?? '/'}${id}/`;
        const depthDelta = (parent ? parent.depth + 1 : 0) - current.depth;
        changes.parent_id = parent?.id ?? null;
        await trx('core_org_units')
          .where('path', 'like', `${current.path}%`)
          .update({ path: trx.raw('? || substr(path, ?)', [newPath, current.path.length + 1]), depth: trx.raw('depth + ?', [depthDelta]) });
      }
      const [row] = await trx('core_org_units').where({ id }).update(changes).returning('*');
      await this.audit.record(
        entryFrom(source, { action: moving ? 'org.unit.move' : 'org.unit.update', target: { type: 'org_unit', id }, details: { changes: patch } }),
        trx,
      );
      return toOrgUnit(row);
    });
  }

  async remove(id: string, scope: DataScope, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      const current = await trx('core_org_units').where({ id }).forUpdate().first<UnitRow>();
      if (!current) throw unitNotFound();
      this.assertInScope(scope, current);
      const child = await trx('core_org_units').where({ parent_id: id }).first('id');
      const post = await trx('core_posts').where({ unit_id: id }).first('id');
      if (child || post) {
        throw conflict(
          'org.unit_not_empty',
          text('该机构下还有下级机构或人员，不能删除；可改为停用', 'The unit still has sub-units or people; disable it instead'),
        );
      }
      await trx('core_org_units').where({ id }).delete();
      await this.audit.record(
        entryFrom(source, { action: 'org.unit.delete', target: { type: 'org_unit', id }, details: { code: current.code, name: current.name } }),
        trx,
      );
    });
  }

  private assertInScope(scope: DataScope, unit: UnitRow | null): void {
    const ok = unit ? scopeCovers(scope, unit) : scope.all;
    if (!ok) throw outOfScope();
  }

  private assertPlacement(unit: { code: string; kind: UnitKind; level: UnitLevel }, parent: UnitRow | null): void {
    const problems = unitPlacementProblems(unit, parent);
    if (problems.length) {
      throw unprocessable('org.unit_placement', text(problems.map((p) => p.message['zh-CN']).join('；'), problems.map((p) => p.message.en).join('; ')), {
        problems: problems.map((p) => ({ field: p.field, message: p.message['zh-CN'] })),
      });
    }
  }
}
