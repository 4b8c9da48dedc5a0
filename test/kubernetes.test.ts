import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as apps from "kubernetes-models/apps/v1";
import * as autoscaling from "kubernetes-models/autoscaling/v2";
import * as batch from "kubernetes-models/batch/v1";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as policy from "kubernetes-models/policy/v1";
import * as core from "kubernetes-models/v1";
import { parseAllDocuments } from "yaml";
import { loadGatewayConfig } from "../gateway/config";
import { CLOSE_MARGIN_MS } from "../subgraphs/shared/process";
import { loadSubgraphConfig, readDatabaseSettings } from "../subgraphs/shared/subgraph-config";
import { JWKS_PATH } from "../gateway/token-endpoint";
import { newSigningJwk, publicJwks } from "../tools/keys";
import { backends } from "./support/backends";
import { freePort, spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";

/**
 * deploy/kubernetes: each overlay rendered by the real `kubectl kustomize` (CI installs kubectl
 * when the machine lacks it), every object validated against the Kubernetes schemas
 * (kubernetes-models), and each process's environment, as the manifests give it, loaded by the
 * platform's own configuration readers under NODE_ENV=production.
 */

const ROOT = join(__dirname, "..", "deploy", "kubernetes");
const OVERLAYS = ["single-region", "national", "centre-subgraph"];

// The models by apiVersion, then kind; an object of any other type fails the test.
const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  "apps/v1": apps,
  "batch/v1": batch,
  "autoscaling/v2": autoscaling,
  "policy/v1": policy,
  "networking.k8s.io/v1": networking,
};

type Model = new (data: unknown) => { validate(): void };

// Only the shapes this test reads; kubernetes-models has validated the rest.
interface Container {
  name: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: {
      secretKeyRef?: { name: string; key: string };
      configMapKeyRef?: { name: string; key: string };
    };
  }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string }[];
  readinessProbe?: {
    httpGet?: { path: string; port: string | number };
    periodSeconds?: number;
    failureThreshold?: number;
  };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
}
interface PodSpec {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  initContainers?: Container[];
  containers: Container[];
  volumes?: { name: string; configMap?: { name: string }; secret?: { secretName: string } }[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: { template?: { spec: PodSpec }; ports?: { port: number }[] };
}

function render(overlay: string): K8sObject[] {
  const text = execFileSync("kubectl", ["kustomize", join(ROOT, "overlays", overlay)], {
    encoding: "utf8",
  });
  return parseAllDocuments(text).map((document) => document.toJS() as K8sObject);
}

const rendered = new Map(OVERLAYS.map((overlay) => [overlay, render(overlay)]));

function objectsOf(overlay: string): K8sObject[] {
  return rendered.get(overlay) ?? [];
}

function podsOf(objects: K8sObject[]): { owner: string; pod: PodSpec }[] {
  return objects
    .filter((object) => object.kind === "Deployment" || object.kind === "Job")
    .map((object) => ({
      owner: `${object.kind}/${object.metadata.name}`,
      pod: object.spec?.template?.spec as PodSpec,
    }));
}

/**
 * What the Secrets and ConfigMaps created beside the manifests hold (docs/operator-kubernetes.md),
 * by name, then file: the gateway's signing keys and their public half, made as `npm run keys` does.
 */
const standIns: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const key = await newSigningJwk();
  standIns["gateway-signing-keys"] = { "signing.json": JSON.stringify({ keys: [key] }) };
  standIns["gateway-public-keys"] = { "jwks.json": JSON.stringify(publicJwks([key])) };
});

/** A stand-in for a Secret's value (Secrets are created beside the manifests, never in them). */
function secretValue(key: string): string {
  return key.endsWith("DATABASE_URL")
    ? "postgres://ngo:secret@db.example.org:5432/ngo"
    : "a-stand-in-secret-of-more-than-32-characters";
}

/**
 * A container's environment as Kubernetes would give it: the image's NODE_ENV=production, the
 * ConfigMaps it names (taken from the render), stand-ins for Secrets, and every path under a
 * mounted ConfigMap moved to a folder holding that ConfigMap's files.
 */
