// One measured conformance run in its own process, so its peak memory is its own:
// `node --import tsx test/bench/compliance-child.ts <log.csv> [check|reader|csv-parse]`.
// Prints { events, cases, variants, ms, eventsPerSec, maxRssMB }.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { checkLogFile, calendar24x7 } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { streamCsvLog } from '../../src/compliance/csv.js';
import { BENCH_SOP } from './compliance-log.js';

const [file, mode = 'check', calendar = 'kalbar'] = process.argv.slice(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
let events = 0;
let cases = 0;
let variants = 0;
if (mode === 'check') {
  const r = await checkLogFile(getSop(BENCH_SOP), file!, calendar === '24x7' ? { calendar: calendar24x7 } : {});
  events = r.summary.events;
  cases = r.summary.cases;
  variants = r.summary.variants;
} else if (mode === 'reader') {
  await streamCsvLog(file!, { event: () => void events++, problem: () => undefined });
} else {
  // the same options and the same way of taking records as the reader
  const parser = parse({ bom: true, relax_quotes: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] });
  parser.on('data', () => void events++);
  await pipeline(createReadStream(file!, { highWaterMark: 1 << 16 }), parser);
  events--; // the header
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(
  `${JSON.stringify({ events, cases, variants, ms: Math.round(ms), cpuMs: Math.round(cpuMs), eventsPerSec: Math.round((events / ms) * 1000), eventsPerCpuSec: Math.round((events / cpuMs) * 1000), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
