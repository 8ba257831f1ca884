// Which cases broke the SOP, and how? Run: npx tsx examples/compliance.ts
import { createActor } from 'xstate';
import { checkConformance, createSopMachine, dispatch, historyFromContext, kalbarCalendar, readCsvLog, readXesLog, writeXes, type SopContext } from 'sop-ap';
import { getSop } from 'sop-ap/machines';

const sop = getSop('pembuatan-sk-tim-kerja-bidang-3');

// 1. A log exported from the Dinas' own system: step numbers as the document writes them,
//    roles in any spelling, decisions in words. Case SK-2 skips the draft, SK-3 is slow at step 4.
const csv = `case,step,role,started_at,completed_at,decision
SK-1,1,Kadis,2026-01-05T07:30:00+07:00,2026-01-05T07:34:00+07:00,
SK-1,2,Kabid,,2026-01-05T07:38:00+07:00,
SK-1,3,Kasubbag TU,,2026-01-05T07:58:00+07:00,
SK-1,4,Kabid,,2026-01-05T08:08:00+07:00,tidak setuju
SK-1,3,Kasubbag TU,,2026-01-05T08:28:00+07:00,
SK-1,4,Kabid,,2026-01-05T08:38:00+07:00,setuju
SK-1,5,Kadis,,2026-01-05T08:45:00+07:00,
SK-1,6,Kabid,,2026-01-05T08:49:00+07:00,
SK-1,7,Tim Kerja,,2026-01-05T08:52:00+07:00,
SK-2,1,Kadis,2026-01-06T07:30:00+07:00,2026-01-06T07:34:00+07:00,
SK-2,2,Kabid,,2026-01-06T07:38:00+07:00,
SK-2,4,Kabid,,2026-01-06T07:50:00+07:00,setuju
SK-3,1,Kadis,2026-01-07T07:30:00+07:00,2026-01-07T07:34:00+07:00,
SK-3,2,Kabid,,2026-01-07T07:38:00+07:00,
SK-3,3,Kasubbag TU,,2026-01-07T07:58:00+07:00,
SK-3,4,Kabid,2026-01-07T11:30:00+07:00,2026-01-07T13:30:00+07:00,setuju
`;
const report = checkConformance(sop, readCsvLog(csv), { calendar: kalbarCalendar, allowIncomplete: true });
for (const c of report.cases) {
  console.log(`${c.case}: ${c.conformant ? 'sesuai' : 'menyimpang'} (fitness ${c.fitness.toFixed(2)}, ${c.status})`);
  for (const d of c.deviations) console.log(`  baris ${d.line ?? '-'}: ${d.pesan}`);
}
console.log(`ringkasan: ${report.summary.conformant} dari ${report.summary.cases} kasus sesuai; pengulangan ${JSON.stringify(report.summary.reworksByStep)}`);

// 2. A live case's history, written as XES for ProM / PM4Py / Disco, read back and checked.
const machine = createSopMachine(sop, { calendar: kalbarCalendar });
const actor = createActor(machine, { input: { caseId: 'SK-LIVE', startedAt: '2026-01-08T07:30:00+07:00' } }).start();
const t = (hhmm: string) => `2026-01-08T${hhmm}:00+07:00`;
dispatch(actor, { type: 'SELESAI', actor: { role: 'kepala-dinas' }, at: t('07:34') });
dispatch(actor, { type: 'SELESAI', actor: { role: 'kepala-bidang' }, at: t('07:38') });
dispatch(actor, { type: 'SELESAI', actor: { role: 'kasubbag-tu', name: 'Budi' }, at: t('08:00') });
const xes = writeXes(historyFromContext(actor.getSnapshot().context as SopContext), { definition: sop });
const back = checkConformance(sop, readXesLog(xes), { calendar: kalbarCalendar, allowIncomplete: true });
console.log(`XES: ${xes.split('<event>').length - 1} peristiwa; dibaca ulang: ${back.cases[0]?.conformant ? 'sesuai' : 'menyimpang'}, menunggu di ${back.cases[0]?.currentStep}`);
