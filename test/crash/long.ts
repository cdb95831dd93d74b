/**
 * The long crash campaign (npm run test:crash): many more kills than npm test runs, through the
 * bundled child and through the real browser-mode host over HTTP. Prints the figures.
 * Usage: tsx test/crash/long.ts [kills through the child = 2000] [kills through the host = 100]
 */
import { runCampaign } from './campaign';

const [childKills = 2000, hostKills = 100] = process.argv.slice(2).map(Number);
const progress = (lane: number, kill: number) => kill % 50 === 0 && console.log(`  lane ${lane}: ${kill} kills`);
for (const [transport, kills] of [
  ['child', childKills],
  ['host', hostKills],
] as const) {
  if (!kills) continue;
  const seed = Date.now() % 100_000;
  console.log(`${transport}: ${kills} kills, seed ${seed} …`);
  const stats = await runCampaign({ kills, seed, lanes: 2, transport, onKill: progress });
  console.log(JSON.stringify(stats, null, 2));
}
