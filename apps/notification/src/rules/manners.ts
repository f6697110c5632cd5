/**
 * Good manners, as pure functions of time (all instants are UTC Dates; the rules are in Bangkok time,
 * UTC+7 all year, no daylight saving): no message from 21:00 to 07:00 unless its deadline falls in that
 * night; a deadline reminder whose time falls in the night goes at 20:00 the evening before instead;
 * at most one message per user per order and channel per hour (later ones wait and go merged).
 */
const BANGKOK_OFFSET_MS = 7 * 3600_000;
export const QUIET_START_HOUR = 21;
export const QUIET_END_HOUR = 7;
/** the latest hour a reminder about a deadline in the coming night goes out */
export const EVENING_CUTOFF_HOUR = 20;
export const MERGE_WINDOW_MS = 3600_000;
export const REMINDER_LEAD_MS = 6 * 3600_000;

function bangkokHour(t: Date): number {
  return new Date(t.getTime() + BANGKOK_OFFSET_MS).getUTCHours();
}

/** The instant of hour:00 Bangkok on the Bangkok calendar day of t, shifted by `days`. */
function bangkokAt(t: Date, hour: number, days = 0): Date {
  const local = new Date(t.getTime() + BANGKOK_OFFSET_MS);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hour) - BANGKOK_OFFSET_MS,
  );
}

export function isQuiet(t: Date): boolean {
  const h = bangkokHour(t);
  return h >= QUIET_START_HOUR || h < QUIET_END_HOUR;
}

/** The 07:00 that ends the night t is in (t itself when it is not quiet). */
export function quietEnd(t: Date): Date {
  if (!isQuiet(t)) return t;
  return bangkokHour(t) >= QUIET_START_HOUR ? bangkokAt(t, QUIET_END_HOUR, 1) : bangkokAt(t, QUIET_END_HOUR);
}

/** The 21:00 that starts the night t is in. */
function quietStart(t: Date): Date {
  return bangkokHour(t) >= QUIET_START_HOUR ? bangkokAt(t, QUIET_START_HOUR) : bangkokAt(t, QUIET_START_HOUR, -1);
}

/** True when a deadline falls before the end of the night `now` is in (then waiting for 07:00 is too late). */
export function deadlineWithinNight(now: Date, deadline: Date | null): boolean {
  return !!deadline && isQuiet(now) && deadline.getTime() <= quietEnd(now).getTime();
}

/**
 * When to remind of a deadline: 6 hours before it; if that is in the night and the deadline is in the same
 * night, at 20:00 the evening before; if that is in the night and the deadline after it, at 07:00.
 */
export function reminderAt(deadline: Date): Date {
  const t = new Date(deadline.getTime() - REMINDER_LEAD_MS);
  if (!isQuiet(t)) return t;
  const end = quietEnd(t);
  if (deadline.getTime() <= end.getTime()) return bangkokAt(quietStart(t), EVENING_CUTOFF_HOUR);
  return end;
}

export interface PendingMessage {
  /** when it may go at the earliest */
  notBefore: Date;
  /** the deadline it is about, if any */
  deadline: Date | null;
}

/**
 * When a pending message (or group merged into one) may go, given the last message sent to the same
 * user about the same order on the same channel. Returns `now` when it may go now.
 */
export function nextSendTime(now: Date, pending: PendingMessage[], lastSentAt: Date | null): Date {
  let at = new Date(Math.max(now.getTime(), ...pending.map((p) => p.notBefore.getTime())));
  if (lastSentAt && at.getTime() < lastSentAt.getTime() + MERGE_WINDOW_MS)
    at = new Date(lastSentAt.getTime() + MERGE_WINDOW_MS);
  const urgent = pending.some((p) => deadlineWithinNight(at, p.deadline));
  if (isQuiet(at) && !urgent) at = quietEnd(at);
  return at;
}

/** The latest hour:00 Bangkok at or before t, and its Bangkok date (YYYY-MM-DD): the daily summary's end. */
export function lastBangkokHour(t: Date, hour: number): { at: Date; day: string } {
  const today = bangkokAt(t, hour);
  const at = today <= t ? today : bangkokAt(t, hour, -1);
  return { at, day: new Date(at.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10) };
}