function environmentOf(
  objects: K8sObject[],
  pod: PodSpec,
  container: Container,
): Record<string, string> {
  const configMap = (name: string) => {
    const found = objects.find(
      (object) => object.kind === "ConfigMap" && object.metadata.name === name,
    );
    if (!found) throw new Error(`ConfigMap ${name} is named but not rendered`);
    return found.data ?? {};
  };
  const env: Record<string, string> = { NODE_ENV: "production" };
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(env, configMap(source.configMapRef.name));
    if (source.secretRef) throw new Error("secrets are named key by key, never whole");
  }
  for (const variable of container.env ?? []) {
    const from = variable.valueFrom;
    env[variable.name] =
      variable.value ??
      (from?.secretKeyRef
        ? secretValue(from.secretKeyRef.key)
        : configMap(from?.configMapKeyRef?.name ?? "")[from?.configMapKeyRef?.key ?? ""]);
  }
  const declared = { ...env };
  for (const mount of container.volumeMounts ?? []) {
    const volume = pod.volumes?.find((candidate) => candidate.name === mount.name);
    const source = volume?.configMap?.name ?? volume?.secret?.secretName;
    const inRender = objects.some((o) => o.kind === "ConfigMap" && o.metadata.name === source);
    const files = source === undefined ? {} : inRender ? configMap(source) : standIns[source];
    if (files === undefined) throw new Error(`no stand-in for ${source}, mounted but not rendered`);
    const folder = mkdtempSync(join(tmpdir(), "ngo-graph-k8s-"));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
    for (const [key, value] of Object.entries(declared))
      if (value.startsWith(`${mount.mountPath}/`))
        env[key] = join(folder, value.slice(mount.mountPath.length + 1));
  }
  return env;
}

function portNamed(container: Container, name: string): number | undefined {
  return container.ports?.find((port) => port.name === name)?.containerPort;
}

