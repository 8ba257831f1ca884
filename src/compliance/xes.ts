/**
 * XES (IEEE 1849) case logs: reading them into events, and writing a case's history (from a
 * live actor or from a log) so process-mining tools (ProM, PM4Py, Disco) can read it.
 */
import { createReadStream, statSync } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LogError } from '../errors/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import type { SopContext } from '../machine/index.js';
import { isProblem, LogRowReader, type LogEvent, type LogReadOptions, type LogSink, type ParsedLog, type RowFields } from './log.js';
import { collect, trackProgress, type LogStreamOptions } from './csv.js';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);
const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** Escapes text for an attribute value. @internal */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** What the element on each level of the document is, as far as XES goes. */
const enum Level {
  Log,
  Trace,
  Event,
  Other,
}

/**
 * Reads XES through saxes, element by element: the attributes of the current trace and
 * event are the only state, so a file of any size is read in constant memory.
 */
class XesLogRows {
  private readonly levels: Level[] = [];
  private traceNo = 0;
  private entry = 0;
  private caseId = '';
  private traceAttrs = new Map<string, string>();
  private eventAttrs: Map<string, string> | undefined;
  private eventLine = 0;
  private open = new Map<string, string[]>();
  private readonly reader: LogRowReader;
  readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });

  constructor(
    options: LogReadOptions,
    private readonly sink: LogSink,
  ) {
    this.reader = new LogRowReader(options);
    this.parser.on('opentagstart', (tag) => {
      if (localName(tag.name) === 'event') this.eventLine = this.parser.line;
    });
    this.parser.on('opentag', (tag) => this.openTag(tag));
    this.parser.on('closetag', () => this.closeTag());
    this.parser.on('error', (e) => {
      const what = e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
      const unclosed = /^unclosed tag: (.*)$/.exec(what);
      const en = unclosed === null ? `not well-formed XML: ${what}` : `the element <${unclosed[1]}> is never closed`;
      const id = unclosed === null ? `XML tidak sah: ${what}` : `elemen <${unclosed[1]}> tidak pernah ditutup`;
      throw new LogError('xes', en, { line: this.parser.line, detailId: id, cause: e });
    });
  }

  private openTag(tag: SaxesTagPlain): void {
    const local = localName(tag.name);
    const parent = this.levels.length === 0 ? undefined : this.levels[this.levels.length - 1];
    let level = Level.Other;
    if (parent === undefined) {
      if (local !== 'log') throw new LogError('xes', `the root element is <${tag.name}>, expected <log>`, { line: this.parser.line, detailId: `elemen akar <${tag.name}>, seharusnya <log>` });
      level = Level.Log;
    } else if (parent === Level.Log && local === 'trace') {
      level = Level.Trace;
      this.traceNo++;
      this.traceAttrs = new Map();
      this.open = new Map();
      this.caseId = '';
    } else if (parent === Level.Trace && local === 'event') {
      level = Level.Event;
      this.eventAttrs = new Map();
      if (this.caseId === '') this.caseId = this.traceAttrs.get('concept:name') ?? `trace-${this.traceNo}`;
    } else if ((parent === Level.Trace || parent === Level.Event) && ATTRIBUTE_TAGS.has(local)) {
      const key = tag.attributes.key;
      const value = tag.attributes.value;
      const into = parent === Level.Trace ? this.traceAttrs : this.eventAttrs!;
      // a decision that is not text (PM4Py's <float value="nan">) is no decision
      const typed = local === 'string' || !(key === 'sopap:decision' || key === 'decision');
      if (typeof key === 'string' && typeof value === 'string' && typed && !into.has(key)) into.set(key, value);
    }
    this.levels.push(level);
  }

  private closeTag(): void {
    const level = this.levels.pop();
    if (level === Level.Event) this.event(this.eventAttrs!);
  }

  private event(a: Map<string, string>): void {
    const step = a.get('concept:name');
    const transition = (a.get('lifecycle:transition') ?? 'complete').toLowerCase();
    if (transition === 'start' && step !== undefined) {
      const list = this.open.get(step) ?? [];
      list.push(a.get('time:timestamp') ?? '');
      this.open.set(step, list);
      return;
    }
    if (transition !== 'complete') return;
    this.entry++;
    const started = step === undefined ? undefined : this.open.get(step)?.shift();
    const row: RowFields = {
      case: this.caseId,
      step,
      role: a.get('org:role') ?? a.get('org:resource'),
      resource: a.get('org:resource'),
      completed_at: a.get('time:timestamp'),
      started_at: started === '' ? undefined : started,
      decision: a.get('sopap:decision') ?? a.get('decision'),
      acting_as: a.get('sopap:actingAs'),
    };
    const r = this.reader.read(row, this.entry, this.eventLine);
    if (isProblem(r)) this.sink.problem(r);
    else this.sink.event(r);
  }

  end(): void {
    this.parser.close();
  }
}

