import type { gradingChannels } from '../../../shared/api/capabilities/grading';
import type { HandlersOf } from '../handler';
import { annualReport } from './annual';
import { confirmAccountability } from './confirm';
import { getGrading, gradingFeedback, overrideGrade, regradeInOrder, resolveTie, runGrading } from './grading';
import { gradeStatistics } from './stats';

export const gradingApi: HandlersOf<typeof gradingChannels> = {
  'grading:get': (ctx, i) => getGrading(ctx, i.periodId),
  'grading:run': (ctx, i) => runGrading(ctx, i.periodId),
  'grading:resolveTie': resolveTie,
  'grading:override': overrideGrade,
  'grading:confirm': (ctx, i) => confirmAccountability(ctx, { periodId: i.periodId, fingerprints: i.fingerprints ?? null, note: i.note }),
  'grading:regradeInOrder': (ctx, i) => regradeInOrder(ctx, i.periodId),
  'grading:feedback': gradingFeedback,
  'stats:grades': gradeStatistics,
  'annual:get': (ctx, i) => annualReport(ctx, i.year),
};
