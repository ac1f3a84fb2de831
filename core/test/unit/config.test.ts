import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

describe('configuration from the environment', () => {
  it('with nothing set, serves on port 3000 from the embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data\/pglite$/);
    expect(config.redis.url).toBeUndefined();
    expect(config.demoPassword).toBe('Kunlun@2026');
  });

  it('DATABASE_URL switches to PostgreSQL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://kunlun:secret@db.internal:5432/kunlun' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://kunlun:secret@db.internal:5432/kunlun', poolMax: 10 });
  });

  it('names every wrong variable with what it got, in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', KUNLUN_LOCKOUT_ATTEMPTS: '0' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: .*\(got "eighty"\)$/m);
    expect(problems).toMatch(/^DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\/ \(got "mysql:\/\/x"\)$/m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
    expect(problems).toMatch(/^KUNLUN_LOCKOUT_ATTEMPTS: /m);
  });

  it('reads module lists and flags', () => {
    const config = loadConfig({ KUNLUN_MODULES: ' documents, general ', KUNLUN_COOKIE_SECURE: 'yes', NODE_ENV: 'production' });
    expect(config.modules.enabled).toEqual(['documents', 'general']);
    expect(config.sessions.cookieSecure).toBe(true);
  });
});
