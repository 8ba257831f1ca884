// Render: the whole SOP AP document of the longest catalogue SOP (PLUT, 28 steps) against a
// baseline measured in the same run: JSON.stringify of the same definition, i.e. one pass
// over every text it holds. Targets (times that pass): HTML <= 150x, BPMN <= 50x, Mermaid <= 20x.
import { renderBpmn, renderHtml, renderMermaid } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { compare, type BenchResult } from './harness.js';

export function run(): BenchResult[] {
  const sop = getSop('peningkatan-pelayanan-plut');
  let sink = 0;
  const baseline = () => {
    sink += JSON.stringify(sop).length;
  };
  const results: BenchResult[] = [];
  for (const [name, fn, target] of [
    ['renderHtml', () => renderHtml(sop), 150],
    ['renderBpmn', () => renderBpmn(sop), 50],
    ['renderMermaid', () => renderMermaid(sop), 20],
  ] as const) {
    const r = compare(() => {
      sink += fn().length;
    }, baseline);
    const slower = r.baseline / r.subject;
    results.push({
      name: `${name} PLUT (28 steps) vs JSON.stringify of the definition`,
      opsPerSec: r.subject,
      baselineOpsPerSec: r.baseline,
      detail: `${r.subject.toFixed(0)}/s, ${slower.toFixed(1)}x the baseline's time (target <= ${target}x)`,
      ok: slower <= target,
    });
  }
  if (sink === 42) process.stdout.write('');
  return results;
}
