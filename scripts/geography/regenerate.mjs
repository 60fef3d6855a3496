#!/usr/bin/env node
// Regenerates cls4j's geography (cls-geography/src/main/resources/io/github/cls4j/geography/) from
// the pinned editions of the npm package @etalab/decoupage-administratif (Etalab: INSEE's Code
// officiel géographique and the DGCL's EPCI; data under the Licence Ouverte, code under MIT).
//
//   node scripts/geography/regenerate.mjs
//
// Needs Node 18 or later, npm and tar, and the npm registry. Each edition's package is fetched with
// `npm pack`, checked against the integrity pinned below, and read; the output is one history of
// every edition: a line per state of a commune (or EPCI, département, region) with the editions it
// holds in. Nothing is invented: a value a package does not give is left empty (one is derived: the
// zone of a commune before 2022, metro, drom or com, which the older packages give as a
// collectivité d'outre-mer or a département of 97x, as the later ones then do). The output is the
// same, byte for byte, at every run (sorted, no dates, "\n" line ends); editions.tsv records the
// packages, and sha256sums.txt the SHA-256 of each file written, which a test of cls-geography checks.
//
// To move to a new edition: add it to EDITIONS (its year, the package version the package's README
// gives for that year, and the integrity `npm view @etalab/decoupage-administratif@X dist.integrity`
// prints), run this script, run `mvn -pl cls-geography -am verify`, and commit the output.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@etalab/decoupage-administratif';
/** The yearly editions, as the package's README lists them (there is no 2020 edition of the communes). */
const EDITIONS = [
  { year: 2019, version: '0.7.0', integrity: 'sha512-ezO+LHyIrJjDBlE7DxXSbvHxSliTGT4o4+w1pMaA6FjCVDFiW74zp5Lhmi1GpY2JcelKq4m8zHjDol08O6unqQ==' },
  { year: 2021, version: '1.1.1', integrity: 'sha512-2yD0tkK+As9OlImYdFXn9O1ABtMpExpCq0A7/d/HpruMgg7NYymUeNnHN0r8ICWgcKE//3uvMXeQ00xdOwUiZg==' },
  { year: 2022, version: '2.3.1', integrity: 'sha512-52zR447e9Csr/HkzmLJIrOTCAuwJNd4O9fay8BRgOQUSbqaKOP6vFpsrj5lKlrH9vA+ii07h1TnChdMFZNgcwg==' },
  { year: 2023, version: '3.1.1', integrity: 'sha512-/1yqSlo6Xerdz1MN+rh57hDWcAam18gwSK5u4wFjT1glRUiN/o1A4IQe6pvB9JqGvHv6WbF5X7WyE+yxeMqLig==' },
  { year: 2024, version: '4.1.0', integrity: 'sha512-r0lO1qhb/R7golWwfPbkstpN3WeGuROIHoJhExY7251bkc7tjL48wsnh4/cWAQYux1y/EMSTuOEwiMkh0/mK8g==' },
  { year: 2025, version: '5.3.0', integrity: 'sha512-I7PP8jiNOKwvBbdhoYPiwMaJ27x6aHwwGj5V0DMTOPu2YG6qyhGty1b0SIkCxpSHlUkASEfybISY4ldkTcYbbw==' },
  { year: 2026, version: '6.0.0', integrity: 'sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==' },
];
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cls-geography', 'src', 'main', 'resources', 'io', 'github',
  'cls4j', 'geography');
/** The kinds of commune, as one letter: the package's type. */
const COMMUNE_TYPES = { 'commune-actuelle': 'A', 'commune-deleguee': 'D', 'commune-associee': 'S', 'arrondissement-municipal': 'M' };
const EPCI_TYPES = new Set(['CC', 'CA', 'CU', 'METRO', 'MET69']);

function fetchEdition(edition, work) {
  const folder = join(work, edition.version);
  mkdirSync(folder);
  const packed = JSON.parse(execFileSync('npm', ['pack', `${PACKAGE}@${edition.version}`, '--json', '--pack-destination', folder],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))[0];
  if (packed.integrity !== edition.integrity) {
    throw new Error(`${PACKAGE}@${edition.version}: integrity ${packed.integrity}, pinned ${edition.integrity}`);
  }
  execFileSync('tar', ['xzf', join(folder, packed.filename), '-C', folder]);
  const read = (name) => JSON.parse(readFileSync(join(folder, 'package', 'data', name), 'utf8'));
  return { communes: read('communes.json'), epci: read('epci.json'), departements: read('departements.json'), regions: read('regions.json') };
}

