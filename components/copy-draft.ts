import { hasSubject } from '../lib/compose/limits';
import type { Channel } from '../lib/tracker/schema';

/** What a page says when the browser refuses the clipboard. */
export const CLIPBOARD_REFUSED = 'The clipboard refused the text. Select the message and copy it with Ctrl+C.';

/** Copy, as every draft does it: the subject goes along where the channel has one (InMail, email). */
export function copyDraft(channel: Channel, text: { subject?: string; body: string }): Promise<void> {
  return navigator.clipboard.writeText(hasSubject(channel) && text.subject ? `${text.subject}\n\n${text.body}` : text.body);
}
