import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { readYamlDocuments } from '../../../core/src/install/yamlDocuments.ts';

/**
 * The objects a kustomization makes, read without kubectl: its resources' YAML documents plus
 * the Secrets its secretGenerator builds (keys from the `.example` of each env file, which the
 * deployment guide tells administrators to copy). Enough to check the references between them.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  [key: string]: unknown;
}

export interface Kustomization {
  namespace?: string;
  resources: string[];
  secretGenerator?: { name: string; envs?: string[] }[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

export function readKustomization(dir: string): { kustomization: Kustomization; objects: K8sObject[] } {
  const kustomization = readYamlDocuments(path.join(dir, 'kustomization.yaml'))[0] as Kustomization;
  const objects: K8sObject[] = [];
  for (const resource of kustomization.resources) {
    for (const doc of readYamlDocuments(path.join(dir, resource))) objects.push({ ...(doc as K8sObject), file: resource });
  }
  for (const generator of kustomization.secretGenerator ?? []) {
    const data: Record<string, string> = {};
    for (const env of generator.envs ?? []) Object.assign(data, parseEnv(fs.readFileSync(path.join(dir, `${env}.example`), 'utf8')));
    objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: generator.name }, stringData: data, file: 'secretGenerator' });
  }
  return { kustomization, objects };
}

export const named = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
export const ofKind = (objects: K8sObject[], ...kinds: string[]) => objects.filter((o) => kinds.includes(o.kind));

/** The pod template of a workload (Deployment, StatefulSet, Job, CronJob). */
export function podSpecOf(o: K8sObject): { labels: Record<string, string>; spec: any } | null {
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.kind)) return { labels: o.spec.template.metadata?.labels ?? {}, spec: o.spec.template.spec };
  if (o.kind === 'CronJob') return { labels: o.spec.jobTemplate.spec.template.metadata?.labels ?? {}, spec: o.spec.jobTemplate.spec.template.spec };
  return null;
}

export const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

export const containersOf = (spec: any): any[] => [...(spec.initContainers ?? []), ...(spec.containers ?? [])];

/** Keys a ConfigMap or Secret holds. */
export const keysOf = (o: K8sObject) => Object.keys({ ...(o.data ?? {}), ...(o.stringData ?? {}) });
