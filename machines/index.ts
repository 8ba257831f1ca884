/**
 * The catalogue: every SOP of the source documents as a validated definition, keyed by its
 * stable id. Published as the `sop-ap/machines` subpath.
 *
 * @packageDocumentation
 */
import { UnknownSopError } from 'sop-ap';
import { peningkatanPelayananPlut } from './peningkatan-pelayanan-plut.js';
import { pelaksanaanKegiatanDiklat } from './pelaksanaan-kegiatan-diklat.js';
import { permintaanNarasumber } from './permintaan-narasumber.js';
import { penyiapanBahanMateriDiklat } from './penyiapan-bahan-materi-diklat.js';
import { penyiapanSaranaPrasaranaDiklat } from './penyiapan-sarana-prasarana-diklat.js';
import { bimbinganPendampinganLapangan } from './bimbingan-pendampingan-lapangan.js';
import { layananKonsultasiPascaPelatihan } from './layanan-konsultasi-pasca-pelatihan.js';
import { pendaftaranNarasumber } from './pendaftaran-narasumber.js';
import { pelaksanaanKegiatanPerijinanKelembagaan } from './pelaksanaan-kegiatan-perijinan-kelembagaan.js';
import { pembuatanSkTimKerjaBidang3 } from './pembuatan-sk-tim-kerja-bidang-3.js';
import { penugasanKegiatanBidang3 } from './penugasan-kegiatan-bidang-3.js';
import { pelaksanaanPelatihanBimtek } from './pelaksanaan-pelatihan-bimtek.js';
import { pelaporanKegiatanPelatihanBimtekBidang3 } from './pelaporan-kegiatan-pelatihan-bimtek-bidang-3.js';
import { mekanismePelaporanTimKerjaBidang3 } from './mekanisme-pelaporan-tim-kerja-bidang-3.js';
import { fasilitasiNarasumber } from './fasilitasi-narasumber.js';

/**
 * Every SOP of the catalogue, keyed by id.
 *
 * @example
 * ```ts
 * import { catalogue } from 'sop-ap/machines'
 * catalogue['peningkatan-pelayanan-plut'].steps.length // 28
 * ```
 */
export const catalogue = {
  [peningkatanPelayananPlut.id]: peningkatanPelayananPlut,
  [pelaksanaanKegiatanDiklat.id]: pelaksanaanKegiatanDiklat,
  [permintaanNarasumber.id]: permintaanNarasumber,
  [penyiapanBahanMateriDiklat.id]: penyiapanBahanMateriDiklat,
  [penyiapanSaranaPrasaranaDiklat.id]: penyiapanSaranaPrasaranaDiklat,
  [bimbinganPendampinganLapangan.id]: bimbinganPendampinganLapangan,
  [layananKonsultasiPascaPelatihan.id]: layananKonsultasiPascaPelatihan,
  [pendaftaranNarasumber.id]: pendaftaranNarasumber,
  [pelaksanaanKegiatanPerijinanKelembagaan.id]: pelaksanaanKegiatanPerijinanKelembagaan,
  [pembuatanSkTimKerjaBidang3.id]: pembuatanSkTimKerjaBidang3,
  [penugasanKegiatanBidang3.id]: penugasanKegiatanBidang3,
  [pelaksanaanPelatihanBimtek.id]: pelaksanaanPelatihanBimtek,
  [pelaporanKegiatanPelatihanBimtekBidang3.id]: pelaporanKegiatanPelatihanBimtekBidang3,
  [mekanismePelaporanTimKerjaBidang3.id]: mekanismePelaporanTimKerjaBidang3,
  [fasilitasiNarasumber.id]: fasilitasiNarasumber,
} as const;

/** The id of an SOP in the catalogue. */
export type SopId = keyof typeof catalogue;

/** A definition of the catalogue. */
export type CatalogueSop = (typeof catalogue)[SopId];

/** Every SOP id of the catalogue, in the order of the source documents. */
export const sopIds = Object.keys(catalogue) as SopId[];

/** Whether `id` names an SOP of the catalogue. */
export function isSopId(id: string): id is SopId {
  return Object.prototype.hasOwnProperty.call(catalogue, id);
}

/**
 * The definition of a catalogue SOP.
 *
 * @param id - an SOP id, e.g. `'pendaftaran-narasumber'`
 * @throws `UnknownSopError` (from `sop-ap`) naming the closest ids when there is no such SOP
 *
 * @example
 * ```ts
 * const sop = getSop('permintaan-narasumber')
 * getSop('permintaan-narsum') // throws: did you mean permintaan-narasumber
 * ```
 */
export function getSop<I extends SopId>(id: I): (typeof catalogue)[I];
export function getSop(id: string): CatalogueSop;
export function getSop(id: string): CatalogueSop {
  if (isSopId(id)) return catalogue[id];
  throw UnknownSopError.among(id, new Map(sopIds.map((k) => [k as string, [k as string, catalogue[k].nama]])));
}

export {
  peningkatanPelayananPlut,
  pelaksanaanKegiatanDiklat,
  permintaanNarasumber,
  penyiapanBahanMateriDiklat,
  penyiapanSaranaPrasaranaDiklat,
  bimbinganPendampinganLapangan,
  layananKonsultasiPascaPelatihan,
  pendaftaranNarasumber,
  pelaksanaanKegiatanPerijinanKelembagaan,
  pembuatanSkTimKerjaBidang3,
  penugasanKegiatanBidang3,
  pelaksanaanPelatihanBimtek,
  pelaporanKegiatanPelatihanBimtekBidang3,
  mekanismePelaporanTimKerjaBidang3,
  fasilitasiNarasumber,
};
