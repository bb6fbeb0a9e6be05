import { readFixtures, SENDERS } from '../tests/unit/compose/senders';
import { composeAsk } from '../lib/compose';
const fx = readFixtures();
const args = process.argv.slice(2);
for (let i=0;i<args.length;i+=3) {
  const p = fx.find((x:any)=>x.name===args[i])!; const s = SENDERS.find(x=>x.id===args[i+1])!;
  const r = composeAsk({ profile: p.profile, me: s.me, channel: args[i+2] as any, myTimeZone: s.myTimeZone, now: new Date('2026-12-01') } as any);
  console.log('==', args[i], args[i+1], r.fit.level, r.fit.note.slice(0,30)); console.log(r.body);
}
