import type { ModuleContext } from '@kunlun/core';
import type { SupervisionItems } from './contract.ts';
import { registerItems } from './itemRegistration.ts';

/** supervision.items for other modules: registering items from their records, and finding them again. */
export function supervisionItems(ctx: ModuleContext<'supervision'>): SupervisionItems {
  return {
    async createItems(requests, trx) {
      const items = trx ? await registerItems(ctx, trx, requests) : await ctx.engine.transaction((t) => registerItems(ctx, t, requests));
      return { items };
    },
    async itemsFrom(source, trx) {
      return (trx ?? ctx.db)('supervision_items')
        .where({ source_module: source.module, source_type: source.kind, source_id: source.id })
        .whereNot('state', 'cancelled')
        .orderBy('created_at')
        .select('id', 'number', 'state');
    },
  };
}
