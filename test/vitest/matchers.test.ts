import { beforeAll, describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, defineSop, kalbarCalendar, readCsvLog, ScenarioError, serviceTime } from 'sop-ap';
import { scenario, setupSopMatchers } from '../../src/vitest/index.js';
import { fixture } from '../compliance/helpers.js';

const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

beforeAll(() => setupSopMatchers());

/** Steps 1–3 of the SK SOP, then step 4 refused twice and approved. */
function doubleRework(calendar = calendar24x7) {
  return scenario(sk, { calendar })
    .start('2026-01-05T07:30:00+07:00', { caseId: 'SK-T1' })
    .step('1', 'Kadis', { after: '5 menit' })
    .step('2', 'Kabid', { after: '5 menit' })
    .step('3', 'Kasubbag TU', { after: '25 menit' })
    .step('koreksi-konsep-surat', 'kepala-bidang', { after: '15 menit', decision: 'tidak setuju', note: 'dasar hukum kurang' })
    .step('3', 'Kasubbag TU', { after: '20 menit' })
    .step('4', 'Kabid', { after: '10 menit', decision: 'TIDAK_SETUJU' })
    .step('3', 'Kasubbag TU', { after: '10 menit' });
}

describe('scenario', () => {
  it('drives the machine on a simulated clock: each line after working time', () => {
    const s = doubleRework();
    // 5 + 5 + 25 + 15 + 20 + 10 + 10 = 90 minutes after 07:30
    expect(s.now).toBe(Date.parse('2026-01-05T09:00:00+07:00'));
    expect(s.context.visits.filter((v) => v.stepId === 'koreksi-konsep-surat').map((v) => v.note)).toEqual(['dasar hukum kurang', undefined, undefined]);
    expect(serviceTime(s.actor.getSnapshot()).current?.stepId).toBe('koreksi-konsep-surat');
  });

  it('counts "after" in working time on the calendar (lunch break skipped)', () => {
    const s = scenario(sk, { calendar: kalbarCalendar }).start('2026-01-05T11:50:00+07:00').step('1', 'Kadis', { after: '15 menit' });
    expect(s.now).toBe(Date.parse('2026-01-05T13:05:00+07:00'));
  });

  it('fails a line whose step is not where the case is, naming both', () => {
    const s = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').step('1', 'Kadis');
    expect(() => s.step('3', 'Kasubbag TU')).toThrow(ScenarioError);
    expect(() => s.step('4', 'Kabid')).toThrow('scenario failed at line 3: the case is at step 2 (perintah-kasubbag-tu), not at step 4 (koreksi-konsep-surat)');
  });

  it('fails a line the machine refuses, with the machine reason', () => {
    const s = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00');
    expect(() => s.step('1', 'Kabid')).toThrow(/WRONG_ROLE: .*step 1 is performed by kepala-dinas, not by kepala-bidang/);
  });

  it('fails a decision step played without a decision (the machine refuses SELESAI there)', () => {
    const s = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').step('1', 'Kadis').step('2', 'Kabid').step('3', 'Kasubbag TU');
    expect(() => s.step('4', 'Kabid')).toThrow(/WRONG_EVENT/);
  });

  it('.refused asserts a refusal and changes nothing; it fails when the event is accepted', () => {
    const s = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').refused('1', 'Tim Kerja', { reason: 'WRONG_ROLE' });
    expect(s.refusals.map((r) => r.reason)).toEqual(['WRONG_ROLE']);
    expect(s).toBeWaitingAt('1');
    expect(() => s.refused('1', 'Kadis')).toThrow(/expected the machine to refuse SELESAI by kepala-dinas at step 1, but it was accepted/);
  });

  it('.refused at a decision step checks the role without a decision (finding 13)', () => {
    const at4 = () => scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').step('1', 'Kadis').step('2', 'Kabid').step('3', 'Kasubbag TU');
    const s = at4().refused('4', 'Kasubbag TU', { reason: 'WRONG_ROLE' });
    expect(s.refusals.map((r) => r.reason)).toEqual(['WRONG_ROLE']);
    expect(s).toBeWaitingAt('4');
    // with no decision the line stands for either decision: the right role is accepted, so `.refused` fails
    expect(() => at4().refused('4', 'Kabid')).toThrow(/expected the machine to refuse SETUJU by kepala-bidang at step 4, but it was accepted/);
    // a wrong event is still testable: SELESAI is what a decision step does not take
    expect(at4().refused('4', 'Kabid', { reason: 'WRONG_EVENT' }).refusals.map((r) => r.reason)).toEqual(['WRONG_EVENT']);
    // an explicit decision is sent as given
    expect(at4().refused('4', 'Kadis', { reason: 'WRONG_ROLE', decision: 'tidak setuju' }).refusals.map((r) => r.eventType)).toEqual(['TIDAK_SETUJU']);
  });

  it('accepts a Plt. acting for the step role', () => {
    const s = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').step('1', 'Sekretaris', { actingAs: { role: 'Kadis', as: 'plt' } });
    expect(s).toHaveStepPerformedBy('1', 'Kadis');
  });

  it('refuses to play before start', () => {
    expect(() => scenario(sk).step('1', 'Kadis')).toThrow(/call \.start\(at\) before the first step/);
  });
});

