import { holidays2025 } from './2025.js';
import { holidays2026 } from './2026.js';
import type { HolidayYear } from './types.js';

export { holidays2025 } from './2025.js';
export { holidays2026 } from './2026.js';
export { HolidaySchema, HolidayYearSchema, HolidayKindSchema, IsoDateSchema, type Holiday, type HolidayYear, type HolidayKind } from './types.js';

/**
 * The official libur nasional and cuti bersama of Indonesia shipped with the library, one entry
 * per year with its SKB source (2025, 2026). Add a year by passing your own
 * `HolidayYear` to `createWorkCalendar({ holidays: [...indonesiaHolidays, myYear] })`.
 */
export const indonesiaHolidays: readonly HolidayYear[] = Object.freeze([holidays2025, holidays2026]);
