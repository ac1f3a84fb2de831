import type { Knex } from 'knex';
import { hashPassword } from '../auth/passwordHashing.ts';
import { AuditLog, SYSTEM_ACTOR } from '../audit/auditLog.ts';
import { OrgImport } from '../org/import/orgImport.ts';
import { createAdminAccount } from '../access/adminAccounts.ts';
import { demoUnits, unitRecords } from './demoOrganization.ts';
import { demoPosts, userRecords } from './demoPeople.ts';

/** The three administrator accounts of the demo (三员). */
export const DEMO_ADMINS = [
  { kind: 'system_admin', username: 'admin' },
  { kind: 'security_admin', username: 'secadmin' },
  { kind: 'audit_admin', username: 'auditor' },
] as const;

export interface DemoSummary {
  units: { created: number; updated: number };
  users: { created: number; updated: number; postsAdded: number };
  admins: string[];
  ms: number;
}

/**
 * Loads the demo organization, people and administrator accounts. Every account's password is
 * `password`. Loading again changes nothing that is already there (names and posts are
 * refreshed from the same deterministic data), so it is safe to repeat.
 */
export async function loadDemo(db: Knex, password: string, log: (line: string) => void = () => {}): Promise<DemoSummary> {
  const started = Date.now();
  const audit = new AuditLog(db);
  const importer = new OrgImport(db, audit);
  const source = { actor: SYSTEM_ACTOR };
  const passwordHash = await hashPassword(password);

  const units = demoUnits();
  const unitOutcome = await importer.importRecords('units', unitRecords(units), { dryRun: false }, { all: true }, source, 'demo');
  log(`units: ${JSON.stringify(unitOutcome.result)}`);

  const userOutcome = await importer.importRecords(
    'users',
    userRecords(demoPosts(units)),
    { dryRun: false, initialPasswordHash: passwordHash, mustChangePassword: false },
    { all: true },
    source,
    'demo',
  );
  log(`people: ${JSON.stringify(userOutcome.result)}`);

  const admins: string[] = [];
  await db.transaction(async (trx) => {
    for (const admin of DEMO_ADMINS) {
      if (await trx('core_users').where({ username: admin.username }).first('id')) continue;
      await createAdminAccount(trx, { kind: admin.kind, username: admin.username, passwordHash }, audit, source);
      admins.push(admin.username);
    }
  });
  if (admins.length) log(`administrators created: ${admins.join(', ')}`);
  return {
    units: unitOutcome.result as DemoSummary['units'],
    users: userOutcome.result as DemoSummary['users'],
    admins,
    ms: Date.now() - started,
  };
}
