// Where do cases wait, and what would help? The whole catalogue sharing one official per role
// for a year, then two what-ifs: one more Ketua Tim Kerja, and a Plt. covering the Kepala
// Dinas's leave. Run: npx tsx examples/capacity.ts
import { compareCapacity, type CapacityScenarioInput } from 'sop-ap/capacity';
import { getSop, sopIds, type SopId } from 'sop-ap/machines';

// Cases a month of each SOP: an assumption for the example (the SOPs do not say), between one
// a month for the SK, the bimtek reports and the PLUT service improvement and ten for
// post-training consultations. A PLUT case alone asks about 34 working days of desk time
// (10.7 of the Kepala Sub Bidang, 9.5 of the Fungsional Umum, 7.9 of the Kepala Bidang): four a
// month would ask twice what one Kepala Sub Bidang has, and every queue would grow all year.
const perMonth: Record<SopId, number> = {
  'peningkatan-pelayanan-plut': 1,
  'pelaksanaan-kegiatan-diklat': 2,
  'permintaan-narasumber': 6,
  'penyiapan-bahan-materi-diklat': 2,
  'penyiapan-sarana-prasarana-diklat': 2,
  'bimbingan-pendampingan-lapangan': 4,
  'layanan-konsultasi-pasca-pelatihan': 10,
  'pendaftaran-narasumber': 6,
  'pelaksanaan-kegiatan-perijinan-kelembagaan': 4,
  'pembuatan-sk-tim-kerja-bidang-3': 1,
  'penugasan-kegiatan-bidang-3': 8,
  'pelaksanaan-pelatihan-bimtek': 2,
  'pelaporan-kegiatan-pelatihan-bimtek-bidang-3': 1,
  'mekanisme-pelaporan-tim-kerja-bidang-3': 4,
  'fasilitasi-narasumber': 4,
};

// The Kepala Dinas takes twelve working days of annual leave in March
const leave = [{ from: '2026-03-02', to: '2026-03-17' }];
const base: CapacityScenarioInput = {
  sops: sopIds.map((id) => ({ sop: getSop(id), arrivals: { perMonth: perMonth[id] } })),
  defaultStaff: 1, // one official per role
  people: [{ name: 'Kepala Dinas', roles: ['kepala-dinas'], leave }],
  durations: { kind: 'lognormal', cv: 0.5 }, // around each step's waktu
  refusal: 0.1, // one decision in ten returned
  start: '2026-01-01T00:00:00+07:00',
  horizon: { days: 365 },
  warmup: { days: 31 },
  seed: 2026,
};

const days = (m: number) => (m / 450).toFixed(1).padStart(6);
const pct = (x: number | null) => (x === null ? '   -' : `${(x * 100).toFixed(0).padStart(3)}%`);

const tkt = compareCapacity(base, { ...base, staff: { 'ketua-tim-kerja': 2 } });
console.log(`${tkt.base.cases} kasus diukur, ${tkt.base.stepEvents} langkah; hambatan: ${tkt.bottleneck.base}`);
console.log('\nPeran                       pejabat  utilisasi  tunggu (hari kerja)  -> +1 Ketua Tim Kerja');
for (const r of tkt.roles.filter((x) => x.base.meanWait > 0 || (x.base.utilisation ?? 0) > 0.3)) {
  console.log(`${r.role.padEnd(28)}${String(r.base.officials).padStart(7)}  ${pct(r.base.utilisation).padStart(9)}  ${days(r.base.meanWait).padStart(19)}  -> ${pct(r.variant.utilisation)} ${days(r.variant.meanWait)}`);
}
console.log('\nSOP                                           rata-rata siklus (hari kerja)   p90        dalam mutu baku');
for (const s of tkt.sops) {
  console.log(`${s.id.padEnd(46)}${days(s.base.meanCycle)} -> ${days(s.variant.meanCycle)}   ${days(s.base.p90Cycle)} -> ${days(s.variant.p90Cycle)}   ${pct(s.base.withinMutuBaku)} -> ${pct(s.variant.withinMutuBaku)}`);
}
console.log(`\nsemua SOP: rata-rata ${days(tkt.total.base.meanCycle)} -> ${days(tkt.total.variant.meanCycle)} hari kerja, tunggu ${days(tkt.total.base.meanWaiting)} -> ${days(tkt.total.variant.meanWaiting)}, dalam mutu baku ${pct(tkt.total.base.withinMutuBaku)} -> ${pct(tkt.total.variant.withinMutuBaku)}`);

// A Plt. (here the Sekretaris) covering the Kepala Dinas's role during the leave
const plt = compareCapacity(base, { ...base, people: [...(base.people ?? []), { name: 'Plt. Kepala Dinas', roles: [{ role: 'kepala-dinas', ...leave[0]! }] }] });
const kadis = plt.roles.find((r) => r.role === 'kepala-dinas')!;
console.log(`\nPlt. selama cuti Kepala Dinas: tunggu pada kepala-dinas ${days(kadis.base.meanWait)} -> ${days(kadis.variant.meanWait)} hari kerja, rata-rata siklus semua SOP ${days(plt.total.base.meanCycle)} -> ${days(plt.total.variant.meanCycle)}`);

// One more official where the cases wait most
const top = tkt.bottleneck.base;
if (top !== undefined) {
  const more = compareCapacity(base, { ...base, staff: { [top]: 2 } });
  const role = more.roles.find((r) => r.role === top)!;
  console.log(`+1 ${top}: utilisasi ${pct(role.base.utilisation)} -> ${pct(role.variant.utilisation)}, tunggu ${days(role.base.meanWait)} -> ${days(role.variant.meanWait)} hari kerja, rata-rata siklus semua SOP ${days(more.total.base.meanCycle)} -> ${days(more.total.variant.meanCycle)}, dalam mutu baku ${pct(more.total.base.withinMutuBaku)} -> ${pct(more.total.variant.withinMutuBaku)}`);
}
