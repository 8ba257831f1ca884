/**
 * SOP Permintaan Narasumber (Narsum), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the second SOP of that file, lines 46–69).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Permintaan Narasumber of the Bidang Pemberdayaan Usaha Kecil: a letter asking the Dinas
 * for a narasumber (resource person) is received and recorded by the Petugas Teknis, studied by
 * the Eselon/Fungsional khusus, approved or refused by the Kadis (lane Pejabat Level 1), and
 * confirmed to the applicant. Its nomor is blank in the paper ("061/ /DISKOPUKM").
 *
 * @example
 * ```ts
 * import { permintaanNarasumber } from 'sop-ap/machines'
 * permintaanNarasumber.steps.find((s) => s.decision)?.label // '4'
 * ```
 */
export const permintaanNarasumber = defineSop({
  id: 'permintaan-narasumber',
  nomor: '061/ /DISKOPUKM',
  nama: 'Permintaan Narasumber',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: 'Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Undang-undang Nomor 25 Tahun 1992 tentang Perkoperasian;',
    'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah;',
    'Undang-undang Nomor 11 Tahun 2020 tentang Cipta Kerja;',
    'Peraturan Pemerintah Nomor 25 Tahun 2020 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom;',
    'Pemerintah Daerah Nomor 5 Tahun 2021 tentang Pembentukan dan Susunan Perangkat Daerah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: [
    'Pendidikan disesuaikan Kompetensi Kebutuhan Materi sesuai Permintaan Kebutuhan Narasumber Pihak Pemohon',
    'Memiliki Kemampuan Teknis Mengoperasikan IT dalam Presentasi',
  ],
  peralatan: [
    'DPA SKPD',
    'Komputer/ Laptop, Printer, ATK',
    'Jaringan Internet',
    'Peraturan terkait Diklat/ Pelatihan (Hardcopy/Softcopy)',
  ],
  peringatan: ['Apabila SOP Pendaftaran Online Narasumber tidak dilaksanakan maka kinerja Dinas'],
  pencatatan: [
    'Terpenuhinya kebutuhan pihak terkait tentang Koperasi UMKM melalui pelayanan pemenuhan permintaan narasumber kompeten oleh DiskopUKM Prov. Kalbar',
  ],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    {
      field: 'nomor',
      text: 'Written "061/ /DISKOPUKM": the number between the slashes is blank in the paper. Kept as written; the SOP has no number of its own yet.',
    },
    {
      field: 'nama',
      text: 'As in the "Nama SOP" row, "Permintaan Narasumber"; the table heading reads "SOP PERMINTAAN NARASUMBER (NARSUM)".',
    },
    {
      field: 'unit',
      text: 'The header is written in capitals: "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    { field: 'disahkanOleh', text: 'The "Disahkan oleh" cell is blank; no signature text appears near this SOP.' },
    { field: 'keterkaitan', text: 'The Keterkaitan cell is blank in the seed.' },
    {
      field: 'peringatan',
      text: 'The sentence stops at "maka kinerja Dinas" (cut in the paper or the extraction); kept as written. "SOP Pendaftaran Online Narasumber" is not in the catalogue under that name (the catalogue has "Pendaftaran Narasumber (Narsum)"), so nothing is linked.',
    },
    {
      field: 'lanes',
      text: 'Lanes: PEMOHON, Pejabat Level 1, ESELON/FUNGSIONAL KHUSUS, PETUGAS TEKNIS. The text of row 4 names the "Kadis"; there is no Kepala Dinas lane, so the Kadis is read as the one in the Pejabat Level 1 lane (a Kepala Dinas acts in it as pejabat-level-1). A stray "Ket" after the table is the header of an empty Keterangan column.',
    },
  ],
  steps: [
    {
      id: 'terima-surat',
      label: '1',
      uraian: 'Menerima surat masuk dari pemohon narasumber',
      pelaksana: ['pemohon', 'petugas-teknis'],
      kelengkapan: 'Dokumen',
      waktu: '5 Menit',
      output: 'Diterima',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row is the hand-over of the applicant\'s letter: it comes "dari pemohon" (the first lane, PEMOHON, where the chart starts) and is received at the Dinas, read as by the Petugas Teknis, who records and archives it in row 2. Either may complete the row. (The paper may draw it in the PEMOHON lane only.)',
        },
      ],
    },
    {
      id: 'catat-arsip-surat',
      label: '2',
      uraian: 'Petugas Teknis mencatat dan mengarsipkan surat dan meneruskan ke eselon / Fungsional khusus',
      pelaksana: ['petugas-teknis'],
      kelengkapan: 'Proses',
      waktu: '5 Menit',
      output: 'Diteruskan',
    },
    {
      id: 'telaah-kebutuhan',
      label: '3',
      uraian:
        'Eselon/ Fungsional khusus melakukan disposisi ke Kadis dengan Telaahan kebutuhan materi atas keterangan surat permintaan narasumber dari pihak pemohon',
      pelaksana: ['eselon-fungsional-khusus'],
      kelengkapan: 'Proses',
      waktu: '10 Menit',
      output: 'Disiapkan',
    },
    {
      id: 'persetujuan-kadis',
      label: '4',
      uraian:
        'Kadis memberikan persetujuan/ tidak persetujuan terhadap pemenuhan permintaan narasumber dan apabila disetujui menunjukkan disposisi personil yang sesuai dengan permintaan narasumber yang dibutuhkan pihak pemohon',
      pelaksana: ['pejabat-level-1'],
      kelengkapan: 'Disetujui',
      waktu: '10 Menit',
      output: 'Disiapkan',
      decision: { tidakSetuju: { action: 'end' } },
      notes: [
        {
          field: 'pelaksana',
          text: 'The text names the "Kadis" (Kepala Dinas), to whom row 3 disposes. The table has no Kepala Dinas lane; the only lane above ESELON/FUNGSIONAL KHUSUS is "Pejabat Level 1", so the Kadis is mapped to that lane (a Kepala Dinas actor acts here as pejabat-level-1).',
        },
        {
          field: 'decision.tidakSetuju',
          text: '"persetujuan/ tidak persetujuan terhadap pemenuhan permintaan narasumber": a refusal refuses the request, and the text gives no return path, so TIDAK SETUJU ends the case. Only "apabila disetujui" does the Kadis name the personnel and the case go on to row 5.',
        },
      ],
    },
    {
      id: 'disposisi-konfirmasi',
      label: '5',
      uraian:
        'Eselon/ fungsional khusus melakukan disposisi ke Petugas Teknis untuk memberikan surat konfirmasi terkait permintaan narasumber kepada pihak pemohon',
      pelaksana: ['eselon-fungsional-khusus'],
      kelengkapan: 'Disetujui',
      waktu: '10 Menit',
      output: 'Diteruskan',
      notes: [
        {
          field: 'uraian',
          text: 'The Petugas Teknis then gives the confirmation letter to the applicant; the paper has no separate row (or budget) for it, so none is added.',
        },
      ],
    },
  ],
});
