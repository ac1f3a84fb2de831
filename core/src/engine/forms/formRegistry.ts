import fs from 'node:fs';
import path from 'node:path';
import { formSchema, type FormDefinition } from './formSchema.ts';
import type { FormSubmitHandler, FormValuesReader } from './formRecords.ts';

/**
 * Forms declared by the enabled modules, read from each module's src/forms/<id>.json, and — for
 * forms a module keeps in its own records — how to read and take in their values.
 */
export class FormRegistry {
  private readonly forms = new Map<string, FormDefinition>();
  private readonly submitHandlers = new Map<string, FormSubmitHandler>();
  private readonly readers = new Map<string, FormValuesReader>();

  /** Loads the forms a module declares; a declared form without a valid file stops start-up. */
  load(moduleName: string, moduleDir: string, ids: string[]): void {
    for (const id of ids) {
      const file = path.join(moduleDir, 'src', 'forms', `${id}.json`);
      if (!fs.existsSync(file)) throw new Error(`module ${moduleName} declares form ${id} but ${file} does not exist`);
      const parsed = formSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) {
        throw new Error(
          `form ${id} of module ${moduleName} is invalid:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
        );
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

  /** A module takes the submissions of one of its forms into its own record. */
  onSubmit(owner: string, formId: string, handler: FormSubmitHandler): void {
    this.checkOwn(owner, formId, this.submitHandlers, 'a submit handler');
    this.submitHandlers.set(formId, handler);
  }

  /** A module reads the values of one of its forms from its own record. */
  onRead(owner: string, formId: string, reader: FormValuesReader): void {
    this.checkOwn(owner, formId, this.readers, 'a reader');
    this.readers.set(formId, reader);
  }

  submitHandler(formId: string | null | undefined): FormSubmitHandler | undefined {
    return formId ? this.submitHandlers.get(formId) : undefined;
  }

  reader(formId: string | null | undefined): FormValuesReader | undefined {
    return formId ? this.readers.get(formId) : undefined;
  }

  private checkOwn(owner: string, formId: string, registered: Map<string, unknown>, what: string): void {
    if (formId.split('.')[0] !== owner) throw new Error(`module ${owner} cannot register ${what} for form "${formId}" outside its namespace`);
    if (!this.forms.has(formId)) throw new Error(`module ${owner} registers ${what} for form "${formId}", which it does not declare`);
    if (registered.has(formId)) throw new Error(`form "${formId}" has ${what} already`);
  }
}
