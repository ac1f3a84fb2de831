import type { Knex } from 'knex';
import { compileProcess, contentHash, parseBpmn, type ProcessGraph } from '@kunlun/workflows';
import { Reachability } from '../runtime/reachability.ts';

/**
 * Process definitions, by key and version. Each version keeps its XML, its compiled graph and
 * its content hash; one version per key is published (the one new instances start on), older
 * published ones are retired, and running instances stay on the version they started on.
 */
export interface Definition {
  id: string;
  key: string;
  version: number;
  name: string;
  module: string | null;
  state: 'draft' | 'published' | 'retired';
  lineage: 'base' | 'fork' | 'import';
  contentHash: string;
  baseHash: string | null;
  graph: ProcessGraph;
  reach: Reachability;
  createdAt: Date;
  publishedAt: Date | null;
}

interface DefinitionRow {
  id: string;
  key: string;
  version: number;
  name: string;
  module: string | null;
  state: Definition['state'];
  lineage: Definition['lineage'];
  content_hash: string;
  base_hash: string | null;
  graph: ProcessGraph | string;
  created_at: Date;
  published_at: Date | null;
}

export interface DeployOptions {
  state: 'draft' | 'published';
  lineage: Definition['lineage'];
  baseHash?: string | null;
  createdBy?: string | null;
}

/** What a definition row is read as (everything but its XML, which is read on its own). */
const DEFINITION_COLUMNS = ['id', 'key', 'version', 'name', 'module', 'state', 'lineage', 'content_hash', 'base_hash', 'graph', 'created_at', 'published_at'];

export class DefinitionStore {
  /** Compiled definitions never change: cache them by id for the life of the process. */
  private readonly cache = new Map<string, Definition>();

  constructor(private readonly db: Knex) {}

  private toDefinition(row: DefinitionRow): Definition {
    const cached = this.cache.get(row.id);
    if (cached && cached.state === row.state) return cached;
    const graph = typeof row.graph === 'string' ? (JSON.parse(row.graph) as ProcessGraph) : row.graph;
    const definition: Definition = {
      id: row.id,
      key: row.key,
      version: row.version,
      name: row.name,
      module: row.module,
      state: row.state,
      lineage: row.lineage,
      contentHash: row.content_hash,
      baseHash: row.base_hash,
      graph,
      reach: cached?.reach ?? new Reachability(graph),
      createdAt: row.created_at,
      publishedAt: row.published_at,
    };
    this.cache.set(row.id, definition);
    return definition;
  }

  async byId(id: string, trx: Knex | Knex.Transaction = this.db): Promise<Definition | undefined> {
    const cached = this.cache.get(id);
    if (cached && cached.state !== 'published') return cached;
    const row = await trx('engine_definitions').where({ id }).first<DefinitionRow | undefined>(DEFINITION_COLUMNS);
    return row ? this.toDefinition(row) : undefined;
  }

  /** Cached graph for an instance's definition: versions never change once stored. */
  async graphOf(id: string, trx: Knex | Knex.Transaction = this.db): Promise<Definition> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const found = await this.byId(id, trx);
    if (!found) throw new Error(`definition ${id} does not exist`);
    return found;
  }

  async published(key: string, trx: Knex | Knex.Transaction = this.db): Promise<Definition | undefined> {
    const row = await trx('engine_definitions').where({ key, state: 'published' }).first<DefinitionRow | undefined>(DEFINITION_COLUMNS);
    return row ? this.toDefinition(row) : undefined;
  }

  async listPublished(trx: Knex | Knex.Transaction = this.db): Promise<Definition[]> {
    const rows: DefinitionRow[] = await trx('engine_definitions').where({ state: 'published' }).orderBy('key').select(DEFINITION_COLUMNS);
    return rows.map((r) => this.toDefinition(r));
  }

  async xmlOf(id: string): Promise<string | undefined> {
    return (await this.db('engine_definitions').where({ id }).first('xml'))?.xml;
  }

  /**
   * Stores a new version (parse and compile first: a definition that cannot run is refused with
   * ProcessCompileError or BpmnFormatError). Publishing retires the previously published version.
   */
  async deploy(xml: string, opts: DeployOptions, trx?: Knex.Transaction): Promise<Definition> {
    const graph = compileProcess(await parseBpmn(xml));
    const hash = await contentHash(xml);
    const run = async (t: Knex.Transaction) => {
      await t.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`engine.definition:${graph.key}`]);
      const latest = await t('engine_definitions').where({ key: graph.key }).orderBy('version', 'desc').first('version');
      const version = (latest?.version ?? 0) + 1;
      if (opts.state === 'published') {
        await t('engine_definitions').where({ key: graph.key, state: 'published' }).update({ state: 'retired' });
      }
      const [row] = await t('engine_definitions')
        .insert({
          key: graph.key,
          version,
          name: graph.name,
          module: graph.key.split('.')[0],
          xml,
          graph: JSON.stringify(graph),
          content_hash: hash,
          state: opts.state,
          lineage: opts.lineage,
          base_hash: opts.baseHash ?? null,
          created_by: opts.createdBy ?? null,
          published_at: opts.state === 'published' ? t.fn.now() : null,
        })
        .returning(DEFINITION_COLUMNS);
      return this.toDefinition(row);
    };
    return trx ? run(trx) : this.db.transaction(run);
  }
}
