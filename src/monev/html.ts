/**
 * The printable monitoring and evaluation document of one unit for one period (A4 portrait,
 * Bahasa Indonesia): Tabel 7, the figures and charts of each SOP, and the evaluation sheets.
 */
import { DateTime } from 'luxon';
import { escapeXml as e } from '../render/escape.js';
import { DEVIATION_NAMES, refusalEffect } from './assess.js';
import { leadTimeChart, monthChart, stepChart, workloadChart } from './charts.js';
import { dec, pct, workingTime } from './format.js';
import type { MonevReport, MonevUnit, SopMonev } from './monev.js';
import type { MonevDecision } from './measure.js';
import { SopError } from 'sop-ap';

const CSS = `
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
html { background: #d9d9d9; }
body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #000; font-size: 10px; line-height: 13px; }
.sheet { width: 210mm; min-height: 297mm; padding: 12mm; margin: 6mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
}
h1 { font-size: 14px; line-height: 18px; margin: 0 0 2px; text-align: center; text-transform: uppercase; }
h2 { font-size: 12px; line-height: 16px; margin: 10px 0 4px; }
h3 { font-size: 11px; line-height: 14px; margin: 8px 0 3px; }
p { margin: 3px 0; }
.sub { text-align: center; font-size: 11px; line-height: 15px; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { border: 1px solid #000; padding: 3px 4px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f0f0f0; font-weight: bold; }
td.num, th.num { text-align: right; }
.badge { display: inline-block; font-size: 8px; line-height: 10px; font-weight: bold; padding: 0 3px; border: 1px solid #000; border-radius: 2px; margin-left: 3px; white-space: nowrap; }
.b-data { background: #dde8f5; }
.b-penilai { background: #fff2c6; }
td.data { background: #f4f8fc; }
td.penilai { background: #fffbea; }
.isian { color: #666; font-style: italic; }
.pilihan { display: inline-block; padding-left: 13px; text-indent: -13px; }
.kotak { display: inline-block; width: 9px; height: 9px; border: 1px solid #000; vertical-align: -1px; margin-right: 3px; }
.legenda { border: 1px solid #000; padding: 4px 6px; margin: 6px 0; }
.aturan { font-size: 9px; line-height: 12px; margin-top: 4px; }
.flag { border: 2px solid #c0504d; padding: 4px 6px; margin: 6px 0; font-weight: bold; }
.ok { border: 1px solid #000; padding: 4px 6px; margin: 6px 0; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 10px; margin: 6px 0; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9px; line-height: 11px; font-weight: bold; margin-bottom: 2px; }
figure .note { font-size: 8px; line-height: 10px; font-weight: normal; color: #333; }
svg.chart { display: block; max-width: 100%; height: auto; }
.kv td { border: none; padding: 1px 4px 1px 0; }
.kv td:first-child { width: 45%; }
.ttd { margin-top: 14px; width: 45%; margin-left: auto; }
.ttd .ruang { height: 46px; }
.kecil { font-size: 9px; line-height: 12px; }
.kepala { display: flex; justify-content: space-between; font-size: 9px; border-bottom: 1px solid #000; margin-bottom: 6px; padding-bottom: 2px; }
tr { break-inside: avoid; page-break-inside: avoid; }
`;

const DATA = '<span class="badge b-data">saran data</span>';
const PENILAI = '<span class="badge b-penilai">diisi penilai</span>';
const box = (t: string) => `<span class="pilihan"><span class="kotak"></span>${e(t)}</span>`;

function date(ms: number, zone: string): string {
  const d = DateTime.fromMillis(ms, { zone });
  const bulan = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  return `${d.day} ${bulan[d.month - 1]} ${d.year} ${d.toFormat('HH:mm')}`;
}

function prosedur(s: SopMonev): string {
  return `<b>${e(s.nama)}</b>${s.nomor !== undefined ? `<br><span class="kecil">Nomor ${e(s.nomor)}</span>` : ''}`;
}

