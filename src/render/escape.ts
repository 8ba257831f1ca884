/**
 * Escapes text for HTML, SVG and XML: element content and double- or single-quoted
 * attribute values. Every string that comes from a definition passes through here before
 * it reaches a rendering, so a definition cannot inject markup or script.
 *
 * @param text - any text
 * @returns the text with `&`, `<`, `>`, `"` and `'` replaced by entities, and control
 *   characters that XML 1.0 forbids removed
 * @internal
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
