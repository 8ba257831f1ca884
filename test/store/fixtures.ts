// What the store tests share: catalogue SOPs, users, and a second revision built from a
// catalogue definition for the migration tests.
import { defineSop, type AnySopDefinition } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import type { SendInput, SopStore } from 'sop-ap/store';

/** Pembuatan SK Tim Kerja: tasks, and a decision (step 4) whose TIDAK SETUJU sends the draft back to step 3. */
export const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
/** Permintaan Narasumber: the SOP migrated between revisions. */
export const narsum = getSop('permintaan-narasumber');

/**
 * Revision 1 of Permintaan Narasumber, built for the migration tests from the catalogue's
 * revision 0: step 3 renamed (`telaah-kebutuhan` → `telaah-kebutuhan-teknis`) with a budget of
 * 20 minutes instead of 10. Not a real revision of the SOP: a test fixture.
 */
export function narsumRevision1(): AnySopDefinition {
  const json = JSON.parse(JSON.stringify(narsum)) as { revision: number; steps: { id: string; waktu: unknown }[] };
  json.revision = 1;
  const step = json.steps.find((s) => s.id === 'telaah-kebutuhan')!;
  step.id = 'telaah-kebutuhan-teknis';
  step.waktu = '20 Menit';
  return defineSop(json as never) as AnySopDefinition;
}

/** Users of the tests, each with the role they hold. */
export const USERS = {
  kadis: { user: 'nip-kadis', role: 'kepala-dinas' },
  kabid: { user: 'nip-kabid', role: 'kepala-bidang' },
  sari: { user: 'nip-sari', role: 'kasubbag-tu' },
  tim: { user: 'nip-tim', role: 'tim-kerja' },
} as const;

/** An instant on 2 March 2026 (a Monday) in WIB, e.g. `at('08:05')`. */
export const at = (hm: string, day = '2026-03-02') => `${day}T${hm}:00+07:00`;

/** The SK case up to step 4 (the Kabid's correction of the draft): steps 1–3 done by their roles. */
export async function skAtCorrection(store: SopStore, caseId: string, drafter: { user: string; role: string } = USERS.sari): Promise<void> {
  await store.start({ sopId: sk.id, caseId, user: USERS.kadis.user, at: at('08:00') });
  const steps: SendInput[] = [
    { type: 'SELESAI', ...USERS.kadis, at: at('08:05') },
    { type: 'SELESAI', ...USERS.kabid, at: at('08:10') },
    { type: 'SELESAI', ...drafter, at: at('08:30') },
  ];
  for (const s of steps) {
    const r = await store.send(caseId, s);
    if (r.outcome !== 'accepted') throw new Error(`setup of ${caseId}: ${JSON.stringify(r)}`);
  }
}
