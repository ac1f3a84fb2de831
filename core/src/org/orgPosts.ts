import type { Knex } from 'knex';
import { notFound, outOfScope, unprocessable } from '../http/apiError.ts';
import { text } from '../i18n/text.ts';
import { scopeCovers, type DataScope } from '../access/dataScope.ts';
import { type AuditLog, type AuditSource, entryFrom } from '../audit/auditLog.ts';

/**
 * Posts (岗位): what a person is in a unit — 主要领导, 分管领导 (with the units in charge),
 * 部门负责人, 秘书, 收发员, 办公室主任, 工作人员. One person can hold posts in several units.
 */
export interface Post {
  id: string;
  userId: string;
  unit: { id: string; code: string; name: string; shortName: string };
  postType: string;
  postTypeName: string;
  title: string | null;
  isPrimary: boolean;
  chargeUnits: { id: string; code: string; name: string }[];
}

export interface PostInput {
  unitId: string;
  postType: string;
  title?: string | null;
  isPrimary?: boolean;
  chargeUnitIds?: string[];
}

export interface PostType {
  code: string;
  nameZh: string;
  nameEn: string;
  isLeader: boolean;
}

const postNotFound = () => notFound('org.post_not_found', text('岗位不存在', 'No such post'));

export class OrgPosts {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditLog,
  ) {}

  async types(): Promise<PostType[]> {
    const rows = await this.db('core_post_types').orderBy('sort_order');
    return rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, isLeader: r.is_leader }));
  }

  /** Posts of many users at once, grouped by user id. */
  async ofUsers(userIds: string[], trx: Knex | Knex.Transaction = this.db): Promise<Map<string, Post[]>> {
    const byUser = new Map<string, Post[]>();
    if (userIds.length === 0) return byUser;
    const rows = await trx('core_posts as p')
      .join('core_org_units as u', 'u.id', 'p.unit_id')
      .join('core_post_types as t', 't.code', 'p.post_type')
      .whereIn('p.user_id', userIds)
      .orderBy([{ column: 'p.is_primary', order: 'desc' }, { column: 'p.sort_order' }, { column: 't.sort_order' }])
      .select(
        'p.id',
        'p.user_id',
        'p.post_type',
        'p.title',
        'p.is_primary',
        'u.id as unit_id',
        'u.code as unit_code',
        'u.name as unit_name',
        'u.short_name as unit_short_name',
        't.name_zh',
      );
    const charges = rows.length
      ? await trx('core_post_charges as c')
          .join('core_org_units as u', 'u.id', 'c.unit_id')
          .whereIn(
            'c.post_id',
            rows.map((r) => r.id),
          )
          .orderBy('u.code')
          .select('c.post_id', 'u.id', 'u.code', 'u.name')
      : [];
    for (const r of rows) {
      const post: Post = {
        id: r.id,
        userId: r.user_id,
        unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name, shortName: r.unit_short_name },
        postType: r.post_type,
        postTypeName: r.name_zh,
        title: r.title,
        isPrimary: r.is_primary,
        chargeUnits: charges.filter((c) => c.post_id === r.id).map((c) => ({ id: c.id, code: c.code, name: c.name })),
      };
      byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), post]);
    }
    return byUser;
  }

  /** Adds a post inside the caller's transaction; validates unit, type and charged units. */
  async insertPost(trx: Knex.Transaction, userId: string, input: PostInput, scope: DataScope): Promise<string> {
    const unit = await trx('core_org_units').where({ id: input.unitId }).first('id', 'path');
    if (!unit) throw unprocessable('org.unit_not_found', text('岗位所在机构不存在', 'The unit of the post does not exist'), { unitId: input.unitId });
    if (!scopeCovers(scope, unit)) throw outOfScope();
    const type = await trx('core_post_types').where({ code: input.postType }).first('code');
    if (!type) throw unprocessable('org.post_type_unknown', text(`未知的岗位类型 ${input.postType}`, `Unknown post type ${input.postType}`));
    const charges = input.chargeUnitIds ?? [];
    if (charges.length && input.postType !== 'leader_in_charge' && input.postType !== 'principal_leader') {
      throw unprocessable('org.charges_for_leaders_only', text('只有领导岗位可以设置分管单位', 'Only leader posts have units in charge'));
    }
    const [post] = await trx('core_posts')
      .insert({ user_id: userId, unit_id: input.unitId, post_type: input.postType, title: input.title ?? null, is_primary: input.isPrimary ?? false })
      .onConflict(['user_id', 'unit_id', 'post_type'])
      .ignore()
      .returning('id');
    if (!post) throw unprocessable('org.post_exists', text('该人员在此机构已有此岗位', 'The person already holds this post in this unit'));
    await this.setCharges(trx, post.id, charges);
    if (input.isPrimary) await trx('core_posts').where({ user_id: userId }).whereNot({ id: post.id }).update({ is_primary: false });
    return post.id;
  }

  async add(userId: string, input: PostInput, scope: DataScope, source: AuditSource): Promise<Post> {
    return this.db.transaction(async (trx) => {
      const user = await trx('core_users').where({ id: userId, account_kind: 'regular' }).forUpdate().first('id');
      if (!user) throw notFound('org.user_not_found', text('人员不存在', 'No such person'));
      const id = await this.insertPost(trx, userId, input, scope);
      await this.audit.record(entryFrom(source, { action: 'org.post.create', target: { type: 'user', id: userId }, details: { postId: id, ...input } }), trx);
      return (await this.ofUsers([userId], trx)).get(userId)!.find((p) => p.id === id)!;
    });
  }

  async update(postId: string, patch: Omit<Partial<PostInput>, 'unitId' | 'postType'>, scope: DataScope, source: AuditSource): Promise<Post> {
    return this.db.transaction(async (trx) => {
      const post = await this.lockedInScope(trx, postId, scope);
      const changes: Record<string, unknown> = {};
      if (patch.title !== undefined) changes.title = patch.title;
      if (patch.isPrimary !== undefined) changes.is_primary = patch.isPrimary;
      if (Object.keys(changes).length) await trx('core_posts').where({ id: postId }).update(changes);
      if (patch.isPrimary) await trx('core_posts').where({ user_id: post.user_id }).whereNot({ id: postId }).update({ is_primary: false });
      if (patch.chargeUnitIds !== undefined) {
        if (patch.chargeUnitIds.length && post.post_type !== 'leader_in_charge' && post.post_type !== 'principal_leader') {
          throw unprocessable('org.charges_for_leaders_only', text('只有领导岗位可以设置分管单位', 'Only leader posts have units in charge'));
        }
        await trx('core_post_charges').where({ post_id: postId }).delete();
        await this.setCharges(trx, postId, patch.chargeUnitIds);
      }
      await this.audit.record(entryFrom(source, { action: 'org.post.update', target: { type: 'user', id: post.user_id }, details: { postId, ...patch } }), trx);
      return (await this.ofUsers([post.user_id], trx)).get(post.user_id)!.find((p) => p.id === postId)!;
    });
  }

  async remove(postId: string, scope: DataScope, source: AuditSource): Promise<void> {
    await this.db.transaction(async (trx) => {
      const post = await this.lockedInScope(trx, postId, scope);
      await trx('core_posts').where({ id: postId }).delete();
      await trx('core_sessions').where({ user_id: post.user_id, acting_unit_id: post.unit_id }).whereNull('ended_at').update({ acting_unit_id: null });
      await this.audit.record(
        entryFrom(source, {
          action: 'org.post.delete',
          target: { type: 'user', id: post.user_id },
          details: { postId, unitId: post.unit_id, postType: post.post_type },
        }),
        trx,
      );
    });
  }

  private async lockedInScope(trx: Knex.Transaction, postId: string, scope: DataScope) {
    const post = await trx('core_posts as p').join('core_org_units as u', 'u.id', 'p.unit_id').where('p.id', postId).forUpdate('p').first('p.*', 'u.path');
    if (!post) throw postNotFound();
    if (!scopeCovers(scope, { id: post.unit_id, path: post.path })) throw outOfScope();
    return post as { id: string; user_id: string; unit_id: string; post_type: string; path: string };
  }

  private async setCharges(trx: Knex.Transaction, postId: string, unitIds: string[]): Promise<void> {
    const unique = [...new Set(unitIds)];
    if (!unique.length) return;
    const found = await trx('core_org_units').whereIn('id', unique).pluck('id');
    const missing = unique.filter((id) => !found.includes(id));
    if (missing.length) throw unprocessable('org.unit_not_found', text('分管单位不存在', 'A unit in charge does not exist'), { unitIds: missing });
    await trx('core_post_charges').insert(unique.map((unitId) => ({ post_id: postId, unit_id: unitId })));
  }
}
