import { describe, expect, it } from 'vitest';
import { ModuleDependencyError, orderByDependencies } from '../../src/modules/dependencyOrder.ts';

const m = (name: string, ...dependsOn: string[]) => ({ name, dependsOn });

describe('ordering modules by their dependencies', () => {
  it('puts every module after what it depends on, whatever the order given', () => {
    const order = orderByDependencies([m('meetings', 'supervision'), m('documents', 'supervision'), m('supervision'), m('general')]).map((x) => x.name);
    expect(order.indexOf('supervision')).toBeLessThan(order.indexOf('meetings'));
    expect(order.indexOf('supervision')).toBeLessThan(order.indexOf('documents'));
    expect(order).toEqual(
      orderByDependencies([m('general'), m('supervision'), m('documents', 'supervision'), m('meetings', 'supervision')]).map((x) => x.name),
    );
  });

  it('names the modules of a cycle in order', () => {
    expect(() => orderByDependencies([m('a', 'b'), m('b', 'c'), m('c', 'a')])).toThrow('modules depend on each other in a cycle: a → b → c → a');
  });

  it('tells a missing module from a disabled one', () => {
    const missing = (() => {
      try {
        orderByDependencies([m('documents', 'supervision')], ['documents']);
      } catch (err) {
        return err as ModuleDependencyError;
      }
    })();
    expect(missing).toMatchObject({ kind: 'missing', modules: ['documents', 'supervision'] });
    expect(() => orderByDependencies([m('documents', 'supervision')], ['documents', 'supervision'])).toThrow('which is not enabled');
  });
});