describe('matchers on a live case', () => {
  it('toBeWaitingAt / toHaveReworked / toHavePassedSteps pass on the double rework, and say what differed when not', () => {
    const s = doubleRework();
    expect(s).toBeWaitingAt('koreksi-konsep-surat');
    expect(s).toBeWaitingAt('4');
    expect(s.actor).toHaveReworked('susun-surat-tugas', 2);
    // step 4 is at its third visit (open): two reworks, counted on entering
    expect(s).toHaveReworked('4', 2);
    expect(s).toHavePassedSteps(['1', '2', 'susun-surat-tugas', '4', '3', '4', '3']);
    expect(s).toHavePassedSteps(['1', '4', '4']);
    expect(() => expect(s).toBeWaitingAt('5')).toThrow("expected case SK-T1 of SOP 'pembuatan-sk-tim-kerja-bidang-3' to be waiting at 5; it is waiting at koreksi-konsep-surat (step 4)");
    expect(() => expect(s).toHaveReworked('susun-surat-tugas', 1)).toThrow(/reworked susun-surat-tugas 1 time\(s\); it was reworked 2 time\(s\) \(reworks: susun-surat-tugas: 2, koreksi-konsep-surat: 2\)/);
    expect(() => expect(s).toHavePassedSteps(['1', '5'])).toThrow(/no '5' after '1'/);
  });

  it('toHaveStepPerformedBy resolves spellings and lists who did it when it fails', () => {
    const s = doubleRework();
    expect(s).toHaveStepPerformedBy('3', 'Kasubbag TU/Umpar');
    expect(() => expect(s).toHaveStepPerformedBy('3', 'Kabid')).toThrow('it was performed by kasubbag-tu, kasubbag-tu, kasubbag-tu');
    expect(() => expect(s).toHaveStepPerformedBy('6', 'Kabid')).toThrow(/it was never completed/);
  });

  it('toBeCompletedWithin: an ended case within its budget; a running one fails saying where it waits', () => {
    const s = doubleRework().step('4', 'Kabid', { after: '5 menit', decision: 'setuju' }).step('5', 'Kadis', { after: '10 menit' }).step('6', 'Kabid', { after: '5 menit' });
    expect(() => expect(s).toBeCompletedWithin('2 jam')).toThrow(/it has not ended \(waiting at laksanakan-tugas, 110 working minutes so far\)/);
    s.step('7', 'Tim', { after: '5 menit' });
    expect(s).toBeCompletedWithin('2 jam');
    expect(s).toBeCompletedWithin(115);
    expect(() => expect(s).toBeCompletedWithin('1 jam')).toThrow('it took 115 working minutes, 55 over');
    expect(s).not.toBeCompletedWithin(114);
  });

  it('toComplyWithSop replays the live case through the machine', () => {
    const s = doubleRework();
    expect(s).toComplyWithSop(sk);
    // the same case on the Kalimantan Barat calendar is measured there: step 3's 25 minutes fit 25 Menit
    expect(doubleRework(kalbarCalendar)).toComplyWithSop(sk);
    const slow = scenario(sk, { calendar: calendar24x7 }).start('2026-01-05T07:30:00+07:00').step('1', 'Kadis', { after: '20 menit' });
    expect(() => expect(slow).toComplyWithSop(sk)).toThrow(/over-budget at perintah-buat-surat-tugas: Step 1 \(Kepala Dinas\) exceeded its standard time of 5 Menit by 15 working minutes/);
  });
});

