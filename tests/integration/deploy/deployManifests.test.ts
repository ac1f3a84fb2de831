import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readYamlDocuments } from '../../../core/src/install/yamlDocuments.ts';
import { liveRoutes } from '../../../core/src/live/liveRoutes.ts';
import { containersOf, keysOf, named, ofKind, podSpecOf, readKustomization, selects, type K8sObject } from './kubernetesObjects.ts';
import { repo } from './kunlunProcesses.ts';

/**
 * The deployment files are checked the way a careful reviewer would, without docker or kubectl:
 * parsed, and every reference between objects followed — selectors to labels, services to ports,
 * mounts to volumes, claims, config maps and secrets with their keys, units to units, nginx to the
 * processes it proxies — and, where the tools are on this machine, `nginx -t` and
 * `systemd-analyze verify` on the real files.
 */
const deploy = path.join(repo, 'deploy');
const SSE_PATH = liveRoutes(null).find((r) => r.path.includes('stream'))!.path;

/** `server host:port` lines of the upstream blocks, and the locations with their directives. */
function readNginx(source: string) {
  const servers = [...source.matchAll(/^\s*server\s+([^\s;]+):(\d+)[^;]*;/gm)].map((m) => ({ host: m[1]!, port: Number(m[2]) }));
  const locations = new Map<string, string>();
  for (const m of source.matchAll(/location\s+(=\s+)?(\S+)\s*\{([^}]*)\}/g)) locations.set(`${m[1] ? '= ' : ''}${m[2]}`, m[3]!);
  return { servers, locations };
}

