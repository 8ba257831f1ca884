/**
 * SOP Pelaksanaan Pelatihan/Bimtek (000.8/1624/DISKOPUKM), transcribed from
 * `shared/seeds/003_5b27c5f6086bb668.txt` (the third SOP of that file, the only one with an
 * identity section).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Pelaksanaan Pelatihan/Bimtek (Bidang Pemberdayaan Koperasi): the Tim Kerja prepares the
 * training material, the Ketua Tim Kerja, the Kepala Bidang 3 and the Kepala Dinas each check
 * it (sending it back for rework when they disagree), then the training is held and reported.
 *
 * @example
 * ```ts
 * import { pelaksanaanPelatihanBimtek } from 'sop-ap/machines'
 * pelaksanaanPelatihanBimtek.nomor // '000.8/1624/DISKOPUKM'
 * ```
 */
export const pelaksanaanPelatihanBimtek = defineSop({
  id: 'pelaksanaan-pelatihan-bimtek',
  nomor: '000.8/1624/DISKOPUKM',
  nama: 'Pelaksanaan Pelatihan/Bimtek',
  unit: {
    pemerintah: 'Pemerintah Provinsi Kalimantan Barat',
    instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah',
    unitKerja: 'Bidang Pemberdayaan Koperasi',
  },
  tanggalPembuatan: '31-Aug-23',
  dasarHukum: [
    'Peraturan Gubernur Kalbar Nomor 77 Tahun 2019 tentang Kedudukan, susunan organisasi, tugas dan fungsi serta tata kerja Sekretariat Daerah Provinsi Kalbar.',
    'Peraturan terkait pelaksanaan Pelatihan/Bimtek',
  ],
  kualifikasiPelaksana: ['Memahami aturan-aturan terkait bidang Ketatalaksanaan.', 'Mampu berkomunikasi dengan baik.'],
  keterkaitan: [
    { text: 'SOP Pembentukan SK Tim', sopId: 'pembuatan-sk-tim-kerja-bidang-3' },
    { text: 'SOP Pelaksanaan rapat' },
    { text: 'SOP Surat keluar' },
  ],
  peralatan: ['Alat Tulis Kantor', 'Komputer', 'Printer'],
  peringatan: [
    'SOP pelaksanaan Pelatihan/Bimtek tidak dilaksanakan, maka akan menghambat informasi kebijakan terkait ketatalaksanaan untuk ditindaklanjuti.',
  ],
  pencatatan: ['Buku agenda surat keluar'],
  source: 'shared/seeds/003_5b27c5f6086bb668.txt',
  notes: [
    {
      field: 'nama',
      text: 'The identity header writes "PELAKSANAAN PELATIHAN / BIMTEK" and the table heading "SOP Pelaksanaan Pelatihan/Bimtek Bidang 3"; the name is kept without "Bidang 3", as in the header.',
    },
    {
      field: 'unit',
      text: 'The identity header (PEMERINTAH PROVINSI KALIMANTAN BARAT / DINAS KOPERASI, USAHA KECIL DAN MENENGAH / BIDANG PEMBERDAYAAN KOPERASI) stands between the second and third SOP of the file; it is read as this SOP\'s header because it carries this SOP\'s nomor and name and its peringatan names "SOP pelaksanaan Pelatihan/Bimtek". The other SOPs of the file are not given this header.',
    },
    {
      field: 'keterkaitan',
      text: '"SOP Pembentukan SK Tim" is linked to pembuatan-sk-tim-kerja-bidang-3 ("Pembuatan SK Tim Kerja Bidang 3"), the only SK Tim SOP of the catalogue, from the same file and bidang; the names differ (Pembentukan / Pembuatan). "SOP Pelaksanaan rapat" and "SOP Surat keluar" are not in the catalogue.',
    },
    {
      field: 'lanes',
      text: 'The words "tidak ya" left in the lane columns of rows 3–5 are the labels of the decision arrows: row 4 has "tidak" in the Ketua Tim Kerja column and "ya" in the Kepala Dinas column (the two lanes its text sends the material to), row 5 has "tidak ya" in the Kepala Bidang 3 column (both of its branches go to the Kepala Bidang 3). In row 3 both words stand in the Anggota Tim Kerja column, next to the Ketua Tim Kerja lane.',
    },
  ],
  steps: [
    {
      id: 'perintah-siapkan-bahan',
      label: '1',
      uraian:
        'Memerintahkan Anggota Tim Kerja untuk menyiapkan bahan/materi sosialisasi/asistensi/bimtek kebijakan bidang ketatalaksanaan',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '5 Menit',
      output: 'Disposisi',
      keterangan: 'SOP Penugasan Kegiatan',
      seeAlso: ['penugasan-kegiatan-bidang-3'],
      notes: [
        {
          field: 'pelaksana',
          text: 'Lane symbols lost in extraction; the step orders the Anggota Tim Kerja, who hands the material back "kepada Ketua Tim Kerja" in step 2, and the first lane is Ketua Tim Kerja.',
        },
        {
          field: 'seeAlso',
          text: 'Keterangan "SOP Penugasan Kegiatan" matched to penugasan-kegiatan-bidang-3 ("Penugasan Kegiatan Bidang 3", same file); the catalogue name adds "Bidang 3".',
        },
      ],
    },
    {
      id: 'siapkan-bahan-materi',
      label: '2',
      uraian:
        'Menyiapkan bahan/materi kebijakan bidang ketatalaksanaan yang akan disosialisasikan dan diserahkan kepada Ketua Tim Kerja.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '1 jam',
      output: 'Disposisi dan bahan /materi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 1 orders the Anggota Tim Kerja to prepare the material; this step prepares it.',
        },
      ],
    },
    {
      id: 'verifikasi-ketua-tim',
      label: '3',
      uraian:
        'Menerima dan melakukan verifikasi bahan/materi sosialisasi, jika tidak setuju, dikembalikan kepada Anggota Tim Kerja untuk diperbaiki, jika setuju, diserahkan dan merekomendasikannya kepada Kepala Bidang 3',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'siapkan-bahan-materi' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 2 hands the material "kepada Ketua Tim Kerja"; this step receives and verifies it. The "tidak ya" marks stand in the Anggota Tim Kerja column, beside the Ketua Tim Kerja lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Anggota Tim Kerja untuk diperbaiki": back to step 2, the Anggota Tim Kerja\'s preparation of the material.',
        },
      ],
    },
    {
      id: 'koreksi-kabid',
      label: '4',
      uraian:
        'Mengoreksi bahan/materi sosialisasi kebijakan bidang Ketatalaksanaan, Jika tidak setuju, dikembalikan ke Kepala Ketua Tim Kerja untuk diperbaiki, jika setuju, menyerahkan dan ke Kepala Dinas untuk ditelaah.',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'verifikasi-ketua-tim' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 3 recommends the material "kepada Kepala Bidang 3"; this step corrects it and sends it to the Kepala Dinas. The marks "tidak" (Ketua Tim Kerja column) and "ya" (Kepala Dinas column) flank the Kepala Bidang 3 lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan ke Kepala Ketua Tim Kerja untuk diperbaiki" (the seed\'s wording, kept): back to the Ketua Tim Kerja\'s most recent step, step 3 (verification), from where the Ketua Tim Kerja may send it on to the Anggota Tim Kerja.',
        },
      ],
    },
    {
      id: 'telaah-kepala-dinas',
      label: '5',
      uraian:
        'Menelaah bahan/materi sosialisasi, jika tidak setuju, dikembalikan kepada Kepala Bidang 3 untuk diperbaiki, jika setuju, mendisposisikan kepada Kepala Bidang 3 untuk ditindaklanjuti.',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-kabid' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Step 4 sends the material "ke Kepala Dinas untuk ditelaah"; this step "Menelaah" it. The "tidak ya" marks stand in the Kepala Bidang 3 column, beside the Kepala Dinas lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Kepala Bidang 3 untuk diperbaiki": back to step 4, the Kepala Bidang 3\'s correction.',
        },
      ],
    },
    {
      id: 'laksanakan-pelatihan',
      label: '6',
      uraian: 'Melaksanakan kegiatan pelatihan/bimtek',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Disposisi dan bahan',
      waktu: '5 Menit',
      output: 'Pelaksanaan Kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names no performer. Step 5, on approval, "mendisposisikan kepada Kepala Bidang 3 untuk ditindaklanjuti", and its "ya" mark stands in the Kepala Bidang 3 column; so the step is placed in the Kepala Bidang 3 lane. The training itself may be carried out by the Tim Kerja under the Kepala Bidang 3; to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'dokumentasi-laporan',
      label: '7',
      uraian:
        'Mendokumentasikan kegiatan, menyusun laporan pasca kegiatan pelatihan/bimrek dan mengarsipkan.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Pelaksanaan Kegiatan',
      waktu: '2 Hari',
      output: 'Laporan Kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names no performer. In the SOP Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3 of the same file (step 2), the Anggota Tim Kerja is the one who "Mendokumentasikan kegiatan dan menyusun laporan kegiatan"; read the same here.',
        },
      ],
    },
  ],
});