function tabel7(unit: MonevUnit, report: MonevReport): string {
  const rows = unit.sops
    .map(
      (s, i) => `<tr data-sop="${e(s.sopId)}">
<td class="num">${i + 1}</td>
<td>${prosedur(s)}</td>
<td class="data" data-field="penilaian-saran"><b>${e(s.assessment.penilaian)}</b><div class="kecil">${s.assessment.reasons.map((r) => `${r.met ? '✓' : '✗'} ${e(r.text)}`).join('<br>')}</div></td>
<td class="penilai" data-field="penilaian">${box('Berjalan dengan baik')}<br>${box('Tidak berjalan dengan baik')}</td>
<td class="data" data-field="catatan">${e(s.assessment.catatan)}</td>
<td class="penilai" data-field="tindakan"><span class="isian">diisi penilai</span></td>
<td class="penilai" data-field="paraf"></td>
</tr>`,
    )
    .join('\n');
  return `<h2>Tabel 7. Monitoring Pelaksanaan SOP AP</h2>
<table class="tabel7"><colgroup><col style="width:4%"><col style="width:14%"><col style="width:18%"><col style="width:13%"><col style="width:29%"><col style="width:13%"><col style="width:9%"></colgroup>
<thead><tr><th rowspan="2" class="num">No.</th><th rowspan="2">Prosedur</th><th colspan="2">Penilaian terhadap penerapan</th><th rowspan="2">Catatan hasil penilaian ${DATA}<br><span class="kecil">(draf, dapat diubah penilai)</span></th><th rowspan="2">Tindakan yang harus diambil ${PENILAI}</th><th rowspan="2">Paraf penilai ${PENILAI}</th></tr>
<tr><th>Saran dari data ${DATA}</th><th>Keputusan penilai ${PENILAI}</th></tr></thead>
<tbody>${rows}</tbody></table>
<p class="aturan"><b>Aturan saran penilaian:</b> ${e(report.ruleText)}</p>`;
}

function header(unit: MonevUnit, report: MonevReport, title: string): string {
  const instansi = [unit.unit.pemerintah, unit.unit.instansi].filter((x): x is string => x !== undefined && x !== '');
  return `<h1>${e(title)}</h1>
<div class="sub">${instansi.map((i) => `${e(i)}<br>`).join('')}<b>${e(unit.name)}</b><br>Periode: ${e(report.period.label)}</div>`;
}

function legend(report: MonevReport, unit: MonevUnit): string {
  const cases = unit.sops.reduce((a, s) => a + s.counts.total, 0);
  const extra: string[] = [];
  if (report.unassigned.length > 0) extra.push(`${report.unassigned.length} kasus tidak dapat dikaitkan dengan SOP mana pun (${report.unassigned.map((u) => `${u.case}: ${u.reason}`).join('; ')})`);
  if (report.problems.length > 0) extra.push(`${report.problems.length} baris log tidak dapat dibaca dan tidak dihitung`);
  if (report.outside > 0) extra.push(`${report.outside} kasus dimulai di luar periode dan tidak dihitung`);
  return `<div class="legenda">
<p>Kolom bertanda ${DATA} dihitung dari data kasus yang tercatat: <b>saran</b>, bukan keputusan. Kolom bertanda ${PENILAI} adalah penilaian seseorang: keputusan akhir penilaian, tindakan, paraf, dan jawaban Ya/Tidak pada lembar evaluasi.</p>
<p class="kecil">Sumber data: ${e(report.source ?? 'log kasus')}; ${cases} kasus yang dimulai dalam periode; status per ${e(date(report.asOf, report.period.zone))}. Waktu dihitung dalam waktu kerja (kalender ${e(report.calendar)}); mutu baku waktu = jumlah waktu langkah pada jalur tanpa penolakan. Median dan p90 dihitung seperti MEDIAN dan PERCENTILE.INC pada lembar kerja.${extra.length > 0 ? ` ${e(extra.join('; '))}.` : ''}</p>
</div>`;
}

function signature(): string {
  return `<div class="ttd"><p>Penilai ${PENILAI}</p><p>Tanggal: ....................................</p><div class="ruang"></div><p>Nama: ....................................</p><p>NIP: ....................................</p></div>`;
}

