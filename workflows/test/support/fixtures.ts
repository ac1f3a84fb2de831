import fs from 'node:fs';
import path from 'node:path';

export const corpusDir = path.join(import.meta.dirname, '..', 'fixtures', 'bpmn-miwg');
export const miwgFiles = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();
export const readMiwg = (file: string): string => fs.readFileSync(path.join(corpusDir, file), 'utf8');

/** The base 签报 process shipped with the suite. */
export const approvalXml = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'base', 'general', 'general.approval.bpmn'), 'utf8');

/** Replaces exactly one occurrence, so a fixture edit that no longer matches fails loudly. */
export function edit(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`fixture edit: expected exactly one "${from}"`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** Removes the element (and its body) that starts with `opening`. */
export function removeElement(xml: string, opening: string, tag: string): string {
  const at = xml.indexOf(opening);
  if (at < 0) throw new Error(`fixture edit: no "${opening}"`);
  const selfClosing = xml.indexOf('/>', at);
  const firstClose = xml.indexOf('>', at);
  const end = selfClosing === firstClose - 1 ? firstClose + 1 : xml.indexOf(`</${tag}>`, at) + tag.length + 3;
  return xml.slice(0, at) + xml.slice(end);
}

/** A process (and optional DI plane content) in a definitions document with the kunlun namespace. */
export const definitions = (process: string, plane = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:kunlun="http://kunlun-oa.cn/schema/bpmn/1.0" id="defs" targetNamespace="http://kunlun-oa.cn/test">
  <bpmn:process id="p" isExecutable="true">${process}</bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p">${plane}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

export const shape = (element: string, x: number, y: number, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="${element}_di" bpmnElement="${element}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;

export const edge = (flow: string, points: [number, number][]) =>
  `<bpmndi:BPMNEdge id="${flow}_di" bpmnElement="${flow}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`;
