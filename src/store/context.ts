import type { WorkCalendar } from 'sop-ap';
import type { DefinitionCache } from './definitions.js';
import type { SqlDriver } from './driver.js';

/** What every operation of the store reads: the driver, the definitions, the calendar and clock. @internal */
export interface StoreContext {
  readonly driver: SqlDriver;
  readonly definitions: DefinitionCache;
  readonly calendar: WorkCalendar;
  readonly clock: () => number;
  readonly separationOfDuties: boolean;
  readonly knownRole: (role: string) => boolean;
}
