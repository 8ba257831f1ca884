export { SopError, type SopErrorContext } from './sop-error.js';
export { SopDefinitionError, type DefinitionIssue } from './definition-error.js';
export { DurationError } from './duration-error.js';
export { UnknownRoleError } from './unknown-role-error.js';
export { SnapshotError } from './snapshot-error.js';
export { CalendarError } from './calendar-error.js';
export { UnknownSopError } from './unknown-sop-error.js';
export { TimeError } from './time-error.js';
export { formatMessage, type Locale, type MessageParams } from './messages.js';
