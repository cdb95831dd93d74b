import type { Category, Establishment } from '../domain/codes';

/**
 * The 人员类别 a 编制类型 implies (issue 13 §6), where the roster leaves it blank: 行政编制 → 公务员,
 * 参公 → 参照管理人员, 事业编制 → 事业单位工作人员, 工勤 → 工勤人员, 编外 → 编外聘用人员. Whether the
 * person works in a 二层单位 (事业单位) or in the 机关 decides between the two kinds of each.
 * Null when the 编制 says nothing (其他编制).
 */
export function inferCategory(establishment: Establishment, inSubunit: boolean): Category | null {
  switch (establishment) {
    case '行政编制':
      return '公务员';
    case '事业编制（参公）':
      return inSubunit ? '参照管理事业单位工作人员' : '参照管理机关工作人员';
    case '事业编制（其他）':
      return inSubunit ? '事业单位管理人员' : '在机关工作的事业编制人员';
    case '工勤编制':
      return inSubunit ? '事业单位工勤人员' : '机关工勤人员';
    case '编外聘用':
      return '编外聘用人员';
    case '合署办公':
      return '合署办公人员';
    case '其他编制':
      return null;
  }
}
