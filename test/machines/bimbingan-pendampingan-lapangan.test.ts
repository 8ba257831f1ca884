/**
 * SOP Bimbingan dan Pendampingan di Lapangan against the seed text
 * (shared/seeds/001_8d931621a3aeff30.txt, lines 129–173). The expected values below were
 * counted by hand from the seed, not copied from the definition.
 */
import { describe, expect, test } from 'vitest';
import { bimbinganPendampinganLapangan as sop } from '../../machines/bimbingan-pendampingan-lapangan.js';
import { budgetsByUnit, decisionTargets, performingRoles } from './helpers.js';

const byLabel = (l: string) => sop.steps.find((s) => s.label === l);

describe('bimbingan-pendampingan-lapangan', () => {
  test('has the seven numbered rows of the seed, in order', () => {
    expect(sop.steps).toHaveLength(7);
    expect(sop.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('budgets: 10+10+15+15+10+10 menit and 1 jam (row 4)', () => {
    expect(budgetsByUnit(sop)).toEqual({ menit: 70, jam: 1 });
  });

  test('the only decision is row 5 ("apabila tidak, maka akan dikembalikan ke Pejabat Level 2"), back to row 4', () => {
    expect(decisionTargets(sop)).toEqual([['5', '4']]);
    expect(byLabel('4')?.pelaksana).toEqual(['pejabat-level-2']);
  });

  test('every lane (Ketua Tim Kerja, Anggota Tim Kerja, Pejabat Level 2, Pejabat Level 1) performs a step, and no other role does', () => {
    const lanes = ['ketua-tim-kerja', 'anggota-tim-kerja', 'pejabat-level-2', 'pejabat-level-1'];
    expect(performingRoles(sop)).toEqual([...lanes].sort());
  });

  test('no row names its performer, so every performer carries a note', () => {
    for (const s of sop.steps) expect(s.notes?.some((n) => n.field === 'pelaksana'), s.id).toBe(true);
  });

  test('the name cut by the page break ("di L") is completed from the table heading, with a note', () => {
    expect(sop.nama).toBe('Bimbingan dan Pendampingan di Lapangan');
    expect(sop.notes?.some((n) => n.field === 'nama')).toBe(true);
  });

  test('identity section as written', () => {
    expect(sop.nomor).toBe('061/ 1625.3 /DISKOPUKM');
    expect(sop.tanggalPembuatan).toBe('31 Agustus 2023');
    expect(sop.tanggalEfektif).toBe('Agustus 2023');
    expect(sop.tanggalRevisi).toBeUndefined();
    expect(sop.disahkanOleh).toBeUndefined();
    expect(sop.dasarHukum).toHaveLength(2);
    expect(sop.kualifikasiPelaksana).toHaveLength(3);
    expect(sop.keterkaitan).toHaveLength(3);
    expect(sop.keterkaitan.some((k) => k.sopId !== undefined)).toBe(false);
    expect(sop.peralatan).toHaveLength(3);
    expect(sop.peringatan).toHaveLength(3);
    expect(sop.pencatatan).toEqual(['Hasil bimbingan dan pendampingan', 'Permasalahan dan Kendala', 'Evaluasi serta tindak lanjut']);
  });

});
