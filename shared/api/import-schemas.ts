import { z } from 'zod';
import { UNIT_SOURCES } from '../import/unit-resolve';

/**
 * What a roster preview shows besides the rows' changes (issue 13): every column of the file and
 * its use, where each row's unit came from, sheets left aside, and the roles, 表现记录 and annual
 * results the file implies, each to be ticked by the clerk.
 */

/** A column of the file: the field it fills, or none (未使用的列), with a value from under it. */
export const ColumnUseSchema = z.object({
  label: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  sample: z.string().nullable(),
  sheets: z.array(z.string()),
  /** Mapped by the clerk (in this preview or remembered from an earlier import). */
  chosen: z.boolean(),
});
export type ColumnUse = z.infer<typeof ColumnUseSchema>;

export const PROPOSAL_GROUPS = ['role', 'incident', 'annualResult'] as const;
export type ProposalGroup = (typeof PROPOSAL_GROUPS)[number];
export const PROPOSAL_GROUP_LABELS: Record<ProposalGroup, string> = {
  role: '管理职责',
  incident: '表现记录（A14 奖惩）',
  annualResult: '历年年度考核结果（A15 考核）',
};

/** Something the import can also write, offered ticked; `row` indexes the preview's rows. */
export const ImportProposalSchema = z.object({
  id: z.string(),
  group: z.enum(PROPOSAL_GROUPS),
  row: z.number(),
  label: z.string(),
  reason: z.string(),
});
export type ImportProposal = z.infer<typeof ImportProposalSchema>;

export const RosterPreviewSchema = z.object({
  /** 导入到: the unit the clerk chose for rows the file does not place. */
  fileUnitId: z.string().nullable(),
  /** The fields an unused column can be mapped to. */
  fieldChoices: z.array(z.object({ key: z.string(), label: z.string() })),
  proposals: z.array(ImportProposalSchema),
});
export type RosterPreview = z.infer<typeof RosterPreviewSchema>;

/** Header text → field key (CLI: --map 表头=字段, or a JSON file of them). */
export const ColumnMappingSchema = z
  .record(z.string().trim().min(1).max(60), z.string().max(40))
  .refine((m) => Object.keys(m).length <= 200, {
    message: '一次最多对应200列',
  });

export const UnitSourceSchema = z.enum(UNIT_SOURCES);
