/*
 * Benchmark documents: the demo's project with N generated meetings and M generated partners.
 * Deterministic (seeded), multilingual like the real data (seven languages for titles, summaries,
 * partner names and themes), spread over several years, with hosts, links and some reports.
 * Plain ES module without imports: the bench page loads it in the browser, run.mjs in node.
 */

export const LANGUAGES = ['en', 'lv', 'sv', 'it', 'de', 'hr', 'fi'];

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  ['Norrköping', 'SE', 58.59, 16.19],
  ['Skövde', 'SE', 58.39, 13.85],
  ['Linz', 'AT', 48.31, 14.29],
  ['Pforzheim', 'DE', 48.89, 8.7],
  ['Dubrovnik', 'HR', 42.65, 18.09],
  ['Daugavpils', 'LV', 55.87, 26.52],
  ['Ilmajoki', 'FI', 62.73, 22.58],
  ['Collecchio', 'IT', 44.75, 10.22],
  ['Cervia', 'IT', 44.26, 12.35],
  ['Tartu', 'EE', 58.38, 26.72],
  ['Kaunas', 'LT', 54.9, 23.9],
  ['Gdańsk', 'PL', 54.35, 18.65],
  ['Brno', 'CZ', 49.2, 16.61],
  ['Maribor', 'SI', 46.55, 15.65],
  ['Porto', 'PT', 41.15, -8.61],
  ['Valencia', 'ES', 39.47, -0.38],
  ['Lyon', 'FR', 45.76, 4.84],
  ['Ghent', 'BE', 51.05, 3.72],
  ['Utrecht', 'NL', 52.09, 5.12],
  ['Aarhus', 'DK', 56.16, 10.2],
  ['Cork', 'IE', 51.9, -8.47],
  ['Thessaloniki', 'GR', 40.64, 22.94],
  ['Plovdiv', 'BG', 42.14, 24.75],
  ['Cluj-Napoca', 'RO', 46.77, 23.59],
  ['Košice', 'SK', 48.72, 21.26],
  ['Debrecen', 'HU', 47.53, 21.63],
  ['Esch-sur-Alzette', 'LU', 49.5, 5.98],
  ['Limassol', 'CY', 34.68, 33.04],
  ['Valletta', 'MT', 35.9, 14.51],
  ['Turku', 'FI', 60.45, 22.27],
];

/** Partner names by language; `{c}` is the city. */
const PARTNER_KINDS = [
  [
    'municipality',
    {
      en: '{c} Municipality',
      lv: '{c} pašvaldība',
      sv: '{c} kommun',
      it: 'Comune di {c}',
      de: 'Gemeinde {c}',
      hr: 'Općina {c}',
      fi: '{c} kunta',
    },
  ],
  [
    'association',
    {
      en: '{c} Volunteer Centre',
      lv: '{c} brīvprātīgo centrs',
      sv: 'Volontärcentralen i {c}',
      it: 'Centro servizi per il volontariato di {c}',
      de: 'Freiwilligenzentrum {c}',
      hr: 'Volonterski centar {c}',
      fi: '{c} vapaaehtoiskeskus',
    },
  ],
  [
    'region',
    {
      en: 'Region of {c}',
      lv: '{c} reģions',
      sv: 'Region {c}',
      it: 'Regione di {c}',
      de: 'Region {c}',
      hr: 'Regija {c}',
      fi: '{c} alue',
    },
  ],
  [
    'university',
    {
      en: 'University of {c}',
      lv: '{c} Universitāte',
      sv: 'Universitetet i {c}',
      it: 'Università di {c}',
      de: 'Universität {c}',
      hr: 'Sveučilište u {c}',
      fi: '{c} yliopisto',
    },
  ],
  [
    'agency',
    {
      en: '{c} Development Agency',
      lv: '{c} attīstības aģentūra',
      sv: 'Utvecklingsbyrån i {c}',
      it: 'Agenzia di sviluppo di {c}',
      de: 'Entwicklungsagentur {c}',
      hr: 'Razvojna agencija {c}',
      fi: '{c} kehitysyhtiö',
    },
  ],
];

