import fs from 'node:fs';
import {
  BpmnFormatError,
  diffDefinitions,
  isEmptyDiff,
  lintDefinition,
  mergeDefinitions,
  parseBpmn,
  type DefinitionDiff,
  type ParsedBpmn,
} from '@kunlun/workflows';
import { UsageError, type Command } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { createLogger } from '../../log/logger.ts';
import { createRuntime, type Runtime } from '../../runtime/kunlunRuntime.ts';
import { ApiError } from '../../http/apiError.ts';

const usage = `Usage: kunlun workflows <action> …

On plain files (no database):
  diff A.bpmn B.bpmn [--json]                 semantic differences; exit 0 when the same, 1 when different
  lint FILE.bpmn [--json]                     the checks publishing runs; exit 0 without errors, 1 with errors
  merge BASE.bpmn UPSTREAM.bpmn FORK.bpmn -o OUT.bpmn [--json]
                                              three-way merge; exit 0 when clean, 1 with conflicts

On this installation's process library:
  status                                      every process: base / forked / upstream changed / merge clean / conflicts
  fork KEY                                    start a draft from the published version
  import FILE.bpmn                            make FILE the draft of its process
  export KEY [-o FILE] [--version N]          write the published (or given) version
  publish KEY                                 lint and publish the draft of KEY
  adopt KEY                                   take the newly shipped base of an untouched process
  upgrade-merge KEY [-o OUT.bpmn] [--save] [--json]
                                              merge the fork of KEY with the new shipped base; --save stores a clean merge as the draft
  migrate --from ID --to ID [--map a=b,c=d] [--instances ID,…]
                                              move running instances to another version`;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function describeDiff(diff: DefinitionDiff): string[] {
  const lines: string[] = [];
  for (const a of diff.added) lines.push(`+ ${a.type} ${a.id}${a.name ? ` 「${a.name}」` : ''}`);
  for (const r of diff.removed) lines.push(`- ${r.type} ${r.id}${r.name ? ` 「${r.name}」` : ''}`);
  for (const c of diff.changed)
    for (const change of c.attributes) lines.push(`~ ${c.id}.${change.attribute}: ${JSON.stringify(change.old)} → ${JSON.stringify(change.new)}`);
  for (const w of diff.rewired)
    lines.push(`↪ ${w.id}: ${w.source ? `from ${w.source.old} to ${w.source.new} ` : ''}${w.target ? `→ ${w.target.old} to ${w.target.new}` : ''}`);
  for (const l of diff.layout) lines.push(`▭ ${l.bpmnElement ?? l.id} moved${l.layoutOnly ? '' : ' (and changed)'}`);
  return lines;
}

