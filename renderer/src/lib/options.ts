/** A code list as Select / AutoComplete options; the label defaults to the code itself. */
export const codeOptions = <T extends string>(list: readonly T[], label: (code: T) => string = (code) => code) =>
  list.map((value) => ({ value, label: label(value) }));
