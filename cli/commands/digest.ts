/**
 * `brinkwatch digest preview|send|tick|subscribe`.
 *   preview --date D --out FILE.html [--tz ZONE] [--actor NAME]... [--issue TEXT]... [--min-level N]
 *       renders the digest of local day D without sending or recording anything
 *   send --date D          sends day D's digest to every confirmed subscriber (once each; the day must be closed)
 *   tick                   sends every digest due now (what the 15-minute scheduler runs)
 *   subscribe EMAIL [--tz Europe/London] [--at 07:00] [--send-empty]
 *       creates an unconfirmed subscription and mails the confirmation link (double opt-in)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../../config.ts';
import { listActiveSubscriptions } from '../../db/queries/digests.ts';
import type { AlertFilters } from '../../db/schema.ts';
import { createMailTransport } from '../../digest/mail.ts';
import { renderDigestPreview } from '../../digest/preview.ts';
import { runDigestTick, sendDigest, type DigestOutcome } from '../../digest/send.ts';
import { subscribe, SubscribeSchema } from '../../digest/subscriptions.ts';
import { isValidTimeZone } from '../../digest/time.ts';
import { createRuntime } from '../runtime.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs a digest subcommand; returns the exit code. */
export async function runDigestCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      out: { type: 'string' },
      tz: { type: 'string' },
      at: { type: 'string' },
      'send-empty': { type: 'boolean', default: false },
      actor: { type: 'string', multiple: true },
      issue: { type: 'string', multiple: true },
      'min-level': { type: 'string' },
    },
  });
  if (values.tz && !isValidTimeZone(values.tz)) throw new Error(`digest: --tz ${values.tz} is not an IANA time zone`);
  if ((sub === 'preview' || sub === 'send') && (!values.date || !DATE.test(values.date))) throw new Error(`digest ${sub}: expected --date YYYY-MM-DD`);

  switch (sub) {
    case 'preview': {
      if (!values.out) throw new Error('digest preview: expected --out FILE.html');
      const filters: AlertFilters = {};
      if (values.actor?.length) filters.actors = values.actor;
      if (values.issue?.length) filters.issues = values.issue;
      if (values['min-level'] !== undefined) filters.minLevel = Number(values['min-level']);
      const rt = await createRuntime(config, { migrate: 'apply', inProcess: true });
      try {
        const rendered = await renderDigestPreview(rt.ctx, { date: values.date!, timeZone: values.tz, filters });
        writeFileSync(values.out, rendered.html);
        process.stderr.write(`digest: preview of ${values.date} written to ${values.out} (${rendered.subject})\n`);
        return 0;
      } finally {
        await rt.close();
      }
    }
    case 'send': {
      const rt = await createRuntime(config, { migrate: 'require', inProcess: true });
      const transport = createMailTransport(config);
      try {
        const counts: Partial<Record<DigestOutcome | 'failed', number>> = {};
        for (const s of await listActiveSubscriptions(rt.ctx.db)) {
          let outcome: DigestOutcome | 'failed';
          try {
            outcome = await sendDigest(rt.ctx, { subscriptionId: s.id, day: values.date! }, transport);
          } catch (err) {
            rt.ctx.log.warn({ subscription_id: s.id, err }, 'digest: send failed');
            outcome = 'failed';
          }
          counts[outcome] = (counts[outcome] ?? 0) + 1;
          process.stdout.write(`${s.email}\t${outcome}\n`);
        }
        process.stderr.write(`digest: ${JSON.stringify(counts)}\n`);
        return counts.failed ? 1 : 0;
      } finally {
        transport.close();
        await rt.close();
      }
    }
    case 'tick': {
      const rt = await createRuntime(config, { migrate: 'require', inProcess: true });
      const transport = createMailTransport(config);
      try {
        const summary = await runDigestTick(rt.ctx, transport, rt.ctx.now());
        process.stderr.write(`digest: ${summary.due} due ${JSON.stringify(summary.outcomes)}\n`);
        return summary.outcomes.failed ? 1 : 0;
      } finally {
        transport.close();
        await rt.close();
      }
    }
    case 'subscribe': {
      const parsed = SubscribeSchema.safeParse({
        email: positionals[0],
        timeZone: values.tz ?? 'UTC',
        sendAt: values.at ?? '07:00',
        sendEmpty: values['send-empty'],
      });
      if (!parsed.success) throw new Error(`digest subscribe: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'email'}: ${i.message}`).join('; ')}`);
      const rt = await createRuntime(config, { migrate: 'apply', inProcess: true });
      const transport = createMailTransport(config);
      try {
        const r = await subscribe(rt.ctx, parsed.data, transport);
        process.stderr.write(
          r.status === 'already-confirmed'
            ? `digest: ${r.subscription.email} is already subscribed\n`
            : `digest: confirmation sent to ${r.subscription.email}; the digest starts once the link is opened\n`,
        );
        return 0;
      } finally {
        transport.close();
        await rt.close();
      }
    }
    default:
      throw new Error('digest: expected `digest preview --date D --out FILE`, `digest send --date D`, `digest tick` or `digest subscribe EMAIL`');
  }
}
