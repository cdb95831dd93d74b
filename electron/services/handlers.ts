import type { Channel } from '../../shared/api/channels';
import type { Output, ParsedInput } from '../../shared/api/contract';
import { stat } from 'node:fs/promises';
import { writeFullBundle } from './backup/bundle';
import { listSnapshots } from './backup/snapshots';
import type { DeskContext } from './context';
import { appStatus, createOrganisation, loadDemo } from './org/setup';
import { getSettings, saveSettings } from './org/settings';
import { getPerson, revealIdNumber, savePerson, setPersonStatus, transferPerson } from './roster/people';
import { listPeople } from './roster/people-query';
import { listRoles, removeRole, saveRole } from './roster/roles';
import { exportRoster } from './roster/roster-export';
import { commitImport, importErrorReport, previewImport } from './imports/imports';
import { exportRecordsSheet } from './periods/records-sheet';
import { exportReviewSheet } from './periods/review-sheet';
import { deactivateUnit, listUnits, moveUnit, saveUnit } from './roster/units';
import { verifyData } from './verify';
import { cancelJob, jobProgress } from './jobs';
import { annualReport } from './grading/annual';
import { gradeStatistics } from './grading/stats';
import { acknowledgeAccountability, getGrading, gradingFeedback, overrideGrade, resolveTie, runGrading } from './grading/grading';
import { closeCase, decideTolerance, deleteIncident, listIncidents, saveIncident } from './incidents/incidents';
import { advancePeriod, getPeriod, listPeriods, openPeriod, setPeriodState, setUndetermined } from './periods/periods';
import { deleteRecord, listRecordReviews, listRecords, recordCoverage, reviewRecords, saveRecord } from './periods/records';
import { reviewGrid, saveReview } from './periods/reviews';
import { getSummary, saveSummary } from './periods/summaries';
import { exportForm, previewForm } from './forms/forms';
import { exportAudit, queryAudit } from './audit/audit-query';
import { revealIncidentReason } from './incidents/incidents';
import type { Admitted } from './access/access';
import { AppError } from './app-error';

type Handler<C extends Channel> = (ctx: DeskContext, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** The one table every transport (IPC, HTTP host, tests) dispatches to. */
export const handlers: Handlers = {
  'app:status': (ctx) => appStatus(ctx),
  'org:create': createOrganisation,
  'org:loadDemo': loadDemo,
  'units:list': (ctx) => listUnits(ctx),
  'units:save': saveUnit,
  'units:move': (ctx, i) => moveUnit(ctx, i.id, i.direction),
  'units:deactivate': (ctx, i) => deactivateUnit(ctx, i.id),
  'people:list': listPeople,
  'people:get': (ctx, i) => getPerson(ctx, i.id),
  'people:save': savePerson,
  'people:transfer': transferPerson,
  'people:setStatus': setPersonStatus,
  'people:revealId': (ctx, i) => revealIdNumber(ctx, i.id),
  'roles:list': (ctx) => listRoles(ctx),
  'roles:save': saveRole,
  'roles:remove': (ctx, i) => removeRole(ctx, i.id),
  'data:backup': async (ctx, i) => {
    await ctx.folder.flush();
    await writeFullBundle(ctx.folder.dir, i.file, '手动备份', ctx.folder.org?.data.organisation.name ?? null);
    await ctx.folder.audit.append(ctx.actor, { action: 'data.backup', target: 'data', summary: `备份数据到 ${i.file}` });
    return { file: i.file, bytes: (await stat(i.file)).size };
  },
  'data:restore': async (ctx, i) => {
    const safetySnapshot = await ctx.folder.restore(i.file);
    await ctx.folder.audit.append(ctx.actor, {
      action: 'data.restore',
      target: 'data',
      summary: `从 ${i.file} 恢复数据（恢复前的数据已自动备份为 ${safetySnapshot}）`,
    });
    return { restoredFrom: i.file, safetySnapshot, status: appStatus(ctx) };
  },
  'data:verify': (ctx) => verifyData(ctx),
  'data:snapshots': (ctx) => listSnapshots(ctx.folder.dir),
  'import:preview': previewImport,
  'import:commit': commitImport,
  'import:errorReport': importErrorReport,
  'roster:export': exportRoster,
  'jobs:progress': (_ctx, i) => jobProgress(i.jobId),
  'jobs:cancel': (_ctx, i) => cancelJob(i.jobId),
  'audit:recent': (ctx, i) => ctx.folder.audit.recent(i.limit),
  'periods:list': (ctx) => listPeriods(ctx),
  'periods:open': openPeriod,
  'periods:get': (ctx, i) => getPeriod(ctx, i.id),
  'periods:setState': setPeriodState,
  'periods:advance': (ctx, i) => advancePeriod(ctx, i.id),
  'periods:setUndetermined': setUndetermined,
  'records:list': listRecords,
  'records:save': saveRecord,
  'records:delete': deleteRecord,
  'records:review': reviewRecords,
  'records:reviews': listRecordReviews,
  'records:coverage': recordCoverage,
  'summaries:get': getSummary,
  'summaries:save': saveSummary,
  'reviews:grid': reviewGrid,
  'reviews:save': saveReview,
  'reviews:exportSheet': exportReviewSheet,
  'records:exportSheet': exportRecordsSheet,
  'grading:get': (ctx, i) => getGrading(ctx, i.periodId),
  'grading:run': (ctx, i) => runGrading(ctx, i.periodId),
  'grading:resolveTie': resolveTie,
  'grading:override': overrideGrade,
  'grading:acknowledge': (ctx, i) => acknowledgeAccountability(ctx, i.periodId),
  'grading:feedback': gradingFeedback,
  'stats:grades': gradeStatistics,
  'settings:get': (ctx) => getSettings(ctx),
  'settings:save': saveSettings,
  'annual:get': (ctx, i) => annualReport(ctx, i.year),
  'incidents:list': listIncidents,
  'incidents:save': saveIncident,
  'incidents:delete': deleteIncident,
  'incidents:tolerance': decideTolerance,
  'incidents:closeCase': closeCase,
  'forms:preview': previewForm,
  'forms:export': exportForm,
  'auth:status': (ctx) => ctx.access.status(ctx.session),
  'auth:setup': (ctx, i) => ctx.access.setup(ctx.actor, i),
  'auth:unlock': (ctx, i) => ctx.access.unlock(i),
  'auth:lock': (ctx) => ctx.access.lock(ctx.session),
  'auth:changePassword': (ctx, i) => ctx.access.changePassword(signedIn(ctx), i),
  'auth:saveUser': (ctx, i) => ctx.access.saveUser(ctx.actor, i),
  'auth:removeUser': (ctx, i) => ctx.access.removeUser(ctx.actor, i),
  'auth:settings': (ctx, i) => ctx.access.settings(ctx.actor, i),
  'auth:disable': (ctx, i) => ctx.access.disable(signedIn(ctx), i),
  'audit:query': queryAudit,
  'audit:export': exportAudit,
  'incidents:revealReason': (ctx, i) => revealIncidentReason(ctx, i.id),
};

/** Calls about one's own password need a signed-in user (there is none while no password is set). */
function signedIn(ctx: DeskContext): Admitted {
  if (!ctx.session) throw new AppError('REJECTED', '还没有设置访问密码。');
  return ctx.session;
}
