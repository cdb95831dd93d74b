/**
 * The long hostile-file run (npm run test:hostile): the corpus from several seeds, every file
 * through every import kind. Prints the figures and every file that took over 10 s, was not
 * refused in one sentence, or changed the data folder.
 * Usage: tsx test/hostile/long.ts [number of seeds = 5]
 */
import { fuzzImports } from './fuzz-imports';

const seeds = Number(process.argv[2] ?? 5);
let bad = 0;
for (let seed = 1; seed <= seeds; seed++) {
  const { outcomes, ...figures } = await fuzzImports({ seed, lanes: 2 });
  console.log(`seed ${seed}:`, JSON.stringify(figures));
  for (const o of outcomes) {
    const sentence =
      o.result.ok || (o.result.code === 'REJECTED' && o.result.message.includes(`“${o.file}”`) && !o.result.message.includes('\n'));
    if (o.ms > 10_000 || !sentence) {
      bad++;
      console.log(`  ${o.file} (${o.kind}) ${Math.round(o.ms)} ms: ${o.result.ok ? 'read' : `${o.result.code} ${o.result.message}`}`);
    }
  }
  if (figures.changed.length) bad++;
}
console.log(bad ? `${bad} problems` : 'no problems');
process.exit(bad ? 1 : 0);