async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const rt = await createRuntime(config, { role: 'cli', redis: false, log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  try {
    return await fn(rt);
  } catch (err) {
    if (err instanceof ApiError)
      throw new UsageError(`${err.text['zh-CN']} / ${err.text.en}${Object.keys(err.details).length ? `\n${JSON.stringify(err.details, null, 2)}` : ''}`);
    throw err;
  } finally {
    await rt.close();
  }
}

/** The one-line usage of an action, for a wrong command line. */
const usageOf = (action: string) => {
  const line = usage.split('\n').find((l) => l.trimStart().startsWith(`${action} `));
  return new UsageError(
    `用法 / usage: kunlun workflows ${line ? line.trim().split(/\s{2,}/)[0] : '<action> …'} — 运行 kunlun workflows --help 查看全部 / run kunlun workflows --help for all actions`,
  );
};

const read = (file: string | undefined, action: string) => {
  if (!file) throw usageOf(action);
  if (!fs.existsSync(file)) throw new UsageError(`文件不存在 / no such file: ${file}`);
  return fs.readFileSync(file, 'utf8');
};

/** Reads and parses a BPMN file; a refusal (DOCTYPE, truncated, not BPMN …) names the file. */
async function readBpmn(file: string | undefined, action: string): Promise<ParsedBpmn> {
  const xml = read(file, action);
  try {
    return await parseBpmn(xml);
  } catch (err) {
    if (err instanceof BpmnFormatError) throw new BpmnFormatError(err.code, `${file}: ${err.message}`);
    throw err;
  }
}

export const workflowsCommand: Command = {
  name: 'workflows',
  summary: 'process library: status, fork, diff, merge, lint, publish, export, import, migrate',
  usage,
  options: {
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    version: { type: 'string' },
    save: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    map: { type: 'string' },
    instances: { type: 'string' },
  },
  async run({ positionals, values }) {
    const [action, ...args] = positionals;
    const json = values.json === true;
    switch (action) {
      case 'diff': {
        if (args.length !== 2) throw usageOf('diff');
        const diff = await diffDefinitions(await readBpmn(args[0], 'diff'), await readBpmn(args[1], 'diff'));
        if (json) say(JSON.stringify(diff, null, 2));
        else say(isEmptyDiff(diff) ? 'No differences.' : describeDiff(diff).join('\n'));
        return isEmptyDiff(diff) ? 0 : 1;
      }
      case 'merge': {
        if (args.length !== 3 || typeof values.output !== 'string') throw usageOf('merge');
        const merged = await mergeDefinitions(await readBpmn(args[0], 'merge'), await readBpmn(args[1], 'merge'), await readBpmn(args[2], 'merge'));
        fs.writeFileSync(values.output, merged.xml);
        if (json) say(JSON.stringify({ conflicts: merged.conflicts, applied: merged.applied }, null, 2));
        else {
          say(`${merged.applied.length} change(s) applied, ${merged.conflicts.length} conflict(s); written to ${values.output}`);
          for (const c of merged.conflicts)
            say(
              `! ${c.kind} ${c.elementId}${c.attribute ? `.${c.attribute}` : ''}: upstream ${JSON.stringify(c.upstream)} / fork ${JSON.stringify(c.fork)} (kept the fork's)`,
            );
        }
        return merged.conflicts.length ? 1 : 0;
      }
      case 'lint': {
        if (args.length !== 1) throw usageOf('lint');
        const report = await lintDefinition(await readBpmn(args[0], 'lint'));
        if (json) say(JSON.stringify(report, null, 2));
        else {
          for (const p of report.problems) say(`${p.category === 'error' ? '✗' : '⚠'} ${p.rule}${p.elementId ? ` ${p.elementId}` : ''}: ${p.message}`);
          say(`${report.errorCount} 个错误 error(s), ${report.warningCount} 个警告 warning(s)`);
        }
        return report.errorCount ? 1 : 0;
      }
      case 'status':
        return withRuntime(async (rt) => {
          const keys = await rt.library.keys();
          if (json) say(JSON.stringify(keys, null, 2));
          else
            for (const k of keys)
              say(
                `${k.status.padEnd(16)} ${k.key.padEnd(30)} v${k.published?.version ?? '-'}${k.draft ? ` (draft v${k.draft.version})` : ''}  ${k.name}${k.conflicts ? `  ${k.conflicts} conflict(s)` : ''}`,
              );
        });
      case 'fork':
        return withRuntime(async (rt) => say(`draft v${(await rt.library.fork(args[0] ?? '', null)).version} of ${args[0]}`));
      case 'import':
        return withRuntime(async (rt) => {
          const v = await rt.library.importXml(read(args[0], 'import'), null);
          say(`imported ${args[0]} as draft v${v.version} of ${v.key}`);
        });
      case 'export':
        return withRuntime(async (rt) => {
          const versions = await rt.library.versions(args[0] ?? '');
          const wanted = values.version ? versions.find((v) => v.version === Number(values.version)) : versions.find((v) => v.state === 'published');
          if (!wanted) throw new UsageError(`no such version of ${args[0]}`);
          const { xml } = await rt.library.version(wanted.id);
          if (typeof values.output === 'string') fs.writeFileSync(values.output, xml);
          else process.stdout.write(xml);
        });
      case 'publish':
        return withRuntime(async (rt) => {
          const draft = (await rt.library.key(args[0] ?? '')).draft;
          if (!draft) throw new UsageError(`${args[0]} has no draft`);
          say(`published ${args[0]} v${(await rt.library.publish(draft.id, null)).version}`);
        });
      case 'adopt':
        return withRuntime(async (rt) => say(`adopted ${args[0]} v${(await rt.library.adopt(args[0] ?? '', null)).version}`));
      case 'upgrade-merge':
        return withRuntime(async (rt) => {
          const proposal = await rt.library.mergeProposal(args[0] ?? '');
          if (typeof values.output === 'string') fs.writeFileSync(values.output, proposal.mergedXml);
          if (json) say(JSON.stringify({ conflicts: proposal.conflicts, applied: proposal.applied }, null, 2));
          else say(`${proposal.conflicts.length} conflict(s)`);
          if (values.save && !proposal.conflicts.length)
            say(`saved as draft v${(await rt.library.acceptMerge(args[0] ?? '', proposal.mergedXml, null)).version}`);
          return proposal.conflicts.length ? 1 : 0;
        });
      case 'migrate':
        return withRuntime(async (rt) => {
          if (typeof values.from !== 'string' || typeof values.to !== 'string') throw usageOf('migrate');
          const mapping = Object.fromEntries(
            (typeof values.map === 'string' ? values.map.split(',') : [])
              .filter(Boolean)
              .map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]),
          );
          const ids = typeof values.instances === 'string' ? values.instances.split(',').filter(Boolean) : undefined;
          const outcome = await rt.engine.migrate(values.from, values.to, mapping, null, ids);
          say(`${outcome.migrated.length} migrated, ${outcome.refused.length} refused`);
          for (const r of outcome.refused) say(`  ${r.instanceId}: ${r.reasons.join('; ')}`);
          return outcome.refused.length ? 1 : 0;
        });
      default:
        throw new UsageError(
          `${action ? `未知操作 / unknown action "${action}"` : '缺少操作 / no action given'} — 运行 kunlun workflows --help 查看全部 / run kunlun workflows --help for all actions`,
        );
    }
  },
};
