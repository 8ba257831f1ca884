// Small definitions the rendering tests draw: a decision with rework, a decision that ends
// the case, a step with several performers, and a long SOP that breaks across pages.
import { defineSop } from 'sop-ap';

/** Four steps, three lanes, a decision that sends the draft back. */
export const suratTugas = defineSop({
  id: 'surat-tugas',
  nama: 'Pembuatan Surat Tugas',
  nomor: '800/1/TU',
  unit: { pemerintah: 'Pemerintah Provinsi Kalimantan Barat', instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah' },
  tanggalPembuatan: '1 Januari 2024',
  disahkanOleh: { jabatan: 'Kepala Dinas', nama: 'Nama Kepala', nip: '19660719 199311 1 002' },
  dasarHukum: ['Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah'],
  kualifikasiPelaksana: ['Pendidikan minimal D-III', 'Bisa mengoperasikan komputer'],
  keterkaitan: [{ text: 'SOP Penyelenggaraan Surat Keluar' }],
  peralatan: ['Komputer', 'ATK'],
  peringatan: ['Surat tugas terlambat'],
  pencatatan: ['Buku agenda'],
  steps: [
    { id: 'disposisi', label: '1', uraian: 'Memerintahkan pembuatan surat tugas', pelaksana: ['kepala-dinas'], waktu: '5 Menit', output: 'Disposisi' },
    { id: 'konsep', label: '2', uraian: 'Membuat konsep surat tugas', pelaksana: ['kasubbag-tu'], waktu: '25 Menit', kelengkapan: 'Disposisi', output: 'Konsep' },
    {
      id: 'koreksi',
      label: '3',
      uraian: 'Mengoreksi konsep; jika setuju diparaf, jika tidak setuju dikembalikan untuk diperbaiki',
      pelaksana: ['kepala-bidang'],
      waktu: '15 Menit',
      output: 'Konsep diparaf',
      decision: { tidakSetuju: { action: 'rework', to: 'konsep' } },
    },
    { id: 'tandatangan', label: '4', uraian: 'Menandatangani surat tugas', pelaksana: ['kepala-dinas'], waktu: '5 Menit', output: 'Surat tugas' },
  ],
});

/** A request that may be refused, and a step done by two roles together. */
export const izin = defineSop({
  id: 'izin-sederhana',
  nama: 'Permohonan Izin Sederhana',
  steps: [
    { id: 'ajukan', label: '1', uraian: 'Mengajukan permohonan', pelaksana: ['pemohon'], waktu: '10 Menit' },
    { id: 'periksa', label: '2', uraian: 'Memeriksa berkas bersama Pendamping', pelaksana: ['kepala-sub-bidang', 'pendamping-plut'], waktu: '1 Jam' },
    {
      id: 'putuskan',
      label: '3',
      uraian: 'Memberikan persetujuan/tidak persetujuan',
      pelaksana: ['kepala-bidang'],
      waktu: '1 Hari',
      decision: { tidakSetuju: { action: 'end' } },
    },
    { id: 'terbitkan', label: '4', uraian: 'Menerbitkan izin', pelaksana: ['fungsional-umum'], waktu: '2 Jam', output: 'Izin' },
  ],
});

const roles = ['fungsional-umum', 'kepala-sub-bidang', 'kepala-bidang', 'sekretaris', 'kepala-dinas'] as const;
const long = 'Mengoreksi dan menelaah konsep naskah yang diajukan, jika benar akan di paraf serta diteruskan kepada atasan untuk ditindaklanjuti sesuai ketentuan yang berlaku';

/** Thirty steps with long texts: several pages, reworks within a page and across pages. */
export const panjang = defineSop({
  id: 'sop-panjang',
  nama: 'SOP Panjang Untuk Uji Halaman',
  steps: Array.from({ length: 30 }, (_, i) => {
    const id = `langkah-${i + 1}`;
    const base = { id, label: String(i + 1), uraian: `${i + 1}. ${long}`, pelaksana: [roles[i % roles.length]!], waktu: '1 Hari', output: 'Naskah' };
    if (i === 6) return { ...base, decision: { tidakSetuju: { action: 'rework' as const, to: 'langkah-4' } } };
    if (i === 24) return { ...base, decision: { tidakSetuju: { action: 'rework' as const, to: 'langkah-2' } } };
    if (i === 27) return { ...base, decision: { tidakSetuju: { action: 'end' as const } } };
    return base;
  }),
});

/** Text that would be markup if it were not escaped. */
export const jahat = defineSop({
  id: 'sop-jahat',
  nama: 'Uji <script>alert("x")</script> & "kutip"',
  nomor: '<img src=x onerror=alert(1)>',
  dasarHukum: ['</td><script>alert(2)</script>'],
  steps: [
    { id: 'satu', label: '1<b>', uraian: '<script>alert(3)</script>', pelaksana: ['kepala-dinas'], waktu: '5 Menit', output: "a'b\"c<d>&e" },
    {
      id: 'dua',
      label: '2',
      uraian: 'x --> y ]] "q" {z} | end',
      pelaksana: ['kasubbag-tu'],
      waktu: '5 Menit',
      keterangan: '<iframe>',
      decision: { tidakSetuju: { action: 'rework', to: 'satu' } },
    },
  ],
});
