interface Props {
  /** The composer's poor-fit note ("Nothing on their page bears clearly on your goal: add why you chose them…"). */
  note: string;
  why: string;
  onWhy: (text: string) => void;
}

/**
 * The poor-fit note and the place to answer it: only the user knows why they chose this person, and their
 * reason goes into the draft as "I'm writing to you because …" (lib/compose userReason). Once they give one,
 * the note has done its work and steps aside.
 */
export function WhyThem({ note, why, onWhy }: Props) {
  return (
    <div class="why-them">
      {!why.trim() && note && <p class="hint fit" role="note">{note}</p>}
      <label for="why-them">Why them? It finishes "I'm writing to you because…"</label>
      <input id="why-them" type="text" maxLength={300} value={why} placeholder="you moved from nursing into product work" onInput={(e) => onWhy(e.currentTarget.value)} />
    </div>
  );
}
