import type { Profile } from '../lib/linkedin/schema';
import type { Stage } from '../lib/tracker/schema';
import { StatusBadge } from './StatusBadge';

/** Who this is, at a glance: name, headline, current role. */
export function ProfileCard({ profile, stage }: { profile: Profile; stage?: Stage }) {
  const c = profile.current;
  const role = c ? (c.title ? `${c.title} at ${c.company}` : c.company) : null;
  return (
    <section class="card profile-card" aria-label="Profile">
      <div class="row">
        <h1 class="profile-name">{profile.fullName ?? 'Unnamed profile'}</h1>
        {stage && <StatusBadge stage={stage} />}
      </div>
      {profile.headline && <p class="muted headline">{profile.headline}</p>}
      {/* The headline often is the role already: say it once. */}
      {role && !profile.headline?.includes(role) && <p class="current-role">{role}</p>}
      {profile.location && <p class="muted">{profile.location}</p>}
    </section>
  );
}
