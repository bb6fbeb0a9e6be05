import type { Stage } from '../lib/tracker/schema';

export const STAGE_LABELS: Record<Stage, string> = {
  drafted: 'Drafted',
  invited: 'Invited',
  sent: 'Sent',
  replied: 'Replied',
  scheduled: 'Chat scheduled',
  held: 'Chat held',
  mentoring: 'Mentoring',
  closed: 'Closed',
};

export function StatusBadge({ stage }: { stage: Stage }) {
  return (
    <span class={`badge stage-${stage}`} aria-label={`Status: ${STAGE_LABELS[stage]}`}>
      {STAGE_LABELS[stage]}
    </span>
  );
}
