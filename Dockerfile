# policybot: one server for Slack (/slack/events), Teams (/api/messages) and /healthz.
#
#   docker build -t policybot .
#   docker run --env-file .env -p 3978:3978 -v policybot-data:/data policybot
#
# The image listens on 0.0.0.0 so the port can be published, which the server allows only with
# Slack or Teams credentials set: the playground and the Teams Emulator mode have no login and
# refuse a network address (see README, "Deploy with Docker").

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: install the runtime dependency tree, compiling better-sqlite3 if no prebuilt fits.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The same install CI runs (npm ci), without dev dependencies. tsx is a runtime dependency:
# bin/policybot.js runs the TypeScript sources through it, so there is no build step to run.
RUN npm ci --omit=dev && npm cache clean --force

# ---- runtime: node, the dependency tree and the sources; no compilers.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATA_DIR=/data \
    KNOWLEDGE_DIR=/app/knowledge
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
# The knowledge is baked in; mount a folder over /app/knowledge (or set KNOWLEDGE_DIR) to serve your own.
COPY knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
# The official image's unprivileged user (uid 1000).
USER node
VOLUME ["/data"]
EXPOSE 3978
# Slim images have no curl: ask node. /healthz answers 503 when knowledge, store or outbox is unwell.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same start as `npm start` (without npm in between, so SIGTERM reaches node directly).
CMD ["node", "bin/policybot.js", "serve"]
