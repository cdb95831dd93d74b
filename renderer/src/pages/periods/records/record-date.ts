import { toIsoDate } from '@shared/text/ym-date';
import { dotted } from '../../../lib/dates';

type DateResult = { ok: true; value: string } | { ok: false; message: string };

const SHORT = /^(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?$|^(\d{2})(\d{2})$/;

/**
 * A date as a clerk types it from paper, inside a period: the full forms toIsoDate reads
 * (2025-02-14, 2025.2.14, 20250214, 2025年2月14日) and, without the year, 0214 · 2.14 · 2-14 ·
 * 2月14日 — the year is the period's (a period never spans two years). A day after today is
 * refused: a 工作纪实 records work done.
 */
export function parsePeriodDate(text: string, period: { start: string; end: string }, today: string): DateResult {
  const s = text.trim();
  const m = SHORT.exec(s);
  const full = m ? toIsoDate(`${period.start.slice(0, 4)}-${m[1] ?? m[3]}-${m[2] ?? m[4]}`) : toIsoDate(s);
  if (!full.ok) return { ok: false, message: '日期写法不对，可写 0214 或 2025-02-14' };
  if (full.value < period.start || full.value > period.end) {
    return { ok: false, message: `日期应在 ${dotted(period.start)}—${dotted(period.end)} 之内` };
  }
  if (full.value > today) return { ok: false, message: `日期不能晚于今天（${dotted(today)}）：工作纪实记已经做过的工作` };
  return full;
}
