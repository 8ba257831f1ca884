/**
 * Organisational units that head several SOPs of the catalogue, written once. Each SOP file
 * still says which unit its own header names.
 */

/** Pemerintah Provinsi Kalimantan Barat, Dinas Koperasi UKM, Bidang Pemberdayaan Usaha Kecil. */
export const bidangPemberdayaanUsahaKecil = {
  pemerintah: 'Pemerintah Provinsi Kalimantan Barat',
  instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah',
  unitKerja: 'Bidang Pemberdayaan Usaha Kecil',
} as const;
