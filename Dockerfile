# Brinkwatch: one image for every service (migrate, api, worker, start). TypeScript runs through tsx,
# so there is no build step; the image carries production dependencies only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
RUN useradd --system --uid 10001 brinkwatch && mkdir -p /app/data && chown brinkwatch /app/data
USER brinkwatch
EXPOSE 8080
ENTRYPOINT ["node", "bin/brinkwatch.mjs"]
CMD ["start"]
