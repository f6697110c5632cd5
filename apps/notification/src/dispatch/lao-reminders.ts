import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { DataSource } from 'typeorm';
import { ReportingSubjects } from '@app/contracts';
import type { LaoNoticesQuery, LaoNoticesV1 } from '@app/contracts';
import { natsClientProxy } from '@app/messaging';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { laoIntents, previousMonth } from '../rules/lao-rules.js';
import { LaoFlagsToldRepository } from '../store/lao-flags-told.repository.js';
import { Notifier } from '../store/notifier.js';
import { Recipients } from '../store/recipients.repository.js';

const BANGKOK_OFFSET_MS = 7 * 3600_000;
const CHUNK = 500;

/**
 * The LAO administrators' reminders: the month's report due (NOTIFICATION_REPORT_DUE_DAY of the next
 * month) and not submitted, and flagged sales to look at. Reporting publishes no event for either (a
 * submission is one row; flags are computed when asked, from rules that live only there), so the sweep
 * asks it — at most once per NOTIFICATION_LAO_CHECK_INTERVAL_MS — about the LAOs whose administrators
 * this service knows (identity.account_changed). Reporting not answering tells nobody and is asked again
 * at the next sweep.
 */
@Injectable()
export class LaoReminders implements OnApplicationShutdown {
  private readonly logger = new Logger('LaoReminders');
  private readonly client: ClientProxy;
  private lastAsked?: Date;

  constructor(
    private readonly ds: DataSource,
    private readonly notifier: Notifier,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.client = natsClientProxy(config.nats);
  }

  async remind(asOf: Date): Promise<{ reportsDue: number; flaggedSales: number }> {
    const none = { reportsDue: 0, flaggedSales: 0 };
    // a clock moved back (tests) asks again
    if (
      this.lastAsked &&
      asOf >= this.lastAsked &&
      asOf.getTime() - this.lastAsked.getTime() < this.config.laoCheckIntervalMs
    )
      return none;
    const admins = await Recipients.laoAdmins(this.ds.manager);
    this.lastAsked = asOf;
    if (!admins.length) return none;
    const day = new Date(asOf.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
    const month = previousMonth(day);
    const reportDue = Number(day.slice(8, 10)) >= this.config.reportDueDay;
    const out = { ...none };
    for (let i = 0; i < admins.length; i += CHUNK) {
      const chunk = admins.slice(i, i + CHUNK);
      let reply: LaoNoticesV1;
      try {
        reply = await this.ask({ month, laoCodes: chunk.map((a) => a.laoCode) });
      } catch (e) {
        this.lastAsked = undefined;
        this.logger.warn({
          message: 'reporting did not answer; the LAO reminders wait for the next sweep',
          error: String(e),
        });
        return out;
      }
      const usersOf = new Map(chunk.map((a) => [a.laoCode, a.userIds]));
      await this.ds.transaction(async (em) => {
        for (const notice of reply.laos) {
          const told = await LaoFlagsToldRepository.lock(em, notice.laoCode);
          const intents = laoIntents({
            notice,
            month,
            admins: usersOf.get(notice.laoCode) ?? [],
            reportDue,
            flagsTold: told,
            day,
          });
          for (const i of intents) {
            const created = await this.notifier.notify(em, [i], asOf);
            if (i.kind === 'report_due') out.reportsDue += created;
            else out.flaggedSales += created;
          }
          if (told !== notice.openFlaggedSales)
            await LaoFlagsToldRepository.record(em, notice.laoCode, notice.openFlaggedSales, asOf);
        }
      });
    }
    return out;
  }

  private ask(q: LaoNoticesQuery): Promise<LaoNoticesV1> {
    return firstValueFrom(
      this.client
        .send<LaoNoticesV1>(ReportingSubjects.laoNotices, {
          caller: null,
          requestId: 'notification-lao-reminders',
          data: q,
        })
        .pipe(timeout(this.config.rpcTimeoutMs)),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