function expectSseFriendly(source: string, label: string) {
  const sse = readNginx(source).locations.get(`= ${SSE_PATH}`);
  expect(sse, `${label}: a location for ${SSE_PATH}`).toBeDefined();
  expect(sse).toMatch(/proxy_buffering\s+off;/);
  const timeout = /proxy_read_timeout\s+(\d+)(s|m|h)?;/.exec(sse!);
  const seconds = Number(timeout?.[1]) * ({ s: 1, m: 60, h: 3600 }[timeout?.[2] as 's' | 'm' | 'h'] ?? 1);
  expect(seconds, `${label}: SSE reads outlast the 25 s heartbeat`).toBeGreaterThan(60);
  expect(source).toMatch(/proxy_http_version\s+1\.1;/);
  expect(source).toMatch(/location\s+\/api\/\s*\{/);
  expect(source).toMatch(/location\s+=\s+\/healthz\s*\{/);
}

describe('docker compose: two APIs, a worker, PostgreSQL, Redis and nginx', () => {
  const file = path.join(deploy, 'compose', 'compose.yaml');
  const compose = readYamlDocuments(file)[0] as { services: Record<string, any>; volumes: Record<string, unknown> };
  const services = compose.services;
  const commandOf = (s: any) => (s.command as string[]).join(' ');

  it('runs two API processes and a worker on one PostgreSQL and Redis, after one migration run', () => {
    const apis = Object.entries(services).filter(([, s]) => s.command?.[0] === 'serve');
    expect(apis.map(([n]) => n)).toEqual(['api1', 'api2']);
    expect(Object.values(services).filter((s) => s.command?.[0] === 'worker')).toHaveLength(1);
    for (const [, s] of apis) expect(commandOf(s)).toContain('--no-migrate');
    expect(commandOf(services.worker)).toContain('--no-migrate');
    expect(services.migrate.command).toEqual(['migrate', 'up']);
    expect(services.postgres.image).toMatch(/^postgres:1[5-9]/);
    expect(services.redis.image).toMatch(/^redis:7/);
    for (const name of ['api1', 'api2', 'worker', 'migrate']) {
      expect(services[name].environment.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(services[name].environment.REDIS_URL).toMatch(/@redis:6379$/);
    }
  });

  it('every dependency exists; health conditions point at services with a health check', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, how] of Object.entries((s.depends_on ?? {}) as Record<string, { condition: string }>)) {
        expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
        if (how.condition === 'service_healthy') expect(services[dep].healthcheck, `${dep} needs a health check for ${name}`).toBeDefined();
        if (how.condition === 'service_completed_successfully') expect(services[dep].restart).toBe('no');
      }
    }
    for (const name of ['api1', 'api2', 'postgres', 'redis', 'nginx']) expect(services[name].healthcheck, name).toBeDefined();
    expect(services.api1.healthcheck.test.join(' ')).toContain(`127.0.0.1:${services.api1.environment.PORT}/healthz`);
    expect(services.nginx.healthcheck.test.join(' ')).toContain('/healthz');
  });

  it('named volumes are declared, mounted files exist, images come from stages of the Dockerfile', () => {
    const dockerfile = fs.readFileSync(path.join(deploy, 'docker', 'Dockerfile'), 'utf8');
    const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);
    for (const [name, s] of Object.entries(services)) {
      for (const volume of (s.volumes ?? []) as string[]) {
        const [source] = volume.split(':');
        if (source!.startsWith('.') || source!.startsWith('/'))
          expect(fs.existsSync(path.resolve(path.dirname(file), source!)), `${name} mounts ${source}`).toBe(true);
        else expect(compose.volumes, `${name} uses volume ${source}`).toHaveProperty(source!);
      }
      if (s.build) {
        expect(fs.existsSync(path.resolve(path.dirname(file), s.build.context, s.build.dockerfile))).toBe(true);
        expect(stages).toContain(s.build.target);
      }
    }
    const files = (s: any) => (s.volumes as string[]).find((v) => v.includes('/var/lib/kunlun/files'));
    expect(new Set(['api1', 'api2', 'worker'].map((n) => files(services[n])))).toEqual(new Set(['kunlun-files:/var/lib/kunlun/files']));
  });

  it('every variable it needs is explained in .env.example', () => {
    const source = fs.readFileSync(file, 'utf8');
    const needed = new Set([...source.matchAll(/\$\{([A-Z_]+)(?::[-?][^}]*)?\}/g)].map((m) => m[1]!));
    const documented = parseEnv(fs.readFileSync(path.join(deploy, 'compose', '.env.example'), 'utf8'));
    for (const v of needed) expect(documented, `.env.example explains ${v}`).toHaveProperty(v);
  });

  it('nginx balances the two API services on the port they listen on, and keeps server-sent events unbuffered', () => {
    const conf = fs.readFileSync(path.join(deploy, 'compose', 'nginx.conf'), 'utf8');
    const { servers } = readNginx(conf);
    expect(servers.map((s) => s.host).sort()).toEqual(['api1', 'api2']);
    for (const s of servers) expect(String(s.port)).toBe(services[s.host].environment.PORT);
    expectSseFriendly(conf, 'compose nginx.conf');
  });
});