const TOPICS = [
  {
    en: 'Volunteering festival and workshops',
    lv: 'Brīvprātīgā darba festivāls un darbnīcas',
    sv: 'Volontärfestival och workshoppar',
    it: 'Festa del volontariato e workshop',
    de: 'Freiwilligenfest und Workshops',
    hr: 'Festival volontiranja i radionice',
    fi: 'Vapaaehtoistoiminnan festivaali ja työpajat',
  },
  {
    en: 'Recruiting young volunteers',
    lv: 'Jauniešu brīvprātīgo piesaiste',
    sv: 'Att rekrytera unga volontärer',
    it: 'Coinvolgere i giovani volontari',
    de: 'Junge Freiwillige gewinnen',
    hr: 'Privlačenje mladih volontera',
    fi: 'Nuorten vapaaehtoisten rekrytointi',
  },
  {
    en: 'Training for volunteer coordinators',
    lv: 'Apmācības brīvprātīgo koordinatoriem',
    sv: 'Utbildning för volontärsamordnare',
    it: 'Formazione per i coordinatori dei volontari',
    de: 'Schulung für Freiwilligenkoordinatoren',
    hr: 'Osposobljavanje koordinatora volontera',
    fi: 'Koulutusta vapaaehtoiskoordinaattoreille',
  },
  {
    en: 'Recognising volunteers’ skills',
    lv: 'Brīvprātīgo prasmju atzīšana',
    sv: 'Att erkänna volontärers kompetens',
    it: 'Riconoscere le competenze dei volontari',
    de: 'Die Kompetenzen Freiwilliger anerkennen',
    hr: 'Priznavanje vještina volontera',
    fi: 'Vapaaehtoisten osaamisen tunnustaminen',
  },
  {
    en: 'Volunteering in emergencies',
    lv: 'Brīvprātīgais darbs ārkārtas situācijās',
    sv: 'Volontärarbete vid kriser',
    it: 'Il volontariato nelle emergenze',
    de: 'Freiwilliges Engagement im Katastrophenfall',
    hr: 'Volontiranje u izvanrednim situacijama',
    fi: 'Vapaaehtoistyö kriisitilanteissa',
  },
  {
    en: 'Seniors as volunteers',
    lv: 'Seniori kā brīvprātīgie',
    sv: 'Seniorer som volontärer',
    it: 'Gli anziani come volontari',
    de: 'Seniorinnen und Senioren als Freiwillige',
    hr: 'Starije osobe kao volonteri',
    fi: 'Ikäihmiset vapaaehtoisina',
  },
  {
    en: 'Municipal support for associations',
    lv: 'Pašvaldību atbalsts biedrībām',
    sv: 'Kommunalt stöd till föreningar',
    it: 'Il sostegno dei comuni alle associazioni',
    de: 'Kommunale Unterstützung für Vereine',
    hr: 'Potpora općina udrugama',
    fi: 'Kuntien tuki yhdistyksille',
  },
  {
    en: 'Communicating volunteering',
    lv: 'Komunikācija par brīvprātīgo darbu',
    sv: 'Att kommunicera volontärarbete',
    it: 'Comunicare il volontariato',
    de: 'Freiwilliges Engagement kommunizieren',
    hr: 'Komuniciranje o volontiranju',
    fi: 'Vapaaehtoistoiminnasta viestiminen',
  },
];

/** Summary sentences by language; `{c}` is the city, `{t}` the topic (lower case where it reads so). */
const SUMMARIES = {
  en: 'The partners met in {c} to compare how their towns approach “{t}”. Local associations presented their work, and the group visited two projects run by volunteers. The discussion ended with practical recommendations for municipalities.',
  lv: 'Partneri tikās {c}, lai salīdzinātu, kā viņu pilsētas risina tēmu “{t}”. Vietējās biedrības iepazīstināja ar savu darbu, un grupa apmeklēja divus brīvprātīgo vadītus projektus. Diskusija noslēdzās ar praktiskiem ieteikumiem pašvaldībām.',
  sv: 'Partnerna möttes i {c} för att jämföra hur deras städer arbetar med ”{t}”. Lokala föreningar presenterade sitt arbete, och gruppen besökte två projekt som drivs av volontärer. Diskussionen avslutades med praktiska rekommendationer till kommunerna.',
  it: 'I partner si sono incontrati a {c} per confrontare come le loro città affrontano il tema «{t}». Le associazioni locali hanno presentato le loro attività e il gruppo ha visitato due progetti gestiti da volontari. La discussione si è chiusa con raccomandazioni pratiche per i comuni.',
  de: 'Die Partner trafen sich in {c}, um zu vergleichen, wie ihre Städte das Thema „{t}“ angehen. Örtliche Vereine stellten ihre Arbeit vor, und die Gruppe besuchte zwei von Freiwilligen getragene Projekte. Die Diskussion endete mit praktischen Empfehlungen für die Kommunen.',
  hr: 'Partneri su se sastali u {c} kako bi usporedili kako njihovi gradovi pristupaju temi „{t}”. Mjesne udruge predstavile su svoj rad, a skupina je posjetila dva projekta koja vode volonteri. Rasprava je završila praktičnim preporukama za općine.',
  fi: 'Kumppanit tapasivat {c}, jotta he voisivat verrata, miten heidän kaupunkinsa lähestyvät aihetta ”{t}”. Paikalliset yhdistykset esittelivät toimintaansa, ja ryhmä vieraili kahdessa vapaaehtoisten pyörittämässä hankkeessa. Keskustelu päättyi käytännön suosituksiin kunnille.',
};

