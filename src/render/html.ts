import { compileFlow } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { formatDuration } from '../time/index.js';
import { RenderError } from '../errors/index.js';
import { escapeXml } from './escape.js';
import { laneOrder, type RenderOptions } from './lanes.js';
import { baseRows, layoutFlow, type FlowLayout, type LayoutRow } from './layout.js';
import { pageSvg } from './svg.js';
import { wrapText } from './text.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions extends RenderOptions {
  /**
   * Whether to add a last page, *Catatan transkripsi*, listing the definition's notes (what was
   * inferred from the source text and why), for a reviewer checking the transcription against
   * the paper original. Default `false`: the printed SOP is the document alone.
   */
  readonly catatan?: boolean | undefined;
  /**
   * The agency's lambang (coat of arms) shown in the header beside the instansi: a
   * `data:image/…` URI (PNG, JPEG, GIF, WebP or SVG), or an `https:`/`http:` URL or a relative
   * path (then the document loads it from there). Anything else (`javascript:` …) is refused.
   * The CLI's `--lambang file.svg` embeds a file as a data URI.
   */
  readonly lambang?: string | undefined;
}

/** The image types a `data:` lambang may have. */
const LAMBANG_DATA = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml)(?:;[a-z0-9=.+-]+)*,/i;

/** The lambang's `src`, or a `RenderError` for a scheme other than `data:image`, `https:` or `http:`. */
function lambangSrc(def: AnySopDefinition, lambang: string | undefined): string | undefined {
  if (lambang === undefined) return undefined;
  const value = lambang.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  const ok = value !== '' && (scheme === undefined ? !value.startsWith('//') : scheme === 'https' || scheme === 'http' || LAMBANG_DATA.test(value));
  if (!ok) {
    throw new RenderError({ sopId: def.id, field: 'lambang', detail: 'lambang must be a data:image/(png|jpeg|gif|webp|svg+xml) URI, an http(s) URL or a relative path' });
  }
  return value;
}

/** The Indonesian names of the fields a note may be about (the document's own headings). */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  nama: 'Nama SOP',
  nomor: 'Nomor SOP',
  unit: 'Instansi / unit kerja',
  tanggalPembuatan: 'Tanggal Pembuatan',
  tanggalRevisi: 'Tanggal Revisi',
  tanggalEfektif: 'Tanggal Efektif',
  disahkanOleh: 'Disahkan oleh',
  'disahkanOleh.nip': 'Disahkan oleh (NIP)',
  dasarHukum: 'Dasar Hukum',
  kualifikasiPelaksana: 'Kualifikasi Pelaksana',
  keterkaitan: 'Keterkaitan',
  seeAlso: 'Keterkaitan',
  peralatan: 'Peralatan/Perlengkapan',
  peringatan: 'Peringatan',
  pencatatan: 'Pencatatan dan Pendataan',
  steps: 'Langkah',
  'steps.label': 'Nomor langkah',
  label: 'Nomor langkah',
  uraian: 'Kegiatan',
  pelaksana: 'Pelaksana',
  lanes: 'Kolom pelaksana',
  kelengkapan: 'Mutu baku: kelengkapan',
  waktu: 'Mutu baku: waktu',
  output: 'Mutu baku: output',
  keterangan: 'Keterangan',
  decision: 'Keputusan',
  'decision.tidakSetuju': 'Keputusan: jika tidak setuju',
  extraction: 'Teks sumber',
};

/** Page and column sizes in CSS pixels (96 per inch): A4 landscape with 8 mm margins. */
const PAGE = {
  /** 281 mm, the printable width. */
  width: 1060,
  /** 194 mm is 733 px; keep a little slack for rounding in print engines. */
  height: 726,
  pageHead: 22,
  theadTop: 18,
} as const;
const COL = { no: 30, kegiatan: 210, kelengkapan: 92, waktu: 54, output: 104, keterangan: 84 } as const;
const FIXED = COL.no + COL.kegiatan + COL.kelengkapan + COL.waktu + COL.output + COL.keterangan;
const BODY_FONT = 10;
const LINE = 13;
const PAD = 4;
const HEAD_FONT = 9;
const HEAD_LINE = 11;

const e = escapeXml;

function list(items: readonly string[]): string {
  if (items.length === 0) return '<span class="kosong">-</span>';
  if (items.length === 1) return e(items[0]!);
  return `<ol>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ol>`;
}

function cellLines(text: string | undefined, width: number): number {
  if (text === undefined || text === '') return 1;
  return wrapText(text, width - 2 * PAD - 2, BODY_FONT).length;
}

