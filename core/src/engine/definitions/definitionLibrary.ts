import fs from 'node:fs';
import type { Knex } from 'knex';
import {
  compileProcess,
  contentHash,
  executableProcess,
  lintDefinition,
  mergeDefinitions,
  parseBpmn,
  BpmnFormatError,
  ProcessCompileError,
  type LintReport,
  type MergeConflict,
} from '@kunlun/workflows';
import { ApiError, conflict, notFound, unprocessable } from '../../http/apiError.ts';
import { text } from '../../i18n/text.ts';
import { baseDefinitionFile } from './baseDefinitions.ts';
import { armStartTimers } from '../timers/startTimers.ts';
import type { DefinitionStore } from './definitionStore.ts';

/**
 * The installation's process library: every key's versions (base as shipped, or forked and
 * edited here, or imported), one draft at a time per key, publishing only what lints clean, and
 * the upgrade flow when the suite ships new base files — untouched keys are offered for
 * adoption, forked ones get a three-way merge proposal (base as forked, base as shipped now,
 * the fork) with its conflicts listed for the designer.
 */
export type KeyStatus = 'base' | 'forked' | 'local' | 'upstream-changed' | 'merge-clean' | 'conflicts';

export interface VersionInfo {
  id: string;
  key: string;
  version: number;
  name: string;
  state: 'draft' | 'published' | 'retired';
  lineage: 'base' | 'fork' | 'import';
  contentHash: string;
  baseHash: string | null;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
}

export interface KeyInfo {
  key: string;
  name: string;
  module: string | null;
  status: KeyStatus;
  published: VersionInfo | null;
  draft: VersionInfo | null;
  shippedHash: string | null;
  conflicts: number;
}

export interface LintRegistry {
  forms: string[];
  serviceTasks: string[];
}

interface Row {
  id: string;
  key: string;
  version: number;
  name: string;
  module: string | null;
  state: VersionInfo['state'];
  lineage: VersionInfo['lineage'];
  content_hash: string;
  base_hash: string | null;
  created_at: Date;
  published_at: Date | null;
  updated_at: Date;
  xml?: string;
}

const COLUMNS = ['id', 'key', 'version', 'name', 'module', 'state', 'lineage', 'content_hash', 'base_hash', 'created_at', 'published_at', 'updated_at'];
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toInfo = (r: Row): VersionInfo => ({
  id: r.id,
  key: r.key,
  version: r.version,
  name: r.name,
  state: r.state,
  lineage: r.lineage,
  contentHash: r.content_hash,
  baseHash: r.base_hash,
  createdAt: iso(r.created_at)!,
  publishedAt: iso(r.published_at),
  updatedAt: iso(r.updated_at)!,
});

const versionNotFound = () => notFound('definitions.version_not_found', text('流程定义版本不存在', 'No such definition version'));

/** Parses an uploaded or edited definition, turning format problems into API errors. */
export async function readDefinitionXml(xml: string): Promise<{ key: string; name: string; hash: string }> {
  let parsed;
  try {
    parsed = await parseBpmn(xml);
  } catch (err) {
    if (err instanceof BpmnFormatError) {
      throw new ApiError(err.code === 'too_large' ? 413 : 422, `definitions.${err.code}`, text(err.message, err.message));
    }
    throw err;
  }
  const process = executableProcess(parsed);
  if (!('$type' in process)) throw unprocessable('definitions.no_process', text(process.message, process.message));
  return { key: process.id!, name: process.name ?? process.id!, hash: await contentHash(xml) };
}

export class DefinitionLibrary {
  constructor(
    private readonly db: Knex,
    private readonly store: DefinitionStore,
    private readonly baseDir: string,
    private readonly registry: () => LintRegistry,
    /** Keys the enabled modules ship as base definitions. */
    private readonly shippedKeys: () => string[],
  ) {}

  private shippedXml(key: string): string | null {
    const file = baseDefinitionFile(this.baseDir, key);
    return this.shippedKeys().includes(key) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }

