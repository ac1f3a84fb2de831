import fs from 'node:fs';
import path from 'node:path';
import { formSchema, type FormDefinition } from './formSchema.ts';

/** Forms declared by the enabled modules, read from each module's src/forms/<id>.json. */
export class FormRegistry {
  private readonly forms = new Map<string, FormDefinition>();

  /** Loads the forms a module declares; a declared form without a valid file stops start-up. */
  load(moduleName: string, moduleDir: string, ids: string[]): void {
    for (const id of ids) {
      const file = path.join(moduleDir, 'src', 'forms', `${id}.json`);
      if (!fs.existsSync(file)) throw new Error(`module ${moduleName} declares form ${id} but ${file} does not exist`);
      const parsed = formSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) {
        throw new Error(`form ${id} of module ${moduleName} is invalid:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
      }
      if (parsed.data.id !== id) throw new Error(`form file ${file} declares id ${parsed.data.id}, expected ${id}`);
      this.forms.set(id, parsed.data);
    }
  }

  get(id: string | null | undefined): FormDefinition | undefined {
    return id ? this.forms.get(id) : undefined;
  }

  ids(): string[] {
    return [...this.forms.keys()].sort();
  }
}