const REPORTS = {
  en: 'Forty-two participants took part. The host presented its volunteer register, and the partners agreed to share training material before the next meeting.\n\nThe minutes and the presentations are available from the host.',
  lv: 'Piedalījās četrdesmit divi dalībnieki. Uzņēmēji iepazīstināja ar savu brīvprātīgo reģistru, un partneri vienojās pirms nākamās sanāksmes apmainīties ar mācību materiāliem.\n\nProtokols un prezentācijas pieejamas pie uzņēmējiem.',
  sv: 'Fyrtiotvå deltagare var med. Värden presenterade sitt volontärregister, och partnerna kom överens om att dela utbildningsmaterial före nästa möte.\n\nProtokollet och presentationerna finns hos värden.',
  it: 'Hanno partecipato quarantadue persone. L’ente ospitante ha presentato il proprio registro dei volontari e i partner hanno concordato di condividere il materiale formativo prima dell’incontro successivo.\n\nIl verbale e le presentazioni sono disponibili presso l’ente ospitante.',
  de: 'Zweiundvierzig Personen nahmen teil. Der Gastgeber stellte sein Freiwilligenregister vor, und die Partner vereinbarten, vor dem nächsten Treffen Schulungsmaterial auszutauschen.\n\nDas Protokoll und die Präsentationen sind beim Gastgeber erhältlich.',
  hr: 'Sudjelovalo je četrdeset dvoje sudionika. Domaćin je predstavio svoj registar volontera, a partneri su se dogovorili razmijeniti materijale za osposobljavanje prije sljedećeg sastanka.\n\nZapisnik i prezentacije dostupni su kod domaćina.',
  fi: 'Osallistujia oli neljäkymmentäkaksi. Isäntä esitteli vapaaehtoisrekisterinsä, ja kumppanit sopivat jakavansa koulutusmateriaalia ennen seuraavaa tapaamista.\n\nPöytäkirja ja esitykset ovat saatavilla isännältä.',
};

const fill = (template, c, t) => template.replaceAll('{c}', c).replaceAll('{t}', t);
const byLanguage = (make) => Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)]));
const pad = (n) => String(n).padStart(2, '0');
const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

function isoDate(time) {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function makePartners(count, next) {
  return Array.from({ length: count }, (_, i) => {
    const [city, country, lat, lon] = CITIES[i % CITIES.length];
    const [type, names] = PARTNER_KINDS[Math.floor(i / CITIES.length) % PARTNER_KINDS.length];
    const id = `p${i}-${slug(city)}`;
    return {
      id,
      name: byLanguage((lang) => fill(names[lang], city, '')),
      localName: fill(names.en, city, ''),
      type,
      country,
      city,
      lat: Math.round((lat + (next() - 0.5) * 0.2) * 1000) / 1000,
      lon: Math.round((lon + (next() - 0.5) * 0.2) * 1000) / 1000,
      website: `https://www.${slug(city)}.example/volunteering`,
      lead: i === 0,
    };
  });
}

/**
 * The meetings: `count` of them over several years (about 50 a year, at least two years),
 * each hosted by one or two partners, every third with themes, every fourth with a report.
 */
function makeMeetings(count, partners, themes, next) {
  const years = Math.max(2, Math.ceil(count / 50));
  const first = Date.UTC(2016, 0, 15);
  const span = Date.UTC(2016 + years, 0, 1) - first - 10 * 86400000;
  const starts = Array.from(
    { length: count },
    (_, i) => first + Math.floor((((i + next()) / count) * span) / 86400000) * 86400000,
  );
  return starts.map((start, i) => {
    const host = partners[Math.floor(next() * partners.length)];
    const coHost = next() < 0.3 ? partners[Math.floor(next() * partners.length)] : undefined;
    const topic = TOPICS[i % TOPICS.length];
    const city = host.city;
    const meeting = {
      id: `m${i + 1}-${slug(city)}`,
      number: i + 1,
      start: isoDate(start),
      end: isoDate(start + Math.floor(next() * 4) * 86400000),
      city,
      country: host.country,
      host: coHost && coHost.id !== host.id ? [host.id, coHost.id] : host.id,
      title: topic,
      summary: byLanguage((lang) => fill(SUMMARIES[lang], city, topic[lang])),
    };
    if (i % 3 === 0) meeting.themes = themes.slice(0, 1 + (i % themes.length));
    if (i % 5 === 0) meeting.link = `https://evolaq.example/meetings/${meeting.id}`;
    if (i % 4 === 0) {
      meeting.report = {
        text: REPORTS,
        author: host.name,
        published: isoDate(start + 20 * 86400000),
        link: `https://evolaq.example/reports/${meeting.id}.pdf`,
      };
    }
    return meeting;
  });
}

/**
 * A document with the project of `base` (the demo document), `meetings` meetings and `partners`
 * partners. Same arguments, same document.
 */
export function makeDocument(base, { meetings, partners, seed = 1 }) {
  const next = random(seed * 7919 + meetings * 31 + partners);
  const partnerList = makePartners(partners, next);
  const meetingList = makeMeetings(meetings, partnerList, base.project.themes ?? [], next);
  return { ...base, project: base.project, partners: partnerList, meetings: meetingList };
}

/**
 * "Today" for a document: the day before its middle meeting, or before its tenth in a long one, so
 * that it has past, next and upcoming meetings and the next one is on the timeline's first page
 * (the meeting under way and the next one are always shown, with every meeting before them).
 */
export function nowFor(document) {
  const starts = document.meetings.map((m) => m.start).sort();
  const middle = starts[Math.min(9, Math.floor(starts.length / 2))];
  return isoDate(Date.parse(`${middle}T00:00:00Z`) - 86400000);
}
