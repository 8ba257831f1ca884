/**
 * SOP Pembuatan SK Tim Kerja Bidang 3, transcribed from
 * `shared/seeds/003_5b27c5f6086bb668.txt` (the first SOP of that file).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Pembuatan SK Tim Kerja Bidang 3: the Kepala Dinas orders a surat tugas for a Tim Kerja,
 * the Kasubbag TU/Umpar drafts it, the Kepala Bidang 3 checks and initials it, the Kepala Dinas
 * signs it, and the Tim Kerja receives it. The seed gives no identity section for this SOP.
 *
 * @example
 * ```ts
 * import { pembuatanSkTimKerjaBidang3 } from 'sop-ap/machines'
 * pembuatanSkTimKerjaBidang3.steps.map((s) => s.label) // ['1', '2', '3', '4', '5', '6', '7']
 * ```
 */
export const pembuatanSkTimKerjaBidang3 = defineSop({
  id: 'pembuatan-sk-tim-kerja-bidang-3',
  nama: 'Pembuatan SK Tim Kerja Bidang 3',
  unit: { unitKerja: 'Bidang 3' },
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
    {
      field: 'nama',
      text: 'Written as the heading "SOP PEMBUATAN SK TIM KERJA BIDANG 3"; the seed has no identity section (nomor, tanggal, disahkan oleh, dasar hukum, keterkaitan …) for this SOP, so those fields are absent.',
    },
    {
      field: 'unit',
      text: '"Bidang 3" is read from the title; the seed names neither the pemerintah, the instansi nor the full name of the bidang for this SOP. (The only identity header in the file, of SOP 000.8/1624, says BIDANG PEMBERDAYAAN KOPERASI and its table is titled "… Bidang 3", which suggests Bidang 3 is the Bidang Pemberdayaan Koperasi; not applied here.)',
    },
    {
      field: 'steps.label',
      text: 'The table has no "No." column header, but its rows are numbered 1–7; those numbers are the labels.',
    },
  ],
  steps: [
    {
      id: 'perintah-buat-surat-tugas',
      label: '1',
      uraian:
        'Memerintahkan pejabat administrator untuk membuat surat tugas Tim Kerja dengan tugas dan fungsi yang telah ditetapkan',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Kertas, ATK',
      waktu: '5 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Lane symbols lost in extraction; the first lane is Kepala Dinas, and the step gives an order to the pejabat administrator, who receives it as a disposisi in step 2.',
        },
      ],
    },
    {
      id: 'perintah-kasubbag-tu',
      label: '2',
      uraian:
        'Menerima disposisi, kemudian memerintahkan kasubbag TU/Umpar untuk membuat surat tugas Tim Kerja dengan tugas dan fungsi yang telah ditetapkan',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Bahan terkait penugasan Tim Kerja',
      waktu: '5 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Receives the disposisi step 1 sends to the "pejabat administrator" and orders the Kasubbag TU/Umpar: read as the Kepala Bidang 3 lane (the pejabat administrator of the bidang).',
        },
      ],
    },
    {
      id: 'susun-surat-tugas',
      label: '3',
      uraian: 'Membuat dan menyusun surat tugas sesuai dengan tugas dan fungsi yang akan dikerjakan',
      pelaksana: ['kasubbag-tu'],
      kelengkapan: 'Bahan terkait penugasan Tim Kerja',
      waktu: '25 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 2 orders the Kasubbag TU/Umpar to make the surat tugas; this step makes it.',
        },
      ],
    },
    {
      id: 'koreksi-konsep-surat',
      label: '4',
      uraian:
        'Menerima konsep surat yang telah di buat, jika belum sesuai di serahkan kembali untuk diperbaiki, jika sudah sesuai diberikan paraf dan kemudian diserahkan kepada Kepala Perangkat Daerah untuk diberikan tandatangan dan persetujuan',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Bahan terkait penugasan Tim Kerja',
      waktu: '15 Menit',
      output: 'Surat Tugas Tim Kerja',
      decision: { tidakSetuju: { action: 'rework', to: 'susun-surat-tugas' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Receives the draft of step 3, initials it and passes it to the Kepala Perangkat Daerah (Kepala Dinas): read as the Kepala Bidang 3, who ordered the draft in step 2 (the lane between Kepala Dinas and Kasubbag TU/Umpar).',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"jika belum sesuai di serahkan kembali untuk diperbaiki" names nobody: returned to the drafter of step 3 (Kasubbag TU/Umpar), who produced the konsep being checked.',
        },
      ],
    },
    {
      id: 'tandatangan-kepala-dinas',
      label: '5',
      uraian:
        'Menerima surat tugas yang telah dibuat, kemudian ditandatangani dan persetujuan, selanjutnya diserahkan kepada pejabat administrator untuk ditindaklanjuti',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Surat Tugas Tim Kerja',
      waktu: '10 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 4 passes the surat to the "Kepala Perangkat Daerah" for signature and approval; that is the Kepala Dinas lane.',
        },
        {
          field: 'decision',
          text: 'Not a decision: the step signs and approves ("ditandatangani dan persetujuan") but the text gives no refusal path, so it is a plain task.',
        },
      ],
    },
    {
      id: 'serahkan-tim-kerja',
      label: '6',
      uraian:
        'Menerima surat tugas yang telah di tandatangi dan persetujuan, kemudian diserahkan kepada Tim Kerja untuk digunakan sebagaimana mestinya',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Surat Tugas Tim Kerja',
      waktu: '5 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 5 hands the signed surat "kepada pejabat administrator untuk ditindaklanjuti"; read as the Kepala Bidang 3, as in steps 1–2.',
        },
      ],
    },
    {
      id: 'laksanakan-tugas',
      label: '7',
      uraian:
        'Menerima surat tugas yang telah di tandatangi dan persetujuan, kemudian melaksanakan tugas sesuai dengan tugas dan fungsi yang ada',
      pelaksana: ['tim-kerja'],
      kelengkapan: 'Surat Tugas Tim Kerja',
      waktu: '5 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 6 hands the surat "kepada Tim Kerja"; this step receives it and carries out the task: the Tim Kerja lane.',
        },
      ],
    },
  ],
});
