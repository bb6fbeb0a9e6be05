import { ImportError } from './errors';

const MAX_CHARS = 200 * 1024 * 1024;
const EXPECTED = "Coffee Chat imports only the .json file that \u201cExport everything (JSON)\u201d makes";

/** What a file that is not JSON looks like, in the user's words, or null when it may be JSON. */
function whatItIs(text: string): string | null {
  const head = text.slice(0, 4096);
  if (/\u0000/.test(head)) return 'This file is not text (it may be a spreadsheet, a zip or an image)';
  const start = head.trimStart();
  if (start === '') return 'This file is empty';
  if (/^</.test(start)) return /^<(!doctype html|html)/i.test(start) ? 'This is a web page (HTML), not an export' : 'This is an XML or HTML file, not an export';
  if (/^[{[]/.test(start)) return null;
  const firstLine = start.split(/\r?\n/, 1)[0]!;
  if (/[,;\t]/.test(firstLine) && start.includes('\n')) {
    const ours = /(^|[,;])"?(Name|name)"?[,;]/.test(firstLine) && /LinkedIn profile|url/i.test(firstLine);
    return ours
      ? "This is Coffee Chat's CSV (the spreadsheet of people), which is made for spreadsheets and can't be imported back"
      : 'This looks like a CSV spreadsheet, not a Coffee Chat export';
  }
  return 'This is a text file but not JSON, so not a Coffee Chat export';
}

/**
 * The file's text as JSON, or an ImportError that says what the file is and what is expected.
 * A UTF-8 byte-order mark (editors on Windows add one) is accepted.
 */
export function parseExportText(input: string): unknown {
  if (input.length > MAX_CHARS) throw new ImportError([`the file is over 200 MB, too big to be an export. ${EXPECTED}`]);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const what = whatItIs(text);
  if (what) throw new ImportError([`${EXPECTED}.`], what);
  try {
    return JSON.parse(text);
  } catch {
    // Not the parser's words ("Unexpected token … at position 4"): they mean nothing to the user.
    throw new ImportError(['the JSON stops early or is broken, so it may be cut off or damaged. Export again and import the new file'], 'This file is not complete JSON');
  }
}
