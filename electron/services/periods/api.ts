import type { periodsChannels } from '../../../shared/api/capabilities/periods';
import type { HandlersOf } from '../handler';
import { advancePeriod, getPeriod, listPeriods, openPeriod, setPeriodState, setUndetermined } from './periods';
import { exportRecordsSheet } from './records-sheet';
import { deleteRecord, listRecordReviews, listRecords, recordCoverage, reviewRecords, saveRecord } from './records';
import { exportReviewSheet } from './review-sheet';
import { checkReview, reviewGrid, saveReview } from './reviews';
import { getSummary, saveSummary } from './summaries';

export const periodsApi: HandlersOf<typeof periodsChannels> = {
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
  'records:exportSheet': exportRecordsSheet,
  'summaries:get': getSummary,
  'summaries:save': saveSummary,
  'reviews:grid': reviewGrid,
  'reviews:save': saveReview,
  'reviews:check': checkReview,
  'reviews:exportSheet': exportReviewSheet,
};
