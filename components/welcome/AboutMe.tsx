import { englishHint } from '../../lib/settings/language';
import type { Me } from '../../lib/settings/schema';
import { Field, TextField } from './fields';

const GUIDANCE: [Me['guidance'][number], string][] = [
  ['technical', 'Technical advice'],
  ['career', 'Career strategy'],
  ['organisation', 'Navigating an organisation'],
  ['encouragement', 'Encouragement'],
];

/** ARCHITECTURE.md §1: know who you are and what you want before you ask. */
export function AboutMe({ me, onChange }: { me: Me; onChange: (m: Me) => void }) {
  const set = (k: keyof Me) => (v: string) => onChange({ ...me, [k]: v });
  const toggle = (g: Me['guidance'][number]) =>
    onChange({ ...me, guidance: me.guidance.includes(g) ? me.guidance.filter((x) => x !== g) : [...me.guidance, g] });
  return (
    <fieldset>
      <legend>About me</legend>
      <TextField id="me-name" label="Your name" value={me.name} onInput={set('name')} />
      <TextField id="me-role" label="Your role" value={me.role} onInput={set('role')} />
      <TextField id="me-org" label="Your organisation" value={me.organisation} onInput={set('organisation')} />
      <TextField id="me-what" label="What I do, in one line" hint={englishHint(me.whatIDo) || 'For example: I build payment tools for small shops.'} value={me.whatIDo} onInput={set('whatIDo')} />
      <TextField id="me-short" label="Short-term goal (6 to 12 months)" hint={englishHint(me.shortTermGoal) || undefined} value={me.shortTermGoal} onInput={set('shortTermGoal')} multiline />
      <TextField id="me-long" label="Long-term goal (3 to 5 years)" hint={englishHint(me.longTermGoal) || undefined} value={me.longTermGoal} onInput={set('longTermGoal')} multiline />
      <TextField
        id="me-skills"
        label="Skills or knowledge I'm missing"
        hint="Separate them with commas."
        value={me.missingSkills.join(', ')}
        onInput={(v) => onChange({ ...me, missingSkills: v.split(',').map((x) => x.trimStart()).filter((x, i, a) => x || i === a.length - 1).slice(0, 20) })}
      />
      <TextField id="me-school" label="My school (optional)" hint="Shared ground makes a good opening." value={me.school} onInput={set('school')} />
      <TextField id="me-city" label="My city (optional)" value={me.city} onInput={set('city')} />
      <Field id="me-guidance" label="The guidance I want">
        <div id="me-guidance" class="row" role="group" aria-label="The guidance I want">
          {GUIDANCE.map(([g, label]) => (
            <label key={g} class="chip radio">
              <input type="checkbox" checked={me.guidance.includes(g)} onChange={() => toggle(g)} />
              {label}
            </label>
          ))}
        </div>
      </Field>
    </fieldset>
  );
}
