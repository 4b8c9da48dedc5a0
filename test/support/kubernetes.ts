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
import { newSigningJwk, publicJwks } from "../../tools/keys";

/**
 * deploy/kubernetes: each overlay rendered by the real `kubectl kustomize` (CI installs kubectl
 * when the machine lacks it), every object validated against the Kubernetes schemas
 * (kubernetes-models), and each process's environment, as the manifests give it, loaded by the
 * platform's own configuration readers under NODE_ENV=production.
 */

export const ROOT = join(__dirname, "..", "..", "deploy", "kubernetes");
export const OVERLAYS = ["single-region", "national", "centre-subgraph"];

// The models by apiVersion, then kind; an object of any other type fails the test.
export const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  "apps/v1": apps,
  "batch/v1": batch,
  "autoscaling/v2": autoscaling,
  "policy/v1": policy,
  "networking.k8s.io/v1": networking,
};

export type Model = new (data: unknown) => { validate(): void };

// Only the shapes this test reads; kubernetes-models has validated the rest.
export interface Container {
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
export interface PodSpec {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  initContainers?: Container[];
  containers: Container[];
  volumes?: { name: string; configMap?: { name: string }; secret?: { secretName: string } }[];
}
export interface K8sObject {
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

const rendered = new Map<string, K8sObject[]>();

/** An overlay's objects, rendered on first use. */
export function objectsOf(overlay: string): K8sObject[] {
  if (!rendered.has(overlay)) rendered.set(overlay, render(overlay));
  return rendered.get(overlay)!;
}

export function podsOf(objects: K8sObject[]): { owner: string; pod: PodSpec }[] {
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
export const standIns: Record<string, Record<string, string>> = {};

/** Makes the stand-ins; a suite that reads a container's environment runs it first. */
export async function makeStandIns(): Promise<void> {
  const key = await newSigningJwk();
  standIns["gateway-signing-keys"] = { "signing.json": JSON.stringify({ keys: [key] }) };
  standIns["gateway-public-keys"] = { "jwks.json": JSON.stringify(publicJwks([key])) };
}

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
export function environmentOf(
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

export function portNamed(container: Container, name: string): number | undefined {
  return container.ports?.find((port) => port.name === name)?.containerPort;
}
