import { z } from 'zod';
import { defineRoute } from '../../http/route.ts';
import { queryBool } from '../../http/validation.ts';
import { readUpload } from '../../http/uploads.ts';
import { auditSourceOf } from '../../audit/auditLog.ts';
import type { OrgImport } from '../import/orgImport.ts';

export function importRoutes(orgImport: OrgImport, limitBytes: number) {
  return [
    defineRoute({
      method: 'POST',
      path: '/api/org/import',
      audit: { by: 'service', because: 'orgImport records org.import.* in its transaction' },
      summary: '导入组织机构或人员（CSV/XLSX，整体成功或整体拒绝）Import units or people',
      access: { permission: 'org.import.run' },
      query: z.strictObject({ kind: z.enum(['units', 'users']), dryRun: queryBool() }),
      bodyKind: 'upload',
      response: z.object({
        kind: z.enum(['units', 'users']),
        dryRun: z.boolean(),
        rowsRead: z.number().int(),
        result: z.object({ created: z.number().int(), updated: z.number().int(), postsAdded: z.number().int().optional() }),
      }),
      async handler(input) {
        const upload = await readUpload(input.ctx, { limitBytes });
        const file = upload.files[0]!;
        return orgImport.importFile(
          input.query.kind,
          file,
          { dryRun: input.query.dryRun ?? false, initialPassword: upload.fields.initialPassword || undefined },
          input.auth.scopeOf('org.import.run'),
          auditSourceOf(input),
        );
      },
    }),
  ];
}
