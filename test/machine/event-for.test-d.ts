import { describe, expectTypeOf, test } from 'vitest';
import { eventFor, type AnySopDefinition, type DecisionStepIdOf, type EventTypeFor } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { sopUji } from './fixture.js';

describe('eventFor: the events a step cannot take do not compile', () => {
  test('the definition type knows its decision steps', () => {
    expectTypeOf<DecisionStepIdOf<typeof sopUji>>().toEqualTypeOf<'verifikasi' | 'koreksi-kabid' | 'telaah-kadis'>();
    expectTypeOf<EventTypeFor<typeof sopUji, 'perintah'>>().toEqualTypeOf<'SELESAI'>();
    expectTypeOf<EventTypeFor<typeof sopUji, 'verifikasi'>>().toEqualTypeOf<'SETUJU' | 'TIDAK_SETUJU'>();
    // A definition whose type does not know its steps allows every event.
    expectTypeOf<EventTypeFor<AnySopDefinition, 'x'>>().toEqualTypeOf<'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU'>();
  });

  test('task and decision steps', () => {
    eventFor(sopUji, 'perintah', 'SELESAI', { role: 'ketua-tim-kerja' });
    eventFor(sopUji, 'verifikasi', 'TIDAK_SETUJU', { role: 'ketua-tim-kerja' });
    // @ts-expect-error a task step takes SELESAI only
    eventFor(sopUji, 'perintah', 'SETUJU', { role: 'ketua-tim-kerja' });
    // @ts-expect-error a decision step takes SETUJU or TIDAK_SETUJU, not SELESAI
    eventFor(sopUji, 'telaah-kadis', 'SELESAI', { role: 'kepala-dinas' });
    // @ts-expect-error not a step of this SOP
    eventFor(sopUji, 'langkah-lain', 'SELESAI', { role: 'kepala-dinas' });
    // @ts-expect-error not a role
    eventFor(sopUji, 'perintah', 'SELESAI', { role: 'kadis' });
  });

  test('catalogue SOPs are typed the same way', () => {
    const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
    eventFor(sk, 'koreksi-konsep-surat', 'SETUJU', { role: 'kepala-bidang' });
    // @ts-expect-error the drafting step is not a decision
    eventFor(sk, 'susun-surat-tugas', 'TIDAK_SETUJU', { role: 'kasubbag-tu' });
  });
});