const CSS = `
@page { size: A4 landscape; margin: 8mm; }
* { box-sizing: border-box; }
html { background: #d9d9d9; }
body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #000; font-size: ${BODY_FONT}px; line-height: ${LINE}px; }
.page { width: 297mm; min-height: 210mm; padding: 8mm; margin: 6mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
}
table { border-collapse: collapse; table-layout: fixed; }
td, th { border: 1px solid #000; padding: ${PAD}px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-weight: bold; }
ol { margin: 0; padding-left: 16px; }
.kosong { color: #666; }
.identitas { width: ${PAGE.width}px; margin-bottom: 6px; font-size: 11px; line-height: 15px; }
.identitas .instansi { width: 46%; text-align: center; vertical-align: middle; font-weight: bold; font-size: 13px; line-height: 19px; }
.identitas .instansi .unit { text-transform: uppercase; }
.identitas th { width: 16%; }
.identitas .ttd { height: 40px; }
.grid { width: ${PAGE.width}px; font-size: 11px; line-height: 15px; }
.grid th { background: #f0f0f0; }
.page-head { height: ${PAGE.pageHead}px; display: flex; justify-content: space-between; align-items: flex-start; font-weight: bold; font-size: 11px; }
.flow { width: ${PAGE.width}px; }
.flow thead th { text-align: center; vertical-align: middle; font-size: ${HEAD_FONT}px; line-height: ${HEAD_LINE}px; padding: 2px; background: #f0f0f0; }
.flow td { font-size: ${BODY_FONT}px; line-height: ${LINE}px; }
.flow td.no { text-align: center; }
.flow td.waktu { text-align: center; }
.flow td.lanes { padding: 0; vertical-align: top; }
.flow td.lanes svg { display: block; }
.flow tr.band td, .flow tr.terminal td { padding: 0; }
.catatan { width: ${PAGE.width}px; font-size: 11px; line-height: 15px; }
.identitas .lambang { display: block; margin: 0 auto 6px; max-width: 96px; max-height: 96px; }
h1 { font-size: 14px; margin: 0 0 6px; }
`;

function identityPage(def: AnySopDefinition, lambang: string | undefined): string {
  const unit = def.unit;
  const instansi = [unit.pemerintah, unit.instansi, unit.unitKerja].filter((x): x is string => x !== undefined && x !== '');
  const d = def.disahkanOleh;
  const ttd = d
    ? [
        d.jabatan !== undefined ? `<div>${e(d.jabatan)}</div>` : '',
        '<div class="ttd"></div>',
        d.nama !== undefined ? `<div><b><u>${e(d.nama)}</u></b></div>` : '',
        d.pangkat !== undefined ? `<div>${e(d.pangkat)}</div>` : '',
        d.nip !== undefined ? `<div>NIP. ${e(d.nip)}</div>` : '',
      ].join('')
    : '<span class="kosong">-</span>';
  const v = (x: string | undefined) => (x === undefined || x === '' ? '<span class="kosong">-</span>' : e(x));
  const keterkaitan = def.keterkaitan.map((k) => k.text);
  const kData = def.keterkaitan.map((k) => k.sopId ?? '').join(' ').trim();
  return `<section class="page identitas-page" data-page="identitas">
<table class="identitas"><tbody>
<tr><td class="instansi" rowspan="6">${lambang !== undefined ? `<img class="lambang" src="${e(lambang)}" alt="Lambang">` : ''}${instansi.map((i) => `<div class="unit">${e(i)}</div>`).join('') || '&nbsp;'}</td><th>Nomor SOP</th><td data-field="nomor">${v(def.nomor)}</td></tr>
<tr><th>Tanggal Pembuatan</th><td data-field="tanggalPembuatan">${v(def.tanggalPembuatan)}</td></tr>
<tr><th>Tanggal Revisi</th><td data-field="tanggalRevisi">${v(def.tanggalRevisi)}</td></tr>
<tr><th>Tanggal Efektif</th><td data-field="tanggalEfektif">${v(def.tanggalEfektif)}</td></tr>
<tr><th>Disahkan oleh</th><td data-field="disahkanOleh">${ttd}</td></tr>
<tr><th>Nama SOP</th><td data-field="nama"><b>${e(def.nama)}</b></td></tr>
</tbody></table>
<table class="grid"><colgroup><col style="width:50%"><col style="width:50%"></colgroup><tbody>
<tr><th>Dasar Hukum</th><th>Kualifikasi Pelaksana</th></tr>
<tr><td data-field="dasarHukum">${list(def.dasarHukum)}</td><td data-field="kualifikasiPelaksana">${list(def.kualifikasiPelaksana)}</td></tr>
<tr><th>Keterkaitan</th><th>Peralatan/Perlengkapan</th></tr>
<tr><td data-field="keterkaitan"${kData ? ` data-sop-ids="${e(kData)}"` : ''}>${list(keterkaitan)}</td><td data-field="peralatan">${list(def.peralatan)}</td></tr>
<tr><th>Peringatan</th><th>Pencatatan dan Pendataan</th></tr>
<tr><td data-field="peringatan">${list(def.peringatan)}</td><td data-field="pencatatan">${list(def.pencatatan)}</td></tr>
</tbody></table>
</section>`;
}

