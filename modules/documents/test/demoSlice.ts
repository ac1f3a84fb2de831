import { TEST_PASSWORD, type OrgFixture } from '@kunlun/test-kit';
import {
  SYSTEM_ACTOR,
  createAdminAccount,
  demoPosts,
  demoUnits,
  hashPassword,
  unitRecords,
  userRecords,
  type DemoUnit,
  type Runtime,
} from '@kunlun/core/testing';

/**
 * A slice of the demo organization, built exactly as `kunlun demo` builds it: the province,
 * 海北州, 门源县 and 祁连县 and one township of 门源县, each with every department, section and
 * person the demo gives it — so every kind of unit of the demo is there: governments at four
 * levels, their offices, departments, sections and a township's offices. Plus the administrator.
 */
export const SLICE_REGIONS = ['630000', '632200', '632221', '632222', '632221100'];

export interface DemoSlice extends OrgFixture {
  demo: DemoUnit[];
}

export async function seedDemoSlice(rt: Runtime): Promise<DemoSlice> {
  const demo = demoUnits().filter((u) => SLICE_REGIONS.includes(u.regionCode));
  const source = { actor: SYSTEM_ACTOR };
  await rt.services.orgImport.importRecords('units', unitRecords(demo), { dryRun: false }, { all: true }, source);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await rt.services.orgImport.importRecords(
    'users',
    userRecords(demoPosts(demo)),
    { dryRun: false, initialPasswordHash: passwordHash, mustChangePassword: false },
    { all: true },
    source,
  );
  await rt.db.transaction((trx) => createAdminAccount(trx, { kind: 'system_admin', username: 'admin', passwordHash }, rt.audit, source));
  const units = Object.fromEntries((await rt.db('core_org_units').select('code', 'id')).map((u) => [u.code, u.id]));
  const users = Object.fromEntries((await rt.db('core_users').select('username', 'id')).map((u) => [u.username, u.id]));
  return { units, users, demo };
}

/** One unit of every kind (level × role) in the slice, the first of each in the demo's order. */
export function oneOfEachKind(demo: readonly DemoUnit[], except: readonly string[] = []): DemoUnit[] {
  const seen = new Map<string, DemoUnit>();
  for (const u of demo) {
    const kind = `${u.level}/${u.role}${u.role === 'townshipOffice' ? (u.code.endsWith('-001') ? '/first' : '/other') : ''}`;
    if (!seen.has(kind) && !except.includes(u.code)) seen.set(kind, u);
  }
  return [...seen.values()];
}
