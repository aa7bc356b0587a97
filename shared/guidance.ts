/**
 * The sections of the source guidance that rules cite. A rule's `guidance` field is a key of
 * GUIDANCE, so a misspelt reference does not compile. Each entry carries a short verbatim
 * quote, checked word for word against the guidance by `npm run verify:guidance`; a test holds
 * every quote to that record (test/meta/guidance-verified.json), so a citation cannot drift
 * from what the guidance says.
 */

export const SOURCES = {
  '004': {
    file: '004_ad65b60b0563a286.txt',
    title: 'Personalised Learning – A Practical Guide (DCSF, 2008)',
  },
  '003': { file: '003_dd237b40df599fb0.txt', title: 'What is personalised learning?' },
  '000': {
    file: '000_4a9dd356339164ab.txt',
    title: 'Student-focused strategies: supporting achievement (NCSL, 2011)',
  },
  '002': { file: '002_80016429de8bd468.txt', title: 'Lessons in partnership (NCSL, 2006)' },
} as const;

export type SourceId = keyof typeof SOURCES;

export interface GuidanceSection {
  source: SourceId;
  /** The chapter (one of the guide's nine features, or the Annex). */
  feature: string;
  /** The part of the chapter, as headed in the guidance or named by its content. */
  part: string;
  /** A few words copied verbatim from that part, checked against the seed by a test. */
  quote: string;
}

const HQTL = 'High quality teaching and learning';
const TARGETS = 'Target setting and tracking';
const ASSESSMENT = 'Focused assessment';
const INTERVENTION = 'Intervention';
const GROUPING = 'Pupil grouping';
const ENVIRONMENT = 'The learning environment';
const CURRICULUM = 'Curriculum organisation';
const EXTENDED = 'The extended curriculum';
const WIDER_NEEDS = "Supporting children's wider needs";
const ANNEX = 'Annex: Identification of development priorities';
const HALLMARKS = 'What is personalised learning?';

