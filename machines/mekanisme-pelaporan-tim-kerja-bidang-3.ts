/**
 * SOP Mekanisme Pelaporan Tim Kerja Bidang 3, transcribed from
 * `shared/seeds/003_5b27c5f6086bb668.txt` (the fifth SOP of that file).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Mekanisme Pelaporan Tim Kerja Bidang 3: the Tim Kerja gathers its results, discusses
 * them in a meeting, reports to the Pejabat Penilai Kinerja, who assesses the team's
 * performance, and the Ketua Tim Kerja files the assessment. The document's numbering skips 5.
 * The seed gives no identity section for this SOP.
 *
 * @example
 * ```ts
 * import { mekanismePelaporanTimKerjaBidang3 } from 'sop-ap/machines'
 * mekanismePelaporanTimKerjaBidang3.steps.map((s) => s.label) // ['1', '2', '3', '4', '6', '7']
 * ```
 */
export const mekanismePelaporanTimKerjaBidang3 = defineSop({
  id: 'mekanisme-pelaporan-tim-kerja-bidang-3',
  nama: 'Mekanisme Pelaporan Tim Kerja Bidang 3',
  unit: { unitKerja: 'Bidang 3' },
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
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
      text: 'The words "Ya" (row 6) and "Tidak" (row 7) stand in the Pejabat Penilai Kinerja column: they look like the labels of arrows leaving a decision diamond drawn at row 6. The text of row 6 states no condition and no refusal path (it assesses and always hands the assessment to the Ketua Tim Kerja), and nothing says where a "Tidak" leads, so row 6 is transcribed as a task, not a decision. To be confirmed against the paper flowchart.',
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
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 4 hands the report "kepada Pejabat Penilai Kinerja"; the "Ya" mark of this row stands in that lane.',
        },
        {
          field: 'decision',
          text: 'Not a decision: although a "Ya" mark stands in this row and a "Tidak" mark in the next (both in the Pejabat Penilai Kinerja column), the text gives no refusal path: the assessment is always "diserahkan kepada Ketua Tim Kerja". See the SOP note on lanes.',
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
