// bpmnlint (the linter of bpmn.io) with its `recommended` configuration, as `bpmnlint` on the
// command line runs it. A linter's rules keep state while they walk a diagram, so each
// diagram gets a linter of its own.
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as {
  Linter: new (options: { config: { extends: string }; resolver: unknown }) => {
    lint(definitions: unknown): Promise<Record<string, { id?: string; message: string; category: string }[]>>;
  };
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

/** Every report of bpmnlint's recommended rules on a diagram, as `rule: element: message`. */
export async function lintRecommended(xml: string): Promise<string[]> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => `${rule}: ${r.id ?? '?'}: ${r.message}`));
}
