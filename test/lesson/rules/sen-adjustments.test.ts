import { senAdjustments } from '../../../shared/lesson/rules/sen-adjustments';
import { testRule } from '../../support/rule-tester';
import { plan, pupilsToNote } from '../plan';

testRule(senAdjustments, plan, {
  valid: [
    {
      name: "a note on the pupil in the class's list says what the lesson does for them: a visual timetable",
      input: pupilsToNote,
      strengths: ['planned'],
    },
    {
      name: "a template's SEND heading left blank says nothing of the class: lesson/empty-sections asks for it",
      input: [
        'LO: To solve two-step linear equations',
        "Teach 15' – model 2x + 5 = 17 using the balance",
        'Differentiation / SEND / EAL:',
        'Literacy: key words equation, inverse, substitute',
      ],
      strengths: [],
    },
    {
      name: 'the trainee\'s evaluation, written after the lesson, is no adjustment: "I didn\'t really do anything different"',
      input: [
        'LO: To describe a drainage basin',
        'Main (20 mins): card sort of river features',
        'SEN - see class profile & seating plan.',
        'POST-LESSON EVALUATION (to be completed within 24 hrs)',
        "Also I didn't really do anything different for the SEN pupils apart from the seating plan - T. (dyslexia) struggled copying.",
      ],
      strengths: [],
    },
    {
      name: "a lesson's content about disabled people is no provision for pupils with SEN",
      input: [
        'LO: To explain Christian views on euthanasia',
        'Main (20 mins): What might worry people about changing the law? (pressure on elderly/disabled people to end their lives)',
      ],
      strengths: [],
    },
    {
      name: 'a pointer to the class file plans no adjustment, and lesson/inclusion-gaps asks about it',
      input: [
        'LO: To describe the water cycle',
        'Main: label the diagram, then explain it to a partner',
        'Differentiation:',
        'Pupils with IDPs – see class file',
      ],
      strengths: [],
    },
    {
      name: 'a line of labels, counts and pointers plans nothing for the group',
      input: [
        'LO: To order food in a café',
        'Main: role-play in pairs',
        'ALN: 3 (see seating plan) eFSM: ?? MAT: ask Mr H',
      ],
      strengths: [],
    },
    {
      name: 'a pre-teach group for whoever still adds is not an SEN adjustment',
      input: [
        'WALT: recognise and show families of equivalent fractions',
        'Main teaching: fraction wall, then 1/3 = ?/6.',
        'Assessment notes: Note children who still add rather than multiply – pre-teach group tomorrow morning.',
      ],
      strengths: [],
    },
    {
      name: 'an accommodations part is quoted at its line for pupils with SEN, not the one for ELLs',
      input: [
        'Objective: Distinguish between weathering and erosion using examples.',
        'Explore (15 minutes): stream tables in groups.',
        'Accommodations/Modifications:',
        '- ELL students: vocabulary cards with pictures and Spanish cognates.',
        '- IEP students (per plans): reduced exit ticket for two students; extended time as needed.',
      ],
      strengths: ['planned'],
    },
    {
      name: 'an SEN section',
      input: ['LO: To read a graph', 'SEN: J. has the graph enlarged; instructions chunked'],
      strengths: ['planned'],
    },
    {
      name: "a Welsh plan's ALN (additional learning needs) section",
      input: ['LO: To investigate insulators', 'ALN: Seren has a writing frame for the results table'],
      strengths: ['planned'],
    },
    {
      name: 'additional learning needs named in passing',
      input: [
        'LO: To investigate insulators',
        'Main: pupils with additional learning needs use a writing frame',
      ],
      strengths: ['planned'],
    },
    {
      name: 'an adjustment named in passing',
      input: ['LO: To read a graph', 'Main: coloured overlays available for pupils with dyslexia'],
      strengths: ['planned'],
    },
    {
      name: '"send" as a verb is not SEN, but "IEP" is',
      input: [
        'LO: To write a letter',
        'Main: send the letter to the mayor',
        'Students with IEPs have extended time',
      ],
      strengths: ['planned'],
    },
    {
      name: 'no adjustments: left to lesson/inclusion-gaps',
      input: ['LO: To write a letter', 'Main: send the letter to the mayor'],
      strengths: [],
    },
    {
      name: '"disabled" in a network setting is not SEN provision',
      input: [
        'LO: To set up a Raspberry Pi',
        'Main: check that Wi-Fi power saving is disabled in the config file',
      ],
      strengths: [],
    },
    {
      name: 'a scribe among the roles in a group task is not an access arrangement',
      input: [
        'LO: To explain how the langar shows equality',
        'Main: table groups of four match the cards; each person has a role (reader, scribe, timekeeper, presenter)',
      ],
      strengths: [],
    },
    {
      name: '"sensory details" in a writing lesson are not sensory needs',
      input: ['LO: To describe a setting', 'Main: pupils add sensory details to their paragraph'],
      strengths: [],
    },
  ],
  invalid: [
    {
      name: 'a labelled headcount of pupils with SEND ("SEND: 4") but no adjustments',
      input: [
        'Class: Year 4 (Oak) No. of children: 30 (SEND: 4, EAL: 2, PP: 7)',
        'LO: To find fractions of amounts',
        'Main: worksheet in pairs',
      ],
      messages: [{ messageId: 'notDesigned', line: 1 }],
    },
    {
      name: 'the class has pupils with SEN but nothing is designed in',
      input: ['Class: 8X (3 with SEN support)', 'LO: To write a letter', 'Main: letter writing'],
      messages: [{ messageId: 'notDesigned', line: 1 }],
    },
  ],
});
