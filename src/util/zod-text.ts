import * as z from 'zod';

/** zod's Indonesian error map, for a second parse that gives the texts of `pesan`. @internal */
export const ID_ERROR_MAP = z.locales.id().localeError;
const id = ID_ERROR_MAP;

/** The first problem of a failed parse, in English and Bahasa Indonesia, with its path. @internal */
export interface IssueText {
  readonly en: string;
  readonly id: string;
  readonly path: readonly string[];
}

/**
 * Parses with a zod schema; on failure, the first issue's text in both languages (zod's own
 * English, and its Indonesian locale applied to the same input, so `pesan` never mixes the two).
 * @internal
 */
export function parseBilingual<T extends z.ZodType>(schema: T, value: unknown): { ok: true; data: z.output<T> } | { ok: false; issue: IssueText } {
  const en = schema.safeParse(value);
  if (en.success) return { ok: true, data: en.data };
  const first = en.error.issues[0];
  const again = schema.safeParse(value, { error: id });
  const idIssue = again.success ? undefined : again.error.issues[0];
  return {
    ok: false,
    issue: { en: first?.message ?? 'invalid', id: idIssue?.message ?? first?.message ?? 'tidak sah', path: (first?.path ?? []).map(String) },
  };
}
