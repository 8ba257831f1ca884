import { describe, expect, it } from 'vitest';
import { compileFlow, renderMermaid } from 'sop-ap';
import { izin, jahat, panjang, suratTugas } from './fixtures.js';

describe('renderMermaid', () => {
  it('writes a flowchart TD with a node per step and Ya / Tidak edges', () => {
    // Written by hand from the fixture: s3 is the decision, its TIDAK SETUJU reworks konsep (s2);
    // the uraian of s3 is cut at the last space before 60 characters.
    expect(renderMermaid(suratTugas)).toBe(
      [
        'flowchart TD',
        '  %% Pembuatan Surat Tugas (sop-ap: surat-tugas)',
        '  mulai(["Mulai"])',
        '  s1["1. Memerintahkan pembuatan surat tugas<br/>(Kepala Dinas)"]',
        '  s2["2. Membuat konsep surat tugas<br/>(Kepala Sub Bagian Tata Usaha/Umpar)"]',
        '  s3{"3. Mengoreksi konsep; jika setuju diparaf, jika tidak setuju…<br/>(Kepala Bidang)"}',
        '  s4["4. Menandatangani surat tugas<br/>(Kepala Dinas)"]',
        '  selesai(["Selesai"])',
        '  mulai --> s1',
        '  s1 --> s2',
        '  s2 --> s3',
        '  s3 -->|Ya| s4',
        '  s3 -->|Tidak| s2',
        '  s4 --> selesai',
        '',
      ].join('\n'),
    );
  });

  it('ends a refusal at a Ditolak node and names every performer of a joint step', () => {
    const text = renderMermaid(izin);
    expect(text).toContain('  ditolak(["Ditolak"])');
    expect(text).toContain('  s3 -->|Tidak| ditolak');
    expect(text).toContain('(Kepala Sub Bidang, Pendamping PLUT)');
    expect(renderMermaid(izin, { performers: false })).not.toContain('<br/>');
  });

  it('has exactly the edges compileFlow gives', () => {
    const flow = compileFlow(panjang);
    const edges = renderMermaid(panjang)
      .split('\n')
      .filter((l) => l.includes('-->'));
    const transitions = flow.nodes.reduce((k, n) => k + (n.kind === 'decision' ? 2 : 1), 1);
    expect(edges).toHaveLength(transitions);
    expect(edges).toContain('  s25 -->|Tidak| s2');
    expect(edges).toContain('  s28 -->|Tidak| ditolak');
  });

  it('keeps quotes, brackets, arrows and markup inside the labels', () => {
    const text = renderMermaid(jahat);
    const labels = text.split('\n').filter((l) => /^ {2}s\d/.test(l) && !l.includes('-->'));
    for (const l of labels) {
      // Exactly the two quotes that delimit the label, no raw markup or shape brackets inside.
      const inner = l.slice(l.indexOf('"') + 1, l.lastIndexOf('"'));
      expect(inner).not.toMatch(/["[\]{}|]|<(?!br\/>)|-->/);
    }
    expect(text).toContain('#lt;script#gt;alert(3)#lt;/script#gt;');
    expect(text).toContain('x --#gt; y #93;#93; #quot;q#quot; #123;z#125; #124; end');
  });
});

describe('renderMermaid: a refusal that goes forward (issue 10)', () => {
  it('Tidak runs to the later row, and a dotted edge marks where the refused path ends as Ditolak', async () => {
    const { catalogue } = await import('sop-ap/machines');
    const text = renderMermaid(catalogue['pendaftaran-narasumber']);
    expect(text).toContain('  s4 -->|Ya| s5');
    expect(text).toContain('  s4 -->|Tidak| s5');
    expect(text).toContain('  s5 --> selesai');
    expect(text).toContain('  s5 -.->|jika 4 Tidak| ditolak');
    expect(text).toContain('  ditolak(["Ditolak"])');
  });
});
