/**
 * The dashboard's command path when the background is between stopping and starting (Firefox suspends an idle event
 * page): a message that reached no one is sent again, and one that keeps failing says so in words a person understands.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { command } from '../../../lib/dashboard/command';

const NO_ONE = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
const reply = { ok: true, value: { saved: 1 } };

describe('the dashboard command path', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('sends again a message that reached no listener, and answers with the reply', async () => {
    // The fake browser has no background to stop: its first two sends fail as Firefox's do mid-suspension.
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementationOnce(NO_ONE).mockImplementationOnce(NO_ONE).mockResolvedValue(reply as never);
    await expect(command({ name: 'delete-everything' })).resolves.toEqual({ saved: 1 });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after a few tries with a sentence, never the browser\'s', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(NO_ONE);
    await expect(command({ name: 'delete-everything' })).rejects.toThrow("Coffee Chat's background did not answer. Reload the page and try again.");
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('never sends again after any other failure: that message may have been delivered', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Message too long'));
    await expect(command({ name: 'delete-everything' })).rejects.toThrow('Message too long');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
