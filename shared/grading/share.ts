/**
 * The one share of a grade the app shows (issue 15: 统计, 汇总表 and the quota line used to take
 * different bases). The base is 参加评定: the people given one of the four grades — the base the
 * 好 quota is counted on; 不确定等次 and people not yet graded are outside it. Every place that
 * prints a percentage names this base next to it.
 */
export const SHARE_BASE = '参加评定';

/** 0.4 → '40%', 1/3 → '33.3%'; '—' when nobody was graded. */
export function sharePercent(count: number, graded: number): string {
  return graded > 0 ? `${Math.round((count / graded) * 1000) / 10}%` : '—';
}

/** “好 20 人，占参加评定 52 人的 38.5%”. */
export const shareText = (label: string, count: number, graded: number): string =>
  `${label} ${count} 人，占${SHARE_BASE} ${graded} 人的 ${sharePercent(count, graded)}`;
