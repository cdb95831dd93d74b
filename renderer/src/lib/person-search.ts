import { nameMatches } from '@shared/text/pinyin';

/**
 * showSearch for every person picker: the name, or its 拼音首字母 (wy → 王五). The options carry
 * the bare name as `name` (their label may add the unit). Enter takes the first match (antd).
 */
export const PERSON_SEARCH = {
  filterOption: (input: string, option?: { name?: string }) => nameMatches(option?.name ?? '', input),
};
