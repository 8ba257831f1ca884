/**
 * SOP Penugasan Kegiatan Bidang 3, transcribed from `shared/seeds/003_5b27c5f6086bb668.txt`
 * (the second SOP of that file).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Penugasan Kegiatan Bidang 3: the Kepala Dinas orders the Kepala Bidang 3 to divide the
 * work, the Kepala Bidang 3 plans it for the Ketua Tim Kerja, who details and distributes the
 * tasks to the team members. The seed gives no identity section for this SOP.
 *
 * @example
 * ```ts
 * import { penugasanKegiatanBidang3 } from 'sop-ap/machines'
 * penugasanKegiatanBidang3.steps.length // 3
 * ```
 */
export const penugasanKegiatanBidang3 = defineSop({
  id: 'penugasan-kegiatan-bidang-3',
  nama: 'Penugasan Kegiatan Bidang 3',
  unit: { unitKerja: 'Bidang 3' },
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
    {
      field: 'nama',
      text: 'Written as the heading "SOP PENUGASAN KEGIATAN BIDANG 3"; the seed has no identity section (nomor, tanggal, disahkan oleh, dasar hukum, keterkaitan …) for this SOP, so those fields are absent.',
    },
    {
      field: 'unit',
      text: '"Bidang 3" is read from the title; the seed names neither the pemerintah, the instansi nor the full name of the bidang for this SOP. (The only identity header in the file, of SOP 000.8/1624, says BIDANG PEMBERDAYAAN KOPERASI and its table is titled "… Bidang 3", which suggests Bidang 3 is the Bidang Pemberdayaan Koperasi; not applied here.)',
    },
    {
      field: 'lanes',
      text: 'Lane "Kepala Dinas (Pejabat Penilai Kinerja)" is the role kepala-dinas (the bracket says the Kepala Dinas acts here as the pejabat penilai kinerja). Lane "Ketua Tim Kerja/Pejabat Pegawai" is the role ketua-tim-kerja: step 2 of the same table writes "Ketua Tim kerja/Pejabat Pengawas", so "Pegawai" in the header is read as the same lane.',
    },
    {
      field: 'steps',
      text: 'Step 3 distributes the tasks "kepada anggota tim/pelaksana"; the table has no lane for them and no step of theirs, so the SOP ends with the distribution.',
    },
  ],
  steps: [
    {
      id: 'perintah-pembagian-tugas',
      label: '1',
      uraian: 'Memerintahkan Kepala Bidang 3 untuk melakukan pembagian tugas untuk melaksanakan kegiatan.',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Kertas, ATK',
      waktu: '5 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Lane symbols lost in extraction; the step orders the Kepala Bidang 3 (who receives it as a disposisi in step 2), and the lane above Kepala Bidang 3 is "Kepala Dinas (Pejabat Penilai Kinerja)".',
        },
      ],
    },
    {
      id: 'rincian-perencanaan-kegiatan',
      label: '2',
      uraian:
        'Menerima disposisi, kemudian membuat rincian dan perencanaan kegiatan kepada Ketua Tim kerja/Pejabat Pengawas',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Bahan terkait penugasan Tim Kerja',
      waktu: '5 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Receives the disposisi that step 1 addresses to the Kepala Bidang 3.',
        },
      ],
    },
    {
      id: 'distribusi-tugas-anggota',
      label: '3',
      uraian: 'Membuat rincian tugas anggota tim dan mendistribusikan kepada anggota tim/pelaksana',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Bahan terkait penugasan Tim Kerja',
      waktu: '25 Menit',
      output: 'Surat Tugas Tim Kerja',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 2 directs the plan "kepada Ketua Tim kerja/Pejabat Pengawas"; this step details the members\' tasks: the lane "Ketua Tim Kerja/Pejabat Pegawai".',
        },
      ],
    },
  ],
});
