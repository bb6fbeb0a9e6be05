/**
 * Free accounts may add a note to only a few invitations a month (ARCHITECTURE.md §3).
 * When none are left: invite without a note, then send the ask as a message.
 */
export function NoteBudget({ left, budget, onInviteWithoutNote }: { left: number; budget: number; onInviteWithoutNote: () => void }) {
  if (left > 0) {
    return (
      <p class="note-budget muted">
        {left} of {budget} personalised notes left this month
      </p>
    );
  }
  return (
    <div class="note-budget card" role="note">
      <p>
        <strong>No personalised notes left this month</strong> ({budget} used). Send the invitation without a note, and send
        this ask as a message once they accept.
      </p>
      <button type="button" onClick={onInviteWithoutNote}>
        Mark invitation sent without a note
      </button>
    </div>
  );
}
