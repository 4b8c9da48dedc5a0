import { objectsOf } from "./support/kubernetes";

/** The national overlay's NetworkPolicies, evaluated for who may reach whom on which port. */

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
