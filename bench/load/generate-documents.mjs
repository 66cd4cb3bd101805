// Generates distinct, realistic-looking English news articles for load tests (never for evaluation): each
// article mixes sentences drawn from the White House corpus (`corpus/whitehouse-dprk/docs` of the shared data
// folder, read in place, never copied into the repository) with sanctions-relevant sentences built from
// templates over invented people, companies, vessels, ports and dates, so that the real pipeline finds entities,
// events (transfers, meetings, denials) and findings in them. Deterministic for a given seed.
// Usage: node bench/load/generate-documents.mjs OUT_DIR [count=10000] [seed=20261122]
// As a module: import { generateDocuments } from './generate-documents.mjs'.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// mulberry32: a tiny seeded generator, so the same seed always gives the same documents.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Sentences of 8–40 words from the corpus's prose: markdown, links and list items are dropped.
export function corpusSentences(shared) {
  const folder = join(shared, 'corpus', 'whitehouse-dprk', 'docs');
  const sentences = new Set();
  for (const file of readdirSync(folder).sort()) {
    let text = readFileSync(join(folder, file), 'utf8');
    text = text.replace(/^---[\s\S]*?\n---\n/, '');
    for (const paragraph of text.split(/\n\s*\n/)) {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      if (/[*#<>|[\]_`]|https?:|Q |^[-•]/.test(flat)) continue;
      for (const s of flat.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        const words = s.split(' ').length;
        if (words >= 8 && words <= 40 && /^[A-Z][^"“”:]*[.]$/.test(s) && !/\b(Q|MR|MS)\b/.test(s)) sentences.add(s);
      }
    }
  }
  return [...sentences];
}

const given = {
  ko: ['Kim Chol', 'Ri Song', 'Pak Myong', 'Choe Yong', 'Jang Il', 'Ko Sun', 'Han Kwang', 'O Chang', 'Yun Tae', 'Ryu Jin'],
  ru: ['Arkady', 'Boris', 'Gennady', 'Igor', 'Konstantin', 'Leonid', 'Nikolai', 'Oleg', 'Pavel', 'Stanislav', 'Yuri', 'Vadim'],
  en: ['Alice', 'Daniel', 'Grace', 'Henry', 'Laura', 'Martin', 'Nora', 'Peter', 'Rachel', 'Simon', 'Teresa', 'Walter'],
};
const family = {
  ko: ['Su', 'Hyok', 'Nam', 'Chol', 'Gun', 'Hak', 'Jun', 'Sik', 'Ho', 'Man', 'Bom', 'Dok'],
  ru: ['Abramov', 'Belyaev', 'Dorofeev', 'Gromov', 'Kalinin', 'Lebedev', 'Morozov', 'Orlov', 'Rybakov', 'Sokolov', 'Tarasov', 'Zaitsev', 'Voronin', 'Yegorov'],
  en: ['Adler', 'Brennan', 'Carver', 'Dalton', 'Ellison', 'Fischer', 'Garland', 'Hollis', 'Irving', 'Jensen', 'Keller', 'Lowry', 'Mercer', 'Norwood'],
};
const companyWords = ['Amur', 'Baikal', 'Chollima', 'Daedong', 'Eastern', 'Golden', 'Haerim', 'Kumsong', 'Morning', 'Northern', 'Ocean', 'Paektu', 'Polar', 'Rason', 'Sungri', 'Taiga', 'Ussuri', 'Volga'];
const companyKinds = ['Trading Company', 'Shipping Company', 'Logistics LLC', 'General Corporation', 'Machinery Corporation', 'Export Corporation'];
const vesselNames = ['Angara', 'Lady Rose', 'Maia-1', 'Sparta IV', 'Ursa Minor', 'Kholmsk', 'Lazurit', 'Bella', 'Vostok Star', 'Orion 7', 'Sea Pearl', 'Chon Ma San'];
const ports = ['Rajin', 'Nampo', 'Chongjin', 'Vostochny', 'Vladivostok', 'Nakhodka', 'Dunai', 'Slavyanka', 'Wonsan'];
const items = [
  ['artillery shells', 'containers of'], ['ballistic missiles', ''], ['rockets', ''], ['ammunition', 'tons of'],
  ['rifles', ''], ['refined petroleum', 'barrels of'], ['crude oil', 'barrels of'], ['luxury cars', ''],
  ['machine tools', ''], ['steel', 'tons of'], ['drones', ''], ['missile components', 'crates of'],
];
const sources = ['U.S. officials', 'the State Department', 'South Korean intelligence', 'the Multilateral Sanctions Monitoring Team', 'satellite imagery analysts', 'Japanese officials', 'a UN report'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function* generateDocuments(shared, count = 10000, seed = 20261122) {
  const corpus = corpusSentences(shared);
  const r = random(seed);
  const pick = list => list[Math.floor(r() * list.length)];
  const person = origin => `${pick(given[origin])} ${pick(family[origin])}`;
  const company = () => `${pick(companyWords)} ${pick(companyWords)} ${pick(companyKinds)}`;
  const quantity = () => (Math.floor(r() * 90) + 1) * pick([10, 100, 1000]);
  const fill = n => Array.from({ length: n }, () => pick(corpus)).join(' ');
  for (let i = 0; i < count; i++) {
    const year = 2023 + Math.floor(r() * 3);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const when = `${months[month]} ${year}`;
    const [item, unit] = pick(items);
    const q = `${quantity().toLocaleString('en-US')} ${unit ? unit + ' ' : ''}${item}`;
    const firm = company(), trader = person('ko'), official = person('ru'), analyst = person('en');
    const vessel = pick(vesselNames), port = pick(ports), source = pick(sources);
    const northToRussia = /shell|missile|rocket|ammunition|rifle/.test(item);
    const [from, to] = northToRussia ? ['North Korea', 'Russia'] : ['Russia', 'North Korea'];
    const lead = pick([
      `${from} delivered ${q} to ${to} in ${when}, according to ${source}.`,
      `${firm} shipped ${q} from ${port} to ${to} in ${when}, ${source} said.`,
      `${from} supplied ${q} to ${to} in ${when}, according to ${source}.`,
      `${from} is expected to send ${q} to ${to} by ${when}, ${source} said.`,
    ]);
    const second = pick([
      `The cargo left the port of ${port} aboard the vessel ${vessel}, which was tracked by ${analyst}, an analyst at the Center for Maritime Studies.`,
      `${trader}, a representative of ${firm}, met ${official} in ${pick(['Vladivostok', 'Pyongyang', 'Moscow', 'Khabarovsk'])} in ${when}.`,
      `North Korean workers were sent to ${pick(['Vladivostok', 'Khabarovsk', 'Tomsk', 'Novosibirsk'])} to work on construction sites, ${source} said.`,
    ]);
    const denial = pick([
      `${to === 'Russia' ? 'Russia' : 'North Korea'} denied that it had received any ${item} from ${from}.`,
      `Kremlin spokesman Dmitry Peskov said the reports were false.`,
      `${official}, a Russian official, said the reports were baseless.`,
      `${analyst} said the figures could not be verified independently.`,
    ]);
    const title = pick([
      `${source[0].toUpperCase() + source.slice(1)}: ${from} sent ${item} to ${to}`,
      `${firm} linked to ${item} shipments`,
      `Report: ${item} moved through ${port} in ${when}`,
      `${vessel} tracked near ${port}`,
    ]) + ` (${i + 1})`;
    const text = [
      `${lead} ${second}`,
      fill(2 + Math.floor(r() * 2)),
      denial + ' ' + fill(1),
      fill(2 + Math.floor(r() * 3)),
    ].join('\n\n');
    yield { name: `gen-${String(i).padStart(5, '0')}.md`, published, title, text };
  }
}

// Writes each document as Markdown with the corpus's front matter (date and title), as the ingest reader expects.
export function writeDocuments(out, shared, count, seed) {
  mkdirSync(out, { recursive: true });
  let words = 0, n = 0;
  for (const d of generateDocuments(shared, count, seed)) {
    writeFileSync(join(out, d.name), `---\ndate: '${d.published}'\ntitle: ${JSON.stringify(d.title)}\n---\n\n${d.text}\n`);
    words += d.text.split(/\s+/).length;
    n++;
  }
  return { documents: n, words };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const shared = process.env.SANCTIONWATCH_SHARED || resolve(root, '..', 'shared');
  const [out, count = '10000', seed = '20261122'] = process.argv.slice(2);
  if (!out) { console.error('usage: node bench/load/generate-documents.mjs OUT_DIR [count] [seed]'); process.exit(2); }
  const { documents, words } = writeDocuments(out, shared, Number(count), Number(seed));
  console.log(`wrote ${documents} documents, ${words} words (${(words / documents).toFixed(0)} per document) to ${out}`);
}
