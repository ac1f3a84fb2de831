import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { text } from '../i18n/text.ts';
import { AdminCommandError } from './adminCommandError.ts';
import { MANAGED_VARIABLES, type InstallPlan } from './installAnswers.ts';

/**
 * The environment an installation's serve and worker processes run with, as the installer
 * writes it to the settings file — and the Config the installer itself runs on, read from the
 * very same values so both agree.
 */
export function installEnvironment(plan: InstallPlan, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const values: Record<string, string> = { NODE_ENV: 'production' };
  if (plan.database.kind === 'postgres') values.DATABASE_URL = plan.database.url;
  if (plan.redis.url) values.REDIS_URL = plan.redis.url;
  values.KUNLUN_REDIS_PREFIX = plan.redis.prefix;
  values.KUNLUN_DATA_DIR = plan.dataDir;
  if (plan.filesDir) values.KUNLUN_FILES_DIR = plan.filesDir;
  // Where this installer found its modules and web build, serve and worker look too.
  for (const key of ['KUNLUN_MODULES_DIR', 'KUNLUN_WEB_DIR'] as const) {
    if (env[key]) values[key] = path.resolve(env[key]!);
  }
  return { ...values, ...plan.settings };
}

/** Variables the installer manages that an earlier settings file may hold and this one must not. */
export function staleVariables(values: Record<string, string>): string[] {
  return MANAGED_VARIABLES.filter((k) => !(k in values));
}

export function installConfig(values: Record<string, string>): Config {
  try {
    return loadConfig({ ...values, LOG_LEVEL: 'error' });
  } catch (err) {
    if (err instanceof ConfigError) throw new AdminCommandError(text('安装设置有误', 'The installation settings are invalid'), err.problems);
    throw err;
  }
}