function closeXes(rows: XesLogRows): void {
  try {
    rows.end();
  } catch (e) {
    if (e instanceof LogError) throw e;
    throw new LogError('xes', String(e), { cause: e });
  }
}

/**
 * Reads an XES log (IEEE 1849 XML) with saxes. Each trace is a case (`concept:name`); each
 * event with `lifecycle:transition` `complete` (or none) is a step completion:
 * `concept:name` is the step (id or the document's number), `time:timestamp` when,
 * `org:role` the role (else `org:resource` read as a role), `sopap:decision` (or `decision`)
 * the decision, a text value only: PM4Py's `<float key="decision" value="nan"/>` is no
 * decision. A `start` event of the same step before it gives its start time. Other
 * transitions are ignored. Each malformed event is reported with its line and reason.
 *
 * @param text - the file's text
 * @param options - zone of offset-less timestamps, role catalogue
 * @returns the events and the problems
 * @throws {@link LogError} when the text is not well-formed XML or its root is not `<log>`
 *
 * @example
 * ```ts
 * const log = readXesLog(fs.readFileSync('cases.xes', 'utf8'))
 * log.problems.forEach((p) => console.log(p.line, p.pesan))
 * ```
 */
export function readXesLog(text: string, options: LogReadOptions = {}): ParsedLog {
  const out = collect('xes');
  const rows = new XesLogRows(options, out);
  rows.parser.write(text.replace(/^\uFEFF/, ''));
  closeXes(rows);
  return out.log;
}

/**
 * Streams an XES log from a file into a sink, event by event, in constant memory.
 *
 * @param path - the file
 * @param sink - receives each event and each problem, in file order
 * @param options - zone, role catalogue, progress callback
 * @throws {@link LogError} when the file is not well-formed XML or its root is not `<log>`
 * @internal
 */
export async function streamXesLog(path: string, sink: LogSink, options: LogStreamOptions = {}): Promise<void> {
  const rows = new XesLogRows(options, sink);
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  if (options.onProgress !== undefined) trackProgress(input, statSync(path).size, options.onProgress);
  let first = true;
  for await (const chunk of input) {
    const text = chunk as string;
    rows.parser.write(first ? text.replace(/^\uFEFF/, '') : text);
    first = false;
  }
  closeXes(rows);
}

/** Options of {@link writeXes}. */
export interface XesWriteOptions {
  /** The log's `concept:name`; default the definition's `nama`, else `sop-ap log`. */
  readonly name?: string;
  /** The SOP the events belong to: adds its id, and each step's document number (`sopap:label`). */
  readonly definition?: AnySopDefinition;
  /**
   * Ignored: timestamps are written in UTC (`Z`), because some XES readers drop offsets.
   * @deprecated
   */
  readonly zone?: string;
}

const SOPAP_NS = 'https://github.com/sop-ap/sop-ap#xes';

/**
 * Writes events as an XES 1849-2016 log: one trace per case, a `start` event (when the start
 * is known) and a `complete` event per step completion, with the standard Concept, Time,
 * Organizational and Lifecycle extensions declared, trace and event globals, and the
 * Activity classifiers ProM and PM4Py expect. The decision goes in `sopap:decision`.
 *
 * @param events - a log's events, or a history from {@link historyFromContext}
 * @param options - log name, definition
 * @returns the XML text
 *
 * @example
 * ```ts
 * fs.writeFileSync('case.xes', writeXes(historyFromContext(actor.getSnapshot().context), { definition: sop }))
 * ```
 */
