import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EngineInstanceEnded, ModuleContext } from '@kunlun/core';
import { manifestSchema } from '../../src/modules/manifest.ts';
import { planModules, registerModules, type ModuleHost } from '../../src/modules/moduleLoader.ts';
import type { DiscoveredModule } from '../../src/modules/moduleDiscovery.ts';
import type { ClockService } from '../fixtures/moduleContracts/clock/contract.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'moduleContracts');

function moduleOf(name: string, manifest: Record<string, unknown> = {}): DiscoveredModule {
  const dir = path.join(fixtures, name);
  return {
    name,
    dir,
    manifest: manifestSchema.parse({ name, title: { 'zh-CN': name, en: name }, version: '1.0.0', ...manifest }),
    migrationsDir: path.join(dir, 'migrations'),
    entry: path.join(dir, 'index.ts'),
  };
}

const clock = () => moduleOf('clock', { services: ['clock.time'], events: ['clock.ticked'] });

/** What registration needs of the host here: a logger and settings; nothing else is touched by these modules. */
const silent = { debug: () => {}, child: () => silent };
const host = { log: silent, settingsOf: () => ({}) } as unknown as ModuleHost;

const register = (modules: DiscoveredModule[], only?: string[]) => registerModules(planModules(modules, { only }), host);

describe('the loader, for services between modules', () => {
  it('refuses a module using a service of a module it does not name in dependsOn, naming both modules and the service', async () => {
    // given a reader that names clock nowhere in its manifest
    // when both are registered
    // then start-up stops with the reader, the service and the clock named
    await expect(register([clock(), moduleOf('reader')])).rejects.toThrow('module reader uses service "clock.time" but does not declare "clock" in dependsOn');
  });

  it('hands the service to a module that names its owner in dependsOn', async () => {
    const { routes } = await register([moduleOf('reader', { dependsOn: ['clock'] }), clock()]);
    expect(routes.map((r) => r.path)).toEqual(['/api/reader/time']);
  });

  it('hands an optional dependency’s service only while that module is enabled', async () => {
    const reader = () => moduleOf('reader', { optionalDependsOn: ['clock'] });
    expect((await register([reader(), clock()])).routes.map((r) => r.path)).toEqual(['/api/reader/time']);
    expect((await register([reader(), clock()], ['reader'])).routes).toEqual([]);
  });

  it('refuses a module providing a service its manifest does not declare', async () => {
    await expect(register([moduleOf('careless')])).rejects.toThrow('module careless: service "clock.time" is not declared in its manifest');
  });

  it('refuses a manifest naming a module both as required and optional', () => {
    const parsed = manifestSchema.safeParse({
      name: 'reader',
      title: { 'zh-CN': '读', en: 'Reader' },
      version: '1.0.0',
      dependsOn: ['clock'],
      optionalDependsOn: ['clock'],
    });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['"clock" is already in dependsOn']);
  });
});

describe('the types of services and events by id (checked by pnpm typecheck)', () => {
  it('types a service by its id, and refuses an unknown id or a wrong implementation', () => {
    const check = (ctx: ModuleContext<'clock'>) => {
      expectTypeOf(ctx.services.use('clock.time')).toEqualTypeOf<ClockService>();
      expectTypeOf(ctx.services.useIfEnabled('clock.time')).toEqualTypeOf<ClockService | null>();
      // @ts-expect-error no contract declares clock.alarm
      ctx.services.use('clock.alarm');
      // @ts-expect-error a clock service tells the time as a string
      ctx.services.provide('clock.time', { now: () => 1 });
    };
    expect(typeof check).toBe('function');
  });

  it('types a payload by its event id, for listeners and emitters alike', () => {
    const check = (ctx: ModuleContext<'clock'>, other: ModuleContext<'reader'>) => {
      ctx.events.on('clock.ticked', (payload) => {
        expectTypeOf(payload).toEqualTypeOf<{ at: string; count: number }>();
      });
      ctx.events.on('engine.instance.completed', (payload) => {
        expectTypeOf(payload).toEqualTypeOf<EngineInstanceEnded>();
      });
      void ctx.events.emit('clock.ticked', { at: '08:00', count: 1 });
      // @ts-expect-error count is a number
      void ctx.events.emit('clock.ticked', { at: '08:00', count: '1' });
      // @ts-expect-error no contract declares clock.rang
      ctx.events.on('clock.rang', () => {});
      // @ts-expect-error a module emits only its own events
      void other.events.emit('clock.ticked', { at: '08:00', count: 1 });
    };
    expect(typeof check).toBe('function');
  });
});
