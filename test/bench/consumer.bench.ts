// Type-check time of a consumer of the built package against a consumer of a bare XState
// machine of the same shape, in the same run: what `tsc` costs an app that embeds an SOP
// machine, compared with writing the machine by hand with `setup().createMachine`.
// Both are checked the strict way (`strict`, `skipLibCheck: false`, `noUncheckedIndexedAccess`,
// module nodenext), so the subject also pays for checking sop-ap's and zod's declarations.
// Each figure is the process CPU time of one fresh program (parse, bind, check); the ratio is
// the median of alternating pairs. Goal: at most 2x.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { BenchResult } from './harness.js';

const root = resolve(import.meta.dirname, '../..');
const GOAL = 2;
const PAIRS = 5;

// The same shape on both sides: 7 steps (as the README's SOP), a decision at step 4 whose
// TIDAK SETUJU goes back to step 3, the final state, and the same use of the actor.
const N = 7;
const DECISION = 4;
const ids = Array.from({ length: N }, (_, i) => `langkah-${i + 1}`);
const roles = ['kepala-bidang', 'ketua-tim-kerja'];
const roleOf = (i: number) => roles[i % 2]!;
const eventsOf = (i: number) => (i + 1 === DECISION ? ['SETUJU', 'TIDAK_SETUJU'] : ['SELESAI']);
const usage = `
const actor = createActor(machine, { input: { caseId: 'B-1' } }).start();
${ids.map((_, i) => `actor.send({ type: '${eventsOf(i)[0]}', actor: { role: '${roleOf(i)}' } });`).join('\n')}
const snapshot = actor.getSnapshot();
if (snapshot.matches('${ids[N - 1]}') || snapshot.status === 'done') console.log(snapshot.value, snapshot.context);
`;

const subject = `import { createActor } from 'xstate';
import { createSopMachine, defineSop } from 'sop-ap';

const sop = defineSop({
  id: 'bench-consumer',
  nama: 'Bench',
  steps: [
${ids
  .map((id, i) => {
    const decision = i + 1 === DECISION ? `, decision: { tidakSetuju: { action: 'rework', to: '${ids[i - 1]}' } }` : '';
    return `    { id: '${id}', label: '${i + 1}', uraian: 'x', pelaksana: ['${roleOf(i)}'], waktu: '15 Menit'${decision} },`;
  })
  .join('\n')}
  ],
});
const machine = createSopMachine(sop);
${usage}`;

const bare = `import { createActor, setup } from 'xstate';

type Role = ${roles.map((r) => `'${r}'`).join(' | ')};
const machine = setup({
  types: {
    context: {} as { caseId: string | undefined; visits: { stepId: string; at: number }[] },
    events: {} as { type: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU'; actor: { role: Role } },
    input: {} as { caseId?: string } | undefined,
  },
}).createMachine({
  id: 'bench-bare',
  initial: '${ids[0]}',
  context: ({ input }) => ({ caseId: input?.caseId, visits: [] }),
  states: {
${ids
  .map((id, i) => {
    const next = ids[i + 1] ?? 'selesai';
    const on = i + 1 === DECISION ? `SETUJU: '${next}', TIDAK_SETUJU: '${ids[i - 1]}'` : `SELESAI: '${next}'`;
    return `    '${id}': { on: { ${on} } },`;
  })
  .join('\n')}
    selesai: { type: 'final' },
  },
});
${usage}`;

const optionsFor = (skipLibCheck: boolean): ts.CompilerOptions => ({
  strict: true,
  skipLibCheck,
  noUncheckedIndexedAccess: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  types: [],
  noEmit: true,
});

/** The newest modification time under `dir` (ms). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when it is missing or older than the sources: the bench reads the shipped declarations. */
function ensureBuilt(): string | undefined {
  const dts = join(root, 'dist/index.d.ts');
  if (existsSync(dts) && statSync(dts).mtimeMs >= Math.max(newest(join(root, 'src')), newest(join(root, 'machines')))) return undefined;
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? undefined : `npm run build failed: ${r.stderr.trim().split('\n').at(-1)}`;
}

