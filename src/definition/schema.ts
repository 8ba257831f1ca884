import * as z from 'zod';
import { DurationError } from '../errors/index.js';
import { RoleSchema } from '../roles/catalogue.js';
import { parseDuration } from '../time/index.js';
import { DurationSchema, DurationUnitSchema } from '../time/duration.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The state keys of the two final states; no step may use them as its id. */
export const FINAL_STATES = { done: 'selesai', refused: 'ditolak' } as const;

/**
 * Where a case is: running at a step (`berjalan`), or ended in one of the {@link FINAL_STATES}
 * (`selesai`, `ditolak`). States of a case are the form's words (docs/glossary.md); the one
 * status type of the machine's service time, the conformance report and the store.
 */
export const CaseStatusSchema = z.enum(['berjalan', FINAL_STATES.done, FINAL_STATES.refused]);
/** See {@link CaseStatusSchema}. */
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
/** How an ended case ended: a {@link CaseStatus} other than `berjalan`. */
export type CaseOutcome = Exclude<CaseStatus, 'berjalan'>;

/** A kebab-case id (`peningkatan-pelayanan-plut`, `koreksi-kabid`). */
export const IdSchema = z.string().regex(KEBAB, 'must be kebab-case, like "koreksi-kabid"');

/**
 * A note beside a value that had to be inferred (a performer, a rework target, a missing
 * name), saying what in the source text led there, so a reviewer at the Dinas can check it
 * against the paper original.
 */
export const NoteSchema = z.object({
  /** The field the note is about, e.g. `pelaksana`, `decision.tidakSetuju`, `label`. */
  field: z.string().min(1),
  /** What was inferred and why. */
  text: z.string().min(1),
});
/** See {@link NoteSchema}. */
export type Note = z.infer<typeof NoteSchema>;

/** A budget as an author writes it: `"5 Menit"` or `{ value: 5, unit: 'menit' }`, parsed into a {@link Duration}. */
export const WaktuSchema = z
  .union([z.string(), z.object({ value: z.number(), unit: DurationUnitSchema, text: z.string().optional() })])
  .transform((input, ctx) => {
    try {
      return parseDuration(input);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: e instanceof DurationError ? e.message : String(e) });
      return z.NEVER;
    }
  })
  .pipe(DurationSchema);

/**
 * What TIDAK SETUJU does at a decision step:
 * - `{ action: 'rework', to }` sends the case back for rework to an earlier step;
 * - `{ action: 'end' }` ends the case at once as refused (`ditolak`);
 * - `{ action: 'forward', to }` goes on to a later step (a refusal letter, say) and the case
 *   ends as `ditolak` when that path finishes: the outcome is decided by the refusal, not by
 *   the step that came last. A later rework back to this decision (or before it) undoes the
 *   refusal, since the decision is answered again.
 */
export const RefusalSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rework'), to: IdSchema }),
  z.object({ action: z.literal('end') }),
  z.object({ action: z.literal('forward'), to: IdSchema }),
]);
/** See {@link RefusalSchema}. */
export type Refusal = z.infer<typeof RefusalSchema>;

/**
 * A decision step: where SETUJU goes (by default the next step, or the end of the case after
 * the last step) and what TIDAK SETUJU does.
 */
export const DecisionSchema = z.object({
  /** The step SETUJU goes to; by default the next step in document order. Must lie after the decision. */
  setuju: IdSchema.optional(),
  /** What TIDAK SETUJU does. */
  tidakSetuju: RefusalSchema,
});
/** See {@link DecisionSchema}. */
export type Decision = z.infer<typeof DecisionSchema>;

/** Builds the step schema for a role-id schema (the built-in roles or an agency's extension). */
export function createStepSchema<R extends string>(role: z.ZodType<R, R>) {
  return z.object({
    /** A stable kebab-case id; it is the state key in the machine. */
    id: IdSchema,
    /** The document's own number for this row, kept as written even where the numbering is broken. */
    label: z.string().min(1),
    /** *Uraian prosedur / kegiatan*: what is done, as written. */
    uraian: z.string().min(1),
    /** *Pelaksana*: who performs the step; any one of them may move it. */
    pelaksana: z.array(role).min(1).readonly(),
    /** Mutu baku: *kelengkapan* (persyaratan/kelengkapan), as written. */
    kelengkapan: z.string().optional(),
    /** Mutu baku: *waktu*, the step's budget. */
    waktu: WaktuSchema,
    /** Mutu baku: *output*, as written. */
    output: z.string().optional(),
    /** *Keterangan*, as written. */
    keterangan: z.string().optional(),
    /** Other SOPs of the catalogue this step names (in its keterangan), by id. */
    seeAlso: z.array(IdSchema).readonly().optional(),
    /** Present when the step is a decision (SETUJU / TIDAK SETUJU). */
    decision: DecisionSchema.optional(),
    /** Notes beside inferred values. */
    notes: z.array(NoteSchema).readonly().optional(),
  });
}

