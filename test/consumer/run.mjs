#!/usr/bin/env node
// Consumer tests of the packed tarball (CI, after `npm run build`): what a new user gets from
// `npm install sop-ap xstate`. For the lowest xstate of the peer range and the newest 5.x on
// the registry, a fresh project installs the tarball, that xstate and TypeScript 5.9, then
// - type-checks the README quick start and an import of every subpath in package.json
//   `exports`, as an ES module and as a CommonJS module (module nodenext), with `strict`,
//   `skipLibCheck: false` and `noUncheckedIndexedAccess`: 0 errors expected (not
//   `exactOptionalPropertyTypes`: xstate's own setup.d.ts fails it without skipLibCheck);
// - runs the compiled quick start with node: the wrong role is refused (never "diterima"),
//   the case stays active at step 2 after XState's timers ran, and the process exits 0 with
//   nothing on stderr.
// One line per check; exits 1 when a check fails.
//
//   node test/consumer/run.mjs [--xstate 5.28.0,5.33.3] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const xstateArg = args.includes('--xstate') ? args[args.indexOf('--xstate') + 1] : undefined;

let failures = 0;
/** Prints one line per check and counts failures. */
function check(name, ok, detail = '') {
  if (!ok) failures++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}\n`);
  return ok;
}

/** Runs a command, never through a shell; returns its status, output and wall time. */
function run(cmd, argv, cwd) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? ''), ms: performance.now() - t0 };
}

/** The same as {@link run}, without blocking: the per-version installs run side by side. */
function runAsync(cmd, argv, cwd) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => done({ status: 1, stdout, stderr: String(e), ms: performance.now() - t0 }));
    child.on('close', (status) => done({ status: status ?? 1, stdout, stderr, ms: performance.now() - t0 }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmInstall = (cwd, specs) => runAsync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], cwd);

// ---- what to test against ------------------------------------------------------------------
const peer = pkg.peerDependencies?.xstate;
const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(peer ?? '')?.[1];
if (!check(`xstate is a peer dependency with a caret range`, lowest !== undefined && pkg.dependencies?.xstate === undefined, `peerDependencies.xstate = ${peer}`)) process.exit(1);
let versions;
if (xstateArg) versions = xstateArg.split(',');
else {
  const v = run(npm, ['view', `xstate@${lowest.split('.')[0]}`, 'version', '--json'], root);
  const list = v.status === 0 ? [JSON.parse(v.stdout)].flat() : [];
  const newest = list.at(-1);
  if (!check('newest xstate of the major on the registry', newest !== undefined, newest ?? v.stderr.trim().split('\n')[0])) process.exit(1);
  versions = newest === lowest ? [lowest] : [lowest, newest];
}
if (!check('dist/ is built', existsSync(join(root, 'dist/index.js')), 'run `npm run build` first')) process.exit(1);

// ---- the tarball and the shared tools ------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'sop-ap-consumer-'));
const packed = run(npm, ['pack', '--json', '--pack-destination', work], root);
const tarball = packed.status === 0 ? join(work, JSON.parse(packed.stdout)[0].filename) : '';
if (!check('npm pack', packed.status === 0 && existsSync(tarball), packed.status === 0 ? tarball : packed.stderr.trim())) process.exit(1);

// TypeScript and vitest (sop-ap/vitest augments vitest's Matchers) are the repository's own
// pinned dev dependencies (installed by `npm ci`), linked once into the folder above every
// consumer: TypeScript finds them by walking up node_modules. Nothing else of the repository
// is visible to a consumer, so a dependency missing from the tarball still fails.
const toolNames = ['typescript', 'vitest'];
mkdirSync(join(work, 'node_modules'), { recursive: true });
for (const name of toolNames) {
  const from = join(root, 'node_modules', name);
  if (!check(`link ${name} ${existsSync(from) ? JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version : ''}`, existsSync(from), existsSync(from) ? '' : 'run `npm ci` first')) process.exit(1);
  symlinkSync(from, join(work, 'node_modules', name), 'dir');
}
const tsc = join(work, 'node_modules/typescript/bin/tsc');
// tsc's CPU time, reported by the child itself at exit: on a shared machine the wall time says
// more about the neighbours than about the declarations.
const cpuHook = join(work, 'cpu-time.cjs');
writeFileSync(cpuHook, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\n__cpu_ms ' + Math.round((u.user + u.system) / 1000) + '\\n'); });\n");

// ---- the consumer's files ------------------------------------------------------------------
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const quickStart = /## Quick start\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
if (!check('README has a quick start', quickStart !== undefined)) process.exit(1);
// What the quick start must have done, read after XState's timers have run (on xstate 5.18 a
// refused event was reported "accepted" and the process died on a timer afterwards).
const epilogue = `
// ---- appended by test/consumer/run.mjs
console.log(\`refused: \${r.accepted ? 'no' : r.refusal.reason}\`);
setTimeout(() => {
  const s = kasus.getSnapshot();
  const steps = getSop('pembuatan-sk-tim-kerja-bidang-3').steps.map((x) => x.id as string);
  console.log(\`status: \${s.status} at step \${steps.indexOf(String(s.value)) + 1}\`);
}, 50);
`;
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
// Every subpath imported, and the machine's types used the way an app uses them; the
// @ts-expect-error lines fail the check if the types decay to `any` or `string`.
// A JSON subpath (the definition's JSON Schema) is imported the way Node needs it: with the
// import attribute in an ES module, as a plain require in CommonJS; and read as data.
const subpathImport = (type) => (k, i) =>
  k.endsWith('.json')
    ? `import s${i} from 'sop-ap${k.slice(1)}'${type === 'module' ? " with { type: 'json' }" : ''};\nexport const title${i}: string = s${i}.title;`
    : `import * as s${i} from 'sop-ap${k.slice(1)}';`;
const subpathSource = (type) => `${subpaths.map(subpathImport(type)).join('\n')}
import { createSopMachine, dispatch, type SopMachine, type SopStateValue } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { createActor, type EventFrom, type SnapshotFrom } from 'xstate';

const def = getSop('pembuatan-sk-tim-kerja-bidang-3');
const machine: SopMachine<typeof def> = createSopMachine(def);
const actor = createActor(machine, { input: { caseId: 'X-1' } });
const value: SnapshotFrom<typeof machine>['value'] = 'selesai';
const state: SopStateValue<typeof def> = 'perintah-kasubbag-tu';
// @ts-expect-error not a state of this SOP
const notAState: SnapshotFrom<typeof machine>['value'] = 'tidak-ada';
const event: EventFrom<typeof machine> = { type: 'SELESAI', actor: { role: 'kepala-dinas' } };
// @ts-expect-error not a role of the catalogue
const badRole: EventFrom<typeof machine> = { type: 'SELESAI', actor: { role: 'kadis' } };
// @ts-expect-error not an event of an SOP machine
actor.send({ type: 'BATAL', actor: { role: 'kepala-dinas' } });
export const used = [${subpaths.map((_, i) => `s${i}`).join(', ')}, value, state, notAState, event, badRole, dispatch];
`;
const tsconfig = {
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    noUncheckedIndexedAccess: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    // No @types/node: checking its own declarations costs ~9 s of the ~11 s, and without it a
    // Node type leaking from our declarations fails the check (console, setTimeout: lib dom).
    types: [],
    resolveJsonModule: true,
    rootDir: '.',
    outDir: 'out',
  },
  include: ['*.ts'],
};