/** One fresh program: CPU milliseconds and its diagnostics. */
function check(file: string, skipLibCheck = false): { ms: number; errors: string[] } {
  const t0 = process.cpuUsage();
  const program = ts.createProgram([file], optionsFor(skipLibCheck));
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const dt = process.cpuUsage(t0);
  return {
    ms: (dt.user + dt.system) / 1000,
    errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 160)),
  };
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

/** Alternating pairs (neither side always first): the median of the per-pair ratios and of each side. */
function pairs(subject: () => number, baseline: () => number, n: number): { ratio: number; subject: number; baseline: number } {
  const ratios: number[] = [];
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = baseline();
      y = subject();
    } else {
      y = subject();
      x = baseline();
    }
    b.push(x);
    s.push(y);
    ratios.push(y / x);
  }
  return { ratio: median(ratios), subject: median(s), baseline: median(b) };
}

export function run(): BenchResult[] {
  const name = `consumer type-check (strict, skipLibCheck false) of an SOP machine vs a bare setup().createMachine of the same shape (${N} steps)`;
  const failed = ensureBuilt();
  if (failed) return [{ name, opsPerSec: 0, detail: failed, ok: false }];
  const work = mkdtempSync(join(tmpdir(), 'sop-ap-consumer-bench-'));
  try {
    // The package as an app sees it (its package.json exports, its dist/) and the same xstate.
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(root, join(work, 'node_modules/sop-ap'), 'dir');
    symlinkSync(join(root, 'node_modules/xstate'), join(work, 'node_modules/xstate'), 'dir');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    const subjectFile = join(work, 'sop.ts');
    const bareFile = join(work, 'bare.ts');
    writeFileSync(subjectFile, subject);
    writeFileSync(bareFile, bare);

    const bareZodFile = join(work, 'bare-zod.ts');
    writeFileSync(bareZodFile, `import * as z from 'zod';\nexport const Input = z.object({ caseId: z.string().optional() });\n${bare}`);
    symlinkSync(join(root, 'node_modules/zod'), join(work, 'node_modules/zod'), 'dir');

    const warm = [check(bareFile), check(subjectFile), check(bareZodFile)];
    const errors = warm.flatMap((w, i) => w.errors.map((e) => `${['bare', 'sop', 'bare+zod'][i]}: ${e}`));
    if (errors.length > 0) return [{ name, opsPerSec: 0, detail: `the consumers do not type-check: ${errors.slice(0, 3).join(' | ')}`, ok: false }];
    const strict = pairs(() => check(subjectFile).ms, () => check(bareFile).ms, PAIRS);
    const zod = pairs(() => check(subjectFile).ms, () => check(bareZodFile).ms, 3);
    const skip = pairs(() => check(subjectFile, true).ms, () => check(bareFile, true).ms, 3);
    const secs = (ms: number) => (ms / 1000).toFixed(2);
    return [
      {
        name,
        opsPerSec: 1000 / strict.subject,
        baselineOpsPerSec: 1000 / strict.baseline,
        detail: `${strict.ratio.toFixed(2)}x the bare consumer's type-check time (${secs(strict.subject)} s vs ${secs(strict.baseline)} s CPU, median of ${PAIRS} alternating pairs; goal <= ${GOAL}x)`,
        ok: strict.ratio <= GOAL,
      },
      {
        name: 'consumer type-check (reference): the same, against the bare consumer that also imports zod',
        opsPerSec: 1000 / zod.subject,
        baselineOpsPerSec: 1000 / zod.baseline,
        detail: `${zod.ratio.toFixed(2)}x (${secs(zod.subject)} s vs ${secs(zod.baseline)} s CPU): what is left once zod's own declarations, which sop-ap's exported schemas bring in, are paid on both sides`,
        ok: true,
      },
      {
        name: 'consumer type-check (reference): the same with skipLibCheck true',
        opsPerSec: 1000 / skip.subject,
        baselineOpsPerSec: 1000 / skip.baseline,
        detail: `${skip.ratio.toFixed(2)}x (${secs(skip.subject)} s vs ${secs(skip.baseline)} s CPU): the price of using the machine's types in the app's own code`,
        ok: true,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