function figures(s: SopMonev): string {
  const c = s.counts;
  const lt = s.leadTime;
  const mpd = s.minutesPerDay;
  const rows: [string, string][] = [
    ['Kasus dimulai dalam periode', String(c.total)],
    ['Selesai / ditolak / masih berjalan', `${c.selesai} / ${c.ditolak} / ${c.berjalan}${c.berjalanOverdue > 0 ? ` (${c.berjalanOverdue} berjalan melewati mutu baku)` : ''}`],
    ['Mutu baku waktu (jalur tanpa penolakan)', workingTime(lt.nominalMinutes, mpd)],
    ['Selesai dalam mutu baku', `${lt.within} dari ${lt.count} (${pct(lt.withinShare)})`],
    ['Median / p90 waktu penyelesaian', `${workingTime(lt.medianMinutes, mpd)} / ${workingTime(lt.p90Minutes, mpd)}`],
    ['Pengulangan (rework)', `${s.reworks.total} kali pada ${s.reworks.cases} kasus`],
  ];
  return `<table class="kv" data-field="angka">${rows.map(([k, v]) => `<tr><td>${e(k)}</td><td><b>${e(v)}</b></td></tr>`).join('')}</table>`;
}

function stepTable(s: SopMonev): string {
  const mpd = s.minutesPerDay;
  const slow = new Set(s.slowest.map((x) => x.step));
  const rows = s.steps
    .map(
      (x) =>
        `<tr data-step="${e(x.step)}"><td class="num">${e(x.label)}${slow.has(x.step) ? ' *' : ''}</td><td>${e(x.waktu)}</td><td class="num">${x.visits}</td><td>${e(workingTime(x.medianMinutes, mpd))}</td><td>${e(workingTime(x.p90Minutes, mpd))}</td><td class="num">${x.medianRatio === null ? '-' : `${dec(x.medianRatio, 2)}×`}</td><td class="num">${x.overBudget} (${pct(x.overShare)})</td></tr>`,
    )
    .join('');
  return `<h3>Waktu tiap langkah terhadap waktu mutu baku</h3>
<table class="langkah kecil"><colgroup><col style="width:9%"><col style="width:15%"><col style="width:10%"><col style="width:20%"><col style="width:20%"><col style="width:11%"><col style="width:15%"></colgroup>
<thead><tr><th class="num">Langkah</th><th>Waktu</th><th class="num">Dicatat</th><th>Median</th><th>p90</th><th class="num">Median/waktu</th><th class="num">Melebihi</th></tr></thead><tbody>${rows}</tbody></table>
<p class="kecil">* langkah paling lambat (p90 terbesar terhadap waktunya). Waktu langkah: dari mulai sampai selesai bila log mencatat mulai, selain itu dari selesainya langkah sebelumnya (termasuk waktu tunggu).</p>`;
}

function ditolakCell(d: MonevDecision, mpd: number): string {
  if (d.action === 'rework') return '-';
  const within = d.refusedNominalMinutes === undefined ? '' : `; ${d.ditolakWithin} dalam mutu baku jalur penolakan ${workingTime(d.refusedNominalMinutes, mpd)}`;
  return `${d.ditolak}${d.ditolakPending > 0 ? ` (+${d.ditolakPending} menuju ditolak)` : ''}${d.ditolak > 0 ? within : ''}`;
}

