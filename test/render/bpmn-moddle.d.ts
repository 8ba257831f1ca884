// bpmn-moddle ships its element types under 'bpmn-moddle/types' but no declaration for its
// entry point; this declares the part the tests use.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: { message: string }[] }>;
  }
}