  async keys(): Promise<KeyInfo[]> {
    const rows: Row[] = await this.db('engine_definitions').whereIn('state', ['draft', 'published']).select(COLUMNS);
    const keys = [...new Set([...rows.map((r) => r.key), ...this.shippedKeys()])].sort();
    return Promise.all(
      keys.map((key) =>
        this.keyInfo(
          key,
          rows.filter((r) => r.key === key),
        ),
      ),
    );
  }

  async key(key: string): Promise<KeyInfo> {
    const rows: Row[] = await this.db('engine_definitions').where({ key }).whereIn('state', ['draft', 'published']).select(COLUMNS);
    if (!rows.length && !this.shippedKeys().includes(key)) throw notFound('definitions.key_not_found', text('流程不存在', 'No such process'));
    return this.keyInfo(key, rows);
  }

  private async keyInfo(key: string, rows: Row[]): Promise<KeyInfo> {
    const published = rows.find((r) => r.state === 'published') ?? null;
    const draft = rows.find((r) => r.state === 'draft') ?? null;
    const shipped = this.shippedXml(key);
    const shippedHash = shipped ? await contentHash(shipped) : null;
    let status: KeyStatus;
    let conflicts = 0;
    if (!published) status = shipped ? 'upstream-changed' : 'local';
    else if (!shippedHash) status = published.lineage === 'base' ? 'base' : 'local';
    else if (published.lineage === 'base') status = published.content_hash === shippedHash ? 'base' : 'upstream-changed';
    else if (published.base_hash === shippedHash) status = 'forked';
    else {
      const proposal = await this.mergeProposal(key).catch(() => null);
      conflicts = proposal ? proposal.conflicts.length : 1;
      status = conflicts ? 'conflicts' : 'merge-clean';
    }
    const head = published ?? draft;
    return {
      key,
      name: head?.name ?? key,
      module: head?.module ?? key.split('.')[0] ?? null,
      status,
      published: published ? toInfo(published) : null,
      draft: draft ? toInfo(draft) : null,
      shippedHash,
      conflicts,
    };
  }

  async versions(key: string): Promise<VersionInfo[]> {
    const rows: Row[] = await this.db('engine_definitions').where({ key }).orderBy('version', 'desc').select(COLUMNS);
    return rows.map(toInfo);
  }

  async version(id: string): Promise<VersionInfo & { xml: string }> {
    const row: Row | undefined = await this.db('engine_definitions')
      .where({ id })
      .first([...COLUMNS, 'xml']);
    if (!row) throw versionNotFound();
    return { ...toInfo(row), xml: row.xml! };
  }

  /** Starts editing a key: its draft, made from the published version when there is none. */
  async fork(key: string, actorId: string | null): Promise<VersionInfo> {
    return this.db.transaction(async (trx) => {
      await this.lockKey(trx, key);
      const existing: Row | undefined = await trx('engine_definitions').where({ key, state: 'draft' }).first(COLUMNS);
      if (existing) return toInfo(existing);
      const published = await trx('engine_definitions')
        .where({ key, state: 'published' })
        .first([...COLUMNS, 'xml']);
      if (!published) throw notFound('definitions.key_not_found', text('没有可复制的已发布版本', 'No published version to fork'));
      return this.insertDraft(trx, {
        key,
        name: published.name,
        xml: published.xml,
        lineage: published.lineage === 'import' ? 'import' : 'fork',
        baseHash: published.lineage === 'base' ? published.content_hash : published.base_hash,
        actorId,
      });
    });
  }

  /** Saves the draft's XML (it must parse; it need not compile yet). */
  async saveDraft(id: string, xml: string, actorId: string | null): Promise<VersionInfo> {
    const read = await readDefinitionXml(xml);
    return this.db.transaction(async (trx) => {
      const row: Row | undefined = await trx('engine_definitions').where({ id }).forUpdate().first(COLUMNS);
      if (!row) throw versionNotFound();
      if (row.state !== 'draft') throw conflict('definitions.not_draft', text('只能修改草稿', 'Only drafts can be edited'));
      if (read.key !== row.key)
        throw unprocessable('definitions.key_changed', text(`流程标识必须保持为 ${row.key}`, `The process id must stay ${row.key}`), { key: read.key });
      const [updated] = await trx('engine_definitions')
        .where({ id })
        .update({ xml, name: read.name, content_hash: read.hash, graph: null, updated_at: trx.fn.now(), updated_by: actorId })
        .returning(COLUMNS);
      return toInfo(updated);
    });
  }

