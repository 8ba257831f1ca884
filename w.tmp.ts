import { nominalLeadTime } from './src/index.js';
import { catalogue, sopIds } from './machines/index.js';
for (const id of sopIds) {
  const s = catalogue[id];
  const roles = [...new Set(s.steps.flatMap((x) => x.pelaksana))];
  console.log(id.padEnd(48), s.steps.length, nominalLeadTime(s).workingMinutes, s.nama.slice(0, 50), '|', roles.join(','));
}
