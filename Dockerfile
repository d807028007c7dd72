# kalguard-sidecar container image. Build: docker build -t kalguard-sidecar .
# Run hardened (see README "Confinement"):
#   docker run --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges \
#     --security-opt seccomp=kalguard-seccomp.json -v kalguard-audit:/var/log/kalguard \
#     -e KALGUARD_TOKEN_SECRET=... -p 9292:9292 kalguard-sidecar
# Every RUN is in exec form and the runtime needs no shell, so any Node 20 image with npm at the usual
# /usr/local/lib/node_modules/npm works as the base, including a shell-less one.
ARG BASE_IMAGE=node:20-bookworm-slim

FROM ${BASE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN ["node", "/usr/local/lib/node_modules/npm/bin/npm-cli.js", "ci", "--ignore-scripts", "--no-audit", "--no-fund"]
COPY tsconfig.json tsconfig.build.json README.md ./
COPY src ./src
COPY os ./os
COPY sandbox ./sandbox
RUN ["node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"]
COPY packaging/docker/stage.mjs /stage.mjs
RUN ["node", "/stage.mjs", "/src", "/app"]
WORKDIR /app
RUN ["node", "/usr/local/lib/node_modules/npm/bin/npm-cli.js", "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"]

FROM ${BASE_IMAGE}
ENV NODE_ENV=production \
    KALGUARD_HOST=0.0.0.0 \
    KALGUARD_PORT=9292 \
    KALGUARD_AUDIT_LOG_PATH=/var/log/kalguard/audit.jsonl
# Code is owned by root and only readable by the service user, so even a writable root cannot alter it.
COPY --from=build /app /app
COPY --from=build --chown=1000:1000 /staged-audit /var/log/kalguard
WORKDIR /app
USER 1000:1000
VOLUME ["/var/log/kalguard"]
EXPOSE 9292
STOPSIGNAL SIGTERM
# No token needed: /health is open. No shell needed: the CLI does the request and sets the exit code.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 CMD ["node", "/app/dist/src/cli/main.js", "healthcheck"]
ENTRYPOINT ["node", "/app/dist/src/cli/main.js"]
