/** What "complete output" means (brief): no gaps, no placeholders, no leaked values, clean punctuation. */
export function incomplete(text: string): string[] {
  const found: string[] = [];
  const bad: [string, RegExp][] = [
    ['undefined', /\bundefined\b/i],
    ['null', /\bnull\b/i],
    ['NaN', /\bNaN\b/],
    ['[placeholder]', /\[[^\]]*\]/],
    ['{placeholder}', /[{}]/],
    ['<placeholder>', /<[^>]*>/],
    ['flourish marker', /\^/],
    ['doubled space', / {2}/],
    ['".."', /(?<!\.)\.\.(?!\.)/],
    ['" ,"', / ,/],
    ['",."', /,\./],
    ['" ."', / \./],
    ['empty quotes', /""|“”/],
    ['dangling "at"', /\bat\s*[.,]/],
    ['empty line content', /\n[ \t]+\n/],
    ['trailing space', /[ \t]\n|[ \t]$/],
    ['three blank lines', /\n{3,}/],
    ['"a a"/"an an"', /\b(a|an|the) (a|an|the)\b/i],
  ];
  for (const [name, re] of bad) if (re.test(text)) found.push(name);
  if (!text.trim()) found.push('empty');
  return found;
}

/** The body with the blanks a draft marks for the user ("[name]", when the page could not be read) filled in. */
export function filledIn(d: { body: string; blanks?: readonly string[] }): string {
  return d.blanks && d.blanks.length > 0 ? d.body.replace(/\[[^\]\n]{1,80}\]/g, 'Filled') : d.body;
}
