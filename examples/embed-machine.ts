// Embedding an SOP machine in a Dinas service: every case lives as a persisted snapshot in the
// service's database; each request restores the case, lets the machine judge the event (role,
// step, time), saves it, and answers. Run: npx tsx examples/embed-machine.ts
import { createSopMachine, dispatch, serviceTime, startCase, type SopEvent } from 'sop-ap';
import { getSop } from 'sop-ap/machines';

const sop = getSop('pembuatan-sk-tim-kerja-bidang-3');

// The service's clock. A real service passes nothing (Date.now is the default) or its own.
let now = Date.parse('2026-03-02T07:30:00+07:00');
const machine = createSopMachine(sop, { clock: () => now });

// The "database": case id -> JSON of the persisted snapshot.
const db = new Map<string, string>();

function openCase(caseId: string): void {
  const actor = startCase(machine, { input: { caseId } });
  db.set(caseId, JSON.stringify(actor.getPersistedSnapshot()));
}

/** What an HTTP handler would do for POST /cases/:id/events. */
function handle(caseId: string, event: SopEvent): string {
  const saved = db.get(caseId);
  if (saved === undefined) return `404 kasus ${caseId} tidak ada`;
  const actor = startCase(machine, { snapshot: JSON.parse(saved) }); // validated before restoring
  const verdict = dispatch(actor, event);
  if (!verdict.accepted) return `409 ${verdict.refusal.pesan}`;
  db.set(caseId, JSON.stringify(actor.getPersistedSnapshot()));
  return `200 ${caseId} sekarang di ${String(actor.getSnapshot().value)}`;
}

/** A dashboard line: where the case is and how it stands against the step's budget. */
function status(caseId: string): string {
  const actor = startCase(machine, { snapshot: JSON.parse(db.get(caseId)!) });
  const t = serviceTime(actor.getSnapshot(), now);
  if (t.current === undefined) return `${caseId}: ${t.status}, ${t.totalMinutes} menit kerja`;
  const c = t.current;
  return `${caseId}: langkah ${c.label} (${c.stepId}) ${c.elapsedMinutes}/${c.budgetMinutes} menit kerja, ${c.percent.toFixed(0)}% -> ${c.level}`;
}

const minutes = (m: number) => {
  now += m * 60_000;
};

openCase('ST-2026-001');
minutes(5);
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kepala-dinas', name: 'Kadis' } }));
minutes(3);
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kasubbag-tu' } })); // not this step's performer
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kepala-bidang' } }));
minutes(20);
console.log(status('ST-2026-001'));
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kasubbag-tu' } }));
minutes(10);
console.log(handle('ST-2026-001', { type: 'TIDAK_SETUJU', actor: { role: 'kepala-bidang' }, note: 'dasar hukum belum lengkap' }));
minutes(30);
console.log(status('ST-2026-001')); // the rework visit, 30 of 25 minutes: breach
// A Plh. signs for the Kepala Dinas later on; the record keeps both the person and the role.
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kasubbag-tu' } }));
minutes(10);
console.log(handle('ST-2026-001', { type: 'SETUJU', actor: { role: 'kepala-bidang' } }));
minutes(10);
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'sekretaris', name: 'Sekretaris Dinas', actingAs: { role: 'kepala-dinas', as: 'plh' } } }));
minutes(5);
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'kepala-bidang' } }));
minutes(5);
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'tim-kerja' } }));
console.log(status('ST-2026-001'));
console.log(handle('ST-2026-001', { type: 'SELESAI', actor: { role: 'tim-kerja' } })); // after the end
