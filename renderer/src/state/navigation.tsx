import { createContext, useContext } from 'react';

export type PageKey =
  'home' | 'roster' | 'units' | 'periods' | 'grading' | 'annual' | 'stats' | 'incidents' | 'settings' | 'data' | 'audit';
export type PeriodTab = 'participants' | 'records' | 'summary' | 'reviews';

/** Where a link (a line of the 待办 page) takes the clerk: a page, and on 考核周期 which period, tab and unit. */
export interface NavIntent {
  periodId?: string;
  tab?: PeriodTab;
  /** The unit on show (考核周期's tabs, 表现记录's filter). */
  unitId?: string;
  /** 考核周期: open the 新建考核周期 dialog. */
  newPeriod?: boolean;
}

interface Navigation {
  go: (page: PageKey, intent?: NavIntent) => void;
  /** What the last go() asked the page on show to open. */
  intent: NavIntent;
}

const NavigationContext = createContext<Navigation>({ go: () => undefined, intent: {} });
export const NavigationProvider = NavigationContext.Provider;
export const useNavigation = () => useContext(NavigationContext);
