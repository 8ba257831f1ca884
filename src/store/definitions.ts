import { compileFlow, createSopMachine, defineSop, type AnySopDefinition, type Flow, type RoleRegistry, type SopMachine, type WorkCalendar } from 'sop-ap';
import { canonicalJson, sha256 } from './canonical.js';
import type { SqlExecutor } from './driver.js';
import { StoreError } from './errors.js';

/** A registered definition: its revision, content hash and whether this call added it. */
export interface Registration {
  readonly sopId: string;
  readonly revision: number;
  readonly contentHash: string;
  /** `false` when the same content was already registered under this revision. */
  readonly created: boolean;
}

/** A definition with what the store needs of it: its flow and its machine. @internal */
export interface Loaded {
  readonly definition: AnySopDefinition;
  readonly flow: Flow;
  readonly machine: SopMachine;
  readonly contentHash: string;
}

/** The content hash of a definition: sha256 over its canonical JSON. */
export function definitionHash(definition: AnySopDefinition): string {
  return sha256(canonicalJson(definition));
}

/**
 * The definitions the store knows, by SOP and revision, with their machines built once. A
 * revision not yet seen in this process is read from `sop_definition`, checked against its
 * content hash, and validated again with `defineSop`. @internal
 */
export class DefinitionCache {
  readonly #loaded = new Map<string, Loaded>();
  readonly #calendar: WorkCalendar;
  readonly #roles: RoleRegistry<string> | undefined;

  constructor(calendar: WorkCalendar, roles: RoleRegistry<string> | undefined) {
    this.#calendar = calendar;
    this.#roles = roles;
  }

  #build(definition: AnySopDefinition, contentHash: string): Loaded {
    const machine = createSopMachine(definition, { calendar: this.#calendar, ...(this.#roles ? { roles: this.#roles } : {}) }) as unknown as SopMachine;
    const loaded = { definition, flow: compileFlow(definition), machine, contentHash };
    this.#loaded.set(`${definition.id}@${definition.revision}`, loaded);
    return loaded;
  }

  /** Registers a definition: idempotent by content hash; other content under a known revision is refused. */
  async register(db: SqlExecutor, definition: AnySopDefinition): Promise<Registration> {
    const contentHash = definitionHash(definition);
    const inserted = await db.query(
      `INSERT INTO sop_definition (sop_id, revision, content_hash, definition) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sop_id, revision) DO NOTHING RETURNING sop_id`,
      [definition.id, definition.revision, contentHash, JSON.stringify(definition)],
    );
    if (inserted.length === 0) {
      const [row] = await db.query<{ content_hash: string }>('SELECT content_hash FROM sop_definition WHERE sop_id = $1 AND revision = $2', [
        definition.id,
        definition.revision,
      ]);
      if (row?.content_hash !== contentHash) {
        throw new StoreError('DEFINITION_CHANGED', { sopId: definition.id, revision: definition.revision, stored: row?.content_hash.slice(0, 12), given: contentHash.slice(0, 12) });
      }
    }
    this.#build(definition, contentHash);
    return { sopId: definition.id, revision: definition.revision, contentHash, created: inserted.length > 0 };
  }

  /** The definition of `sopId` at `revision` (the latest registered when omitted). */
  async get(db: SqlExecutor, sopId: string, revision?: number): Promise<Loaded> {
    if (revision !== undefined) {
      const hit = this.#loaded.get(`${sopId}@${revision}`);
      if (hit) return hit;
    }
    const rows = await db.query<{ revision: number; content_hash: string; definition: unknown }>(
      revision === undefined
        ? 'SELECT revision, content_hash, definition FROM sop_definition WHERE sop_id = $1 ORDER BY revision DESC LIMIT 1'
        : 'SELECT revision, content_hash, definition FROM sop_definition WHERE sop_id = $1 AND revision = $2',
      revision === undefined ? [sopId] : [sopId, revision],
    );
    const row = rows[0];
    if (row === undefined) throw new StoreError('UNKNOWN_DEFINITION', { sopId, revision });
    const hit = this.#loaded.get(`${sopId}@${row.revision}`);
    if (hit) return hit;
    let definition: AnySopDefinition;
    try {
      definition = defineSop(row.definition as never, this.#roles ? { roles: this.#roles } : {}) as AnySopDefinition;
    } catch (e) {
      throw new StoreError('STORE_CORRUPT', { sopId, field: 'sop_definition.definition', detail: `revision ${row.revision} no longer validates` }, { cause: e });
    }
    if (definitionHash(definition) !== row.content_hash) {
      throw new StoreError('STORE_CORRUPT', { sopId, field: 'sop_definition.content_hash', detail: `revision ${row.revision} does not match its content hash` });
    }
    return this.#build(definition, row.content_hash);
  }
}
