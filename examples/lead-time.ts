// How long does an SOP take, and when will this case be done? Run: npx tsx examples/lead-time.ts
import { createWorkCalendar, expectedLeadTime, indonesiaHolidays, KALBAR_HOURS, kalbarCalendar, nominalLeadTime, simulate } from 'sop-ap';
import { getSop } from 'sop-ap/machines';

const sop = getSop('peningkatan-pelayanan-plut');

// 1. Nominal: every decision SETUJU, every step exactly its budget, dated on the Kalbar calendar
const nominal = nominalLeadTime(sop, { start: '2026-03-02T07:30:00+07:00' });
console.log(`${sop.nama}: ${nominal.budget.days} hari + ${nominal.budget.minutes} menit = ${nominal.workingMinutes} menit kerja`);
console.log(`mulai ${nominal.start}, jatuh tempo ${nominal.due}`);

// 2. Exact expectation when the Kepala Dinas returns the draft 1 time in 5
const exact = expectedLeadTime(sop, { refusal: 0.2 });
console.log(`harapan: ${exact.mean.toFixed(0)} menit kerja (simpangan baku ${exact.sd.toFixed(0)})`);

// 3. Monte Carlo with durations that vary around the budget
const mc = simulate(sop, { runs: 20_000, seed: 7, refusal: 0.2, durations: { kind: 'lognormal', cv: 0.5 } });
console.log(`simulasi: rata-rata ${mc.mean.toFixed(0)}, p90 ${mc.p90.toFixed(0)}, p95 ${mc.p95.toFixed(0)} menit kerja`);

// 4. An agency calendar: Ramadan hours and a regional day off
const kabupaten = createWorkCalendar({
  id: 'kabupaten-contoh',
  hours: KALBAR_HOURS,
  holidays: indonesiaHolidays,
  extraDaysOff: [{ date: '2026-03-04', name: 'Libur daerah (contoh)' }],
  exceptions: [
    {
      from: '2026-02-18',
      to: '2026-03-19',
      name: 'Ramadan 1447 H (contoh)',
      hours: {
        mon: [['08:00', '12:00'], ['12:30', '15:00']],
        tue: [['08:00', '12:00'], ['12:30', '15:00']],
        wed: [['08:00', '12:00'], ['12:30', '15:00']],
        thu: [['08:00', '12:00'], ['12:30', '15:00']],
        fri: [['08:00', '11:30'], ['13:00', '15:30']],
      },
    },
  ],
  minutesPerDay: 450,
});
const local = nominalLeadTime(sop, { start: '2026-03-02T07:30:00+07:00', calendar: kabupaten });
console.log(`kalender ${kabupaten.id}: jatuh tempo ${local.due}`);

// 5. The calendar itself: 2 working hours from Tuesday 17 March 2026, 15:00 (Nyepi and Idulfitri follow)
console.log(kalbarCalendar.format(kalbarCalendar.addWorkingMinutes(Date.parse('2026-03-17T15:00:00+07:00'), 120)));