describe.each(OVERLAYS)("deploy/kubernetes/overlays/%s", (overlay) => {
  const objects = objectsOf(overlay);

  it("renders only objects that are valid against the Kubernetes schemas", () => {
    expect(objects.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const object of objects) {
      const model = MODELS[object.apiVersion]?.[object.kind] as Model | undefined;
      if (!model) {
        problems.push(`${object.apiVersion} ${object.kind}: no schema to validate it with`);
        continue;
      }
      try {
        new model(object).validate();
      } catch (error) {
        problems.push(`${object.kind}/${object.metadata.name}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("runs every container as a non-root user, read-only, without escalation or capabilities", () => {
    for (const { owner, pod } of podsOf(objects)) {
      expect({ owner, runAsNonRoot: pod.securityContext?.runAsNonRoot }).toEqual({
        owner,
        runAsNonRoot: true,
      });
      for (const container of [...(pod.initContainers ?? []), ...pod.containers])
        expect({ owner, container: container.name, ...container.securityContext }).toEqual({
          owner,
          container: container.name,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ["ALL"] },
        });
    }
  });

  it("gives each server longer to stop than its preStop sleep, shutdown delay, drain and close take together", () => {
    for (const { owner, pod } of podsOf(objects).filter(({ owner }) => owner.startsWith("Dep"))) {
      const [container] = pod.containers;
      const sleep = container.lifecycle?.preStop?.exec?.command;
      expect({ owner, preStop: sleep?.[0] }).toEqual({ owner, preStop: "sleep" });
      const env = environmentOf(objects, pod, container);
      const grace = Number(env.SHUTDOWN_GRACE_MS);
      const delay = Number(env.SHUTDOWN_DELAY_MS ?? 0);
      // The delay outlasts the readiness probe's failures, so /ready is seen answering 503.
      const probe = container.readinessProbe;
      if (probe)
        expect(delay).toBeGreaterThan(
          (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3) * 1000,
        );
      const needed = Number(sleep?.[1]) * 1000 + delay + grace + CLOSE_MARGIN_MS;
      expect(pod.terminationGracePeriodSeconds ?? 30).toBeGreaterThan(needed / 1000);
    }
  });

  it("starts each process with settings the platform accepts in production", () => {
    const services = new Map(
      objects
        .filter((object) => object.kind === "Service")
        .map((object) => [object.metadata.name, object.spec?.ports?.map((port) => port.port)]),
    );
    for (const { owner, pod } of podsOf(objects)) {
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        const env = environmentOf(objects, pod, container);
        const [, entry, ...args] = container.command ?? [];
        const subgraph = /^dist\/subgraphs\/([a-z-]+)\/index\.js$/.exec(entry)?.[1];
        if (entry === "dist/gateway/index.js") {
          const config = loadGatewayConfig(args, env);
          expect(config.port).toBe(portNamed(container, "http"));
          // Every subgraph the gateway routes to is a Service of this render, on that port.
          for (const { name, url } of config.subgraphs) {
            const { hostname, port } = new URL(url);
            expect({ name, ports: services.get(hostname) }).toEqual({
              name,
              ports: [Number(port)],
            });
          }
          expect(env.GATEWAY_SIGNING_KEYS_FILE).toBeDefined();
        } else if (subgraph) {
          // Refuses signing material, plain-http keys and a development key under production.
          const config = loadSubgraphConfig(subgraph, 0, env);
          expect(config.port).toBe(portNamed(container, "http"));
          expect(config.database.url).toMatch(/^postgres:\/\//);
          expect(config.database.migrate).toBe(false);
          expect(config.auth.development).toBe(false);
        } else {
          // The migrate Job and the init containers that wait for it: tools/migrate.ts.
          expect({ owner, entry }).toEqual({ owner, entry: "dist/tools/migrate.js" });
          for (const name of args.filter((arg) => !arg.startsWith("--")))
            expect(readDatabaseSettings(name, env).url).toMatch(/^postgres:\/\//);
          expect(env.DATABASE_URL).toMatch(/^postgres:\/\//);
        }
        for (const probe of [container.readinessProbe, container.livenessProbe])
          if (probe) expect(probe.httpGet?.port).toBe("http");
        if (container.readinessProbe)
          expect([
            container.readinessProbe.httpGet?.path,
            container.livenessProbe?.httpGet?.path,
          ]).toEqual(["/ready", "/health"]);
      }
    }
  });
});

describe("the schema validation", () => {
  it("fails on an invalid field, so a broken manifest cannot pass", () => {
    const deployment = objectsOf("national").find((object) => object.kind === "Deployment");
    const broken = { ...deployment, spec: { ...deployment?.spec, replicas: "two" } };
    expect(() => new apps.Deployment(broken as unknown as apps.IDeployment).validate()).toThrow(
      "data/spec/replicas must be integer",
    );
  });
});

describe("the signing material", () => {
  it("is mounted into the gateway alone; the subgraphs get only the public keys", () => {
    for (const overlay of OVERLAYS)
      for (const { owner, pod } of podsOf(objectsOf(overlay))) {
        const secrets = (pod.volumes ?? []).flatMap((volume) =>
          volume.secret ? [volume.secret.secretName] : [],
        );
        expect({ owner, secrets }).toEqual({
          owner,
          secrets: owner === "Deployment/gateway" ? ["gateway-signing-keys"] : [],
        });
      }
  });
});

// NetworkPolicies, evaluated as the API defines them: a pod that some policy selects for a
// direction admits only what one of those policies' rules admits; a connection needs the source's
// egress and the destination's ingress. Selectors here use matchLabels only.
type Labels = Record<string, string>;
interface Endpoint {
  namespace: string;
  labels: Labels;
}
interface Peer {
  podSelector?: { matchLabels?: Labels; matchExpressions?: unknown };
  namespaceSelector?: { matchLabels?: Labels; matchExpressions?: unknown };
  ipBlock?: unknown;
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number }[];
}
interface PolicySpec {
  podSelector: { matchLabels?: Labels };
  policyTypes: ("Ingress" | "Egress")[];
  ingress?: Rule[];
  egress?: Rule[];
}

function matches(selector: { matchLabels?: Labels; matchExpressions?: unknown }, labels: Labels) {
  if (selector.matchExpressions) throw new Error("matchExpressions is not evaluated here");
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint): boolean {
  if (peer.ipBlock) return other.namespace === "outside";
  const namespaceOk = peer.namespaceSelector
    ? other.namespace !== "outside" &&
      matches(peer.namespaceSelector, { "kubernetes.io/metadata.name": other.namespace })
    : other.namespace === policyNamespace;
  return namespaceOk && (!peer.podSelector || matches(peer.podSelector, other.labels));
}

function admits(
  policies: { namespace: string; spec: PolicySpec }[],
  direction: "Ingress" | "Egress",
  pod: Endpoint,
  other: Endpoint,
  port: number,
): boolean {
  const selecting = policies.filter(
    ({ namespace, spec }) =>
      namespace === pod.namespace &&
      spec.policyTypes.includes(direction) &&
      matches(spec.podSelector, pod.labels),
  );
  if (selecting.length === 0) return true;
  return selecting.some(({ namespace, spec }) =>
    (direction === "Ingress" ? spec.ingress : spec.egress)?.some((rule) => {
      const peers = direction === "Ingress" ? rule.from : rule.to;
      const peerOk = !peers?.length || peers.some((peer) => peerMatches(peer, namespace, other));
      const portOk = !rule.ports?.length || rule.ports.some((p) => p.port === port);
      return peerOk && portOk;
    }),
  );
}

describe("the national overlay's network policies", () => {
  const objects = objectsOf("national");
  const namespace = objects.find((o) => o.kind === "Namespace")?.metadata.name ?? "";
  const policies = objects
    .filter((o) => o.kind === "NetworkPolicy")
    .map((o) => ({ namespace, spec: (o as unknown as { spec: PolicySpec }).spec }));
  const pod = (name: string): Endpoint => {
    const owner = objects.find(
      (o) => (o.kind === "Deployment" || o.kind === "Job") && o.metadata.name === name,
    ) as unknown as { spec: { template: { metadata: { labels: Labels } } } };
    return { namespace, labels: owner.spec.template.metadata.labels };
  };
  const outside: Endpoint = { namespace: "outside", labels: {} };
  const ingressController: Endpoint = { namespace: "ingress-nginx", labels: {} };
  const monitoring: Endpoint = { namespace: "monitoring", labels: {} };
  const reaches = (from: Endpoint, to: Endpoint, port: number) =>
    (from.namespace !== namespace || admits(policies, "Egress", from, to, port)) &&
    (to.namespace !== namespace || admits(policies, "Ingress", to, from, port));
  const subgraphs: [string, number, number][] = [
    ["regions", 4001, 9465],
    ["organizations", 4002, 9466],
    ["events", 4003, 9467],
    ["programmes", 4004, 9468],
  ];

  it("lets callers reach the gateway, and only the gateway reach the subgraphs", () => {
    expect(reaches(ingressController, pod("gateway"), 4000)).toBe(true);
    for (const [name, port] of subgraphs) {
      expect({ name, gateway: reaches(pod("gateway"), pod(name), port) }).toEqual({
        name,
        gateway: true,
      });
      expect({ name, ingress: reaches(ingressController, pod(name), port) }).toEqual({
        name,
        ingress: false,
      });
      expect({ name, monitoring: reaches(monitoring, pod(name), port) }).toEqual({
        name,
        monitoring: false,
      });
      expect({ name, job: reaches(pod("migrate"), pod(name), port) }).toEqual({
        name,
        job: false,
      });
    }
  });

  it("lets subgraphs reach organizations, the token endpoint and PostgreSQL, and no other subgraph", () => {
    for (const [name] of subgraphs) {
      const from = pod(name);
      expect({
        name,
        organizations: reaches(from, pod("organizations"), 4002),
        token: reaches(from, pod("gateway"), 4000),
        postgres: reaches(from, outside, 5432),
        https: reaches(from, outside, 443),
        regions: name === "regions" || reaches(from, pod("regions"), 4001),
        events: name === "events" || reaches(from, pod("events"), 4003),
      }).toEqual({
        name,
        organizations: true,
        token: true,
        postgres: true,
        https: false,
        regions: name === "regions",
        events: name === "events",
      });
    }
  });

  it("lets the migrate Job reach PostgreSQL only, and Prometheus the metrics ports only", () => {
    expect(reaches(pod("migrate"), outside, 5432)).toBe(true);
    expect(reaches(pod("migrate"), outside, 443)).toBe(false);
    expect(reaches(pod("migrate"), pod("gateway"), 4000)).toBe(false);
    // The gateways share the network's registry in PostgreSQL.
    expect(reaches(pod("gateway"), outside, 5432)).toBe(true);
    expect(reaches(monitoring, pod("gateway"), 9464)).toBe(true);
    for (const [name, , metrics] of subgraphs)
      expect({ name, metrics: reaches(monitoring, pod(name), metrics) }).toEqual({
        name,
        metrics: true,
      });
  });
});

/** Runs a container's command (`node dist/<path>.js …`) from the TypeScript sources. */
function runCommand(container: Container, env: Record<string, string>): SpawnedProcess {
  const [, entry, ...args] = container.command ?? [];
  const source = /^dist\/(.+)\.js$/.exec(entry)?.[1];
  if (!source) throw new Error(`${container.name} does not run node dist/…: ${entry}`);
  return spawnEntry(`${source}.ts`, env, args);
}

async function answers(port: number, path: string): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}${path}`)).status;
}

describe("the gateway as the national overlay starts it", () => {
  it("serves the mounted supergraph and publishes the public half of the mounted signing keys", async () => {
    const objects = objectsOf("national");
    const pod = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "gateway")?.spec
      ?.template?.spec as PodSpec;
    const [container] = pod.containers;
    const port = await freePort();
    const gateway = runCommand(container, {
      ...environmentOf(objects, pod, container),
      HOST: "127.0.0.1",
      GATEWAY_PORT: String(port),
      METRICS_PORT: String(await freePort()),
      // The registry's database stands in as a SQLite file, migrated as the Job would.
      REGISTRY_DATABASE_URL: "",
      REGISTRY_DATABASE: join(mkdtempSync(join(tmpdir(), "k8s-registry-")), "registry.sqlite"),
      MIGRATE: "true",
    });
    try {
      await waitFor("the gateway to answer /health", async () => {
        try {
          return (await answers(port, "/health")) === 200;
        } catch {
          return false;
        }
      });
      const published = await (await fetch(`http://127.0.0.1:${port}${JWKS_PATH}`)).json();
      expect(published).toEqual(JSON.parse(standIns["gateway-public-keys"]["jwks.json"]));
      gateway.child.kill("SIGTERM");
      expect(await gateway.exited).toEqual({ code: 0, signal: null });
    } finally {
      gateway.child.kill("SIGKILL");
    }
  }, 60_000);
});

const postgres = backends.find(([name]) => name === "PostgreSQL")?.[1];

// CI always has TEST_DATABASE_URL; without a PostgreSQL server the release cannot be played.
(postgres ? describe : describe.skip)("a release as the national overlay plays it", () => {
  it("holds a subgraph until the migrate Job has run, then serves it with MIGRATE=false", async () => {
    const objects = objectsOf("national");
    const databaseUrl = await postgres!.createDatabase();
    const podOf = (kind: string, name: string) =>
      objects.find((o) => o.kind === kind && o.metadata.name === name)?.spec?.template
        ?.spec as PodSpec;
    const job = podOf("Job", "migrate");
    const regions = podOf("Deployment", "regions");
    const [init] = regions.initContainers ?? [];
    const withDatabase = (pod: PodSpec, container: Container): Record<string, string> => ({
      ...environmentOf(objects, pod, container),
      DATABASE_URL: databaseUrl!,
    });

    // The init container holds the pod while a migration is pending, then lets it start.
    const before = runCommand(init, withDatabase(regions, init));
    expect((await before.exited).code).toBe(1);
    expect(before.output()).toContain("regions");
    const migrate = runCommand(job.containers[0], withDatabase(job, job.containers[0]));
    expect(await migrate.exited).toEqual({ code: 0, signal: null });
    for (const name of ["regions", "organizations", "events", "programmes"])
      expect(migrate.output()).toMatch(new RegExp(`${name} \\(.*\\): ran `));
    const after = runCommand(init, withDatabase(regions, init));
    expect(await after.exited).toEqual({ code: 0, signal: null });

    // The subgraph with the Deployment's own environment: ready once its database answers,
    // alive on /health, and gone cleanly within its grace on SIGTERM.
    const [container] = regions.containers;
    const port = await freePort();
    const env = withDatabase(regions, container);
    expect(env.MIGRATE).toBe("false");
    const server = runCommand(container, {
      ...env,
      HOST: "127.0.0.1",
      REGIONS_PORT: String(port),
      METRICS_PORT: String(await freePort()),
    });
    try {
      await waitFor("regions to be ready", async () => {
        try {
          return (await answers(port, "/ready")) === 200;
        } catch {
          return false;
        }
      });
      expect(await answers(port, "/health")).toBe(200);
      const stopped = Date.now();
      server.child.kill("SIGTERM");
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - stopped).toBeLessThan(
        (regions.terminationGracePeriodSeconds ?? 30) * 1000,
      );
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 120_000);
});
