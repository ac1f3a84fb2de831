import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateDown, migrateUp, migrationStatus } from '../../db/migrator.ts';
import { migrationSources, resolveModules } from '../../runtime/kunlunRuntime.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'database migrations: up, down, status',
  usage: `Usage: kunlun migrate up|down|status [--steps N] [--all]

  up        apply every pending migration of core and the enabled modules
  down      roll back the last batch (or --steps N migrations, or --all)
  status    list migrations, applied or pending`,
  options: { steps: { type: 'string' }, all: { type: 'boolean' } },
  async run({ positionals, values }) {
    const action = positionals[0];
    if (!['up', 'down', 'status'].includes(action ?? '')) throw new UsageError(this.usage);
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const { enabled } = await resolveModules(config, database.knex);
      const sources = migrationSources(enabled);
      const say = (line: string) => process.stdout.write(`${line}\n`);
      if (action === 'up') {
        const done = await migrateUp(database.knex, sources, say);
        say(done.length ? `${done.length} migration(s) applied.` : 'Already up to date.');
      } else if (action === 'down') {
        const steps = values.steps === undefined ? undefined : Number(values.steps);
        if (steps !== undefined && (!Number.isInteger(steps) || steps < 1)) throw new UsageError('--steps takes a whole number above 0');
        const done = await migrateDown(database.knex, sources, { steps, all: values.all === true }, say);
        say(done.length ? `${done.length} migration(s) rolled back.` : 'Nothing to roll back.');
      } else {
        const rows = await migrationStatus(database.knex, sources);
        for (const r of rows)
          say(`${r.appliedAt ? 'applied' : 'pending'}  ${r.source}/${r.name}${r.appliedAt ? `  (batch ${r.batch}, ${r.appliedAt.toISOString()})` : ''}`);
        const pending = rows.filter((r) => !r.appliedAt).length;
        say(`${rows.length - pending} applied, ${pending} pending (${database.describe}).`);
      }
    } finally {
      await database.close();
    }
  },
};
