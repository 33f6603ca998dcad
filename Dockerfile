# Brinkwatch: one image for every service (migrate, api, worker, start). The TypeScript is compiled to dist/ by
# bin/build.mjs (esbuild, which tsx carries: no dev dependency needed); the image carries production dependencies only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
# One malloc arena for every service, set where glibc reads it (at process start): the commands that extract articles
# then run in the first process, PID 1, instead of starting themselves again with it (bin/launch.mjs; README, "Running it for real").
ENV MALLOC_ARENA_MAX=1
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` runs the `prepare` script (bin/build.mjs), which skips itself while the sources are not there yet.
COPY bin/build.mjs bin/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
RUN node bin/build.mjs
RUN useradd --system --uid 10001 brinkwatch && mkdir -p /app/data && chown brinkwatch /app/data
USER brinkwatch
EXPOSE 8080
ENTRYPOINT ["node", "bin/brinkwatch.mjs"]
CMD ["start"]
