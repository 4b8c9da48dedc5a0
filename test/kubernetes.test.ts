import * as apps from "kubernetes-models/apps/v1";
import { loadGatewayConfig } from "../gateway/config";
import { CLOSE_MARGIN_MS } from "../subgraphs/shared/process";
import { loadSubgraphConfig, readDatabaseSettings } from "../subgraphs/shared/subgraph-config";
import {
  environmentOf,
  makeStandIns,
  MODELS,
  objectsOf,
  OVERLAYS,
  podsOf,
  portNamed,
  type Model,
} from "./support/kubernetes";

/**
 * deploy/kubernetes: each overlay rendered by the real `kubectl kustomize` (CI installs kubectl
 * when the machine lacks it), every object validated against the Kubernetes schemas
 * (kubernetes-models), and each process's environment, as the manifests give it, loaded by the
 * platform's own configuration readers under NODE_ENV=production. Rendering and the containers'
 * environments: test/support/kubernetes.ts; the network policies and the processes started as
 * the manifests start them: kubernetes-network.test.ts and kubernetes-start.test.ts.
 */

beforeAll(makeStandIns);

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
