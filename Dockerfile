# syntax=docker/dockerfile:1
# Vetted's production image: one image for the app server, the worker and the migrator (compose.yaml).
# deps installs every package (the build needs the dev tools); build runs `npm run build`, which leaves
# a self-contained server in .next/standalone (Next's trace plus our compiled entry points, see
# scripts/build-server.ts); runtime is that folder alone on a slim Node, run as the unprivileged `node`
# user: no sources, no TypeScript, no dev dependencies.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# npm ci reads every workspace's manifest; postinstall generates the Prisma client from the schema.
COPY package.json package-lock.json prisma.config.ts tsconfig.json ./
COPY tools/prisma-diff/package.json tools/prisma-diff/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container's id, on which a health check from inside could not connect.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/server.js"]
