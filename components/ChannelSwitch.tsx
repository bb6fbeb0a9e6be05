import type { Channel } from '../lib/tracker/schema';

export const CHANNEL_LABELS: Record<Channel, string> = {
  'connection-note': 'Connection note',
  message: 'Message',
  inmail: 'InMail',
  email: 'Email',
};

/** Radio buttons: arrow keys move between channels, as a person expects. */
export function ChannelSwitch({ value, onChange }: { value: Channel; onChange: (c: Channel) => void }) {
  return (
    <fieldset class="channel-switch">
      <legend>Channel</legend>
      <div class="row">
        {(Object.keys(CHANNEL_LABELS) as Channel[]).map((c) => (
          <label key={c} class="chip radio">
            <input type="radio" name="channel" value={c} checked={value === c} onChange={() => onChange(c)} />
            {CHANNEL_LABELS[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
