export { closest, editDistance, normalizeName } from './closest.js';
export { parseBilingual, ID_ERROR_MAP, type IssueText } from './zod-text.js';
