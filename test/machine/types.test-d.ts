import { createActor, type SnapshotFrom, type EventFrom } from 'xstate';
import { describe, expectTypeOf, test } from 'vitest';
import { createSopMachine, type Role, type SopEvent } from 'sop-ap';
import { sopUji } from './fixture.js';

const machine = createSopMachine(sopUji);
type Snap = SnapshotFrom<typeof machine>;

describe('types', () => {
  test('state values are the step ids and the final states', () => {
    expectTypeOf<Snap['value']>().toEqualTypeOf<
      'perintah' | 'siapkan-bahan' | 'verifikasi' | 'koreksi-kabid' | 'telaah-kadis' | 'laksanakan' | 'selesai' | 'ditolak'
    >();
  });

  test('events are SELESAI / SETUJU / TIDAK_SETUJU with a typed actor role', () => {
    expectTypeOf<EventFrom<typeof machine>['type']>().toEqualTypeOf<'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU'>();
    expectTypeOf<EventFrom<typeof machine>['actor']['role']>().toEqualTypeOf<Role>();
    const actor = createActor(machine);
    actor.send({ type: 'SELESAI', actor: { role: 'kepala-dinas' } });
    // @ts-expect-error an event the SOP does not know
    actor.send({ type: 'BATAL', actor: { role: 'kepala-dinas' } });
    // @ts-expect-error a role that is not in the catalogue
    actor.send({ type: 'SELESAI', actor: { role: 'kadis' } });
    // @ts-expect-error every event says who sends it
    actor.send({ type: 'SETUJU' });
    // @ts-expect-error Plt./Plh. only
    actor.send({ type: 'SELESAI', actor: { role: 'sekretaris', actingAs: { role: 'kepala-dinas', as: 'wakil' } } });
    expectTypeOf<SopEvent['at']>().toEqualTypeOf<Date | number | string | undefined>();
  });

  test('matches() accepts only the SOP\'s states', () => {
    const snap = createActor(machine).getSnapshot();
    snap.matches('verifikasi');
    // @ts-expect-error not a step of this SOP
    snap.matches('langkah-lain');
  });
});
