import { expect, test } from 'vitest';
import { eventFor, SopError, type AnySopDefinition } from 'sop-ap';
import { sopUji } from './fixture.js';

test('eventFor builds the event a step takes', () => {
  expect(eventFor(sopUji, 'verifikasi', 'TIDAK_SETUJU', { role: 'ketua-tim-kerja' }, { note: 'kurang lengkap' })).toEqual({
    type: 'TIDAK_SETUJU',
    actor: { role: 'ketua-tim-kerja' },
    at: undefined,
    note: 'kurang lengkap',
  });
  // Plh. for the performer
  expect(eventFor(sopUji, 'telaah-kadis', 'SETUJU', { role: 'sekretaris', actingAs: { role: 'kepala-dinas', as: 'plh' } }).type).toBe('SETUJU');
});

test.each([
  ['an unknown step', 'langkah-lain', 'SELESAI', 'kepala-dinas', /step 'langkah-lain', field 'stepId'.*has no step/],
  ['a decision answer at a task step', 'perintah', 'SETUJU', 'ketua-tim-kerja', /step 'perintah', field 'type'.*takes SELESAI, not SETUJU/],
  ['SELESAI at a decision step', 'telaah-kadis', 'SELESAI', 'kepala-dinas', /field 'type'.*takes SETUJU or TIDAK_SETUJU/],
  ['a role that does not perform the step', 'perintah', 'SELESAI', 'kepala-dinas', /field 'actor.role'.*performed by ketua-tim-kerja, not by kepala-dinas/],
])('eventFor refuses %s at run time too (definitions typed loosely)', (_name, step, type, role, message) => {
  const loose: AnySopDefinition = sopUji;
  expect(() => eventFor(loose, step, type as 'SELESAI', { role })).toThrowError(SopError);
  expect(() => eventFor(loose, step, type as 'SELESAI', { role })).toThrowError(message);
});
