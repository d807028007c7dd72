import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), "utf8");

describe("deployment recipes keep the hardening", () => {
  it("the Dockerfile runs as a non-root user, with a volume for the audit log, a shell-less HEALTHCHECK and SIGTERM", () => {
    const dockerfile = read("Dockerfile");
    expect(dockerfile).toMatch(/^ARG BASE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/var\/log\/kalguard"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*CMD \["node", "\/app\/dist\/src\/cli\/main.js", "healthcheck"\]$/m);
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
    expect(dockerfile).toMatch(/"--omit=dev"/);
  });

  it("the compose file drops every capability, sets no-new-privileges, the seccomp profile and a read-only root", () => {
    const compose = read("packaging/docker/compose.yaml");
    for (const line of ["read_only: true", "cap_drop: [ALL]", "- no-new-privileges:true", "- seccomp=./kalguard-seccomp.json", "- /tmp:rw,nosuid,nodev,size=64m", '- "127.0.0.1:9292:9292"']) {
      expect(compose).toContain(line);
    }
  });

  it("the Kubernetes pod runs the sidecar non-root, read-only, without capabilities, under the Localhost profile", () => {
    const pod = read("packaging/kubernetes/pod.yaml");
    const sidecar = pod.slice(pod.indexOf("- name: kalguard"));
    for (const line of ["runAsNonRoot: true", "readOnlyRootFilesystem: true", "allowPrivilegeEscalation: false", "drop: [ALL]", "type: Localhost", "localhostProfile: profiles/kalguard-seccomp.json"]) {
      expect(sidecar).toContain(line);
    }
  });
});
