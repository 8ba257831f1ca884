/**
 * XES (IEEE 1849) case logs: reading them into events, and writing a case's history (from a
 * live actor or from a log) so process-mining tools (ProM, PM4Py, Disco) can read it.
 */
import { DateTime } from 'luxon';
import { LogError } from '../errors/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import type { SopContext } from '../machine/index.js';
import { DEFAULT_LOG_ZONE, normalizeLogEvent, type LogEvent, type LogProblem, type LogReadOptions, type ParsedLog } from './log.js';
import { escapeXml, parseXml, type XmlElement } from './xml.js';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

/** The direct attributes of an XES element (`<string key=… value=…/>` children), by key. */
function attributesOf(el: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of el.children) {
    const key = c.attributes.key;
    const value = c.attributes.value;
    if (ATTRIBUTE_TAGS.has(c.local) && key !== undefined && value !== undefined && !out.has(key)) out.set(key, value);
  }
  return out;
}

/**
 * Reads an XES log (IEEE 1849 XML). Each trace is a case (`concept:name`); each event with
 * `lifecycle:transition` `complete` (or none) is a step completion: `concept:name` is the step
 * (id or the document's number), `time:timestamp` when, `org:role` the role (else
 * `org:resource` read as a role), `sopap:decision` (or `decision`) the decision. A `start`
 * event of the same step before it gives its start time. Other transitions are ignored.
 * Each malformed event is reported with its line and reason.
 *
 * @param text - the file's text
 * @param options - zone of offset-less timestamps, role catalogue
 * @returns the events and the problems
 * @throws {@link LogError} when the text is not XML or its root is not `<log>`
 *
 * @example
 * ```ts
 * const log = readXesLog(fs.readFileSync('cases.xes', 'utf8'))
 * log.problems.forEach((p) => console.log(p.line, p.pesan))
 * ```
 */
export function readXesLog(text: string, options: LogReadOptions = {}): ParsedLog {
  const root = parseXml(text, 'xes');
  if (root.local !== 'log') throw new LogError('xes', `the root element is <${root.name}>, expected <log>`, { line: root.line, detailId: `elemen akar <${root.name}>, seharusnya <log>` });
  const events: LogEvent[] = [];
  const problems: LogProblem[] = [];
  let entry = 0;
  let traceNo = 0;
  for (const trace of root.children) {
    if (trace.local !== 'trace') continue;
    traceNo++;
    const caseId = attributesOf(trace).get('concept:name') ?? `trace-${traceNo}`;
    const open = new Map<string, string[]>();
    for (const ev of trace.children) {
      if (ev.local !== 'event') continue;
      const a = attributesOf(ev);
      const step = a.get('concept:name');
      const transition = (a.get('lifecycle:transition') ?? 'complete').toLowerCase();
      if (transition === 'start' && step !== undefined) {
        const list = open.get(step) ?? [];
        list.push(a.get('time:timestamp') ?? '');
        open.set(step, list);
        continue;
      }
      if (transition !== 'complete') continue;
      entry++;
      const started = step === undefined ? undefined : open.get(step)?.shift();
      const row: Record<string, unknown> = {
        case: caseId,
        step,
        role: a.get('org:role') ?? a.get('org:resource'),
        resource: a.get('org:resource'),
        completed_at: a.get('time:timestamp'),
        started_at: started === '' ? undefined : started,
        decision: a.get('sopap:decision') ?? a.get('decision'),
        line: ev.line,
      };
      for (const k of Object.keys(row)) if (row[k] === undefined) delete row[k];
      const r = normalizeLogEvent(row, entry, options);
      if (r.ok) events.push(r.event);
      else problems.push(r.problem);
    }
  }
  return { format: 'xes', events, problems };
}

/** Options of {@link writeXes}. */
export interface XesWriteOptions {
  /** The log's `concept:name`; default the definition's `nama`, else `sop-ap log`. */
  readonly name?: string;
  /** The SOP the events belong to: adds its id, and each step's document number (`sopap:label`). */
  readonly definition?: AnySopDefinition;
  /** The zone timestamps are written in. Default `Asia/Pontianak` (WIB). */
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
 * @param options - log name, definition, zone
 * @returns the XML text
 *
 * @example
 * ```ts
 * fs.writeFileSync('case.xes', writeXes(historyFromContext(actor.getSnapshot().context), { definition: sop }))
 * ```
 */
export function writeXes(events: readonly LogEvent[], options: XesWriteOptions = {}): string {
  const zone = options.zone ?? DEFAULT_LOG_ZONE;
  const def = options.definition;
  const time = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: false }) ?? new Date(ms).toISOString();
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
      const common = [attr('string', 'concept:name', e.step), attr('string', 'org:role', e.role)];
      if (e.resource !== undefined) common.push(attr('string', 'org:resource', e.resource));
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
    if (v.by.name !== undefined) e.resource = v.by.name;
    else if (v.by.id !== undefined) e.resource = v.by.id;
    if (v.event === 'SETUJU') e.decision = 'setuju';
    if (v.event === 'TIDAK_SETUJU') e.decision = 'tidak-setuju';
    out.push(e);
  }
  return out;
}