export const GUIDANCE = {
  // High quality teaching and learning
  'hqtl/planning-flow': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: the planning flow',
    quote: 'Locating the teaching sequence or lesson in the context of',
  },
  'hqtl/objectives': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: identifying the learning objectives',
    quote: 'Identifying the learning objectives for the pupils',
  },
  'hqtl/episodes': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: structuring the lesson as episodes',
    quote: 'the most effective organisation for each episode',
  },
  'hqtl/coherence': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: ensuring coherence (start, transitions, plenary)',
    quote: 'a final plenary that reviews learning and identifies next steps',
  },
  'hqtl/questioning-modelling-explaining': {
    source: '004',
    feature: HQTL,
    part: 'Questioning, modelling and explaining',
    quote: 'When planned and correctly sequenced, questioning can promote higher order thinking skills',
  },
  'hqtl/inclusive-questioning': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: inclusive questions, then ramp up the challenge',
    quote:
      'start with inclusive questions which establish a common understanding in the class, then ramp up the level of challenge',
  },
  'hqtl/quality-first-characteristics': {
    source: '004',
    feature: HQTL,
    part: 'The key characteristics of quality first teaching',
    quote: 'Highly focused lesson design with sharp objectives',
  },
  'hqtl/pupil-talk': {
    source: '004',
    feature: HQTL,
    part: 'The key characteristics of quality first teaching: learning through dialogue',
    quote: 'regular opportunities for pupils to talk both individually and in groups',
  },
  'hqtl/independence': {
    source: '004',
    feature: HQTL,
    part: 'The key characteristics of quality first teaching: independence',
    quote: 'accept responsibility for their own learning and work independently',
  },
  'hqtl/encouragement': {
    source: '004',
    feature: HQTL,
    part: 'The key characteristics of quality first teaching: encouragement and praise',
    quote: 'Regular use of encouragement and authentic praise',
  },
  'hqtl/differentiation': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: support rather than separate, easier work',
    quote: 'give them separate, easier work',
  },
  'hqtl/pre-teaching': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: pre-teaching pupils who might struggle',
    quote: 'pre-teaching children who might struggle with the key ideas',
  },
  'hqtl/teaching-assistants': {
    source: '004',
    feature: HQTL,
    part: 'How to do this well: fair use of teacher and teaching assistant time',
    quote: 'groups of pupils are not disproportionately delegated to a teaching assistant',
  },
  'hqtl/reasonable-adjustments': {
    source: '004',
    feature: HQTL,
    part: 'Developing practice checklist: reasonable adjustments and SEN provision',
    quote: 'Designing reasonable adjustments and special educational provision into lesson',
  },

  // Target setting and tracking
  'targets/ambitious-targets': {
    source: '004',
    feature: TARGETS,
    part: 'Rationale: ambitious targets underpinned by curricular targets',
    quote: 'Ambitious target setting is critical',
  },
  'targets/expected-progress': {
    source: '004',
    feature: TARGETS,
    part: 'Rationale: pupils making 2 levels of progress',
    quote: 'proportions of pupils making 2 levels of progress',
  },
  'targets/layering': {
    source: '004',
    feature: TARGETS,
    part: 'Layering of targets',
    quote: "The key to manageability is 'layering' the targets",
  },
  'targets/tracking': {
    source: '004',
    feature: TARGETS,
    part: 'How to do this well: effective tracking systems',
    quote: "Individual pupils' progress is tracked, together with that of cohorts and specific groups",
  },
  'targets/strengths-weaknesses': {
    source: '004',
    feature: TARGETS,
    part: 'How to do this well: strengths and weaknesses support planning and intervention',
    quote: 'Strengths and weaknesses are identified so supporting planning and intervention',
  },
  'targets/regular-data': {
    source: '004',
    feature: TARGETS,
    part: 'How to do this well: data collected regularly, typically termly',
    quote: 'Data is collected on a regular basis, typically termly',
  },
  'targets/adjust-programmes': {
    source: '004',
    feature: TARGETS,
    part: 'How to do this well: programmes adjusted in the light of progress',
    quote: 'intervention programmes and revision programmes are adjusted in the light of the progress',
  },
  'targets/other-data': {
    source: '004',
    feature: TARGETS,
    part: 'Rationale: other data such as attendance',
    quote: 'Other data likely to impact on pupil outcomes, such as attendance',
  },

  // Focused assessment
  'assessment/day-to-day': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Day-to-day assessment: objectives and success criteria shared',
    quote: 'Learning outcomes and success criteria are also made explicit',
  },
  'assessment/big-picture': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Day-to-day assessment: the big picture and the small steps',
    quote: 'Teachers share both the big picture and the small steps',
  },
  'assessment/mini-plenaries': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Day-to-day assessment: revisiting objectives in mini-plenaries',
    quote: 'targeted questioning and mini-plenaries',
  },
  'assessment/feedback': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Day-to-day assessment: time to act on feedback',
    quote: 'build in time for them to reflect on the feedback, act on the advice',
  },
  'assessment/peer-self': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Day-to-day assessment: peer and self-assessment',
    quote: 'Many successful teachers choose to build the foundations for this by using peer assessment',
  },
  'assessment/periodic': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Periodic assessment: reviewing achievement termly',
    quote: 'At regular intervals, perhaps termly, teachers find it helpful to step back and review',
  },
  'assessment/spiky-profile': {
    source: '004',
    feature: ASSESSMENT,
    part: "Periodic assessment: the 'spiky profile'",
    quote: "many pupils exhibit a 'spiky profile'",
  },
  'assessment/class-wide-weakness': {
    source: '004',
    feature: ASSESSMENT,
    part: 'Periodic assessment: a weakness across the class means reviewing plans',
    quote: 'it is often necessary to review the long and medium term plans',
  },

  // Intervention
  'intervention/waves': {
    source: '004',
    feature: INTERVENTION,
    part: 'Rationale: waves 1, 2 and 3',
    quote: 'quality first, class-based, teaching (wave 1)',
  },
  'intervention/wave-2': {
    source: '004',
    feature: INTERVENTION,
    part: 'Rationale: time-limited small group intervention (wave 2)',
    quote: 'time-limited, small group intervention support programmes (wave 2)',
  },
  'intervention/wave-3': {
    source: '004',
    feature: INTERVENTION,
    part: 'Rationale: an individualised approach (wave 3)',
    quote: 'Without an individualised approach (wave 3)',
  },
  'intervention/gifted-and-talented': {
    source: '004',
    feature: INTERVENTION,
    part: 'Rationale: the same three-level approach for gifted and talented learners',
    quote: 'to ensure that they are achieving at least two levels of progress per key stage',
  },
  'intervention/tracking': {
    source: '004',
    feature: INTERVENTION,
    part: 'How to do this well: tracking identifies pupils not making sufficient progress',
    quote: 'Identify individuals and groups of children who are not making sufficient progress',
  },
  'intervention/evaluate-impact': {
    source: '004',
    feature: INTERVENTION,
    part: 'How to do this well: evaluating the progress made in interventions',
    quote: 'Assist in the evaluation of the progress pupils make as a result of particular interventions',
  },
  'intervention/tuition-sequence': {
    source: '004',
    feature: INTERVENTION,
    part: 'The teaching sequence for intervention and tuition',
    quote: 'Reflection on learning; application back in the classroom',
  },

  // Pupil grouping
  'grouping/class-grouping': {
    source: '004',
    feature: GROUPING,
    part: 'Class grouping',
    quote: "Short term 'within class' grouping according to need",
  },
  'grouping/paired-work': {
    source: '004',
    feature: GROUPING,
    part: 'Class grouping: paired working to facilitate discussion',
    quote: 'Paired working to facilitate discussion',
  },
  'grouping/guided-learning': {
    source: '004',
    feature: GROUPING,
    part: 'Guided learning: small groups of approximately six',
    quote: 'support small groups of approximately six pupils to apply their learning',
  },
  'grouping/guided-stages': {
    source: '004',
    feature: GROUPING,
    part: 'Guided learning: the planned stages of a guided session',
    quote: 'Explanation of the objective and clarification of the strategies to be used',
  },
  'grouping/guided-timing': {
    source: '004',
    feature: GROUPING,
    part: 'Guided learning: fifteen to twenty minutes, after the main teaching',
    quote: 'Spending about fifteen to twenty minutes with a guided group, generally after the main teaching',
  },
  'grouping/rest-of-class': {
    source: '004',
    feature: GROUPING,
    part: 'Guided learning: challenging work for pupils not in the guided group',
    quote: 'Providing appropriately challenging work for pupils not in the guided group',
  },

  // The learning environment, curriculum, extended curriculum
  'environment/self-help': {
    source: '004',
    feature: GROUPING,
    part: 'Guided learning: self-help strategies for the rest of the class',
    quote: 'The pupils need a range of self help strategies and resources in the classroom',
  },
  'environment/organisation': {
    source: '004',
    feature: ENVIRONMENT,
    part: 'Developing practice checklist',
    quote: "adapting the organisation of the classroom/learning environment to the pupils' learning needs",
  },
  'curriculum/specific-support': {
    source: '004',
    feature: CURRICULUM,
    part: 'Developing practice checklist: support for SEN, EAL and gifted and talented learners',
    quote:
      'providing specific support for certain groups of pupils including pupils with SEN, EAL and gifted and talented learners',
  },
  'extended/access': {
    source: '004',
    feature: EXTENDED,
    part: 'Developing practice checklist: access for all groups',
    quote: 'ensuring access for all groups of pupils',
  },

  // Supporting children's wider needs
  'wider-needs/barriers': {
    source: '004',
    feature: WIDER_NEEDS,
    part: 'Rationale: barriers to learning beyond the classroom',
    quote: 'identify barriers to learning beyond the classroom',
  },
  'wider-needs/early-identification': {
    source: '004',
    feature: WIDER_NEEDS,
    part: 'How to do this well: identify barriers early and refer swiftly',
    quote: "identify young people's individual barriers to learning early on",
  },
  'wider-needs/personal-tutor': {
    source: '004',
    feature: WIDER_NEEDS,
    part: 'Personal Tutors',
    quote: 'identifying and acting on any barriers to success beyond the classroom',
  },

  // The Annex
  'annex/grid': {
    source: '004',
    feature: ANNEX,
    part: 'Rating scale: 1 a strong feature to 4 needing significant development',
    quote: 'Use this Annex to evaluate your school',
  },

  // What is personalised learning? (hallmarks)
  'hallmarks/talking-to-learn': {
    source: '003',
    feature: HALLMARKS,
    part: 'Talking to learn',
    quote: 'Pupils are challenged to justify their answers by explaining their thinking',
  },
  'hallmarks/guided-work': {
    source: '003',
    feature: HALLMARKS,
    part: 'Guided work',
    quote:
      'The teacher works with a small group to apply what has been learnt in the main part of the lesson',
  },
  'hallmarks/keeping-up': {
    source: '003',
    feature: HALLMARKS,
    part: 'Keeping up',
    quote: 'the first impulse of personalisation is to hold pupils in to the pace of learning',
  },
  'hallmarks/keeping-on-trajectory': {
    source: '003',
    feature: HALLMARKS,
    part: 'The pedagogy of personalisation: rapid intervention',
    quote: 'rapid intervention to keep pupils on trajectory',
  },
  'hallmarks/tracking-for-success': {
    source: '003',
    feature: HALLMARKS,
    part: 'Tracking for success',
    quote: 'using the information to plan next steps with precision',
  },
  'hallmarks/planning-for-progression': {
    source: '003',
    feature: HALLMARKS,
    part: 'Planning for progression',
    quote: 'The curriculum is constructed to deliver efficient steps of progression',
  },
} as const satisfies Record<string, GuidanceSection>;

export type GuidanceRef = keyof typeof GUIDANCE;

/** "Personalised Learning – A Practical Guide (DCSF, 2008) › Pupil grouping › Guided learning: ..." */
export function citeGuidance(ref: GuidanceRef): string {
  const section: GuidanceSection = GUIDANCE[ref];
  const source: string = SOURCES[section.source].title;
  // A short seed is one chapter, titled like its source: name it once.
  const chapter = section.feature === source ? [] : [section.feature];
  return [source, ...chapter, section.part].join(' › ');
}
