import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { discoverModules } from '../../modules/moduleDiscovery.ts';
import { checkBackup, restoreInstallation } from '../../backup/restoreInstallation.ts';
import { describeFailure } from '../../install/adminCommandError.ts';
import { describePostgresUrl, ensurePostgresDatabase } from '../../install/databaseProvisioning.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup into an empty database and files directory (or --replace)',
  usage: `Usage: kunlun restore FILE [--replace] | kunlun restore --check FILE

Restores an archive written by \`kunlun backup\` into the database of DATABASE_URL (or the
embedded one in $KUNLUN_DATA_DIR) and the files directory $KUNLUN_FILES_DIR. Every entry is
checked against the archive's manifest (SHA-256) before anything changes. The schema is rebuilt
with the migrations the backup had applied, then every row is loaded and every table compared
with the manifest, in one transaction: a difference undoes it all. A backup from an older
release is restored as it was; \`kunlun upgrade\` (or the next start) then applies newer
migrations. Stop every Kunlun process of the installation first.

  --replace   the database and the files directory may hold data: it is replaced (the old files
              directory is kept beside it as <dir>.before-restore-<time>)
  --check     only read and check the archive; change nothing`,
  options: { replace: { type: 'boolean' }, check: { type: 'boolean' } },
  async run({ positionals, values }) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError(this.usage);
    try {
      if (values.check === true) {
        const manifest = await checkBackup(file);
        say(
          `备份完好 / the backup is intact: 昆仑 Kunlun ${manifest.kunlunVersion}, ${manifest.createdAt}, ${manifest.tables.length} 张表 tables（${manifest.tables.reduce((s, t) => s + t.rows, 0)} 行 rows）, ${manifest.files.length} 个附件 files`,
        );
        return 0;
      }
      const config = loadConfig();
      if (config.database.kind === 'postgres') {
        const { created } = await ensurePostgresDatabase(config.database.url);
        if (created) say(`已创建数据库 created the database ${describePostgresUrl(config.database.url)}`);
      }
      const database = await openDatabase(config.database);
      try {
        const discovered = await discoverModules(config.modules.dir);
        await restoreInstallation({ db: database.knex, filesDir: config.filesDir, discovered }, file, { replace: values.replace === true }, say);
        say(
          `恢复完成 / restored into ${database.describe}。启动前可运行 kunlun upgrade 应用较新的迁移 / run kunlun upgrade before starting to apply newer migrations.`,
        );
        return 0;
      } finally {
        await database.close();
      }
    } catch (err) {
      const message = describeFailure(err);
      if (!message) throw err;
      process.stderr.write(`${message}\n`);
      return 1;
    }
  },
};
