/**
 * A small, tolerant XML reader: enough for XES files (elements, attributes, entities,
 * comments, CDATA, processing instructions, a DOCTYPE), with the line of each element.
 * There is no DOMParser in Node, and the library takes no XML dependency. @internal
 */
import { LogError } from '../errors/index.js';

/** An element of the tree. @internal */
export interface XmlElement {
  /** The tag name as written, prefix included (`xes:trace` stays `xes:trace`). */
  readonly name: string;
  /** The name without a namespace prefix. */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The line (1-based) of the start tag. */
  readonly line: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five predefined entities and character references. @internal */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? m;
  });
}

/** Escapes text for an attribute value or element content. @internal */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses XML text into its root element. Text content is dropped (XES keeps its data in
 * attributes). Tolerant: unknown entities are kept as written, a mismatched end tag closes
 * up to its matching start tag.
 *
 * @throws {@link LogError} when there is no root element or a tag is never closed
 * @internal
 */
export function parseXml(text: string, format = 'xes'): XmlElement {
  const s = text.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let i = 0;
  const countLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (s.charCodeAt(k) === 10) line++;
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      countLines(i, s.length);
      break;
    }
    countLines(i, lt);
    const startLine = line;
    let end: number;
    if (s.startsWith('<!--', lt)) {
      end = s.indexOf('-->', lt + 4);
      if (end === -1) throw new LogError(format, 'a comment is never closed', { line: startLine });
      end += 3;
    } else if (s.startsWith('<![CDATA[', lt)) {
      end = s.indexOf(']]>', lt + 9);
      if (end === -1) throw new LogError(format, 'a CDATA section is never closed', { line: startLine });
      end += 3;
    } else if (s.startsWith('<?', lt)) {
      end = s.indexOf('?>', lt + 2);
      if (end === -1) throw new LogError(format, 'a processing instruction is never closed', { line: startLine });
      end += 2;
    } else if (s.startsWith('<!', lt)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      let depth = 0;
      end = lt + 2;
      while (end < s.length && !(s[end] === '>' && depth === 0)) {
        if (s[end] === '[') depth++;
        else if (s[end] === ']') depth--;
        end++;
      }
      end++;
    } else {
      // A tag: find its '>' outside quoted attribute values.
      let q: string | undefined;
      end = lt + 1;
      while (end < s.length) {
        const c = s[end]!;
        if (q !== undefined) {
          if (c === q) q = undefined;
        } else if (c === '"' || c === "'") q = c;
        else if (c === '>') break;
        end++;
      }
      if (end >= s.length) throw new LogError(format, 'a tag is never closed', { line: startLine, detailId: 'tag tidak pernah ditutup' });
      const body = s.slice(lt + 1, end);
      end++;
      if (body.startsWith('/')) {
        const name = body.slice(1).trim();
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at !== -1) stack.length = at;
      } else {
        const selfClosing = body.endsWith('/');
        const inner = selfClosing ? body.slice(0, -1) : body;
        const m = /^([^\s/>]+)/.exec(inner);
        if (m === null) throw new LogError(format, `an unreadable tag "<${body}>"`, { line: startLine });
        const name = m[1]!;
        const attributes: Record<string, string> = {};
        ATTR.lastIndex = name.length;
        for (let a = ATTR.exec(inner); a !== null; a = ATTR.exec(inner)) {
          attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
        }
        const colon = name.indexOf(':');
        const el: XmlElement = { name, local: colon === -1 ? name : name.slice(colon + 1), attributes, children: [], line: startLine };
        const parent = stack[stack.length - 1];
        if (parent !== undefined) parent.children.push(el);
        else if (root === undefined) root = el;
        if (!selfClosing) stack.push(el);
      }
    }
    countLines(lt, end);
    i = end;
  }
  if (root === undefined) throw new LogError(format, 'no XML element found', { detailId: 'tidak ada elemen XML' });
  if (stack.length > 0) throw new LogError(format, `the element <${stack[stack.length - 1]!.name}> is never closed`, { line: stack[stack.length - 1]!.line, detailId: `elemen <${stack[stack.length - 1]!.name}> tidak pernah ditutup` });
  return root;
}