describe('Kubernetes manifests', () => {
  const dir = path.join(deploy, 'kubernetes');
  const { kustomization, objects } = readKustomization(dir);
  const workloads = objects.filter((o) => podSpecOf(o));
  const pods = workloads.map((o) => ({ owner: o, ...podSpecOf(o)! }));

  it('the kustomization lists every manifest of the folder', () => {
    const manifests = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(manifests.sort());
    for (const o of objects) expect(o.metadata.namespace ?? kustomization.namespace).toBe('kunlun');
    const images = new Set((kustomization.images ?? []).map((i) => i.name));
    for (const p of pods) for (const c of containersOf(p.spec)) expect(images, `${p.owner.metadata.name}/${c.name} image ${c.image}`).toContain(c.image);
  });

  it('API and worker are separate Deployments, each probed on /healthz (the worker on its --health-port); a Job runs the migrations', () => {
    const api = named(objects, 'Deployment', 'kunlun-api')!;
    const worker = named(objects, 'Deployment', 'kunlun-worker')!;
    expect(api.spec.template.spec.containers[0].args).toEqual(['serve', '--no-migrate']);
    expect(worker.spec.template.spec.containers[0].args.slice(0, 2)).toEqual(['worker', '--no-migrate']);
    const container = api.spec.template.spec.containers[0];
    const ports = (container.ports as { name: string; containerPort: number }[]).map((p) => p.name);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(container[probe].httpGet.path, probe).toBe('/healthz');
      expect(ports, probe).toContain(container[probe].httpGet.port);
    }
    const workerContainer = worker.spec.template.spec.containers[0];
    const healthPort = Number(workerContainer.args[workerContainer.args.indexOf('--health-port') + 1]);
    const workerPort = (workerContainer.ports as { name: string; containerPort: number }[]).find((p) => p.name === workerContainer.livenessProbe.httpGet.port);
    expect(workerContainer.livenessProbe.httpGet.path).toBe('/healthz');
    expect(workerPort?.containerPort).toBe(healthPort);
    const job = named(objects, 'Job', 'kunlun-migrate')!;
    expect(job.spec.template.spec.containers[0].args).toEqual(['migrate', 'up']);
    expect(['Never', 'OnFailure']).toContain(job.spec.template.spec.restartPolicy);
  });

  it('selectors match pod labels; services, the PDB and the ingress reach ports that exist', () => {
    for (const d of ofKind(objects, 'Deployment')) expect(selects(d.spec.selector.matchLabels, d.spec.template.metadata.labels), d.metadata.name).toBe(true);
    for (const svc of ofKind(objects, 'Service')) {
      const backing = pods.filter((p) => selects(svc.spec.selector, p.labels) && p.owner.kind === 'Deployment');
      expect(backing, `pods behind service ${svc.metadata.name}`).toHaveLength(1);
      const containerPorts = containersOf(backing[0]!.spec).flatMap((c) => c.ports ?? []);
      for (const port of svc.spec.ports) {
        const found = containerPorts.some(
          (cp: { name?: string; containerPort: number }) => cp.name === port.targetPort || cp.containerPort === port.targetPort,
        );
        expect(found, `${svc.metadata.name} targetPort ${port.targetPort}`).toBe(true);
      }
    }
    for (const pdb of ofKind(objects, 'PodDisruptionBudget')) expect(pods.some((p) => selects(pdb.spec.selector.matchLabels, p.labels))).toBe(true);
    for (const ing of ofKind(objects, 'Ingress')) {
      for (const rule of ing.spec.rules) {
        for (const p of rule.http.paths) {
          const svc = named(objects, 'Service', p.backend.service.name);
          expect(svc, `ingress backend ${p.backend.service.name}`).toBeDefined();
          expect(
            svc!.spec.ports.some((sp: { name: string; port: number }) => sp.name === p.backend.service.port.name || sp.port === p.backend.service.port.number),
          ).toBe(true);
        }
      }
      const readme = fs.readFileSync(path.join(deploy, 'README.md'), 'utf8');
      for (const tls of ing.spec.tls ?? []) expect(readme, `README explains the TLS secret ${tls.secretName}`).toContain(tls.secretName);
    }
  });

  it('the autoscalers scale Deployments that exist, within sane bounds', () => {
    const hpas = ofKind(objects, 'HorizontalPodAutoscaler');
    expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual(['kunlun-api', 'kunlun-worker']);
    for (const h of hpas) {
      expect(named(objects, h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name)).toBeDefined();
      expect(h.spec.minReplicas).toBeLessThanOrEqual(h.spec.maxReplicas);
      for (const m of h.spec.metrics) {
        const target = named(objects, h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name)!;
        for (const c of target.spec.template.spec.containers)
          expect(c.resources.requests[m.resource.name], `${c.name} requests ${m.resource.name}`).toBeDefined();
      }
    }
  });

  it('volumes, claims, config maps and secrets the pods use exist, with the keys they read', () => {
    for (const { owner, spec } of pods) {
      const volumes = new Map<string, any>((spec.volumes ?? []).map((v: { name: string }) => [v.name, v]));
      for (const c of containersOf(spec)) {
        for (const m of c.volumeMounts ?? []) expect(volumes.has(m.name), `${owner.metadata.name}/${c.name} mounts ${m.name}`).toBe(true);
        for (const from of c.envFrom ?? []) {
          if (from.configMapRef) expect(named(objects, 'ConfigMap', from.configMapRef.name), from.configMapRef.name).toBeDefined();
          if (from.secretRef) expect(named(objects, 'Secret', from.secretRef.name), from.secretRef.name).toBeDefined();
        }
        for (const e of c.env ?? []) {
          const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
          if (!ref) continue;
          const source = named(objects, e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
          expect(source && keysOf(source), `${e.name} from ${ref.name}`).toContain(ref.key);
        }
      }
      for (const v of volumes.values()) {
        if (v.persistentVolumeClaim) expect(named(objects, 'PersistentVolumeClaim', v.persistentVolumeClaim.claimName)).toBeDefined();
        if (v.configMap) {
          const cm = named(objects, 'ConfigMap', v.configMap.name);
          expect(cm, v.configMap.name).toBeDefined();
          for (const item of v.configMap.items ?? []) expect(keysOf(cm!)).toContain(item.key);
        }
        if (v.secret) expect(named(objects, 'Secret', v.secret.secretName)).toBeDefined();
      }
    }
    const config = named(objects, 'ConfigMap', 'kunlun-config')!;
    const secrets = named(objects, 'Secret', 'kunlun-secrets')!;
    expect(keysOf(secrets).sort()).toEqual(['DATABASE_URL', 'REDIS_URL']);
    expect(keysOf(config)).not.toContain('DATABASE_URL');
    expect(config.data!.KUNLUN_FILES_DIR).toBe('/var/lib/kunlun/files');
    for (const name of ['kunlun-api', 'kunlun-worker']) {
      const mounts = named(objects, 'Deployment', name)!.spec.template.spec.containers[0].volumeMounts;
      expect(mounts).toContainEqual({ name: 'files', mountPath: config.data!.KUNLUN_FILES_DIR });
    }
    expect(named(objects, 'PersistentVolumeClaim', 'kunlun-files')!.spec.accessModes).toContain('ReadWriteMany');
  });

  it("the web pods' nginx proxies the API service on its port and keeps server-sent events unbuffered", () => {
    const conf = named(objects, 'ConfigMap', 'kunlun-web')!.data!['default.conf']!;
    const { servers } = readNginx(conf);
    expect(servers).toHaveLength(1);
    const svc = named(objects, 'Service', servers[0]!.host)!;
    expect(svc.spec.ports.map((p: { port: number }) => p.port)).toContain(servers[0]!.port);
    expectSseFriendly(conf, 'kunlun-web ConfigMap');
  });
});

