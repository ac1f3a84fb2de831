import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ModuleContext } from '@kunlun/core';
import type { DocumentDistributed, DocumentDrafting } from '@kunlun/module-documents/contract';

describe('the documents contract as general sees it (checked by pnpm typecheck)', () => {
  it('types documents.drafting and the documents events by id', () => {
    const check = (ctx: ModuleContext<'general'>) => {
      expectTypeOf(ctx.services.useIfEnabled('documents.drafting')).toEqualTypeOf<DocumentDrafting | null>();
      ctx.events.on('documents.distributed', (payload) => {
        expectTypeOf(payload).toEqualTypeOf<DocumentDistributed>();
        // @ts-expect-error a distribution's payload has no title
        void payload.title;
      });
      // @ts-expect-error documents offers no documents.archive service
      ctx.services.use('documents.archive');
      // @ts-expect-error general emits none of documents' events
      void ctx.events.emit('documents.archived', { documentId: 'x' });
    };
    expect(typeof check).toBe('function');
  });
});
