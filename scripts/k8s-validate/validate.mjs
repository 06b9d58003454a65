// Checks the generated Kubernetes manifests (deploy/kubernetes/<service>/kubernetes.json) against the Kubernetes
// API schemas (npm's kubernetes-models), and the suite's own expectations of each Deployment: two replicas, the
// three probes on the health checks, the settings from the ConfigMap and Secret `iw-training`.
//   node scripts/k8s-validate/validate.mjs deploy/kubernetes/*/kubernetes.json
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("k8s-validate: no manifest given");
  process.exit(2);
}

// Quarkus writes a list of resources, or several JSON documents one after another
function documents(text) {
  const trimmed = text.trim();
  try {
    const parsed = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return parsed;
    return parsed.kind === "List" ? parsed.items : [parsed];
  } catch {
    return trimmed.split(/\n(?=\{)/).map((part) => JSON.parse(part));
  }
}

function modulePath(resource) {
  return `kubernetes-models/${resource.apiVersion}/${resource.kind}`;
}

function expectations(resource) {
  const faults = [];
  if (resource.kind !== "Deployment") return faults;
  const spec = resource.spec ?? {};
  if (spec.replicas !== 2) faults.push(`replicas is ${spec.replicas}, not 2`);
  for (const container of spec.template?.spec?.containers ?? []) {
    for (const [probe, path] of [["livenessProbe", "/q/health/live"], ["readinessProbe", "/q/health/ready"],
      ["startupProbe", "/q/health/started"]]) {
      if (container[probe]?.httpGet?.path !== path) faults.push(`${container.name}: no ${probe} on ${path}`);
    }
    const from = (container.envFrom ?? []).map((e) => (e.configMapRef ? `configmap:${e.configMapRef.name}` : `secret:${e.secretRef?.name}`));
    for (const wanted of ["configmap:iw-training", "secret:iw-training"]) {
      if (!from.includes(wanted)) faults.push(`${container.name}: settings not taken from the ${wanted.replace(":", " ")}`);
    }
  }
  return faults;
}

let failures = 0;
let checked = 0;
for (const file of files) {
  const resources = documents(readFileSync(file, "utf8"));
  const kinds = [];
  for (const resource of resources) {
    const name = `${file}: ${resource.kind} ${resource.metadata?.name}`;
    let Model;
    try {
      Model = (await import(modulePath(resource)))[resource.kind];
    } catch {
      console.error(`${name}: unknown apiVersion/kind ${resource.apiVersion} ${resource.kind}`);
      failures++;
      continue;
    }
    try {
      new Model(resource).validate();
    } catch (e) {
      console.error(`${name}: does not match the Kubernetes schema: ${e.message}`);
      failures++;
    }
    for (const fault of expectations(resource)) {
      console.error(`${name}: ${fault}`);
      failures++;
    }
    kinds.push(resource.kind);
    checked++;
  }
  for (const kind of ["Deployment", "Service"]) {
    if (!kinds.includes(kind)) {
      console.error(`${file}: no ${kind}`);
      failures++;
    }
  }
  console.log(`k8s-validate: ${file}: ${kinds.join(", ")}`);
}
if (failures > 0) {
  console.error(`k8s-validate: ${failures} fault(s) in ${files.length} manifest file(s)`);
  process.exit(1);
}
console.log(`k8s-validate: ${checked} resources in ${files.length} files valid`);