describe('systemd units and nginx for bare servers', () => {
  const dir = path.join(deploy, 'systemd');
  const units = new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
  const values = (unit: string, key: string) => [...units.get(unit)!.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].flatMap((m) => m[1]!.trim().split(/\s+/));
  const exists = (name: string) => units.has(name) || units.has(name.replace(/@[^.]+\./, '@.'));
  const external = ['network-online.target', 'postgresql.service', 'redis-server.service', 'multi-user.target'];

  it('units name units that exist and read one settings file; the API ports are the ones nginx balances', () => {
    for (const unit of units.keys()) {
      for (const key of ['Wants', 'After', 'Requires', 'PartOf', 'WantedBy']) {
        for (const ref of values(unit, key)) expect(exists(ref) || external.includes(ref), `${unit} ${key}=${ref}`).toBe(true);
      }
    }
    const services = [...units.keys()].filter((u) => u.endsWith('.service'));
    expect(new Set(services.flatMap((u) => values(u, 'EnvironmentFile')))).toEqual(new Set(['/etc/kunlun/kunlun.env']));
    for (const u of services) expect(values(u, 'ExecStart').slice(0, 2)).toEqual(['/usr/bin/node', '/opt/kunlun/core/bin/kunlun.mjs']);
    const apiPorts = values('kunlun.target', 'Wants')
      .flatMap((w) => /^kunlun-api@(\d+)\.service$/.exec(w)?.[1] ?? [])
      .map(Number);
    expect(apiPorts).toHaveLength(2);
    const { servers } = readNginx(fs.readFileSync(path.join(deploy, 'nginx', 'kunlun.conf'), 'utf8'));
    expect(servers.map((s) => s.port).sort()).toEqual(apiPorts.sort());
    expect(values('kunlun-api@.service', 'ExecStart')).toContain('--no-migrate');
  });

  it('the nginx site keeps server-sent events unbuffered', () => {
    expectSseFriendly(fs.readFileSync(path.join(deploy, 'nginx', 'kunlun.conf'), 'utf8'), 'deploy/nginx/kunlun.conf');
  });

  const analyze = spawnSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' }).stdout.trim();
  it.runIf(Boolean(analyze) && fs.existsSync('/usr/bin/node'))('systemd-analyze verify accepts every unit', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-units-'));
    try {
      for (const [name, body] of units) fs.writeFileSync(path.join(work, name), body);
      for (const port of [3001, 3002]) fs.copyFileSync(path.join(work, 'kunlun-api@.service'), path.join(work, `kunlun-api@${port}.service`));
      fs.copyFileSync(path.join(work, 'kunlun-worker@.service'), path.join(work, 'kunlun-worker@1.service'));
      const result = spawnSync(
        analyze,
        [
          'verify',
          '--man=no',
          ...['kunlun-migrate.service', 'kunlun-api@3001.service', 'kunlun-worker@1.service', 'kunlun.target'].map((u) => path.join(work, u)),
        ],
        { encoding: 'utf8', cwd: work },
      );
      expect(result.stderr).not.toMatch(/Unknown (key|section)|ignoring|not executable|Failed/);
      expect(result.status, result.stderr).toBe(0);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('nginx -t on every nginx file', () => {
  const candidates = [path.join(repo, 'data', 'tools', 'nginx', 'nginx'), '/usr/sbin/nginx'];
  const nginx = candidates.find((c) => fs.existsSync(c));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kunlun-nginx-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Checks a site file inside a minimal http block; service names resolve to loopback here. */
  function nginxTest(site: string): { status: number | null; output: string } {
    const local = site.replace(/server\s+(api1|api2|kunlun-api)(:\d+)/g, 'server 127.0.0.1$2').replace(/\/etc\/ssl\/kunlun/g, work);
    fs.writeFileSync(path.join(work, 'site.conf'), local);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${work}/${t};`).join(' ');
    fs.writeFileSync(
      path.join(work, 'nginx.conf'),
      `pid ${work}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n  include ${work}/site.conf;\n}\n`,
    );
    const result = spawnSync(nginx!, ['-t', '-q', '-e', 'stderr', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
    return { status: result.status, output: result.stderr };
  }

  it.runIf(Boolean(nginx))('accepts the compose, Kubernetes and bare-server site files (deploy/scripts/fetch-nginx.sh provides nginx)', () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=kunlun-test',
        '-keyout',
        path.join(work, 'privkey.pem'),
        '-out',
        path.join(work, 'fullchain.pem'),
      ],
      { stdio: 'ignore' },
    );
    const sites = {
      'deploy/compose/nginx.conf': fs.readFileSync(path.join(deploy, 'compose', 'nginx.conf'), 'utf8'),
      'deploy/nginx/kunlun.conf': fs.readFileSync(path.join(deploy, 'nginx', 'kunlun.conf'), 'utf8'),
      'kunlun-web ConfigMap': (readYamlDocuments(path.join(deploy, 'kubernetes', 'web-configmap.yaml'))[0] as K8sObject).data!['default.conf']!,
    };
    for (const [label, site] of Object.entries(sites)) {
      const result = nginxTest(site);
      expect(result.status, `${label}: ${result.output}`).toBe(0);
    }
    expect(nginxTest('server { listen 80; location / { proxy_buffering maybe; } }').status).not.toBe(0);
  });
});
