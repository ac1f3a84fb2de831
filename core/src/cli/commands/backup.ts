import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { DirectoryFileStore } from '../../files/fileStore.ts';
import { backupInstallation } from '../../backup/backupInstallation.ts';
import { describeFailure } from '../../install/adminCommandError.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up the database and the attachments into one archive',
  usage: `Usage: kunlun backup FILE

Writes FILE (a gzip-compressed tar; \`tar tzvf FILE\` lists it): manifest.json first — every table
with its row count and SHA-256, every attachment with its size and SHA-256, the migrations
applied — then each table as JSON lines from one consistent snapshot, then every attachment
in $KUNLUN_FILES_DIR, checked against the SHA-256 recorded at upload. The same archive restores
into PostgreSQL or into the embedded database (\`kunlun restore\`).

PostgreSQL can be backed up while Kunlun runs. The embedded database (PGlite) can only be opened
by one process: stop \`kunlun all\` / \`serve\` / \`worker\` first.`,
  async run({ positionals }) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError(this.usage);
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const manifest = await backupInstallation(
        { db: database.knex, kind: database.kind, describe: database.describe, files: new DirectoryFileStore(config.filesDir) },
        file,
        say,
      );
      say(`备份完成 / backup written: ${file}（${manifest.tables.reduce((s, t) => s + t.rows, 0)} 行 rows, ${manifest.files.length} 个附件 files）`);
      return 0;
    } catch (err) {
      process.stderr.write(`${describeFailure(err) ?? (err as Error).message}\n备份未完成，没有写出 ${file} / the backup failed; ${file} was not written\n`);
      return 1;
    } finally {
      await database.close();
    }
  },
};
