/**
 * SOP Pelaksanaan Kegiatan Bidang Perijinan dan Kelembagaan (000.8 / 1622 / DISKOPUKM.B),
 * transcribed from `shared/seeds/002_eb62c7d197dd703c.txt`.
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';

/**
 * SOP Pelaksanaan Kegiatan Bidang Perijinan dan Kelembagaan (Fasilitasi Izin Usaha Simpan
 * Pinjam, Izin Kantor Cabang, Kantor Cabang Pembantu, Kantor Kas): the Ketua Tim Kerja has the
 * Anggota Tim Kerja prepare the supporting data, which is verified by the Ketua Tim Kerja,
 * corrected by the Kepala Bidang and reviewed by the Kepala Dinas (three decisions, each
 * returning the data one level down), then the facilitation is carried out and reported.
 *
 * @example
 * ```ts
 * import { pelaksanaanKegiatanPerijinanKelembagaan } from 'sop-ap/machines'
 * pelaksanaanKegiatanPerijinanKelembagaan.steps.filter((s) => s.decision).length // 3
 * ```
 */
export const pelaksanaanKegiatanPerijinanKelembagaan = defineSop({
  id: 'pelaksanaan-kegiatan-perijinan-kelembagaan',
  nomor: '000.8 / 1622 / DISKOPUKM.B',
  nama: 'Pelaksanaan Kegiatan Bidang Perijinan dan Kelembagaan (Fasilitasi Izin Usaha Simpan Pinjam, Izin Kantor Cabang, Kantor Cabang Pembantu, Kantor Kas)',
  unit: {
    pemerintah: 'Pemerintah Provinsi Kalimantan Barat',
    instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah',
    unitKerja: 'Bidang Perijinan dan Kelembagaan',
  },
  tanggalPembuatan: '31-Aug-23',
  dasarHukum: [
    'UU Nomor 25 Tahun 1992 Tentang Koperasi',
    'PerMenKop UKM Nomor 8 Tahun 2023 tentang USP',
    'PerMenKop UKM Nomor 2 Tahun 2019 tentang NSPK OSS',
    'PerGub Nomor 78 Tahun 2019 sebagai Perubahan atas Peraturan Nomor 11 Tahun 2019 tentang Pendelagasian Kewenangan Penandatanganan Penerbitan Perijinan dan Non Perijinan Kepada Kepala DPMPTSP',
  ],
  kualifikasiPelaksana: [
    'Memahami aturan-aturan terkait bidang Perijinan dan Kelembagaan.',
    'Mampu berkomunikasi dengan baik.',
  ],
  keterkaitan: [
    { text: 'SOP Pembentukan SK Tim' },
    { text: 'SOP Pelaksanaan rapat' },
    { text: 'SOP Surat keluar' },
    { text: 'SOP Penugasan Tim' },
    { text: 'SOP Pelaporan' },
  ],
  peralatan: ['Alat Tulis Kantor', 'Komputer', 'Printer'],
  peringatan: ['Apabila SOP tidak dilaksanakan akan menghambat pelayanan perijinan dan kelembagan koperasi.'],
  pencatatan: ['Buku agenda surat keluar'],
  source: 'shared/seeds/002_eb62c7d197dd703c.txt',
  notes: [
    {
      field: 'unit',
      text: 'The header (written twice, once as its own lines and once in the identity table) names Pemerintah Provinsi Kalimantan Barat, Dinas Koperasi, Usaha Kecil dan Menengah, Bidang Perijinan dan Kelembagaan; set in capitals in the seed.',
    },
    {
      field: 'dasarHukum',
      text: 'The four items are run together on one line, each opened by "-"; split at the dashes.',
    },
    {
      field: 'keterkaitan',
      text: 'Not linked to the catalogue. The nearest catalogue SOPs (pembuatan-sk-tim-kerja-bidang-3 for "SOP Pembentukan SK Tim", penugasan-kegiatan-bidang-3 for "SOP Penugasan Tim", pelaporan-kegiatan-pelatihan-bimtek-bidang-3 / mekanisme-pelaporan-tim-kerja-bidang-3 for "SOP Pelaporan") are the SOPs of "Bidang 3" in another file (whose header says Bidang Pemberdayaan Koperasi), not of the Bidang Perijinan dan Kelembagaan; the names also differ. To be confirmed with the Dinas.',
    },
    {
      field: 'tanggalRevisi',
      text: 'Tanggal Revisi, Tanggal Efektif and Disahkan oleh are blank in the seed.',
    },
  ],
  steps: [
    {
      id: 'rapat-instruksi-ketua',
      label: '1',
      uraian:
        'Melaksanakan rapat dan menginstruksikan Anggota Tim Kerja untuk menyiapkan data dukung materi substansi kegiatan, calon peserta, calon narasumber, jadwal dan tempat.',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi',
      waktu: '5 Menit',
      output: 'Disposisi',
      keterangan: 'SOP Penugasan Kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names no performer. It instructs the Anggota Tim Kerja, who in row 2 hands the data "kepada Ketua Tim Kerja"; the first lane is the Ketua Tim Kerja.',
        },
        {
          field: 'seeAlso',
          text: 'Keterangan "SOP Penugasan Kegiatan" is not linked: the catalogue\'s penugasan-kegiatan-bidang-3 ("Penugasan Kegiatan Bidang 3") belongs to another bidang (see the note on keterkaitan).',
        },
      ],
    },
    {
      id: 'siapkan-data-dukung',
      label: '2',
      uraian:
        'Menyiapkan data dukung materi substansi kegiatan, calon peserta, calon narasumber, jadwal dan tempat dan diserahkan kepada Ketua Tim Kerja.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '1 jam',
      output: 'Disposisi dan bahan /materi',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 1 instructs the Anggota Tim Kerja "untuk menyiapkan data dukung …"; this row "Menyiapkan data dukung …" and hands it to the Ketua Tim Kerja.',
        },
      ],
    },
    {
      id: 'verifikasi-ketua',
      label: '3',
      uraian:
        'Menerima dan melakukan verifikasi data dukung kegiatan, jika tidak setuju, dikembalikan kepada Anggota Tim Kerja untuk diperbaiki, jika setuju, diserahkan dan merekomendasikannya kepada Kepala Bidang Perijinan dan Kelembagaan.',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'siapkan-data-dukung' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Receives what row 2 hands "kepada Ketua Tim Kerja". The "tidak ya" marks stand in the Anggota Tim Kerja column, beside the Ketua Tim Kerja lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Anggota Tim Kerja untuk diperbaiki": back to row 2, the Anggota Tim Kerja\'s preparation.',
        },
      ],
    },
    {
      id: 'koreksi-kabid',
      label: '4',
      uraian:
        'Mengoreksi data dukung kegiatan, Jika tidak setuju, dikembalikan ke Kepala Ketua Tim Kerja untuk diperbaiki, jika setuju, menyerahkan dan ke Kepala Dinas untuk ditelaah.',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'verifikasi-ketua' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 3 recommends the data "kepada Kepala Bidang Perijinan dan Kelembagaan"; the "tidak" mark stands in the Ketua Tim Kerja column and the "ya" mark in the Kepala Dinas column, on either side of the Kepala Bidang lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan ke Kepala Ketua Tim Kerja untuk diperbaiki" (as written): back to row 3, the Ketua Tim Kerja\'s verification, the most recent row of that role.',
        },
      ],
    },
    {
      id: 'telaah-kadis',
      label: '5',
      uraian:
        'Menelaah data dukung kegiatan, jika tidak setuju, dikembalikan kepada Kepala Bidang perijinan dan Kelembagaan untuk diperbaiki, jika setuju, mendisposisikan kepada Kepala Bidang Perijinan dan Kelembagaan untuk ditindaklanjuti.',
      pelaksana: ['kepala-dinas'],
      kelengkapan: 'Disposisi dan bahan /materi',
      waktu: '15 Menit',
      output: 'Disposisi dan bahan /materi',
      decision: { tidakSetuju: { action: 'rework', to: 'koreksi-kabid' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 hands the data "ke Kepala Dinas untuk ditelaah"; this row "Menelaah". The "tidak ya" marks stand in the Kepala Bidang column, beside the Kepala Dinas lane.',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"dikembalikan kepada Kepala Bidang perijinan dan Kelembagaan untuk diperbaiki": back to row 4, the Kepala Bidang\'s correction.',
        },
      ],
    },
    {
      id: 'laksanakan-fasilitasi',
      label: '6',
      uraian: 'Melaksanakan kegiatan Fasilitasi IUSP/IKC/IKCP/IKK.',
      pelaksana: ['kepala-bidang'],
      kelengkapan: 'Disposisi dan bahan',
      waktu: '5 Menit',
      output: 'Pelaksanaan Kegiatan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names no performer. Row 5, on approval, "mendisposisikan kepada Kepala Bidang Perijinan dan Kelembagaan untuk ditindaklanjuti", and its "ya" mark stands in the Kepala Bidang column; so the row is placed in the Kepala Bidang lane. The facilitation itself may be carried out by the Tim Kerja under the Kepala Bidang; to be confirmed with the Dinas.',
        },
      ],
    },
    {
      id: 'dokumentasi-laporan',
      label: '7',
      uraian:
        'Mendokumentasikan kegiatan, menyusun laporan kegiatan hasil Fasilitasi IUSP/IKC/IKCP/IKK dan mengarsipkan.',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Pelaksanaan Kegiatan',
      waktu: '2 Hari',
      output: 'Laporan Kegiatan',
      keterangan: 'SOP Pelaporan',
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names no performer. In the catalogue\'s SOP Pelaporan Kegiatan Pelatihan/Bimtek Bidang 3 (same table layout, step 2) the Anggota Tim Kerja "Mendokumentasikan kegiatan dan menyusun laporan kegiatan"; read the same here. Could also be the Ketua Tim Kerja; to be confirmed with the Dinas.',
        },
        {
          field: 'seeAlso',
          text: 'Keterangan "SOP Pelaporan" is not linked: the catalogue\'s reporting SOPs are those of Bidang 3, and the name does not say which one (see the note on keterkaitan).',
        },
      ],
    },
  ],
});
