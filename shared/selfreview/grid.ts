/**
 * The Annex of "Personalised Learning – A Practical Guide" (DCSF, 2008), "Identification of
 * development priorities", as data: the nine features and their items, worded as in the
 * guidance. Item ids are `<feature id>.<letter>` so a grid in a sheet can be matched back.
 */

export interface AnnexItem {
  /** e.g. "targets.b" */
  id: string;
  letter: string;
  text: string;
}

export interface AnnexFeature {
  id: string;
  title: string;
  items: AnnexItem[];
}

const feature = (id: string, title: string, items: string[]): AnnexFeature => ({
  id,
  title,
  items: items.map((text, index) => {
    const letter = String.fromCharCode(97 + index);
    return { id: `${id}.${letter}`, letter, text };
  }),
});

export const ANNEX_FEATURES: readonly AnnexFeature[] = [
  feature('teaching', 'High quality teaching and learning', [
    'designing highly focused teaching sequence/lesson plans with high demands of pupil engagement',
    'designing reasonable adjustments and special educational provision into lesson plans',
    'focusing on questioning, modelling and explaining',
    'promoting pupil talk, both individually and in groups',
    'supporting pupil independence in their learning',
  ]),
  feature('targets', 'Target setting and tracking', [
    'translating NC or GCSE targets into curricular targets',
    'using progress data to identify individuals and groups who are off trajectory',
    'adjusting teaching and intervention programmes in the light of tracking information',
    'providing regular feedback to pupils and their parents/carers',
  ]),
  feature('assessment', 'Focused assessment', [
    'incorporating learning objectives, learning outcomes and success criteria into day to day practice',
    'supporting pupils in assessing and evaluating their learning through peer and self-assessment',
    'using APP as a central part of periodic assessment',
  ]),
  feature('intervention', 'Intervention', [
    'linking learning developed in intervention programmes into mainstream lessons',
    'incorporating individual tuition into the overall approach to intervention',
    'evaluating the quality and impact of current intervention programmes',
  ]),
  feature('grouping', 'Pupil grouping', [
    'evaluating the impact of class/teaching groupings (sets, bands, mixed ability, gender)',
    'incorporating a range of pupil grouping options (whole class, small groups, pairs) in lessons',
    'developing guided learning as an integral part of lesson organisation',
  ]),
  feature('environment', 'The learning environment', [
    "adapting the organisation of the classroom/learning environment to the pupils' learning needs",
    'developing the use of learning resources and particularly ICT',
    'ensuring ICT is used to support access for disabled pupils and those with SEN',
    "making effective use of the 'outdoor classroom'",
  ]),
  feature('curriculum', 'Curriculum organisation', [
    'choosing an overall curriculum model/structure that caters for the needs of all pupils',
    'providing specific support for certain groups of pupils including pupils with SEN, EAL and gifted and talented learners',
    "incorporating flexibility into curriculum organisation and delivery to ensure greater coherence from the pupils' perspectives",
  ]),
  feature('extended', 'The extended curriculum', [
    "offering a full range of 'out of hours' activities which enhance and extend the basic curriculum",
    'ensuring access for all groups of pupils',
    'involving parents/carers as well as the wider community in extended provision',
    'providing access to other services, including health and social services',
  ]),
  feature('wider-needs', "Supporting children's wider needs", [
    'maintaining close communication with parents/carers',
    "developing multi-agency links to support vulnerable children and active partnerships with Children's Trusts",
    "developing the role of the 'personal tutor' as a first point of contact for parents/carers (secondary context)",
  ]),
];

export const ANNEX_ITEMS: readonly (AnnexItem & { feature: AnnexFeature })[] = ANNEX_FEATURES.flatMap((f) =>
  f.items.map((item) => ({ ...item, feature: f })),
);

export const MAX_PHASES = 3;

/** The Annex's scale, in its own words: it names only the two ends. */
export const RATING_SCALE =
  '1 – a strong feature of current practice → 4 – an aspect needing significant development';
