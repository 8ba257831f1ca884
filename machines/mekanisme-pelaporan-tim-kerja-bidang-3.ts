/**
 * SOP Mekanisme Pelaporan Tim Kerja Bidang 3, transcribed from
 * `shared/seeds/003_5b27c5f6086bb668.txt` (the fifth SOP of that file).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Mekanisme Pelaporan Tim Kerja Bidang 3: the Tim Kerja gathers its results, discusses
 * them in a meeting, reports to the Pejabat Penilai Kinerja, who checks the report and assesses
 * the team's performance (a report found wanting goes back to the Ketua Tim Kerja's row 4), and
 * the Ketua Tim Kerja files the assessment. The document's numbering skips 5.
 * The seed gives no identity section for this SOP.
 *
 * @example
 * ```ts
 * import { mekanismePelaporanTimKerjaBidang3 } from 'sop-ap/machines'
 * mekanismePelaporanTimKerjaBidang3.steps.map((s) => s.label) // ['1', '2', '3', '4', '6', '7']
 * mekanismePelaporanTimKerjaBidang3.steps[4]?.decision // { tidakSetuju: { action: 'rework', to: 'susun-laporan' } }
 * ```
 */
export const mekanismePelaporanTimKerjaBidang3 = defineSop({
  id: 'mekanisme-pelaporan-tim-kerja-bidang-3',
  revision: 1,
  nama: 'Mekanisme Pelaporan Tim Kerja Bidang 3',
  unit: { unitKerja: 'Bidang 3' },
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
    {
      field: 'revision',
      text: 'Revision 1: row 6 is a decision (the "Ya" / "Tidak" marks in the Pejabat Penilai Kinerja column are the arrow labels of its diamond), whose TIDAK SETUJU sends the report back to row 4, where the Ketua Tim Kerja draws it up and signs it. Revision 0 read row 6 as a task.',
    },
    {
      field: 'nama',
      text: 'Written as the heading "SOP - MEKANISME PELAPORAN TIM KERJA BIDANG 3"; the seed has no identity section (nomor, tanggal, disahkan oleh, dasar hukum, keterkaitan …) for this SOP, so those fields are absent.',
    },
    {
      field: 'unit',
      text: '"Bidang 3" is read from the title; the seed names neither the pemerintah, the instansi nor the full name of the bidang for this SOP. (The only identity header in the file, of SOP 000.8/1624, says BIDANG PEMBERDAYAAN KOPERASI and its table is titled "… Bidang 3", which suggests Bidang 3 is the Bidang Pemberdayaan Koperasi; not applied here.)',
    },
    {
      field: 'steps.label',
      text: 'The rows are numbered 1, 2, 3, 4, 6, 7: number 5 is skipped in the document and kept skipped; no row is missing from the text (each row hands over to the next).',
    },
    {
      field: 'lanes',
      text: 'The words "Ya" (row 6) and "Tidak" (row 7) stand in the Pejabat Penilai Kinerja column, where no row but 6 is performed: they are the labels of the arrows leaving a decision diamond drawn at row 6, the only symbols of this table that survived the extraction. Row 6 is read as that decision (revision 1); see its note.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-data',
      label: '1',
      uraian:
        'Memerintahkan anggota Tim Kerja untuk mempersiapkan bahan/data pelaksanaan program/kegiatan sesuai penetapan ekspektasi pejabat penilai kinerja',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'SK, Surat Tugas, Program Kerja',
      waktu: '5 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Lane symbols lost in extraction; the step orders the anggota Tim Kerja, whose kelengkapan in step 2 is the "Disposisi Ketua Tim Kerja", and the first lane is Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'siapkan-bahan-data',
      label: '2',
      uraian:
        'Mempersiapkan bahan/data hasil pelaksanaan program/kegiatan sesuai penugasan, diserahkan kepada Ketua Tim Kerja',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'SK, Surat Tugas, Program Kerja, Disposisi Ketua Tim Kerja',
      waktu: '60 Menit',
      output: 'Bahan/Data hasil program/kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 1 orders the anggota Tim Kerja to prepare the data; this step prepares it and hands it to the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'rapat-pembahasan',
      label: '3',
      uraian: 'Melaksanakan rapat pembahasan program kegiatan sesuai penugasan bersama anggota tim kerja',
      pelaksana: ['ketua-tim-kerja', 'anggota-tim-kerja'],
      kelengkapan: 'Bahan/Data hasil program/kegiatan',
      waktu: '120 Menit',
      output: 'Notulen hasil rapat program kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The meeting is held "bersama anggota tim kerja": the Anggota Tim Kerja take part, and the one holding it is read as the Ketua Tim Kerja, who received the data in step 2. Either may close the step.',
        },
      ],
    },
    {
      id: 'susun-laporan',
      label: '4',
      uraian:
        'Menyusun laporan pelaksanaan program/kegiatan, ditandatangani Ketua Tim Kerja, diserahkan kepada Pejabat Penilai Kinerja',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Bahan/Data hasil program/kegiatan',
      waktu: '30 Menit',
      output: 'Laporan Pelaksanaan Program/Kegiatan Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'The report is "ditandatangani Ketua Tim Kerja" and handed to the Pejabat Penilai Kinerja: read as the Ketua Tim Kerja. The text does not say who drafts it; the Anggota Tim Kerja may draft it for the Ketua to sign (to be confirmed).',
        },
      ],
    },
    {
      id: 'penilaian-kinerja',
      label: '6',
      uraian:
        'Memeriksa laporan pelaksanaan program/kegiatan Tim Kerja, membandingkan ekspektasi dengan capaian kinerja, memberikan penilaian kinerja sesuai dengan capaian Tim Kerja, diserahkan kepada Ketua Tim Kerja',
      pelaksana: ['pejabat-penilai-kinerja'],
      kelengkapan: 'Laporan Pelaksanaan Program/Kegiatan Tim Kerja',
      waktu: '10 Menit',
      output: 'Penilaian Kinerja Tim Kerja',
      decision: { tidakSetuju: { action: 'rework', to: 'susun-laporan' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 4 hands the report "kepada Pejabat Penilai Kinerja"; the "Ya" mark of this row stands in that lane.',
        },
        {
          field: 'decision',
          text: 'Revision 1: a decision. "Ya" stands in this row and "Tidak" in the next, both in the Pejabat Penilai Kinerja column; only a decision diamond carries such labels, and this is the only row of that lane. The row checks ("Memeriksa") the report against the expectations, as the checking rows of the sibling SOPs in the same file do ("jika belum sesuai diserahkan kembali untuk diperbaiki"). SETUJU: the assessment goes to the Ketua Tim Kerja (row 7), as the text says. Revision 0 read a task because the text writes no refusal path.',
        },
        {
          field: 'decision.tidakSetuju',
          text: 'Inferred, to be confirmed against the paper: the text does not say where a report found wanting goes. Back to row 4, the report the Ketua Tim Kerja draws up, signs and hands to the Pejabat Penilai Kinerja: that report is what row 6 checks. The "Tidak" mark sits one row lower (row 7), which could also suggest a downward arrow, but a refusal that went on to row 7 would reach the same filing of the assessment as SETUJU, so it is not read that way.',
        },
      ],
    },
    {
      id: 'dokumentasi-penilaian',
      label: '7',
      uraian: 'Menerima penilaian kinerja Tim Kerja dan didokumentasikan',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Penilaian Kinerja Tim Kerja',
      waktu: '5 Menit',
      output: 'Dokumen Penilaian Kinerja Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 6 hands the assessment "kepada Ketua Tim Kerja"; this step receives and files it. The "Tidak" mark of this row stands in the Pejabat Penilai Kinerja column and is not read as this step\'s performer.',
        },
      ],
    },
  ],
});
