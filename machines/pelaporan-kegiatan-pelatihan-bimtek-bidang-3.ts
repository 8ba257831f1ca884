/**
 * SOP Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3, transcribed from
 * `shared/seeds/003_5b27c5f6086bb668.txt` (the fourth SOP of that file).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3: the Anggota Tim Kerja documents the
 * training and drafts the report; the Ketua Tim Kerja, the Kepala Bidang 3 and the Kepala Dinas
 * each check it (handing it back for correction when it is not right), and the Kepala Bidang 3
 * receives the approved report. The seed gives no identity section for this SOP.
 *
 * @example
 * ```ts
 * import { pelaporanKegiatanPelatihanBimtekBidang3 } from 'sop-ap/machines'
 * pelaporanKegiatanPelatihanBimtekBidang3.steps.filter((s) => s.decision).length // 3
 * ```
 */
export const pelaporanKegiatanPelatihanBimtekBidang3 = defineSop({
  id: 'pelaporan-kegiatan-pelatihan-bimtek-bidang-3',
  nama: 'Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3',
  unit: { unitKerja: 'Bidang 3' },
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
    {
      field: 'nama',
      text: 'Written as the heading "SOP PELAPORAN KEGIATAN PELATIHAN/BIMTEK BIDANG 3"; the seed has no identity section (nomor, tanggal, disahkan oleh, dasar hukum, keterkaitan …) for this SOP, so those fields are absent.',
    },
    {
      field: 'unit',
      text: '"Bidang 3" is read from the title; the seed names neither the pemerintah, the instansi nor the full name of the bidang for this SOP. (The only identity header in the file, of SOP 000.8/1624, says BIDANG PEMBERDAYAAN KOPERASI and its table is titled "… Bidang 3", which suggests Bidang 3 is the Bidang Pemberdayaan Koperasi; not applied here.)',
    },
  ],
  steps: [
    {
      id: 'perintah-dokumentasi',
      label: '1',
      uraian: 'Memerintahkan anggota Tim Kerja untuk mendokumentasikan kegiatan dan menyusun laporan kegiatan',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '5 Menit',
      output: 'Disposisi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Lane symbols lost in extraction; the step orders the anggota Tim Kerja, who reports back "kepada Ketua Tim Kerja" in step 2, and the first lane is Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'susun-draf-laporan',
      label: '2',
      uraian:
        'Mendokumentasikan kegiatan dan menyusun laporan kegiatan, dan menyampaikan kepada Ketua Tim Kerja',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '60 Menit',
      output: 'Draf laporan kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 1 orders the anggota Tim Kerja to document the activity and write the report; this step does it.',
        },
      ],
    },
    {
      id: 'periksa-ketua-tim',
      label: '3',
      uraian:
        'Memeriksa hasil laporan kegiatan, jika belum sesuai diserahkan kembali untuk diperbaiki, jika sudah sesuai disampaikan kepada Kepala Bidang 3',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Draf laporan kegiatan',
      waktu: '10 Menit',
      output: 'Laporan hasil kegiatan yang sudah diperiksa',
      decision: { tidakSetuju: { action: 'rework', to: 'susun-draf-laporan' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 2 delivers the draft "kepada Ketua Tim Kerja"; this step checks it and passes it to the Kepala Bidang 3.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"jika belum sesuai diserahkan kembali untuk diperbaiki" names nobody: back to step 2, which produced the draf laporan being checked (Anggota Tim Kerja).',
        },
      ],
    },
    {
      id: 'periksa-kabid',
      label: '4',
      uraian:
        'Memeriksa hasil laporan kegiatan, jika belum sesuai diserahkan kembali untuk diperbaiki, jika sudah sesuai disampaikan kepada Kepala Dinas',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Laporan hasil kegiatan yang sudah diperiksa',
      waktu: '30 Menit',
      output: 'Laporan hasil kegiatan yang sudah diperiksa',
      decision: { tidakSetuju: { action: 'rework', to: 'periksa-ketua-tim' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 3 passes the report "kepada Kepala Bidang 3"; this step checks it and passes it to the Kepala Dinas.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"diserahkan kembali untuk diperbaiki" names nobody: back to step 3 (Ketua Tim Kerja), whose output "Laporan hasil kegiatan yang sudah diperiksa" is what this step checks; from there the Ketua Tim Kerja may send it on to the Anggota Tim Kerja.',
        },
      ],
    },
    {
      id: 'periksa-kepala-dinas',
      label: '5',
      uraian:
        'Memeriksa hasil laporan kegiatan, jika belum sesuai diserahkan kembali untuk diperbaiki, jika sudah sesuai ekspetasi maka diberikan persetujuan dan diserahkan kepada Kepala Bidang 3',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Laporan hasil kegiatan yang sudah diperiksa',
      waktu: '10 Menit',
      output: 'Laporan Hasil Kegiatan yang sudah disetujui',
      decision: { tidakSetuju: { action: 'rework', to: 'periksa-kabid' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 4 passes the report "kepada Kepala Dinas"; this step checks and approves it (step 6 receives "hasil yang sudah diberikan oleh Kepala Dinas").',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"diserahkan kembali untuk diperbaiki" names nobody: back to step 4 (Kepala Bidang 3), which handed over the report being checked.',
        },
      ],
    },
    {
      id: 'terima-laporan-kabid',
      label: '6',
      uraian: 'Menerima hasil yang sudah diberikan oleh Kepala Dinas sebagai bahan lebih lanjut',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Laporan Hasil Kegiatan yang sudah disetujui',
      waktu: '10 Menit',
      output: 'Dokumen Laporan',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 5 hands the approved report "kepada Kepala Bidang 3"; this step receives it.',
        },
      ],
    },
  ],
});
