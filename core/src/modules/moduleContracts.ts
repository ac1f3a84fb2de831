/**
 * The services and events modules offer one another, by namespaced id. Each module's
 * `src/contract.ts` (exported as `@kunlun/module-<name>/contract`) adds its own ids here:
 *
 *   declare module '@kunlun/core' {
 *     interface ModuleServices { 'documents.drafting': DocumentDrafting }
 *     interface ModuleEvents { 'documents.distributed': DocumentDistributed }
 *   }
 *
 * so `ctx.services.use('documents.drafting')` answers a DocumentDrafting, `provide` is checked
 * against it, and a listener of `documents.distributed` receives its payload type. An id no
 * contract declares is a type error. The loader still checks at run time what types cannot: that
 * the id is declared in the manifest and that a user names the owner in `dependsOn`.
 */
export interface ModuleServices {}

/**
 * Event payloads travel through the outbox as JSON: a payload type holds JSON values only (an
 * optional field is one that may be absent).
 */
export interface ModuleEvents {
  /** A process reached an end event; `endEventId` names which (e.g. `approved` of 签报). */
  'engine.instance.completed': EngineInstanceEnded;
  /** A process was terminated (撤销 by its initiator, or by a manager). */
  'engine.instance.terminated': EngineInstanceEnded;
}

/** What the engine says when an instance ends. */
export type EngineInstanceEnded = {
  instanceId: string;
  processKey: string;
  businessKey: string | null;
  variables: Record<string, unknown>;
  reason?: string | null;
  /** The process-level end event reached; null when terminated. */
  endEventId: string | null;
};

export type ServiceId = keyof ModuleServices & string;
export type EventId = keyof ModuleEvents & string;
/** The events of module `Name` (all known events while the name is not known to the type). */
export type OwnEventId<Name extends string> = Extract<EventId, `${Name}.${string}`>;
export type ModuleEventHandler<E extends EventId> = (payload: ModuleEvents[E]) => Promise<void> | void;