  async lint(xml: string): Promise<LintReport> {
    return lintDefinition(xml, { registry: this.registry() });
  }

  /** Publishes a draft when it lints without errors; the version published before is retired. */
  async publish(id: string, actorId: string | null): Promise<VersionInfo> {
    const draft = await this.version(id);
    if (draft.state !== 'draft') throw conflict('definitions.not_draft', text('只能发布草稿', 'Only drafts can be published'));
    const report = await this.lint(draft.xml);
    if (report.errorCount) {
      throw unprocessable(
        'definitions.lint_failed',
        text(`流程检查发现 ${report.errorCount} 个错误，不能发布`, `${report.errorCount} lint error(s): not published`),
        {
          problems: report.problems.filter((p) => p.category === 'error'),
        },
      );
    }
    let graph;
    try {
      graph = compileProcess(await parseBpmn(draft.xml));
    } catch (err) {
      if (err instanceof ProcessCompileError)
        throw unprocessable('definitions.cannot_run', text('流程不能执行', 'The process cannot run'), { problems: err.problems });
      throw err;
    }
    const info = await this.db.transaction(async (trx) => {
      await this.lockKey(trx, draft.key);
      await trx('engine_definitions').where({ key: draft.key, state: 'published' }).update({ state: 'retired' });
      const [row] = await trx('engine_definitions')
        .where({ id, state: 'draft' })
        .update({ state: 'published', graph: JSON.stringify(graph), published_at: trx.fn.now(), updated_at: trx.fn.now(), updated_by: actorId })
        .returning(COLUMNS);
      if (!row) throw conflict('definitions.not_draft', text('只能发布草稿', 'Only drafts can be published'));
      const definition = await this.store.byId(id, trx);
      await armStartTimers(trx, definition!);
      return toInfo(row);
    });
    return info;
  }

  /** Takes the shipped base file of an untouched key as its new published version. */
  async adopt(key: string, actorId: string | null): Promise<VersionInfo> {
    const shipped = this.shippedXml(key);
    if (!shipped) throw notFound('definitions.no_base', text('此流程没有随系统发布的基础版本', 'This process has no shipped base version'));
    const info = await this.key(key);
    if (info.published && info.published.lineage !== 'base') {
      throw conflict('definitions.forked', text('此流程已被本地修改，请使用合并', 'This process has been forked here; merge instead'));
    }
    const hash = await contentHash(shipped);
    if (info.published?.contentHash === hash) return info.published;
    const definition = await this.db.transaction(async (trx) => {
      const d = await this.store.deploy(shipped, { state: 'published', lineage: 'base', baseHash: hash, createdBy: actorId }, trx);
      await armStartTimers(trx, d);
      return d;
    });
    return (await this.versions(key)).find((v) => v.id === definition.id)!;
  }

  /** The three-way merge of a forked key with the newly shipped base: merged XML and conflicts. */
  async mergeProposal(
    key: string,
  ): Promise<{ baseXml: string; upstreamXml: string; forkXml: string; mergedXml: string; conflicts: MergeConflict[]; applied: unknown[] }> {
    const shipped = this.shippedXml(key);
    if (!shipped) throw notFound('definitions.no_base', text('此流程没有随系统发布的基础版本', 'This process has no shipped base version'));
    const fork = (await this.db('engine_definitions')
      .where({ key })
      .whereIn('state', ['draft', 'published'])
      .orderBy('version', 'desc')
      .first('xml', 'base_hash', 'lineage')) as { xml: string; base_hash: string | null; lineage: string } | undefined;
    if (!fork || fork.lineage === 'base')
      throw conflict('definitions.not_forked', text('此流程没有本地修改，可直接采用新版本', 'Not forked: adopt the new base instead'));
    const base = await this.db('engine_definitions').where({ key, content_hash: fork.base_hash, lineage: 'base' }).first('xml');
    if (!base)
      throw unprocessable('definitions.base_unknown', text('找不到此修改所依据的基础版本，无法合并', 'The base this fork came from is unknown; cannot merge'));
    const merged = await mergeDefinitions(base.xml, shipped, fork.xml);
    return { baseXml: base.xml, upstreamXml: shipped, forkXml: fork.xml, mergedXml: merged.xml, conflicts: merged.conflicts, applied: merged.applied };
  }

