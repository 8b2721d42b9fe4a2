/** One word for a POSIX shell command line: "it's" → "'it'\''s'". Plain words stay as they are; "" is ''. */
export const shellQuote = (word: string): string => (/^[-\w./=:@%+,]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);
