# Kube API Atlas as a container image: the Next.js standalone server (only the
# node_modules it needs), the embedded snapshots, running as a non-root user.
#   docker build -t kube-api-atlas .
#   docker run -p 3000:3000 kube-api-atlas                      # the embedded Kubernetes 1.36 snapshot
#   docker run -p 3000:3000 -e ATLAS_SERVER_URL=http://host:8001 kube-api-atlas
# In a cluster: deploy/ (ATLAS_IN_CLUSTER=1 with the pod's service account).
# Settings: the ATLAS_* variables of the README's "Configuration"; PORT (3000).

FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npx next build && node scripts/assemble-image.mjs /image

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    ATLAS_LISTEN_HOST=0.0.0.0
# Owned by root and not writable by the server: only .next-server/cache is (a volume in deploy/).
COPY --from=build /image /app
RUN mkdir -p /app/.next-server/cache && chown 65532:65532 /app/.next-server/cache
# A numeric non-root user, so runAsNonRoot can verify it without a passwd lookup.
USER 65532:65532
EXPOSE 3000
# The same command e2e/image.test.ts runs: the HTTP guard preloaded (TRACE → 405, client
# address for rate limits, JSON logs), a 64 MB young generation (README, "Benchmarks").
CMD ["node", "--max-semi-space-size=64", "--require", "./scripts/http-guard.cjs", "server.js"]
