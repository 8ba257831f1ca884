/**
 * SOP Pendaftaran Narasumber (Narsum), transcribed from
 * `shared/seeds/001_8d931621a3aeff30.txt` (the last SOP of that file, lines 232–263).
 *
 * @packageDocumentation
 */
import { defineSop } from 'sop-ap';
import { bidangPemberdayaanUsahaKecil } from './units.js';

/**
 * SOP Pendaftaran Narasumber of the Bidang Pemberdayaan Usaha Kecil: a prospective
 * narasumber (resource person) registers through an online form, the Ketua Tim Kerja analyses
 * the data, the Anggota Tim Kerja verifies the profile, the Ketua Tim Kerja approves or refuses
 * and passes it to the Pejabat Level 2, and the approval or refusal letter goes to the
 * applicant either way: a refusal at row 4 goes forward to the letter of row 5, and the case
 * ends `ditolak` when it is sent. Its nomor is blank in the paper ("061/ /DISKOPUKM").
 *
 * @example
 * ```ts
 * import { pendaftaranNarasumber } from 'sop-ap/machines'
 * pendaftaranNarasumber.steps.filter((s) => s.decision).map((s) => s.label) // ['4']
 * ```
 */
export const pendaftaranNarasumber = defineSop({
  id: 'pendaftaran-narasumber',
  revision: 1,
  nomor: '061/ /DISKOPUKM',
  nama: 'Pendaftaran Narasumber (Narsum)',
  unit: bidangPemberdayaanUsahaKecil,
  tanggalPembuatan: 'Agustus 2023',
  tanggalEfektif: 'Agustus 2023',
  dasarHukum: [
    'Undang-undang Nomor 25 Tahun 1992 tentang Perkoperasian',
    'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
    'Undang-undang Nomor 11 Tahun 2020 tentang Cipta Kerja',
    'Peraturan Pemerintah Nomor 25 Tahun 2020 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom',
    'Pemerintah Daerah Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Provinsi Kalimantan Barat',
    'Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat;',
    'Peraturan Gubernur Nomor 206 Tahun 2021 tentang Kedudukan, Susunan Organisasi Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat.',
  ],
  kualifikasiPelaksana: [
    'Pendidikan disesuaikan Kompetensi Diklat serta Pengalaman',
    'Memiliki Kemampuan Teknis Mengoperasikan IT dalam Presentasi',
  ],
  keterkaitan: [{ text: 'SOP Pendaftaran Online Narasumber' }],
  peralatan: [
    'DPA SKPD',
    'Komputer/ Laptop, Printer, ATK',
    'Jaringan Internet',
    'Peraturan terkait Diklat/ Pelatihan (Hardcopy/Softcopy)',
  ],
  peringatan: ['Apabila SOP Pendaftaran Online Narasumber tidak dilaksanakan maka kinerja Dinas'],
  pencatatan: ['Supaya ada standar dan transparansi SDM Narasumber yang'],
  source: 'shared/seeds/001_8d931621a3aeff30.txt',
  notes: [
    {
      field: 'revision',
      text: 'Revision 1: rows 4–5 read again. Row 4\'s TIDAK SETUJU no longer ends the case at once: it goes forward to row 5, which sends the letter "disetujui/ tidak" to the applicant, and the case ends ditolak when the letter is sent. Row 5 is a task (the sending) instead of a second decision. Revision 0 ended a refused case at row 4, so a refused applicant got no letter.',
    },
    {
      field: 'nomor',
      text: 'Written "061/ /DISKOPUKM": the number between the slashes is blank in the paper. Kept as written.',
    },
    {
      field: 'nama',
      text: 'The identity section has no "Nama SOP" row; the name is taken from the table heading "SOP PENDAFTARAN NARASUMBER (NARSUM)" (written in capitals), cased like the sibling SOP "Permintaan Narasumber".',
    },
    {
      field: 'unit',
      text: 'The header reads "PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT", and the unit "Bidang Pemberdayaan Usaha Kecil".',
    },
    {
      field: 'disahkanOleh',
      text: 'The "Disahkan oleh" cell is blank. Below the identity section the seed has a displaced fragment "Departemen Pendidikan dan Kebudayaan JUNAI, MM 0250809 198603 1 012", which names another institution and a cut name and NIP; it cannot be attributed to this SOP, so disahkanOleh is left absent. Fragments of the same kind stand in the same file after the identity sections of pelaksanaan-kegiatan-diklat ("… AIDI, MM / 198803 1 012") and layanan-konsultasi-pasca-pelatihan ("leha Kecil dan Menengah / AIDI, MM / 198603 1 012"): all three SOPs are of the Bidang Pemberdayaan Usaha Kecil, August 2023, and each fragment is a name ending in "…AIDI, MM" or "…JUNAI, MM" and a NIP ending in "03 1 012". They probably belong to one signer (AIDI/JUNAI and 198603/198803 look like extraction slips), whose full name, jabatan and NIP are lost; disahkanOleh stays absent in all three, to be filled from the paper.',
    },
    {
      field: 'kualifikasiPelaksana',
      text: 'Item 2 is cut at "… mengoperasikan IT dalam Pre"; the rest, "sentasi", stands alone below the identity section (and SOP Permintaan Narasumber writes the same item whole, "… dalam Presentasi"): joined.',
    },
    {
      field: 'keterkaitan',
      text: '"SOP Pendaftaran Online Narasumber" may be this SOP itself (its row 1 is an online registration form), but the names differ, so it is not linked.',
    },
    {
      field: 'peringatan',
      text: 'The sentence stops at "maka kinerja Dinas" (as in SOP Permintaan Narasumber); kept as written. A stray "sesuai" below the identity section may belong to it or to the pencatatan; not joined.',
    },
    {
      field: 'pencatatan',
      text: 'The sentence stops at "… SDM Narasumber yang"; a displaced fragment "in sesuai Kebutuhan Diklat/ Pelatihan" below the identity section probably ends it, but the words between are lost, so nothing is joined.',
    },
    {
      field: 'lanes',
      text: 'The table headers read PEMOHON, Anggota Tim Kerja, Ketua Tim Kerja, Ketua Tim Kerja (twice), and put "Pejabat Level 2" outside the PELAKSANA heading, in the column before MUTU BAKU. Read as four lanes: Pemohon, Anggota Tim Kerja, Ketua Tim Kerja, Pejabat Level 2. A stray "Ket" after the table is the header of an empty Keterangan column.',
    },
  ],
  steps: [
    {
      id: 'input-pendaftaran',
      label: '1',
      uraian: 'Mengajukan input pendaftaran profil data narsum ke aplikasi Form Online;',
      pelaksana: ['pemohon'],
      kelengkapan: 'Dokumen',
      waktu: '5 Menit',
      output: 'Diterima',
      notes: [
        {
          field: 'pelaksana',
          text: 'The row submits the narasumber\'s own profile data; the first lane is PEMOHON, and row 5 sends the answer "kepada pemohon": read as the Pemohon.',
        },
      ],
    },
    {
      id: 'analisa-data',
      label: '2',
      uraian: 'Ketua Tim Kerja menganalisa data dan meneruskan data ke Anggota Tim Kerja menangani narsum;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Proses',
      waktu: '5 Menit',
      output: 'Diteruskan',
    },
    {
      id: 'verifikasi-profil',
      label: '3',
      uraian:
        'Anggota Tim Kerja melakukan verifikasi dan identifikasi profil narsum dengan materi dan atau modul standar yang telah ditetapkan sesuai SOP Modul Diklat;',
      pelaksana: ['anggota-tim-kerja'],
      kelengkapan: 'Proses',
      waktu: '5 Menit',
      output: 'Disiapkan',
    },
    {
      id: 'persetujuan-ketua',
      label: '4',
      uraian:
        'Ketua Tim Kerja memberikan persetujuan/ tidak persetujuan terhadap penetapan pengajuan narasumber berdasarkan data dan meneruskan ke Pejabat Level 2 untuk persetujuan;',
      pelaksana: ['ketua-tim-kerja'],
      kelengkapan: 'Disetujui',
      waktu: '5 Menit',
      output: 'Disiapkan',
      decision: { tidakSetuju: { action: 'forward', to: 'kirim-surat-keterangan' } },
      notes: [
        {
          field: 'decision.tidakSetuju',
          text: '"memberikan persetujuan/ tidak persetujuan terhadap penetapan pengajuan narasumber … dan meneruskan ke Pejabat Level 2": the row is answered either way and passed on either way, and row 5 sends the letter "disetujui/ tidak … kepada pemohon", so a refused applicant still gets the letter. No return path is written, so a refusal is not a rework: TIDAK SETUJU goes forward to row 5 and the case ends as ditolak when the letter is sent (revision 1; revision 0 ended the case here at once).',
        },
      ],
    },
    {
      id: 'kirim-surat-keterangan',
      label: '5',
      uraian:
        'Pengiriman surat keterangan disetujui/ tidak atas penerapan narasumber kepada pemohon, apabila disetujui dilanjutkan dengan konfirmasi jadwal diklat',
      pelaksana: ['pejabat-level-2'],
      kelengkapan: 'Disetujui',
      waktu: '5 Menit',
      output: 'Diteruskan',
      notes: [
        {
          field: 'pelaksana',
          text: 'Row 4 passes the application "ke Pejabat Level 2 untuk persetujuan", and the letter sent here says whether it was approved: read as the Pejabat Level 2 (the only lane with no other row).',
        },
        {
          field: 'decision',
          text: 'Revision 1: a task, not a decision. The row\'s act is "Pengiriman surat keterangan disetujui/ tidak … kepada pemohon": sending the answer given in row 4, for both answers; "apabila disetujui dilanjutkan dengan konfirmasi jadwal diklat" is what follows an approval outside this SOP. Revision 0 read the row as a second decision (the Pejabat Level 2\'s approval asked for in row 4) whose refusal ended the case; but the paper writes no second answer here, only the letter of the first, and the outcome is the one row 4 decided. The Pejabat Level 2\'s "persetujuan" named in row 4 has no row of its own in the paper, so no step is added for it. To be confirmed against the paper\'s diamonds, which the extraction lost.',
        },
      ],
    },
  ],
});
