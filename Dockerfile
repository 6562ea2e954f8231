# syntax=docker/dockerfile:1
#
# ECOS Daftar Pengguna as a container (issue 12 item 2). Operators' guide: docs/operations.md; README "Container".
#
# The image runs the standalone folder (`output: 'standalone'` in next.config.mjs, issue 12 item 1), started with
# its copy of server.mjs (the client's TCP address for throttles and the audit log, graceful shutdown), never the
# server.js Next.js writes beside it. CI runs that same folder copied outside the checkout as an unprivileged user
# (scripts/standalone/run.sh, .ci/run), which is what proves what this image runs.
#
# Three stages:
#   deps     npm ci from package-lock.json (dev dependencies too: the build needs them)
#   build    npm run build, then the folder that runs by itself is gathered in /out
#   runtime  Node.js slim with only /out, run as the unprivileged `node` user
#
# Migrations are not a separate step: the server opens the database at start (instrumentation.ts ->
# lib/server/start.ts -> getDb() in db/index.ts), which applies any missing migration under a PostgreSQL advisory
# lock, so several containers starting together do not race.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# No settings are needed to build (.ci/run builds with none). Six are read here as well as at start, because the
# public pages that state them are built now (docs/decisions/0008-static-public-pages.md): pass the same values as
# --build-arg and to the container, or the server refuses to start, naming the setting.
ARG GENERATED_PASSWORD_TTL_HOURS PASSWORD_MAX_LENGTH LOCKOUT_THRESHOLD LOCKOUT_BASE_MINUTES LOCKOUT_MAX_HOURS STAFF_EMAIL_DOMAIN
RUN npm run build
# The standalone folder, plus what Next.js leaves out of it by design: the static assets and public/ (this project
# has no public/ folder today; an empty one keeps the copy valid either way). The start script and the files the
# server reads at run time (migrations, content) travel in the standalone folder through outputFileTracingIncludes
# in next.config.mjs: the build fails here, rather than the container at start, if one is missing.
RUN set -eu; \
    mkdir -p public /out/.next; \
    cp -a .next/standalone/. /out/; \
    cp -a .next/static /out/.next/static; \
    cp -a public /out/public; \
    for f in server.mjs lib/http/peer-address.mjs lib/http/request-context.mjs db/migrations/meta/_journal.json content/terms/ms.md content/terms/en.md content/help/ms.md; do \
      if [ ! -f "/out/$f" ]; then echo "Dockerfile: $f is missing from .next/standalone (next.config.mjs outputFileTracingIncludes)" >&2; exit 1; fi; \
    done

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# Docker sets HOSTNAME to the container id; server.mjs listens on HOSTNAME, so it is pinned to every interface.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The application's files belong to root and cannot be changed by the process that serves them. Only .data/ is
# writable: PGlite's folder when DATABASE_URL is unset (one container only; use PostgreSQL, as compose.yaml does).
COPY --from=build /out /app
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness only (app/api/health: no database). The slim image has no curl; Node 20 has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# server.mjs stops gracefully on SIGTERM within SHUTDOWN_GRACE_SECONDS (10 s) plus up to 2 s to close the database:
# Docker's own stop timeout is 10 s, so give `docker stop -t 15` (compose.yaml: stop_grace_period 30s). An init
# (`docker run --init`, `init: true` in compose.yaml) passes the signal on and reaps any child process.
CMD ["node", "server.mjs"]