function decisionTable(s: SopMonev): string {
  if (s.decisions.length === 0) return '<p class="kecil">SOP ini tidak memiliki langkah keputusan.</p>';
  const rows = s.decisions
    .map(
      (d) =>
        `<tr data-decision="${e(d.step)}" data-refusal="${e(d.action)}"><td class="num">${e(d.label)}</td><td class="num">${d.decisions}</td><td class="num">${d.tidakSetuju} (${pct(d.refusalShare)})</td><td>${e(refusalEffect(d))}</td><td class="num">${d.cases}</td><td>${e(ditolakCell(d, s.minutesPerDay))}</td><td class="num">${d.missing}</td></tr>`,
    )
    .join('');
  return `<h3>Keputusan: tidak setuju, pengulangan dan penolakan</h3>
<table class="keputusan kecil"><thead><tr><th class="num">Langkah</th><th class="num">Keputusan</th><th class="num">Tidak setuju</th><th>Akibat</th><th class="num">Kasus</th><th>Kasus ditolak</th><th class="num">Tidak tercatat</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function deviationTable(s: SopMonev, roleName: (r: string) => string): string {
  const rows = s.deviations
    .map(
      (d) =>
        `<tr data-kind="${e(d.kind)}"><td>${e(DEVIATION_NAMES[d.kind])}</td><td class="num">${d.count}</td><td class="num">${d.cases} (${pct(d.caseShare)})</td><td>${e(
          Object.entries(d.byStep)
            .map(([k, n]) => `${k} (${n})`)
            .join(', '),
        )}</td></tr>`,
    )
    .join('');
  const wrong = s.wrongPerformer
    .map(
      (w) =>
        `<li>Langkah ${e(w.label)}: dilaksanakan oleh ${e(
          Object.entries(w.actual)
            .map(([r, n]) => `${roleName(r)} (${n}×)`)
            .join(', '),
        )}; seharusnya ${e(w.expected.map(roleName).join(' / '))}</li>`,
    )
    .join('');
  return `<h3>Penyimpangan dari SOP</h3>${
    rows === ''
      ? '<p class="kecil">Tidak ada penyimpangan.</p>'
      : `<table class="penyimpangan kecil"><colgroup><col style="width:34%"><col style="width:12%"><col style="width:18%"><col style="width:36%"></colgroup><thead><tr><th>Jenis</th><th class="num">Jumlah</th><th class="num">Kasus</th><th>Langkah (jumlah)</th></tr></thead><tbody>${rows}</tbody></table>`
  }${wrong === '' ? '' : `<ul class="kecil">${wrong}</ul>`}`;
}

function workloadTable(s: SopMonev): string {
  if (s.workload.length === 0) return '';
  const rows = s.workload
    .map((w) => `<tr data-role="${e(w.role)}"><td>${e(w.name)}</td><td class="num">${w.steps} (${pct(w.stepShare)})</td><td>${e(workingTime(w.minutes, s.minutesPerDay))}</td><td class="num">${w.cases}</td></tr>`)
    .join('');
  return `<h3>Beban kerja per peran</h3><table class="beban kecil"><thead><tr><th>Peran</th><th class="num">Langkah</th><th>Waktu kerja</th><th class="num">Kasus</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function running(report: MonevReport): string {
  return `<div class="kepala"><span>Monitoring dan Evaluasi Penerapan SOP AP</span><span>${e(report.period.label)}</span></div>`;
}

function detail(s: SopMonev, report: MonevReport, roleName: (r: string) => string): string {
  const charts =
    s.counts.total === 0
      ? '<p>Tidak ada kasus dalam periode ini.</p>'
      : `<div class="charts">
<figure><figcaption>Sebaran waktu penyelesaian terhadap mutu baku <span class="note">(biru: dalam mutu baku, merah: melebihi)</span></figcaption>${leadTimeChart(s)}</figure>
<figure><figcaption>Persentase selesai dalam mutu baku per bulan <span class="note">(menurut bulan selesai; label: dalam/selesai)</span></figcaption>${monthChart(s, report.rule.minWithinShare)}</figure>
<figure><figcaption>Waktu tiap langkah terhadap waktunya <span class="note">(batang sempit: median, lebar pucat: p90; 100% = waktu mutu baku)</span></figcaption>${stepChart(s)}</figure>
<figure><figcaption>Beban kerja per peran <span class="note">(jam kerja; label: jumlah langkah)</span></figcaption>${workloadChart(s)}</figure>
</div>`;
  return `<section class="sheet rincian" data-sheet="rincian" data-sop="${e(s.sopId)}">
${running(report)}
<h2>Rincian: ${e(s.nama)}</h2>
${figures(s)}
${charts}
${stepTable(s)}
${decisionTable(s)}
${deviationTable(s, roleName)}
${workloadTable(s)}
</section>`;
}

function evaluation(s: SopMonev, unit: MonevUnit, report: MonevReport): string {
  const r = s.revision;
  const flag = `<div class="${r.flag ? 'flag' : 'ok'}" data-field="revisi" data-state="${e(r.state)}">${r.flag ? '⚠ ' : ''}${e(r.text)}</div>`;
  const rows = s.evaluation
    .map(
      (c, i) => `<tr data-criterion="${e(c.id)}"><td class="num">${i + 1}</td><td>${e(c.kriteria)}${c.source === 'tambahan' ? '<br><span class="kecil">(kriteria tambahan yang lazim dipakai)</span>' : ''}</td><td class="data kecil">${c.figures.map((f) => e(f)).join('<br>')}</td><td class="penilai">${box('Ya')}<br>${box('Tidak')}</td><td class="penilai"></td></tr>`,
    )
    .join('');
  return `<section class="sheet evaluasi" data-sheet="evaluasi" data-sop="${e(s.sopId)}">
${header(unit, report, 'Lembar Evaluasi Penerapan SOP AP')}
<p><b>Prosedur:</b> ${e(s.nama)}${s.nomor !== undefined ? ` (Nomor ${e(s.nomor)})` : ''}</p>
${flag}
<table class="kriteria"><colgroup><col style="width:5%"><col style="width:25%"><col style="width:42%"><col style="width:10%"><col style="width:18%"></colgroup>
<thead><tr><th class="num">No.</th><th>Kriteria</th><th>Angka yang terkait ${DATA}</th><th>Ya/Tidak ${PENILAI}</th><th>Catatan ${PENILAI}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="aturan">Jawaban Ya/Tidak diberikan oleh evaluator; angka hanya bahan pertimbangan. Dalam praktik instansi, SOP dinyatakan perlu direvisi bila ada jawaban Tidak, atau bila dasar hukumnya berubah. Kriteria 1–6 dipakai berbagai instansi yang merujuk Permenpan RB 35/2012; kriteria 7 tambahan yang sering dipakai.</p>
<p>Kesimpulan evaluator ${PENILAI}: ${box('SOP tetap digunakan')} &nbsp; ${box('SOP perlu direvisi')}</p>
${signature()}
</section>`;
}

/**
 * Renders the monitoring and evaluation document of one unit for the report's period: one
 * standalone HTML page, A4 portrait, in Bahasa Indonesia, that prints on as many sheets as it
 * needs. It holds:
 *
 * 1. Tabel 7 "Monitoring Pelaksanaan SOP AP" (No., Prosedur, Penilaian, Catatan, Tindakan,
 *    Paraf). The Penilaian column is split into the data's suggestion (with the rule stated
 *    under the table) and the penilai's own choice; the Catatan is a draft from the figures;
 *    Tindakan and Paraf are left blank. Badges mark "saran data" and "diisi penilai" columns.
 * 2. Per SOP, the figures, four charts (lead-time distribution against mutu baku, monthly share
 *    within mutu baku, per-step time against waktu, workload per role) drawn as static SVG with
 *    ECharts' server-side renderer, and tables of steps, decisions, deviations and workload.
 * 3. Per SOP, the evaluation sheet: each criterion with the figures that bear on it, Ya/Tidak
 *    boxes for the evaluator, and the revision flag.
 *
 * No script, no external resource; every text is escaped.
 *
 * @param report - from {@link monev}
 * @param unitKey - which unit (`report.units[i].key`); may be left out when the report has one unit
 * @returns the HTML document
 * @throws {@link SopError} `INVALID_MONEV_INPUT` when the unit is not in the report, or left out while there are several
 *
 * @example
 * ```ts
 * for (const unit of report.units) writeFileSync(`monev-${unit.key}.html`, renderMonevHtml(report, unit.key))
 * ```
 */
export function renderMonevHtml(report: MonevReport, unitKey?: string): string {
  const unit = unitKey === undefined ? (report.units.length === 1 ? report.units[0] : undefined) : report.units.find((u) => u.key === unitKey);
  if (unit === undefined) {
    throw new SopError('INVALID_MONEV_INPUT', {
      field: 'unit',
      detail: unitKey === undefined ? `the report has ${report.units.length} units; name one (${report.units.map((u) => u.key).join(', ')})` : `no unit '${unitKey}' in the report`,
      detailId: unitKey === undefined ? `laporan memuat ${report.units.length} unit; sebutkan salah satu (${report.units.map((u) => u.key).join(', ')})` : `unit '${unitKey}' tidak ada dalam laporan`,
    });
  }
  const names = new Map<string, string>();
  for (const s of unit.sops) for (const [id, name] of Object.entries(s.roleNames)) names.set(id, name);
  const roleName = (r: string) => names.get(r) ?? r;
  const title = 'Laporan Monitoring dan Evaluasi Penerapan SOP AP';
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sop-ap">
<title>${e(`${title}: ${unit.name}, ${report.period.label}`)}</title>
<style>${CSS}</style>
</head>
<body data-period="${e(report.period.id)}" data-unit="${e(unit.key)}" data-sops="${unit.sops.length}">
<section class="sheet monitoring" data-sheet="monitoring">
${header(unit, report, title)}
${legend(report, unit)}
${tabel7(unit, report)}
${signature()}
</section>
${unit.sops.map((s) => detail(s, report, roleName)).join('\n')}
${unit.sops.map((s) => evaluation(s, unit, report)).join('\n')}
</body>
</html>
`;
}