describe('matchers on logs and replayed cases', () => {
  const report = checkConformance(sk, readCsvLog(fixture('sk-deviations.csv')), { calendar: calendar24x7 });
  const byCase = (id: string) => report.cases.find((c) => c.case === id)!;

  it('toComplyWithSop on a raw log and on a read log', () => {
    expect(readCsvLog(fixture('sk-conformant.csv'))).toComplyWithSop(sk, { calendar: calendar24x7 });
    expect(() => expect(readCsvLog(fixture('sk-deviations.csv')).events.filter((e) => e.case === 'SKIP')).toComplyWithSop(sk, { calendar: calendar24x7 })).toThrow(
      "expected case SKIP to comply with SOP 'pembuatan-sk-tim-kerja-bidang-3', but found 1 deviation(s):\n  - SKIP: skipped-step at susun-surat-tugas (line 4): Step 3 (Kepala Sub Bagian Tata Usaha/Umpar) was skipped: the log records step 4 without step 3",
    );
  });

  it('the other matchers on replayed cases: skipped steps are not passed, the logged performer counts', () => {
    expect(byCase('SKIP')).toHavePassedSteps(['1', '2', '4']);
    expect(byCase('SKIP')).not.toHavePassedSteps(['susun-surat-tugas']);
    expect(byCase('WRONG')).not.toHaveStepPerformedBy('4', 'Kabid');
    expect(byCase('WRONG')).toHaveStepPerformedBy('koreksi-konsep-surat', 'Kadis');
    expect(byCase('OPEN')).toBeWaitingAt('koreksi-konsep-surat');
    expect(byCase('NOREFUSAL')).toHaveReworked('susun-surat-tugas', 1);
    expect(byCase('ORDER')).not.toComplyWithSop(sk);
  });

  it('explains what it accepts when given a raw log for a matcher that needs a replay', () => {
    expect(() => expect(readCsvLog(fixture('sk-conformant.csv'))).toBeWaitingAt('1')).toThrow(/replay it first/);
    expect(() => expect(42).toHaveReworked('1', 0)).toThrow(/expected an SOP actor, a scenario/);
  });
});

describe('a small SOP of our own: a decision that ends the case', () => {
  const izin = defineSop({
    id: 'uji-izin',
    nama: 'Uji Izin',
    steps: [
      { id: 'ajukan', label: '1', uraian: 'Mengajukan permohonan', pelaksana: ['pemohon'], waktu: '10 Menit' },
      { id: 'telaah', label: '2', uraian: 'Menelaah; jika tidak setuju ditolak', pelaksana: ['kepala-dinas'], waktu: '1 Jam', decision: { tidakSetuju: { action: 'end' } } },
      { id: 'terbitkan', label: '3', uraian: 'Menerbitkan izin', pelaksana: ['petugas-teknis'], waktu: '1 Hari' },
    ],
  });

  it('a refusal ends the case ditolak: complete, complying, within budget, no more waiting', () => {
    const s = scenario(izin, { calendar: calendar24x7 }).start('2026-01-05T08:00:00+07:00').step('1', 'Pemohon', { after: '10 menit' }).step('2', 'Kadis', { after: '30 menit', decision: 'ditolak' });
    expect(s).toComplyWithSop(izin);
    expect(s).toBeCompletedWithin('40 menit');
    expect(s).not.toBeWaitingAt('3');
    expect(() => s.step('3', 'Petugas')).toThrow(/the case has already ended \(ditolak\)/);
  });
});

describe('the example of docs/compliance.md', () => {
  it('runs as written on the Kalimantan Barat calendar', () => {
    const s = scenario(sk, { calendar: kalbarCalendar })
      .start('2026-01-05T07:30:00+07:00', { caseId: 'SK-1' })
      .step('1', 'Kadis', { after: '5 menit' })
      .step('2', 'Kabid', { after: '5 menit' })
      .step('3', 'Kasubbag TU', { after: '25 menit' })
      .step('koreksi-konsep-surat', 'kepala-bidang', { after: '15 menit', decision: 'tidak setuju' })
      .refused('3', 'Kabid', { reason: 'WRONG_ROLE' });
    expect(s).toBeWaitingAt('susun-surat-tugas');
    expect(s).toHaveReworked('3', 1);
    expect(s).toComplyWithSop(sk);
  });
});