/**
 * The review page: every note of the definition, the field named as the document heads it.
 * No source path: the page is for the Dinas, not for the repository.
 */
function notesPage(def: AnySopDefinition): string {
  const field = (f: string) => e(FIELD_NAMES[f] ?? f);
  const rows: string[] = [];
  for (const n of def.notes ?? []) rows.push(`<tr><td>Identitas</td><td data-field="${e(n.field)}">${field(n.field)}</td><td>${e(n.text)}</td></tr>`);
  for (const s of def.steps) {
    for (const n of s.notes ?? []) rows.push(`<tr><td>${e(s.label)}</td><td data-field="${e(n.field)}">${field(n.field)}</td><td>${e(n.text)}</td></tr>`);
  }
  if (rows.length === 0) return '';
  return `<section class="page catatan-page" data-page="catatan"><h1>Catatan transkripsi: ${e(def.nama)}</h1>
<p>Nilai yang disimpulkan penyalin dari teks sumber, dengan alasannya, untuk diperiksa terhadap dokumen asli.</p>
<table class="catatan"><colgroup><col style="width:80px"><col style="width:180px"><col></colgroup><thead><tr><th>Langkah</th><th>Isian</th><th>Catatan</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * Renders an SOP as the official SOP AP document (the layout of Permenpan RB 35/2012) in
 * one standalone HTML page: an identity sheet (instansi, nomor, tanggal pembuatan / revisi /
 * efektif, disahkan oleh, nama; dasar hukum, kualifikasi pelaksana, keterkaitan,
 * peralatan/perlengkapan, peringatan, pencatatan dan pendataan), then the flowchart table
 * (No, Kegiatan, one lane column per pelaksana, Mutu Baku: Kelengkapan / Waktu / Output,
 * Keterangan) split across A4 landscape pages, with the symbols drawn as SVG in the lanes.
 *
 * - A capsule starts and ends the flow; each step is a rectangle (activity) or a diamond
 *   (decision) in its performer's lane; a decision's `Ya` leaves from its bottom vertex and
 *   `Tidak` from a side vertex, back to the rework step or to a `Ditolak` capsule.
 * - A step performed by several roles is drawn in each performer's lane, the copies joined
 *   by a dashed line; arrows enter and leave the copy in the first listed performer's lane.
 * - Where the flow continues on another page, a lettered off-page connector (pentagon) ends
 *   the arrow on one page and starts it on the other.
 * - All text is escaped. No script, no external resource (unless `lambang` is a URL), no date
 *   or random id: the same definition always gives the same bytes.
 * - With `catatan: true`, a last page lists the transcription notes; by default it is left out.
 *
 * For tests: each symbol has `data-symbol` (`terminal` | `activity` | `decision` |
 * `connector`), a step's symbols `data-step`, copies in other lanes `data-joint`, and each
 * table row `data-row` with its laid-out height in `data-h`.
 *
 * @param def - a definition (from `defineSop` or the catalogue)
 * @param options - lane order, role catalogue, the lambang, whether to append the notes page
 * @returns the HTML document as text
 * @throws {@link RenderError} when `options.lanes` does not fit the definition, or `options.lambang` is not an image URI or URL
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * import { renderHtml } from 'sop-ap'
 * import { getSop } from 'sop-ap/machines'
 * writeFileSync('plut.html', renderHtml(getSop('peningkatan-pelayanan-plut')))
 * ```
 */
export function renderHtml(def: AnySopDefinition, options: HtmlOptions = {}): string {
  const lanes = laneOrder(def, options);
  const flow = compileFlow(def);
  const n = lanes.length;
  const laneArea = PAGE.width - FIXED;
  const W = n === 1 ? 240 : Math.min(130, Math.floor(laneArea / n));
  const kegiatan = PAGE.width - FIXED + COL.kegiatan - n * W;

  // Row heights: the tallest text cell, or the symbol's minimum.
  const rows: LayoutRow[] = baseRows(flow).map((row) => {
    if (row.kind !== 'step') return row;
    const s = row.node!.step;
    const lines = Math.max(
      cellLines(s.uraian, kegiatan),
      cellLines(s.kelengkapan, COL.kelengkapan),
      cellLines(s.waktu.text ?? formatDuration(s.waktu), COL.waktu),
      cellLines(s.output, COL.output),
      cellLines(s.keterangan, COL.keterangan),
      cellLines(s.label, COL.no),
    );
    return { ...row, height: Math.max(row.height, lines * LINE + 2 * PAD + 2) };
  });
  const headLines = Math.max(2, ...lanes.map((l) => wrapText(l.name, W - 6, HEAD_FONT).length));
  const theadH = PAGE.theadTop + headLines * HEAD_LINE + 6;
  const capacity = PAGE.height - PAGE.pageHead - theadH;
  const layout: FlowLayout = layoutFlow(def, lanes.map((l) => l.role), W, rows, () => capacity);
  const pageCount = layout.pages.length;

  const colgroup =
    `<colgroup><col style="width:${COL.no}px"><col style="width:${kegiatan}px">` +
    lanes.map(() => `<col style="width:${W}px">`).join('') +
    `<col style="width:${COL.kelengkapan}px"><col style="width:${COL.waktu}px"><col style="width:${COL.output}px"><col style="width:${COL.keterangan}px"></colgroup>`;
  const thead =
    `<thead><tr style="height:${PAGE.theadTop}px"><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="${n}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr>` +
    `<tr style="height:${theadH - PAGE.theadTop}px">${lanes.map((l) => `<th data-lane="${e(l.role)}">${e(l.name)}</th>`).join('')}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>`;

  const flowPages = layout.pages.map((page) => {
    const trs: string[] = [];
    const slots: { kind: 'band' | 'row'; row?: number; height: number }[] = [];
    if (page.topBand > 0) slots.push({ kind: 'band', height: page.topBand });
    for (const r of page.rows) slots.push({ kind: 'row', row: r, height: rows[r]!.height });
    if (page.bottomBand > 0) slots.push({ kind: 'band', height: page.bottomBand });
    slots.forEach((slot, i) => {
      const lanesCell =
        i === 0 ? `<td class="lanes" colspan="${n}" rowspan="${slots.length}">${pageSvg(page, n, W)}</td>` : '';
      const row = slot.row !== undefined ? rows[slot.row]! : undefined;
      if (row?.kind === 'step') {
        const s = row.node!.step;
        trs.push(
          `<tr data-row="${slot.row}" data-step="${e(s.id)}" data-h="${slot.height}" style="height:${slot.height}px">` +
            `<td class="no">${e(s.label)}</td><td class="kegiatan">${e(s.uraian)}</td>${lanesCell}` +
            `<td>${e(s.kelengkapan ?? '')}</td><td class="waktu">${e(s.waktu.text ?? formatDuration(s.waktu))}</td>` +
            `<td>${e(s.output ?? '')}</td><td>${e(s.keterangan ?? '')}</td></tr>`,
        );
      } else {
        const cls = slot.kind === 'band' ? 'band' : 'terminal';
        const rowAttr = slot.row !== undefined ? ` data-row="${slot.row}"` : '';
        trs.push(
          `<tr class="${cls}"${rowAttr} data-h="${slot.height}" style="height:${slot.height}px"><td></td><td></td>${lanesCell}<td></td><td></td><td></td><td></td></tr>`,
        );
      }
    });
    return `<section class="page flow-page" data-page="${page.number}">
<div class="page-head"><span>${/^sop\b/i.test(def.nama) ? '' : 'SOP '}${e(def.nama)}${def.nomor !== undefined ? ` (${e(def.nomor)})` : ''}</span><span>Halaman ${page.number} dari ${pageCount}</span></div>
<table class="flow">${colgroup}${thead}<tbody>${trs.join('\n')}</tbody></table>
</section>`;
  });

  const notes = options.catatan === true ? notesPage(def) : '';
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sop-ap">
<title>${/^sop\b/i.test(def.nama) ? '' : 'SOP '}${e(def.nama)}</title>
<style>${CSS}</style>
</head>
<body data-sop="${e(def.id)}" data-steps="${def.steps.length}" data-pages="${pageCount}">
${identityPage(def, lambangSrc(def, options.lambang))}
${flowPages.join('\n')}
${notes}
</body>
</html>
`;
}
