import { describe, expect, it } from 'vitest';
import { compileFlow, RenderError, renderHtml, renderSvg, type AnySopDefinition } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { izin, jahat, panjang, suratTugas } from './fixtures.js';

/** Every `<g …>` opening tag carrying data-symbol, as attribute maps. */
function symbols(markup: string): Record<string, string>[] {
  return [...markup.matchAll(/<g((?: data-[a-z]+="[^"]*")+)>/g)]
    .map((m) => Object.fromEntries([...m[1]!.matchAll(/data-([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
    .filter((a) => a.symbol !== undefined);
}
function arrows(markup: string): Record<string, string>[] {
  return [...markup.matchAll(/<g data-arrow=""((?: data-[a-z]+="[^"]*")+)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/data-([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}
/** The transitions compileFlow gives, as from>to>branch strings. */
function expectedEdges(def: AnySopDefinition): string[] {
  const flow = compileFlow(def);
  const out = [`mulai>${flow.start}>`];
  for (const n of flow.nodes) {
    if (n.kind === 'task') out.push(`${n.id}>${n.next}>`);
    else out.push(`${n.id}>${n.next}>ya`, `${n.id}>${n.refuse}>tidak`);
  }
  return out.sort();
}

describe('renderHtml', () => {
  it('writes the identity section with every field of the definition', () => {
    const html = renderHtml(suratTugas);
    for (const [field, text] of [
      ['nomor', '800/1/TU'],
      ['tanggalPembuatan', '1 Januari 2024'],
      ['nama', 'Pembuatan Surat Tugas'],
      ['dasarHukum', 'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah'],
      ['keterkaitan', 'SOP Penyelenggaraan Surat Keluar'],
      ['peringatan', 'Surat tugas terlambat'],
      ['pencatatan', 'Buku agenda'],
    ] as const) {
      expect(html).toMatch(new RegExp(`data-field="${field}"[^>]*>[^]*?${text.replace(/[/()]/g, '\\$&')}`));
    }
    expect(html).toContain('<li>Pendidikan minimal D-III</li><li>Bisa mengoperasikan komputer</li>');
    expect(html).toContain('NIP. 19660719 199311 1 002');
    for (const head of ['Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan', 'Disahkan oleh', 'Tanggal Revisi', 'Tanggal Efektif']) {
      expect(html).toContain(`<th>${head}</th>`);
    }
  });

  it('heads one lane column per performer, in order of first appearance', () => {
    const html = renderHtml(izin);
    const lanes = [...html.matchAll(/<th data-lane="([^"]+)">([^<]+)<\/th>/g)].map((m) => m[1]);
    // Pendamping PLUT first appears as the second performer of step 2.
    expect(lanes).toEqual(['pemohon', 'kepala-sub-bidang', 'pendamping-plut', 'kepala-bidang', 'fungsional-umum']);
    expect(html).toContain('<th colspan="5">Pelaksana</th><th colspan="3">Mutu Baku</th>');
    expect(html).toContain('<th>Kelengkapan</th><th>Waktu</th><th>Output</th>');
  });

  for (const def of [suratTugas, izin, panjang, jahat]) {
    it(`${def.id}: one activity or decision per step, terminals, and arrows exactly as compileFlow says`, () => {
      for (const markup of [renderHtml(def), renderSvg(def)]) {
        const syms = symbols(markup);
        const main = syms.filter((s) => (s.symbol === 'activity' || s.symbol === 'decision') && s.joint === undefined);
        expect(main.map((s) => s.step)).toEqual(def.steps.map((s) => s.id));
        for (const step of def.steps) {
          const kind = step.decision ? 'decision' : 'activity';
          const mine = syms.filter((s) => s.step === step.id && s.symbol === kind);
          // One symbol in each performer's lane.
          expect(mine.map((s) => s.role)).toEqual([...step.pelaksana]);
        }
        const terminals = syms.filter((s) => s.symbol === 'terminal').map((s) => s.terminal);
        const refusals = compileFlow(def).nodes.filter((n) => n.refuse === 'ditolak').length;
        expect(terminals.sort()).toEqual(['mulai', 'selesai', ...Array<string>(refusals).fill('ditolak')].sort());
        const drawn = [...new Set(arrows(markup).map((a) => `${a.from}>${a.to}>${a.branch ?? ''}`))].sort();
        expect(drawn).toEqual(expectedEdges(def));
      }
    });
  }

  it('breaks a long SOP across pages with paired off-page connectors', () => {
    const html = renderHtml(panjang);
    const pages = [...html.matchAll(/<section class="page flow-page" data-page="(\d+)">/g)];
    expect(pages.length).toBeGreaterThan(2);
    expect(html).toContain(`data-pages="${pages.length}"`);
    const connectors = symbols(html).filter((s) => s.symbol === 'connector');
    const byLetter = new Map<string, string[]>();
    for (const c of connectors) byLetter.set(c.connector!, [...(byLetter.get(c.connector!) ?? []), c.direction!]);
    // At least one connector per page break, each letter used by exactly one out and one in.
    expect(byLetter.size).toBeGreaterThanOrEqual(pages.length - 1);
    for (const dirs of byLetter.values()) expect(dirs.sort()).toEqual(['in', 'out']);
    // Every step row is on exactly one page.
    const rows = [...html.matchAll(/<tr data-row="\d+" data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(panjang.steps.map((s) => s.id));
  });

  it('fits every flowchart page in the printable height of A4 landscape', () => {
    const html = renderHtml(panjang);
    for (const section of html.split('<section').slice(1).filter((s) => s.includes('flow-page'))) {
      const heights = [...section.matchAll(/<tr [^>]*style="height:(\d+)px"/g)].map((m) => Number(m[1]));
      // 194 mm printable height = 733 px; the page head is 22 px.
      expect(heights.reduce((a, b) => a + b, 0) + 22).toBeLessThanOrEqual(733);
    }
  });

  it('escapes every text of the definition', () => {
    for (const markup of [renderHtml(jahat), renderSvg(jahat)]) {
      expect(markup).not.toMatch(/<script|<img|<iframe|<\/td><script|1<b>/i);
      expect(markup).toContain('1&lt;b&gt;');
      expect(markup).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
      expect(markup).not.toContain('onerror=alert(1)>');
    }
    const html = renderHtml(jahat);
    expect(html).toContain('Uji &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;kutip&quot;');
    expect(html).toContain('a&#39;b&quot;c&lt;d&gt;&amp;e');
  });

  it('is deterministic and self-contained (no script, no external resource, no date)', () => {
    const html = renderHtml(panjang);
    expect(renderHtml(panjang)).toBe(html);
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('prints on A4 landscape', () => {
    expect(renderHtml(izin)).toContain('@page { size: A4 landscape;');
  });

  it('adds the notes page only on request (catatan: true), and only when there is something to review', () => {
    const noted = { ...izin, steps: izin.steps.map((s, i) => (i === 1 ? { ...s, notes: [{ field: 'pelaksana', text: 'dibaca dari "bersama"' }] } : s)) } as AnySopDefinition;
    expect(renderHtml(noted)).not.toContain('catatan-page');
    expect(renderHtml(noted, { catatan: true })).toContain('dibaca dari &quot;bersama&quot;');
    expect(renderHtml(izin, { catatan: true })).not.toContain('catatan-page');
  });

  it('the printed catalogue SOP ends with its flowchart; its notes page is Indonesian and shows no repository path (finding 11)', () => {
    const sop = getSop('fasilitasi-narasumber');
    expect(sop.source).toMatch(/^shared\/seeds\//);
    const plain = renderHtml(sop);
    expect(plain).not.toContain('catatan-page');
    expect(plain).not.toMatch(/shared\/seeds|Sumber:/);
    const reviewed = renderHtml(sop, { catatan: true });
    const page = reviewed.slice(reviewed.indexOf('<section class="page catatan-page"'));
    expect(page).toContain('<h1>Catatan transkripsi: Fasilitasi Narasumber</h1>');
    expect(page).not.toMatch(/shared\/|seeds\/|\.txt\b|Sumber:/);
    // the fields are named as the document heads them, not by their property names
    const fields = [...page.matchAll(/<td data-field="[^"]*">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(fields).toContain('Pelaksana');
    expect(fields).toContain('Keputusan: jika tidak setuju');
    expect(fields).not.toContain('decision.tidakSetuju');
  });

  it('takes the agency lambang in the header, escaped; refuses a script URL', () => {
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    const html = renderHtml(izin, { lambang: svg });
    expect(html).toContain(`<td class="instansi" rowspan="6"><img class="lambang" src="${svg}" alt="Lambang">`);
    expect(renderHtml(izin, { lambang: 'logo.png?a=1&b="2"' })).toContain('src="logo.png?a=1&amp;b=&quot;2&quot;"');
    expect(renderHtml(izin)).not.toContain('<img');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:x', '//evil.example/x.png', '']) {
      expect(() => renderHtml(izin, { lambang: bad }), bad).toThrow(RenderError);
    }
  });
});
