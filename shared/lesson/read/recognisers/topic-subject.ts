import { recogniser } from '../recogniser';

/**
 * The words a topic or unit title of each subject is made of: "Expanding brackets" is maths,
 * "Photosynthesis" science. A scheme of titles alone names its subject this way or not at all.
 * Everyday words that head other subjects' lessons too ("mean", "light", "revolution") are left
 * out. An entry ending in "*" stands for every word it starts ("probab*": "probability"); the
 * title is split into words with a loop, and phrases of up to three words are looked up.
 */
const TOPICS: [string, string][] = [
  [
    'fraction, fractions, simultaneous, simult, eqns, decimal, decimals, percentage, percentages, place value, algebra, algebraic, equation, equations, inequality, inequalities, brackets, substitution, sequence, sequences, ratio, proportion, probab*, angle, angles, average, averages, median, area, perimeter, volume, surface area, indices, index laws, standard form, graph, graphs, gradient, gradients, coordinates, vectors, transformation, transformations, pythagoras, trigonometry, circle theorems, bidmas, bodmas, multiple, multiples, factor, factors, prime, primes, integer, integers, negative numbers, simultaneous, quadratic, quadratics, polygon, polygons, congruen*, similarity, bearings, histogram, histograms, surds, rounding, estimation, times tables, multiplication, division, addition, subtraction, number bonds, shape, shapes, symmetry, measurement, measurements, statistics',
    'Mathematics',
  ],
  [
    'cell, cells, photosynthesis, respiration, force, forces, energy, electricity, circuit, circuits, magnet, magnets, atom, atoms, compound, compounds, reaction, reactions, acid, acids, alkali, alkalis, particle, particles, ecosystem, ecosystems, habitat, habitats, digestion, inheritance, evolution, rock, rocks, periodic table, states of matter, microbes, plant, plants, materials',
    'Science',
  ],
  [
    'algorithm, algorithms, programming, python, scratch, variable, variables, loop, loops, binary, network, networks, e-safety, esafety, online safety, database, databases, spreadsheet, spreadsheets, html, data representation, cyber security, cybersecurity, computational thinking, debugging',
    'Computing',
  ],
  [
    'river, rivers, coast, coasts, volcanoes, earthquakes, weather, climate, settlement, settlements, population, tectonic, tectonics, glaciation, map skills, biome, biomes, rainforest, rainforests, urbanisation, tourism',
    'Geography',
  ],
  [
    'roman, romans, viking, vikings, tudor, tudors, victorian, victorians, norman, normans, world war, ww1, ww2, civil war, medieval, anglo-saxon, anglo-saxons, industrial revolution, holocaust, cold war, suffrage',
    'History',
  ],
  [
    'poetry, poem, poems, shakespeare, narrative, persuasive writing, non-fiction, grammar, punctuation, spelling, phonics, reading comprehension, creative writing, playscript, play script, descriptive writing, language analysis, digraph, digraphs, trigraph, trigraphs, blending, segmenting, segmentation, tricky words, high frequency words, gpc, gpcs, letters and sounds, alphabet',
    'English',
  ],
];

/** Each topic's words and phrases (up to three words) with their subject; prefixes apart. */
const PHRASES = new Map<string, string>();
const PREFIXES: [string, string][] = [];
for (const [list, subject] of TOPICS) {
  for (const phrase of list.split(', ')) {
    if (phrase.endsWith('*')) PREFIXES.push([phrase.slice(0, -1), subject]);
    else PHRASES.set(phrase, subject);
  }
}

/** The subject a topic or unit title belongs to, when its words say: "Solving equations" → Mathematics. */
export const topicSubject = recogniser('topic-subject', (title) => {
  const words: string[] = [];
  let word = '';
  for (const char of `${title.slice(0, 120).toLowerCase()} `) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-') word += char;
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  for (let index = 0; index < words.length; index++) {
    for (const size of [3, 2, 1]) {
      const phrase = words.slice(index, index + size).join(' ');
      if (words.length - index >= size && PHRASES.has(phrase)) return PHRASES.get(phrase);
    }
    const prefixed = PREFIXES.find(([prefix]) => words[index]!.startsWith(prefix));
    if (prefixed !== undefined) return prefixed[1];
  }
  return undefined;
});
