// A small HTTP service on sop-ap/store (node:http): the service authenticates the caller, maps
// the user to the roles the directory gives them, and lets the store judge and journal every
// event. A stale If-Match answers 409, a refusal 422. Run: npx tsx examples/store-http.ts
// (SOP_AP_DB picks the database: a postgres:// URL, a PGlite directory, or memory:// by default.)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SopError } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { openStore, type SendResult } from 'sop-ap/store';

const sop = getSop('pembuatan-sk-tim-kerja-bidang-3');

// The service's clock (a real service leaves it out: Date.now).
let now = Date.parse('2026-03-02T08:00:00+07:00');
const store = await openStore({ db: process.env.SOP_AP_DB ?? 'memory://', definitions: [sop], clock: () => now });

// Authentication is the embedding system's: here a bearer token names the user, and the
// directory gives the user's roles. The store takes the user id from here, never from the body.
const directory: Record<string, { user: string; roles: string[] }> = {
  'token-kadis': { user: 'nip-196801011990031001', roles: ['kepala-dinas'] },
  'token-kabid': { user: 'nip-197205051998032002', roles: ['kepala-bidang'] },
  'token-tu': { user: 'nip-198003032005011003', roles: ['kasubbag-tu'] },
};

function reply(res: ServerResponse, status: number, body: unknown, version?: number): void {
  res.writeHead(status, { 'content-type': 'application/json', ...(version === undefined ? {} : { etag: `"${version}"` }) });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

const STATUS: Record<SendResult['outcome'], number> = { accepted: 200, refused: 422, conflict: 409 };

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const who = directory[(req.headers.authorization ?? '').replace(/^Bearer /, '')];
  if (who === undefined) return reply(res, 401, { error: 'tanpa identitas' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const event = /^\/cases\/([^/]+)\/events$/.exec(url.pathname);
  if (req.method === 'POST' && url.pathname === '/cases') {
    const body = await readJson(req);
    const c = await store.start({ sopId: String(body.sopId), caseId: String(body.caseId), user: who.user, role: who.roles[0] });
    return reply(res, 201, { caseId: c.caseId, version: c.version, state: c.state }, c.version);
  }
  if (req.method === 'POST' && event) {
    const body = await readJson(req);
    const role = typeof body.role === 'string' ? body.role : who.roles[0]!;
    if (!who.roles.includes(role)) return reply(res, 403, { error: `pengguna tidak memegang peran ${role}` });
    const ifMatch = req.headers['if-match']?.replace(/"/g, '');
    const r = await store.send(decodeURIComponent(event[1]!), {
      type: body.type as 'SELESAI',
      user: who.user,
      role,
      ...(typeof body.note === 'string' ? { note: body.note } : {}),
      ...(ifMatch === undefined ? {} : { expectVersion: Number(ifMatch) }),
    });
    return reply(res, STATUS[r.outcome], r, r.outcome === 'accepted' ? r.version : undefined);
  }
  if (req.method === 'GET' && url.pathname === '/worklist') {
    return reply(res, 200, await store.worklist({ role: who.roles[0]!, user: who.user }));
  }
  return reply(res, 404, { error: 'tidak ada' });
}

const server = createServer((req, res) => {
  route(req, res).catch((e: unknown) => {
    // bad input and unknown cases are the caller's; anything else is the service's
    if (e instanceof SopError) reply(res, e.code === 'CASE_NOT_FOUND' ? 404 : 400, { code: e.code, error: e.localized('id') });
    else reply(res, 500, { error: 'kesalahan layanan' });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** A client call, printed as one line: the status and what the service said. */
async function call(token: string, method: string, path: string, body?: unknown, ifMatch?: number): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  const refusal = json.refusal as { reason: string; pesan: string } | undefined;
  const said = refusal ? `${refusal.reason}: ${refusal.pesan}` : json.error ?? (json.outcome === 'conflict' ? `versi bentrok, kasus kini versi ${String(json.actualVersion)}` : `versi ${String(json.version)}, ${String(json.state)}`);
  console.log(`${res.status} ${method} ${path} ${said}`);
  return json;
}

await call('token-kadis', 'POST', '/cases', { sopId: sop.id, caseId: 'SK-2026-007' });
now += 4 * 60_000;
await call('token-kadis', 'POST', '/cases/SK-2026-007/events', { type: 'SELESAI' }, 1);
// a second tab of the Kadis still holds version 1: the store writes nothing
await call('token-kadis', 'POST', '/cases/SK-2026-007/events', { type: 'SELESAI' }, 1);
// the Kasubbag TU tries the Kabid's step: refused, and journaled
await call('token-tu', 'POST', '/cases/SK-2026-007/events', { type: 'SELESAI' });
// a body cannot claim a role the directory does not give
await call('token-tu', 'POST', '/cases/SK-2026-007/events', { type: 'SELESAI', role: 'kepala-bidang' });
await call('token-tu', 'POST', '/cases/SK-2026-999/events', { type: 'SELESAI' });
await call('tanpa-token', 'GET', '/worklist');
now += 4 * 60_000;
const desk = (await fetch(`${base}/worklist`, { headers: { authorization: 'Bearer token-kabid' } }).then((r) => r.json())) as { caseId: string; stepId: string; percent: number; level: string }[];
for (const w of desk) console.log(`meja Kabid: ${w.caseId} ${w.stepId} ${w.percent.toFixed(0)} % ${w.level}`);
await call('token-kabid', 'POST', '/cases/SK-2026-007/events', { type: 'SELESAI' }, 2);
const history = await store.history('SK-2026-007');
console.log(`jurnal: ${history.map((h) => `#${h.seq} ${h.outcome}${h.reason ? ` ${h.reason}` : ''}`).join(', ')}`);
const check = await store.verify();
console.log(check.ok ? `verify: utuh (${check.entries} baris)` : `verify: ${JSON.stringify(check.problem)}`);

server.close();
await store.close();