/** A reference to a related SOP (*keterkaitan*), as written, linked by id when it is in the catalogue. */
export const KeterkaitanSchema = z.object({
  /** As written, e.g. `"SOP Penyiapan Bahan/Materi Diklat"`. */
  text: z.string().min(1),
  /** The catalogue id of that SOP, when it is in the catalogue. */
  sopId: IdSchema.optional(),
});
/** See {@link KeterkaitanSchema}. */
export type Keterkaitan = z.infer<typeof KeterkaitanSchema>;

/** Who signed the SOP into force (*disahkan oleh*), as written; blank parts stay absent. */
export const PengesahanSchema = z.object({
  jabatan: z.string().optional(),
  nama: z.string().optional(),
  pangkat: z.string().optional(),
  nip: z.string().optional(),
});
/** See {@link PengesahanSchema}. */
export type Pengesahan = z.infer<typeof PengesahanSchema>;

/** The organisational unit that owns the SOP. */
export const UnitSchema = z.object({
  /** e.g. `"Pemerintah Provinsi Kalimantan Barat"`. */
  pemerintah: z.string().optional(),
  /** e.g. `"Dinas Koperasi, Usaha Kecil dan Menengah"`. */
  instansi: z.string().optional(),
  /** The bidang or bagian, e.g. `"Bidang Pemberdayaan Usaha Kecil"`. */
  unitKerja: z.string().optional(),
});
/** See {@link UnitSchema}. */
export type Unit = z.infer<typeof UnitSchema>;

/** Builds the definition schema for a role-id schema. */
export function createDefinitionSchema<R extends string>(role: z.ZodType<R, R>) {
  return z.object({
    /** A stable kebab-case id, e.g. `peningkatan-pelayanan-plut`. */
    id: IdSchema,
    /** The revision of this definition; a persisted case only restores into the same revision. */
    revision: z.number().int().nonnegative().default(0),
    /** *Nomor SOP*, as written (absent where the paper leaves it blank). */
    nomor: z.string().optional(),
    /** *Nama / judul SOP*, as written. */
    nama: z.string().min(1),
    unit: UnitSchema.default({}),
    tanggalPembuatan: z.string().optional(),
    tanggalRevisi: z.string().optional(),
    tanggalEfektif: z.string().optional(),
    disahkanOleh: PengesahanSchema.optional(),
    dasarHukum: z.array(z.string().min(1)).readonly().default([]),
    kualifikasiPelaksana: z.array(z.string().min(1)).readonly().default([]),
    keterkaitan: z.array(KeterkaitanSchema).readonly().default([]),
    /** *Peralatan/perlengkapan*. */
    peralatan: z.array(z.string().min(1)).readonly().default([]),
    peringatan: z.array(z.string().min(1)).readonly().default([]),
    /** *Pencatatan dan pendataan*. */
    pencatatan: z.array(z.string().min(1)).readonly().default([]),
    /** Where the definition was transcribed from (document, file). */
    source: z.string().optional(),
    /** Notes beside inferred identity values. */
    notes: z.array(NoteSchema).readonly().optional(),
    /** The steps, in document order. */
    steps: z.array(createStepSchema(role)).min(1).readonly(),
  });
}

/** The schema of a definition over the built-in roles. */
export const SopDefinitionSchema = createDefinitionSchema(RoleSchema);

/** A definition as an author writes it (budgets as text, defaults omitted). */
export type SopDefinitionInput = z.input<typeof SopDefinitionSchema>;
/** A validated definition over the built-in roles (budgets parsed, defaults filled). */
export type SopDefinitionData = z.output<typeof SopDefinitionSchema>;
/** A validated step over the built-in roles. */
export type StepData = SopDefinitionData['steps'][number];