/** A field: the text, with no tab or line break (none is expected; one would break a line). */
function field(value) {
  if (value === undefined || value === null) {
    return '';
  }
  const text = String(value);
  if (/[\t\n\r]/.test(text)) {
    throw new Error(`a tab or line break in ${JSON.stringify(text)}`);
  }
  return text;
}

/** The commune as its state: what does not change from one edition to the next but for a real change. */
function communeState(c) {
  const type = COMMUNE_TYPES[c.type];
  if (!type) {
    throw new Error(`unknown commune type ${c.type} for ${c.code}`);
  }
  // Before 2022 the package gives a collectivité d'outre-mer as an object, and no zone; later as
  // its département and region, with the zone. Both are written as the later ones.
  const com = c.collectiviteOutremer ? c.collectiviteOutremer.code : null;
  const departement = c.departement ?? com;
  const region = c.region ?? com;
  const zone = c.zone ?? (com ? 'com' : departement && departement.startsWith('97') ? 'drom' : 'metro');
  const parent = type === 'M' ? c.commune : type === 'D' || type === 'S' ? c.chefLieu : '';
  const anciens = (c.anciensCodes ?? []).slice().sort().join(' ');
  return [c.code, type, c.nom, departement, region, zone, c.siren, parent, anciens].map(field);
}

/** Adds to {@code history} the state {@code key} in edition {@code index}, with its figure. */
function record(history, key, index, figure) {
  let entry = history.get(key);
  if (!entry) {
    entry = { editions: new Array(EDITIONS.length).fill(false), figures: new Array(EDITIONS.length).fill('') };
    history.set(key, entry);
  }
  if (entry.editions[index]) {
    throw new Error(`${key.split('\t').slice(0, 2).join(' ')} twice in edition ${EDITIONS[index].year}`);
  }
  entry.editions[index] = true;
  entry.figures[index] = field(figure);
}

/** The lines of {@code history}: the state, the editions as a mask of 0 and 1, the figures of its editions. */
function lines(history) {
  return [...history.entries()].map(([key, entry]) => {
    const mask = entry.editions.map((present) => (present ? '1' : '0')).join('');
    const figures = entry.figures.filter((_, i) => entry.editions[i]).join(',');
    return `${key}\t${mask}\t${figures}`;
  }).sort();
}

function write(name, header, body) {
  const text = [`# ${header}`, `# editions: ${EDITIONS.map((e) => e.year).join(' ')}`, ...body].join('\n') + '\n';
  writeFileSync(join(OUTPUT, name), text);
  return { file: name, sha256: createHash('sha256').update(text).digest('hex'), lines: body.length };
}

const work = mkdtempSync(join(tmpdir(), 'cls4j-geography-'));
try {
  const communes = new Map();
  const epci = new Map();
  const departements = new Map();
  const regions = new Map();
  EDITIONS.forEach((edition, index) => {
    const data = fetchEdition(edition, work);
    for (const c of data.communes) {
      record(communes, communeState(c).join('\t'), index, c.population);
    }
    for (const e of data.epci) {
      if (!EPCI_TYPES.has(e.type)) {
        throw new Error(`unknown EPCI type ${e.type} for ${e.code}`);
      }
      const members = e.membres.map((m) => m.code).sort().join(' ');
      record(epci, [e.code, e.type, e.nom, members].map(field).join('\t'), index, e.populationMunicipale);
    }
    for (const d of data.departements) {
      record(departements, [d.code, d.nom, d.region].map(field).join('\t'), index, '');
    }
    for (const r of data.regions) {
      record(regions, [r.code, r.nom].map(field).join('\t'), index, '');
    }
  });
  mkdirSync(OUTPUT, { recursive: true });
  const files = [
    write('communes.tsv', 'code\ttype\tnom\tdepartement\tregion\tzone\tsiren\tparent\tanciensCodes\teditions\tpopulations',
      lines(communes)),
    write('epci.tsv', 'siren\ttype\tnom\tmembres\teditions\tpopulationsMunicipales', lines(epci)),
    write('departements.tsv', 'code\tnom\tregion\teditions\t(sans chiffre)', lines(departements)),
    write('regions.tsv', 'code\tnom\teditions\t(sans chiffre)', lines(regions)),
  ];
  // The editions, and the SHA-256 of each file in the format of sha256sum, which a test checks.
  const editions = EDITIONS.map((e) => [e.year, `${e.year}-01-01`, `${PACKAGE}@${e.version}`, e.integrity].join('\t'));
  files.push(write('editions.tsv', 'annee\tenVigueurDepuis\tsource\tintegrite', editions));
  writeFileSync(join(OUTPUT, 'sha256sums.txt'), files.map((f) => `${f.sha256}  ${f.file}`).join('\n') + '\n');
  console.log(files.map((f) => `${f.file}: ${f.lines} lines, sha256 ${f.sha256}`).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
