import type { Knex } from 'knex';
import type { Logger } from '../log/logger.ts';
import type { Registry } from '../modules/registry.ts';
import type { AssigneeResolver } from './assignment/assigneeResolver.ts';
import type { DefinitionStore } from './definitions/definitionStore.ts';
import type { ServiceTaskHandler } from './serviceTaskHandler.ts';
import type { Files } from '../files/files.ts';

/** What the engine's moves and operations need, passed in (no service locator). */
export interface EngineDeps {
  db: Knex;
  definitions: DefinitionStore;
  resolver: AssigneeResolver;
  serviceTasks: Registry<ServiceTaskHandler>;
  log: Logger;
  files: Files;
}
