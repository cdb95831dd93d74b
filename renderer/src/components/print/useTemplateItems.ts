import { useQuery } from '../../hooks/useQuery';
import type { PrintItem } from './PrintMenu';

/**
 * The clerk's own forms (考核设置 → 表格样式) as items of a period's print menu, for the same
 * people as the built-in 登记表 next to them; none when no template was added.
 */
export function useTemplateItems(periodId: string, scope: { unitId?: string; personId?: string }, who: string): PrintItem[] {
  const templates = useQuery('templates:list', {}).data?.templates ?? [];
  if (templates.length === 0) return [];
  return [
    { key: 'templates-divider', divider: true },
    ...templates.map((t) => ({
      key: `template-${t.id}`,
      label: `${t.name}（${who}）`,
      target: { request: { form: 'template' as const, template: t.id, periodId, ...scope }, title: t.name },
    })),
  ];
}