  /** Stores the (resolved) merge as the key's draft, now based on the shipped base. */
  async acceptMerge(key: string, xml: string, actorId: string | null): Promise<VersionInfo> {
    const shipped = this.shippedXml(key);
    if (!shipped) throw notFound('definitions.no_base', text('此流程没有随系统发布的基础版本', 'This process has no shipped base version'));
    const read = await readDefinitionXml(xml);
    if (read.key !== key) throw unprocessable('definitions.key_changed', text(`流程标识必须保持为 ${key}`, `The process id must stay ${key}`));
    const baseHash = await contentHash(shipped);
    return this.db.transaction(async (trx) => {
      await this.lockKey(trx, key);
      await trx('engine_definitions').where({ key, state: 'draft' }).delete();
      // The shipped base is kept as a (retired) base version: the next merge needs it as its base.
      const known = await trx('engine_definitions').where({ key, content_hash: baseHash, lineage: 'base' }).first('id');
      if (!known) await this.insertVersion(trx, { key, name: read.name, xml: shipped, lineage: 'base', baseHash, actorId, state: 'retired' });
      return this.insertDraft(trx, { key, name: read.name, xml, lineage: 'fork', baseHash, actorId });
    });
  }

  /** Imports a .bpmn file as the key's draft (a fork kept in version control, or a new local process). */
  async importXml(xml: string, actorId: string | null): Promise<VersionInfo> {
    const read = await readDefinitionXml(xml);
    try {
      compileProcess(await parseBpmn(xml));
    } catch (err) {
      if (err instanceof ProcessCompileError) {
        throw unprocessable('definitions.cannot_run', text('导入的流程包含引擎不能执行的内容', 'The imported process contains what the engine cannot run'), {
          problems: err.problems,
        });
      }
      throw err;
    }
    return this.db.transaction(async (trx) => {
      await this.lockKey(trx, read.key);
      const published = await trx('engine_definitions').where({ key: read.key, state: 'published' }).first('lineage', 'content_hash', 'base_hash');
      const baseHash = published ? (published.lineage === 'base' ? published.content_hash : published.base_hash) : null;
      await trx('engine_definitions').where({ key: read.key, state: 'draft' }).delete();
      return this.insertDraft(trx, { key: read.key, name: read.name, xml, lineage: published ? 'fork' : 'import', baseHash, actorId });
    });
  }

  private async lockKey(trx: Knex.Transaction, key: string): Promise<void> {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`engine.definition:${key}`]);
  }

  private insertDraft(
    trx: Knex.Transaction,
    v: { key: string; name: string; xml: string; lineage: VersionInfo['lineage']; baseHash: string | null; actorId: string | null },
  ): Promise<VersionInfo> {
    return this.insertVersion(trx, { ...v, state: 'draft' });
  }

  private async insertVersion(
    trx: Knex.Transaction,
    v: { key: string; name: string; xml: string; lineage: VersionInfo['lineage']; baseHash: string | null; actorId: string | null; state: 'draft' | 'retired' },
  ): Promise<VersionInfo> {
    const latest = await trx('engine_definitions').where({ key: v.key }).max<{ m: number | null }[]>('version as m');
    const graph = v.state === 'draft' ? null : JSON.stringify(compileProcess(await parseBpmn(v.xml)));
    const [row] = await trx('engine_definitions')
      .insert({
        key: v.key,
        version: Number(latest[0]?.m ?? 0) + 1,
        name: v.name,
        module: v.key.split('.')[0],
        xml: v.xml,
        graph,
        content_hash: await contentHash(v.xml),
        state: v.state,
        lineage: v.lineage,
        base_hash: v.baseHash,
        created_by: v.actorId,
        updated_by: v.actorId,
      })
      .returning(COLUMNS);
    return toInfo(row);
  }
}