export function writeXes(events: readonly LogEvent[], options: XesWriteOptions = {}): string {
  const def = options.definition;
  const time = (ms: number) => new Date(ms).toISOString();
  const attr = (type: string, key: string, value: string) => `<${type} key="${escapeXml(key)}" value="${escapeXml(value)}"/>`;
  const labels = new Map<string, string>(def?.steps.map((s) => [s.id, s.label]) ?? []);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '  <global scope="trace">',
    `    ${attr('string', 'concept:name', '__INVALID__')}`,
    '  </global>',
    '  <global scope="event">',
    `    ${attr('string', 'concept:name', '__INVALID__')}`,
    `    ${attr('date', 'time:timestamp', '1970-01-01T00:00:00.000+00:00')}`,
    `    ${attr('string', 'lifecycle:transition', 'complete')}`,
    `    ${attr('string', 'org:role', '__INVALID__')}`,
    `    ${attr('string', 'org:resource', '__INVALID__')}`,
    '  </global>',
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>',
    '  <classifier name="Role" keys="org:role"/>',
    `  ${attr('string', 'concept:name', options.name ?? def?.nama ?? 'sop-ap log')}`,
    `  ${attr('string', 'lifecycle:model', 'standard')}`,
    `  ${attr('string', 'sopap:namespace', SOPAP_NS)}`,
  ];
  if (def !== undefined) out.push(`  ${attr('string', 'sopap:sop', def.id)}`);
  const byCase = new Map<string, LogEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.case) ?? [];
    list.push(e);
    byCase.set(e.case, list);
  }
  for (const [caseId, list] of byCase) {
    out.push('  <trace>', `    ${attr('string', 'concept:name', caseId)}`);
    for (const e of list) {
      const common = [attr('string', 'concept:name', e.step), attr('string', 'org:role', e.role), attr('string', 'org:resource', e.resource ?? e.role)];
      if (e.actingAs !== undefined) common.push(attr('string', 'sopap:actingAs', `${e.actingAs.as} ${e.actingAs.role}`));
      const label = labels.get(e.step);
      if (label !== undefined) common.push(attr('string', 'sopap:label', label));
      if (e.startedAt !== undefined) {
        out.push('    <event>', ...[...common, attr('date', 'time:timestamp', time(e.startedAt)), attr('string', 'lifecycle:transition', 'start')].map((x) => `      ${x}`), '    </event>');
      }
      const done = [...common, attr('date', 'time:timestamp', time(e.completedAt)), attr('string', 'lifecycle:transition', 'complete')];
      if (e.decision !== undefined) done.push(attr('string', 'sopap:decision', e.decision));
      out.push('    <event>', ...done.map((x) => `      ${x}`), '    </event>');
    }
    out.push('  </trace>');
  }
  out.push('</log>', '');
  return out.join('\n');
}

/**
 * A case's history as log events, from the machine's context (the service-time accumulator):
 * one event per closed visit, started when the step was entered, completed when it was left,
 * with the recorded performer and decision. Write it with {@link writeXes}, or check it with
 * `checkConformance`.
 *
 * @param context - `actor.getSnapshot().context` of a machine from `createSopMachine`
 * @param caseId - the case id to use when the context has none; default `case`
 * @returns the events, in order
 *
 * @example
 * ```ts
 * const xes = writeXes(historyFromContext(actor.getSnapshot().context), { definition: sop })
 * ```
 */
export function historyFromContext(context: SopContext, caseId?: string): LogEvent[] {
  const id = context.caseId ?? caseId ?? 'case';
  const out: LogEvent[] = [];
  for (const v of context.visits) {
    if (v.leftAt === undefined || v.by === undefined) continue;
    const e: { -readonly [K in keyof LogEvent]: LogEvent[K] } = { case: id, step: v.stepId, role: v.by.role, startedAt: v.enteredAt, completedAt: v.leftAt };
    if (v.by.id !== undefined) e.resource = v.by.id;
    else if (v.by.name !== undefined) e.resource = v.by.name;
    if (v.by.actingAs !== undefined) e.actingAs = { role: v.by.actingAs.role, as: v.by.actingAs.as };
    if (v.event === 'SETUJU') e.decision = 'setuju';
    if (v.event === 'TIDAK_SETUJU') e.decision = 'tidak-setuju';
    out.push(e);
  }
  return out;
}
