#!/usr/bin/env node
import { ConfigError, describeConfig } from '../config/config.ts';
import { ModuleDependencyError } from '../modules/dependencyOrder.ts';
import { ModuleManifestError } from '../modules/moduleDiscovery.ts';
import { MigrationError } from '../db/migrator.ts';
import { parseCommandArgs, UsageError, type Command } from './command.ts';
import { allCommand, serveCommand, workerCommand } from './commands/runServer.ts';
import { migrateCommand } from './commands/migrate.ts';
import { demoCommand } from './commands/demo.ts';
import { installCommand } from './commands/install.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { upgradeCommand } from './commands/upgrade.ts';
import { workflowsCommand } from './commands/workflows.ts';
import { KUNLUN_VERSION } from '../runtime/version.ts';

const commands: Command[] = [serveCommand, workerCommand, allCommand, migrateCommand, demoCommand, workflowsCommand, installCommand, backupCommand, restoreCommand, upgradeCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `昆仑办公 Kunlun OA ${KUNLUN_VERSION}`,
    '',
    'Usage: kunlun <command> [options]     (from the repository: pnpm kunlun <command>)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kunlun <command> --help` for a command’s options.',
    '',
    'Environment:',
    ...describeConfig().map((l) => `  ${l}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${KUNLUN_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  const args = parseCommandArgs(command, rest);
  if (args.values.help) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return (await command.run(args)) ?? 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
    } else if (err instanceof ConfigError || err instanceof ModuleDependencyError || err instanceof ModuleManifestError || err instanceof MigrationError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
