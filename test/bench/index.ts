// `npm run bench`: runs every benchmark module listed here and prints one line each.
// Each module exports `run(): Promise<BenchResult[]> | BenchResult[]`.
import type { BenchResult } from './harness.js';

const modules: Record<string, () => Promise<{ run: () => Promise<BenchResult[]> | BenchResult[] }>> = {
  machine: () => import('./machine.bench.js'),
  compliance: () => import('./compliance.bench.js'),
  render: () => import('./render.bench.js'),
  calendar: () => import('./calendar.bench.js'), simulation: () => import('./simulation.bench.js'),
  consumer: () => import('./consumer.bench.js'),
  store: () => import('./store.bench.js'),
  capacity: () => import('./capacity.bench.js'),
};

const only = process.argv.slice(2);
let failed = 0;
for (const [name, load] of Object.entries(modules)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const results = await (await load()).run();
  for (const r of results) {
    if (!r.ok) failed++;
    process.stdout.write(`${r.ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.detail}\n`);
  }
}
if (failed > 0) {
  process.stdout.write(`${failed} benchmark target(s) missed\n`);
  process.exitCode = 1;
}
