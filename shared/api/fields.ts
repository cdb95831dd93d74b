import { z } from 'zod';
import { GRADES } from '../domain/grade';

/** The small field schemas every capability's inputs are made of. */
export const Id = z.string().min(1).max(64);
export const Empty = z.object({}).strict();
export const FilePath = z.string().trim().min(1, '请指定文件').max(1024);
export const Year = z.number().int().min(2000, '年份应在2000至2100之间').max(2100, '年份应在2000至2100之间');
/** Optional free text: trimmed, at most `max` characters, null when absent. */
export const text = (max: number) => z.string().trim().max(max).nullable().default(null);
export const GradeOrUndeterminedSchema = z.enum([...GRADES, 'undetermined']);
