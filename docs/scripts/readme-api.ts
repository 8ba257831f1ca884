// Writes the API section of README.md from the TSDoc of every public export (one heading per
// export), between the API:START / API:END markers. Run: npm run readme:api
import { readFileSync, writeFileSync } from 'node:fs';
import { Application, ReflectionKind, type CommentDisplayPart, type DeclarationReflection, type ProjectReflection } from 'typedoc';

const ENTRIES: [entry: string, title: string][] = [
  ['src/index.ts', 'sop-ap'],
  ['machines/index.ts', 'sop-ap/machines'],
  ['src/vitest/index.ts', 'sop-ap/vitest'],
];

const GROUPS: [folder: string, title: string][] = [
  ['roles', 'Roles'],
  ['definition', 'Definitions'],
  ['machine', 'The machine and its service time'],
  ['time', 'Durations and working calendars'],
  ['simulation', 'Lead time and simulation'],
  ['compliance', 'Compliance'],
  ['render', 'Rendering'],
  ['errors', 'Errors'],
  ['vitest', 'Test helpers'],
  ['machines', 'The catalogue'],
];

const text = (parts: readonly CommentDisplayPart[] | undefined): string =>
  (parts ?? [])
    .map((p) => (p.kind === 'inline-tag' ? `\`${p.text}\`` : p.text))
    .join('')
    .trim();

function kindLabel(r: DeclarationReflection): string {
  if (r.kindOf(ReflectionKind.Function)) return 'function';
  if (r.kindOf(ReflectionKind.Class)) return 'class';
  if (r.kindOf(ReflectionKind.Interface)) return 'interface';
  if (r.kindOf(ReflectionKind.TypeAlias)) return 'type';
  if (r.kindOf(ReflectionKind.Variable)) return r.name.endsWith('Schema') ? 'zod schema' : 'constant';
  return ReflectionKind.singularString(r.kind).toLowerCase();
}

function commentOf(r: DeclarationReflection) {
  return r.comment ?? r.signatures?.[0]?.comment;
}

function section(r: DeclarationReflection): string {
  const c = commentOf(r);
  const summary = text(c?.summary).split('\n\n')[0]?.replace(/\n/g, ' ') || '(no summary)';
  const lines = [`#### \`${r.name}\``, '', `*${kindLabel(r)}* — ${summary}`, ''];
  const example = c?.blockTags.find((t) => t.tag === '@example');
  if (example) lines.push(text(example.content), '');
  return lines.join('\n');
}

function folderOf(r: DeclarationReflection, fallback: string): string {
  const file = r.sources?.[0]?.fileName ?? '';
  const m = /(?:^|\/)src\/([^/]+)\//.exec(file);
  if (m?.[1]) return m[1];
  return /(?:^|\/)machines\//.test(file) ? 'machines' : fallback;
}

async function main(): Promise<void> {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: ENTRIES.map(([e]) => e),
    excludeInternal: true,
    excludePrivate: true,
    logLevel: 'Error',
    disableSources: false, // the sections are grouped by the source folder of each export
    readme: 'none',
    tsconfig: 'tsconfig.json',
  });
  const project = (await app.convert()) as ProjectReflection | undefined;
  if (!project) throw new Error('typedoc could not convert the project');
  const modules = project.children ?? [];
  const out: string[] = [];
  for (const [entry, title] of ENTRIES) {
    const mod = modules.find((m) => (m.sources?.[0]?.fileName ?? '').endsWith(entry)) ?? (ENTRIES.length === 1 ? (project as unknown as DeclarationReflection) : undefined);
    if (!mod) throw new Error(`no module for ${entry}`);
    out.push(`### \`${title}\``, '');
    const byGroup = new Map<string, DeclarationReflection[]>();
    for (const child of mod.children ?? []) {
      const g = folderOf(child, title === 'sop-ap/vitest' ? 'vitest' : 'machines');
      (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(child);
    }
    for (const [folder, groupTitle] of GROUPS) {
      const items = byGroup.get(folder);
      if (!items?.length) continue;
      byGroup.delete(folder);
      out.push(`<details open><summary><b>${groupTitle}</b></summary>`, '');
      for (const r of items.sort((a, b) => a.name.localeCompare(b.name))) out.push(section(r));
      out.push('</details>', '');
    }
    if (byGroup.size > 0) throw new Error(`exports outside the known folders: ${[...byGroup.keys()].join(', ')}`);
  }
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- API:START');
  const end = readme.indexOf('<!-- API:END -->');
  if (start < 0 || end < 0) throw new Error('README.md lacks the API markers');
  const head = readme.slice(0, readme.indexOf('\n', start) + 1);
  writeFileSync('README.md', `${head}\n${out.join('\n')}\n${readme.slice(end)}`);
}

await main();