function consumer(dir, type) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(dir, 'quickstart.ts'), quickStart + epilogue);
  writeFileSync(join(dir, 'subpaths.ts'), subpathSource(type));
}

// ---- per xstate version ---------------------------------------------------------------------
const dirOf = (version) => join(work, `xstate-${version}`);
const installs = await Promise.all(
  versions.map((version) => {
    mkdirSync(dirOf(version));
    writeFileSync(join(dirOf(version), 'package.json'), JSON.stringify({ name: `consumer-${version}`, private: true, type: 'module' }));
    return npmInstall(dirOf(version), [tarball, `xstate@${version}`]);
  }),
);
for (const [i, version] of versions.entries()) {
  const dir = dirOf(version);
  const inst = installs[i];
  if (!check(`xstate ${version}: npm install the tarball and xstate@${version}`, inst.status === 0, inst.status === 0 ? `${(inst.ms / 1000).toFixed(1)} s` : inst.stderr.trim().split('\n').slice(0, 3).join(' | '))) continue;
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/xstate/package.json'), 'utf8')).version;
  const nested = existsSync(join(dir, 'node_modules/sop-ap/node_modules/xstate'));
  check(`xstate ${version}: one copy of xstate, the app's`, installed === version && !nested, nested ? 'sop-ap brought its own xstate' : `node_modules/xstate ${installed}`);

  for (const [kind, type] of [['ESM', 'module'], ['CJS', 'commonjs']]) {
    const cdir = join(dir, kind.toLowerCase());
    consumer(cdir, type);
    const tc = run(process.execPath, ['--require', cpuHook, tsc, '-p', cdir, '--pretty', 'false'], cdir);
    const errors = tc.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
    const cpu = Number(/__cpu_ms (\d+)/.exec(tc.stderr)?.[1] ?? NaN) / 1000;
    check(
      `xstate ${version}: ${kind} consumer type-checks (strict, skipLibCheck false): ${errors.length} errors`,
      tc.status === 0 && errors.length === 0,
      errors.length ? errors.slice(0, 3).map((l) => l.slice(0, 200)).join(' | ') : `tsc ${cpu.toFixed(1)} s CPU, ${(tc.ms / 1000).toFixed(1)} s wall`,
    );
    const out = join(cdir, 'out', 'quickstart.js');
    if (!existsSync(out)) {
      check(`xstate ${version}: ${kind} quick start runs`, false, 'tsc emitted nothing');
      continue;
    }
    const q = run(process.execPath, [out], cdir);
    const lines = q.stdout.trim().split('\n');
    check(`xstate ${version}: ${kind} quick start exits 0 with nothing on stderr`, q.status === 0 && q.stderr.trim() === '', q.stderr.trim().split('\n')[0] ?? `exit ${q.status}`);
    check(`xstate ${version}: ${kind} quick start refuses the wrong role`, lines[0] !== undefined && lines[0] !== 'diterima' && lines.includes('refused: WRONG_ROLE'), lines[0]);
    // the quick start's second print is the open step's timing (an object over several lines)
    const timing = lines.slice(1, lines.indexOf('refused: WRONG_ROLE')).join(' ');
    check(`xstate ${version}: ${kind} quick start prints the open step's timing level: warning`, /level: 'warning'/.test(timing), timing.replace(/\s+/g, ' ').slice(0, 160));
    check(`xstate ${version}: ${kind} case still active at step 2 after the timers ran`, lines.includes('status: active at step 2'), lines.at(-1));
  }
}

// ---- below the peer range: npm refuses it ---------------------------------------------------
{
  const dir = join(work, 'below-range');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer-below', private: true }));
  const below = run(npm, ['install', '--dry-run', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'xstate@5.18.0'], dir);
  const said = `${below.stdout}\n${below.stderr}`;
  check('xstate 5.18.0 (below the peer range): npm refuses or warns', /ERESOLVE|peer xstate/i.test(said), said.split('\n').find((l) => /ERESOLVE|peer/i.test(l))?.trim());
}

if (keep) process.stdout.write(`kept ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.stdout.write(failures ? `${failures} consumer check(s) failed\n` : 'every consumer check passed\n');
process.exitCode = failures ? 1 : 0;
