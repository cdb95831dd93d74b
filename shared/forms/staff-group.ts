import type { Category, Establishment } from '../domain/codes';

/**
 * Staff groups as the real result sheets keep them apart (reference §4B: 机关和参公 and 事业单位 on
 * separate sheets), plus the groups the bureau's own rule adds (工勤, 编外聘用, 合署办公).
 */
export const STAFF_GROUPS = ['civil', 'referenced', 'institution', 'worker', 'contract', 'coLocated', 'other'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

export const STAFF_GROUP_LABELS: Record<StaffGroup, string> = {
  civil: '公务员',
  referenced: '参照公务员法管理人员',
  institution: '事业单位工作人员',
  worker: '工勤人员',
  contract: '编外聘用人员',
  coLocated: '合署办公人员',
  other: '其他人员',
};

const BY_CATEGORY: Record<Category, StaffGroup> = {
  公务员: 'civil',
  参照管理机关工作人员: 'referenced',
  参照管理事业单位工作人员: 'referenced',
  事业单位管理人员: 'institution',
  事业单位专业技术人员: 'institution',
  在机关工作的事业编制人员: 'institution',
  机关工勤人员: 'worker',
  事业单位工勤人员: 'worker',
  编外聘用人员: 'contract',
  合署办公人员: 'coLocated',
  其他人员: 'other',
};

const BY_ESTABLISHMENT: Record<Establishment, StaffGroup> = {
  行政编制: 'civil',
  '事业编制（参公）': 'referenced',
  '事业编制（其他）': 'institution',
  工勤编制: 'worker',
  编外聘用: 'contract',
  合署办公: 'coLocated',
  其他编制: 'other',
};

/** By 人员类别; an imported roster often lacks it, then by 编制类型 (neither: 其他人员). */
export function staffGroup(category: Category | string | null, establishment: Establishment | string | null): StaffGroup {
  if (category && category in BY_CATEGORY) return BY_CATEGORY[category as Category];
  if (establishment && establishment in BY_ESTABLISHMENT) return BY_ESTABLISHMENT[establishment as Establishment];
  return 'other';
}

/**
 * The shapes of the 登记表: 公务员 (reference §2A, §5A), 事业单位 (§2A′, §5B), and the bureau's own
 * form for everyone else (机关工勤, 编外聘用, 合署办公 …): the 公务员 shape for 平时考核, the 事业单位
 * shape (合格 scale) for 年度考核, titled for the people it is for.
 */
export const REGISTER_VARIANTS = ['civil', 'institution', 'staff'] as const;
export type RegisterVariant = (typeof REGISTER_VARIANTS)[number];
export const REGISTER_VARIANT_LABELS: Record<RegisterVariant, string> = {
  civil: '公务员登记表',
  institution: '事业单位工作人员登记表',
  staff: '本局通用登记表（以人员类别为标题）',
};

/** Which form a staff group gets unless the settings say otherwise: nobody gets the 事业单位 form by accident. */
const DEFAULT_VARIANT: Record<StaffGroup, RegisterVariant> = {
  civil: 'civil',
  referenced: 'civil',
  institution: 'institution',
  worker: 'staff',
  contract: 'staff',
  coLocated: 'staff',
  other: 'staff',
};

/** Who the bureau's own form is titled for: '编外聘用人员' → 编外聘用人员平时考核登记表. */
const STAFF_TITLES: Partial<Record<Category, string>> = {
  机关工勤人员: '机关工勤人员',
  事业单位工勤人员: '事业单位工勤人员',
  编外聘用人员: '编外聘用人员',
  合署办公人员: '合署办公人员',
};
const STAFF_TITLES_BY_GROUP: Record<StaffGroup, string> = {
  civil: '公务员',
  referenced: '工作人员',
  institution: '事业单位工作人员',
  worker: '工勤人员',
  contract: '编外聘用人员',
  coLocated: '合署办公人员',
  other: '工作人员',
};

export interface RegisterChoice {
  variant: RegisterVariant;
  /** Whom the bureau's own form is titled for (used only by the staff variant). */
  who: string;
}

/**
 * The 登记表 a person gets: the bureau's choice for their 人员类别 (settings), else the default of
 * their staff group. Without a 人员类别 the 编制类型 decides the group.
 */
export function registerChoice(
  category: Category | string | null,
  establishment: Establishment | string | null,
  chosen: Partial<Record<Category, RegisterVariant>>,
): RegisterChoice {
  const group = staffGroup(category, establishment);
  const own = category ? chosen[category as Category] : undefined;
  return {
    variant: own ?? DEFAULT_VARIANT[group],
    who: (category && STAFF_TITLES[category as Category]) || STAFF_TITLES_BY_GROUP[group],
  };
}

/** Copies on the same kind of form share one layout: this names the kind. */
export const registerChoiceKey = (c: RegisterChoice) => (c.variant === 'staff' ? `staff:${c.who}` : c.variant);

/** The default form of each 人员类别, as the settings page shows it before any choice. */
export function defaultRegisterVariant(category: Category): RegisterVariant {
  return DEFAULT_VARIANT[BY_CATEGORY[category]];
}
