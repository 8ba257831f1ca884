export { closest, editDistance, normalizeName } from './closest.js';
