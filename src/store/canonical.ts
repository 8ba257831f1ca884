import { createHash } from 'node:crypto';

/**
 * A canonical JSON encoding: object keys sorted, `undefined` members left out (as JSON does),
 * no whitespace. Two values that JSON-encode to the same data encode to the same text,
 * whatever the key order they were built or read back (jsonb reorders keys) in.
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function') continue;
    parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** The sha256 of a text, in lowercase hex. @internal */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The previous hash of a case's first journal row. @internal */
export const GENESIS_HASH = '0'.repeat(64);
